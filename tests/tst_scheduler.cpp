#include "ManualClock.h"
#include "schedule/Scheduler.h"
#include "schedule/WallTimer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime at(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void firesOnceAtTheFireTime();
    void sleepsAtMostAMinute();
    void followsTheTimeZone();
    void suspendOverSeveralFireTimesRunsOnce();
    void clockSetBackDoesNotRepeatARun();
    void catchesUpAMissedRunOnceAtStart();
    void catchUpCanBeTurnedOff();
    void firstStartCatchesUpNothing();
    void restartBeforeTheFireTimeRunsNothingExtra();
    void pausedScheduleSkipsRuns();
    void timerDrivesTheCheck();
    void futureMarkAtStartIsDistrusted();
    void clockBackByYearsSchedulesFromNow();
    void theWallTimerSleepsAtMostAMinuteAndPreciselyAtTheEnd();

private:
    Scheduler::Options options(const QString &cron, bool catchUp = true) const {
        return {CronExpression::parse(cron), QTimeZone::utc(), catchUp, m_dir.filePath(u"schedule.json"_s)};
    }
    void writeState(const char *handledUntil) {
        QFile file(m_dir.filePath(u"schedule.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("{\"handledUntil\":\"") + handledUntil + "\"}");
    }

    QTemporaryDir m_dir;
};

void TestScheduler::firesOnceAtTheFireTime() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T06:58:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    QCOMPARE(scheduler.nextRun(), at("2026-11-21T07:00:00Z"));

    clock.set(at("2026-11-21T06:59:59.600Z")); // a coarse timer may wake a little early
    scheduler.check();
    QCOMPARE(due.count(), 0);

    clock.set(at("2026-11-21T07:00:00.020Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.at(0).at(0).toDateTime(), at("2026-11-21T07:00:00Z"));
    QCOMPARE(due.at(0).at(1).toBool(), false);

    scheduler.check();
    clock.advanceSecs(30);
    scheduler.check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(scheduler.nextRun(), at("2026-11-22T07:00:00Z"));
}

void TestScheduler::sleepsAtMostAMinute() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T01:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    scheduler.start();
    QCOMPARE(scheduler.sleepMs(), Scheduler::maxSleepMs);
    clock.set(at("2026-11-21T06:59:45Z"));
    scheduler.check();
    QCOMPARE(scheduler.sleepMs(), 15000);
}

void TestScheduler::followsTheTimeZone() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T01:00:00Z"));
    Scheduler::Options berlin = options(u"0 7 * * *"_s);
    berlin.zone = QTimeZone("Europe/Berlin");
    Scheduler scheduler(berlin, clock);
    scheduler.start();
    QCOMPARE(scheduler.nextRun(), at("2026-11-21T06:00:00Z"));
}

void TestScheduler::suspendOverSeveralFireTimesRunsOnce() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T06:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    clock.set(at("2026-11-24T09:30:00Z")); // the machine slept for three days
    scheduler.check();
    scheduler.check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.at(0).at(0).toDateTime(), at("2026-11-21T07:00:00Z"));
    QCOMPARE(scheduler.nextRun(), at("2026-11-25T07:00:00Z"));
}

