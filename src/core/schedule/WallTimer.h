// Wakes at a time of the wall clock, as the schedule, the runner's retries and the uploader's retries need: a
// QTimer that sleeps at most a minute at a time, so that a suspend, a clock change or a jump of the time zone
// is seen within a minute, and that is precise for the last stretch (a coarse timer may be 5 % late). Each
// wake calls `wake`, which looks at the clock itself and arms the timer again.
#pragma once

#include <QDateTime>
#include <QTimer>

#include <functional>

class Clock;

class WallTimer {
public:
    static constexpr int maxSleepMs = 60 * 1000;

    WallTimer(const Clock &clock, QObject *context, std::function<void()> wake);

    // Sleeps until `at` or for a minute, whichever comes first; an invalid `at` stops.
    void wakeAt(const QDateTime &at);
    void stop() { m_timer.stop(); }
    // The sleep armed, in ms; -1 when stopped.
    int sleepMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }
    bool isPrecise() const { return m_timer.timerType() == Qt::PreciseTimer; }

private:
    const Clock &m_clock;
    QTimer m_timer;
};
