// The schedules a user picks in words (every day at a time, on weekdays at a time, every N hours), read from
// and written as the cron expression they stand for; any other expression is Custom. The settings dialog
// picks them, and the window says the schedule in them.
#pragma once

#include <QString>
#include <QTime>

struct SchedulePreset {
    enum class Kind { Daily, Weekdays, EveryHours, Custom };
    Kind kind = Kind::Custom;
    QTime time = QTime(7, 0); // Daily, Weekdays
    int hours = 1;            // EveryHours, 1 to 23

    // The preset a cron expression is ("0 7 * * 1-5": on weekdays at 07:00), or Custom.
    static SchedulePreset of(const QString &cron);
    // The cron expression of a preset (not of Custom).
    QString cron() const;
    // "every day at 07:00", "on weekdays at 07:00", "every 2 hours"; `cron` itself when Custom.
    static QString words(const QString &cron);
};