void TestScheduler::clockSetBackDoesNotRepeatARun() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T06:59:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    clock.set(at("2026-11-21T07:00:10Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    clock.set(at("2026-11-21T06:30:00Z")); // NTP or the user moved the clock back
    scheduler.check();
    clock.set(at("2026-11-21T07:00:30Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
}

void TestScheduler::futureMarkAtStartIsDistrusted() {
    // The clock was ahead once: schedule.json says every run up to 2099 is handled.
    writeState("2099-01-01T00:00:00.000Z");
    ManualClock clock(at("2026-11-21T09:02:00Z"));
    Scheduler scheduler(options(u"*/5 * * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(u"says runs up to 2099-01-01T00:00:00Z were handled, but that is in the "
                           "future \\(now 2026-11-21T09:02:00Z\\).*Scheduling from now"_s));
    scheduler.start();
    QCOMPARE(scheduler.nextRun(), at("2026-11-21T09:05:00Z"));
    clock.set(at("2026-11-21T09:05:01Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    // A mark a few seconds ahead (a small clock step) is kept as it is.
    writeState("2026-11-21T09:05:30.000Z");
    Scheduler again(options(u"*/5 * * * *"_s), clock);
    again.start();
    QCOMPARE(again.nextRun(), at("2026-11-21T09:10:00Z"));
}

void TestScheduler::clockBackByYearsSchedulesFromNow() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2099-01-01T00:00:00Z")); // running with a clock far ahead
    Scheduler scheduler(options(u"*/5 * * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    clock.set(at("2026-11-21T09:02:00Z")); // corrected
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the clock went back by more than a day"_s));
    scheduler.check();
    QCOMPARE(scheduler.nextRun(), at("2026-11-21T09:05:00Z"));
    clock.set(at("2026-11-21T09:05:00Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
}

void TestScheduler::catchesUpAMissedRunOnceAtStart() {
    writeState("2026-11-18T12:00:00.000Z"); // the app last ran three days ago
    ManualClock clock(at("2026-11-21T09:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    QTRY_COMPARE(due.count(), 1);
    QCOMPARE(due.at(0).at(0).toDateTime(), at("2026-11-19T07:00:00Z"));
    QCOMPARE(due.at(0).at(1).toBool(), true);
    QCOMPARE(scheduler.nextRun(), at("2026-11-22T07:00:00Z"));
    scheduler.check();
    QCoreApplication::processEvents();
    QCOMPARE(due.count(), 1);

    // A second restart the same day does not catch up again.
    scheduler.stop();
    Scheduler again(options(u"0 7 * * *"_s), clock);
    QSignalSpy dueAgain(&again, &Scheduler::due);
    again.start();
    QCoreApplication::processEvents();
    QCOMPARE(dueAgain.count(), 0);
}

void TestScheduler::catchUpCanBeTurnedOff() {
    writeState("2026-11-18T12:00:00.000Z");
    ManualClock clock(at("2026-11-21T09:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s, false), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    QCoreApplication::processEvents();
    QCOMPARE(due.count(), 0);
    QCOMPARE(scheduler.nextRun(), at("2026-11-22T07:00:00Z"));
}

void TestScheduler::firstStartCatchesUpNothing() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T09:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    QCoreApplication::processEvents();
    QCOMPARE(due.count(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"schedule.json"_s)));
}

void TestScheduler::restartBeforeTheFireTimeRunsNothingExtra() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T05:00:00Z"));
    {
        Scheduler first(options(u"0 7 * * *"_s), clock);
        first.start();
        clock.set(at("2026-11-21T06:00:00Z"));
    } // quit at 06:00
    clock.set(at("2026-11-21T06:30:00Z"));
    Scheduler second(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&second, &Scheduler::due);
    second.start();
    QCoreApplication::processEvents();
    QCOMPARE(due.count(), 0);
    QCOMPARE(second.nextRun(), at("2026-11-21T07:00:00Z"));
}

void TestScheduler::pausedScheduleSkipsRuns() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T06:00:00Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    scheduler.setPaused(true);
    clock.set(at("2026-11-21T07:00:05Z"));
    scheduler.check();
    QCOMPARE(due.count(), 0);
    QCOMPARE(scheduler.nextRun(), at("2026-11-22T07:00:00Z"));
    scheduler.setPaused(false);
    clock.set(at("2026-11-22T07:00:05Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
}

void TestScheduler::timerDrivesTheCheck() {
    QFile::remove(m_dir.filePath(u"schedule.json"_s));
    ManualClock clock(at("2026-11-21T06:59:59.950Z"));
    Scheduler scheduler(options(u"0 7 * * *"_s), clock);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start();
    QCOMPARE(scheduler.sleepMs(), 50);
    clock.set(at("2026-11-21T07:00:00.001Z"));
    QTRY_COMPARE(due.count(), 1); // the timer, not the test, calls check()
}

void TestScheduler::theWallTimerSleepsAtMostAMinuteAndPreciselyAtTheEnd() {
    // The one wall-clock timer of the schedule, the runner's retries and the uploader's retries.
    ManualClock clock(at("2026-11-21T06:00:00Z"));
    QObject context;
    int wakes = 0;
    WallTimer timer(clock, &context, [&wakes] { ++wakes; });
    QCOMPARE(timer.sleepMs(), -1);
    timer.wakeAt(at("2026-11-21T07:00:00Z")); // an hour away: a minute, coarse
    QCOMPARE(timer.sleepMs(), WallTimer::maxSleepMs);
    QVERIFY(!timer.isPrecise());
    timer.wakeAt(at("2026-11-21T06:00:05Z")); // the last stretch: precise
    QCOMPARE(timer.sleepMs(), 5000);
    QVERIFY(timer.isPrecise());
    timer.wakeAt(at("2026-11-21T05:00:00Z")); // already due (a clock set forward): now
    QCOMPARE(timer.sleepMs(), 0);
    QTRY_COMPARE(wakes, 1);
    QCOMPARE(timer.sleepMs(), -1); // once
    timer.wakeAt(at("2026-11-21T06:30:00Z"));
    timer.wakeAt(QDateTime()); // nothing to wait for
    QCOMPARE(timer.sleepMs(), -1);
    timer.wakeAt(at("2026-11-21T06:00:00.020Z"));
    QTRY_COMPARE(wakes, 2);
    // Gone with its context: no wake into a dead object.
    auto *shortLived = new QObject;
    bool woke = false;
    WallTimer orphan(clock, shortLived, [&woke] { woke = true; });
    orphan.wakeAt(at("2026-11-21T06:00:00.010Z"));
    delete shortLived;
    QTest::qWait(50);
    QVERIFY(!woke);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
