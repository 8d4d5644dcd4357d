#include "SchedulePreset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

SchedulePreset SchedulePreset::of(const QString &cron) {
    static const QRegularExpression atTime(
        uR"(^\s*(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+(\*|1-5|(?i:mon-fri))\s*$)"_s);
    static const QRegularExpression everyHours(uR"(^\s*0\s+\*(?:/(\d{1,2}))?\s+\*\s+\*\s+\*\s*$)"_s);
    SchedulePreset preset;
    if (const QRegularExpressionMatch m = atTime.match(cron); m.hasMatch()) {
        const QTime time(m.captured(2).toInt(), m.captured(1).toInt());
        if (time.isValid()) {
            preset.kind = m.captured(3) == u"*"_s ? Kind::Daily : Kind::Weekdays;
            preset.time = time;
        }
    } else if (const QRegularExpressionMatch h = everyHours.match(cron); h.hasMatch()) {
        const int hours = h.captured(1).isEmpty() ? 1 : h.captured(1).toInt();
        if (hours >= 1 && hours <= 23) {
            preset.kind = Kind::EveryHours;
            preset.hours = hours;
        }
    }
    return preset;
}

QString SchedulePreset::cron() const {
    switch (kind) {
    case Kind::Daily:
        return u"%1 %2 * * *"_s.arg(time.minute()).arg(time.hour());
    case Kind::Weekdays:
        return u"%1 %2 * * 1-5"_s.arg(time.minute()).arg(time.hour());
    case Kind::EveryHours:
        return hours == 1 ? u"0 * * * *"_s : u"0 */%1 * * *"_s.arg(hours);
    case Kind::Custom:
        break;
    }
    return QString();
}

QString SchedulePreset::words(const QString &cron) {
    const SchedulePreset preset = of(cron);
    const QString time = QLocale().toString(preset.time, QLocale::ShortFormat);
    switch (preset.kind) {
    case Kind::Daily:
        return QCoreApplication::translate("SchedulePreset", "every day at %1").arg(time);
    case Kind::Weekdays:
        return QCoreApplication::translate("SchedulePreset", "on weekdays at %1").arg(time);
    case Kind::EveryHours:
        return QCoreApplication::translate("SchedulePreset", "every %n hour(s)", nullptr, preset.hours);
    case Kind::Custom:
        break;
    }
    return cron;
}
