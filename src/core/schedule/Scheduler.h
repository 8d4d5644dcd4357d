// Fires a cron schedule on the wall clock: each fire time once, at most a minute late after suspend or a
// clock change, and a fire time missed while the app was not running caught up once at start.
#pragma once

#include "Clock.h"
#include "CronExpression.h"

#include "WallTimer.h"
#include <QObject>
#include <QTimeZone>

class Scheduler : public QObject {
    Q_OBJECT
public:
    struct Options {
        CronExpression cron;
        QTimeZone zone = QTimeZone::utc();
        bool catchUpMissed = true;
        QString stateFile; // remembers up to when fire times are handled; empty: nothing is remembered
        QString what = QStringLiteral("export"); // what it runs, in the log: "next export at …"
    };

    // The longest the scheduler sleeps before looking at the wall clock again.
    static constexpr int maxSleepMs = WallTimer::maxSleepMs;
    // At start, a handled-until mark further in the future than this is not believed: the clock was ahead
    // when it was written, and keeping it would hold every run back until then.
    static constexpr int clockSlackSecs = 60;
    // While running, the clock going back by up to this repeats no run it has seen already; further back,
    // the schedule starts again from now rather than wait for the old time to come back.
    static constexpr int clockBackLimitSecs = 24 * 60 * 60;

    Scheduler(Options options, const Clock &clock, QObject *parent = nullptr);
    ~Scheduler() override;

    void start();
    void stop();

    QDateTime nextRun() const { return m_next; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // How long the timer sleeps now (for tests and the footprint benchmark).
    int sleepMs() const { return m_timer.sleepMs(); }

public slots:
    // Compares the wall clock with the next fire time; the timer calls it, tests may call it directly.
    void check();

signals:
    // A fire time has come (catchUp: it passed while the app was not running).
    void due(const QDateTime &fireTime, bool catchUp);
    void nextRunChanged(const QDateTime &nextRun);
    void pausedChanged(bool paused);

private:
    void advance(const QDateTime &handledUntil);
    void arm();
    QDateTime loadState() const;
    void saveState() const;

    Options m_options;
    const Clock &m_clock;
    WallTimer m_timer{m_clock, this, [this] { check(); }};
    QDateTime m_handledUntil; // every fire time up to here has run or was skipped on purpose
    QDateTime m_next;
    bool m_paused = false;
    bool m_running = false;
};
