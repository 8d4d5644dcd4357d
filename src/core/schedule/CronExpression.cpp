#include "CronExpression.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct FieldSpec {
    const char *name; // for messages
    int min;
    int max;
    const char *const *names; // optional names for values min.. (months: jan = 1, weekdays: sun = 0)
};

constexpr const char *monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",  "jul",
                                      "aug", "sep", "oct", "nov", "dec", nullptr};
constexpr const char *weekdayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr};

const std::array<FieldSpec, 5> fields = {{
    {QT_TRANSLATE_NOOP("CronExpression", "minute"), 0, 59, nullptr},
    {QT_TRANSLATE_NOOP("CronExpression", "hour"), 0, 23, nullptr},
    {QT_TRANSLATE_NOOP("CronExpression", "day of month"), 1, 31, nullptr},
    {QT_TRANSLATE_NOOP("CronExpression", "month"), 1, 12, monthNames},
    {QT_TRANSLATE_NOOP("CronExpression", "day of week"), 0, 7, weekdayNames},
}};

bool parseValue(const QString &text, const FieldSpec &spec, int *value, QString *error) {
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok) {
        if (number < spec.min || number > spec.max) {
            *error = QCoreApplication::translate("CronExpression", "%1 is outside %2-%3")
                         .arg(text)
                         .arg(spec.min)
                         .arg(spec.max);
            return false;
        }
        *value = number;
        return true;
    }
    if (spec.names) {
        const QString lower = text.toLower();
        const int first = spec.names == monthNames ? 1 : 0;
        for (int i = 0; spec.names[i]; ++i) {
            if (lower == QLatin1StringView(spec.names[i])) {
                *value = first + i;
                return true;
            }
        }
    }
    *error =
        QCoreApplication::translate("CronExpression", "\"%1\" is not a number%2")
            .arg(text, spec.names ? QCoreApplication::translate("CronExpression", " or a name such as %1")
                                        .arg(QLatin1StringView(spec.names[0]))
                                  : QString());
    return false;
}

// Parses one field into a bit set; `restricted` is false when the field starts with "*" (Vixie's rule).
bool parseField(const QString &text, const FieldSpec &spec, quint64 *bits, bool *restricted, QString *error) {
    *bits = 0;
    *restricted = !text.startsWith(u'*');
    const QStringList items = text.split(u',');
    for (const QString &item : items) {
        if (item.isEmpty()) {
            *error = QCoreApplication::translate("CronExpression", "empty item in \"%1\"").arg(text);
            return false;
        }
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1) {
                *error = QCoreApplication::translate("CronExpression",
                                                     "step \"%1\" must be a whole number of at least 1")
                             .arg(item.mid(slash + 1));
                return false;
            }
            range = item.left(slash);
        }
        int low = spec.min;
        int high = spec.max;
        if (range == u"*"_s) {
            if (spec.max == 7)
                high = 6; // "*" for weekdays is 0-6; 7 is only an alias of Sunday
        } else {
            const qsizetype dash = range.indexOf(u'-', 1);
            if (!parseValue(dash < 0 ? range : range.left(dash), spec, &low, error))
                return false;
            if (dash >= 0) {
                if (!parseValue(range.mid(dash + 1), spec, &high, error))
                    return false;
                if (high < low) {
                    *error =
                        QCoreApplication::translate("CronExpression", "range %1 runs backwards").arg(range);
                    return false;
                }
            } else if (slash < 0) {
                high = low;
            }
        }
        for (int v = low; v <= high; v += step)
            *bits |= quint64(1) << (spec.max == 7 && v == 7 ? 0 : v);
    }
    return true;
}

int daysInMonth(int month) {
    static constexpr int days[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month];
}

QString macro(const QString &text) {
    const QString lower = text.toLower();
    if (lower == u"@yearly"_s || lower == u"@annually"_s)
        return u"0 0 1 1 *"_s;
    if (lower == u"@monthly"_s)
        return u"0 0 1 * *"_s;
    if (lower == u"@weekly"_s)
        return u"0 0 * * 0"_s;
    if (lower == u"@daily"_s || lower == u"@midnight"_s)
        return u"0 0 * * *"_s;
    if (lower == u"@hourly"_s)
        return u"0 * * * *"_s;
    return QString();
}

} // namespace

