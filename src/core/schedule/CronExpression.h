// A 5-field cron expression (Vixie semantics) and the next time it fires in a given time zone.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

class CronExpression {
public:
    CronExpression() = default;

    // Parses "min hour day-of-month month day-of-week" or a macro (@daily, …). On failure the result is
    // invalid and *error says which field is wrong and why.
    static CronExpression parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }

    // The first fire time strictly after `after`, read in `zone`; returned in UTC. A wall time inside a
    // spring-forward gap fires at the first valid instant after the gap; a wall time that occurs twice in
    // autumn fires once, at its first occurrence. Invalid when nothing fires within eight years.
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    // True when the local date is one the expression fires on.
    bool matchesDate(const QDate &date) const;

    bool operator==(const CronExpression &other) const { return m_text == other.m_text; }

private:
    static QDateTime resolveWallTime(const QDate &date, int hour, int minute, const QTimeZone &zone);

    quint64 m_minutes = 0;  // bit n: minute n
    quint32 m_hours = 0;    // bit n: hour n
    quint32 m_days = 0;     // bit n: day of month n (1..31)
    quint32 m_months = 0;   // bit n: month n (1..12)
    quint32 m_weekdays = 0; // bit n: weekday n (0 = Sunday)
    bool m_dayRestricted = false;
    bool m_weekdayRestricted = false;
    bool m_valid = false;
    QString m_text;
};