CronExpression CronExpression::parse(const QString &text, QString *error) {
    QString dummy;
    QString &why = error ? *error : dummy;
    CronExpression cron;
    cron.m_text = text.simplified();
    QString body = cron.m_text;
    if (body.startsWith(u'@')) {
        body = macro(body);
        if (body.isEmpty()) {
            why = QCoreApplication::translate(
                      "CronExpression",
                      "unknown macro \"%1\"; known: @yearly, @monthly, @weekly, @daily, @hourly")
                      .arg(cron.m_text);
            return cron;
        }
    }
    const QStringList parts = body.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 5) {
        why = QCoreApplication::translate(
                  "CronExpression",
                  "five fields expected (minute hour day-of-month month day-of-week), found: %1")
                  .arg(parts.size());
        return cron;
    }
    quint64 bits[5] = {};
    bool restricted[5] = {};
    for (int i = 0; i < 5; ++i) {
        QString fieldError;
        if (!parseField(parts.at(i), fields[size_t(i)], &bits[i], &restricted[i], &fieldError)) {
            why = QCoreApplication::translate("CronExpression", "%1: %2")
                      .arg(QCoreApplication::translate("CronExpression", fields[size_t(i)].name), fieldError);
            return cron;
        }
    }
    cron.m_minutes = bits[0];
    cron.m_hours = quint32(bits[1]);
    cron.m_days = quint32(bits[2]);
    cron.m_months = quint32(bits[3]);
    cron.m_weekdays = quint32(bits[4]);
    cron.m_dayRestricted = restricted[2];
    cron.m_weekdayRestricted = restricted[4];

    // "0 0 30 2 *" is accepted by cron and never runs; say so instead.
    if (!cron.m_weekdayRestricted || !cron.m_dayRestricted) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            if (!(cron.m_months & (1u << month)))
                continue;
            for (int day = 1; day <= daysInMonth(month) && !possible; ++day)
                possible = cron.m_days & (1u << day);
        }
        if (!possible) {
            why = QCoreApplication::translate("CronExpression",
                                              "the day of month never occurs in the chosen months");
            return cron;
        }
    }
    cron.m_valid = true;
    return cron;
}

bool CronExpression::matchesDate(const QDate &date) const {
    if (!(m_months & (1u << date.month())))
        return false;
    const bool day = m_days & (1u << date.day());
    const bool weekday = m_weekdays & (1u << (date.dayOfWeek() % 7));
    if (m_dayRestricted && m_weekdayRestricted)
        return day || weekday;
    return day && weekday;
}

QDateTime CronExpression::resolveWallTime(const QDate &date, int hour, int minute, const QTimeZone &zone) {
    const qint64 wall = QDateTime(date, QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
    auto offsetAt = [&zone](qint64 secs) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    };
    // Every offset in force within a day either side; a wall time maps to an instant with each of them at
    // most.
    const int offsets[] = {offsetAt(wall - 86400), offsetAt(wall), offsetAt(wall + 86400)};
    qint64 best = 0;
    bool found = false;
    for (int offset : offsets) {
        const qint64 instant = wall - offset;
        if (offsetAt(instant) == offset && (!found || instant < best)) {
            best = instant;
            found = true;
        }
    }
    if (found)
        return QDateTime::fromSecsSinceEpoch(best, Qt::UTC);
    // In a spring-forward gap: the first valid instant after it is the transition itself.
    const qint64 shifted = wall - offsets[0];
    const QTimeZone::OffsetData transition =
        zone.previousTransition(QDateTime::fromSecsSinceEpoch(shifted + 1, Qt::UTC));
    if (transition.atUtc.isValid() && transition.atUtc.toSecsSinceEpoch() > shifted - 86400)
        return transition.atUtc.toUTC();
    return QDateTime::fromSecsSinceEpoch(shifted, Qt::UTC);
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const {
    if (!m_valid || !after.isValid())
        return {};
    const QDateTime afterUtc = after.toUTC();
    QDate date = afterUtc.toTimeZone(zone).date();
    const QTime startTime = afterUtc.toTimeZone(zone).time();
    constexpr int maxDays = 366 * 8 + 2;
    for (int i = 0; i < maxDays; ++i, date = date.addDays(1)) {
        if (!matchesDate(date))
            continue;
        // On the first day, wall times more than three hours before the start cannot be later than it.
        const int firstHour = i == 0 ? qMax(0, startTime.hour() - 3) : 0;
        for (int hour = firstHour; hour < 24; ++hour) {
            if (!(m_hours & (1u << hour)))
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!(m_minutes & (quint64(1) << minute)))
                    continue;
                const QDateTime candidate = resolveWallTime(date, hour, minute, zone);
                if (candidate > afterUtc)
                    return candidate;
            }
        }
    }
    return {};
}
