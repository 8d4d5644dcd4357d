// Runs export cycles: every group, at most N at a time, each failed group retried after the configured delays
// on timers; records every attempt and cycle in the history and applies retention after a cycle.
#pragma once

#include "ExportFileStore.h"
#include "GroupExport.h"
#include "GroupStatus.h"
#include "JournalRecord.h"

#include "schedule/WallTimer.h"
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class Clock;
class ExportUploader;
class History;
class TestOpsClient;

class ExportRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        ExportGroups groups;
        QList<int> retryDelaysSecs = {300, 600, 900};
        int parallelGroups = 1;
        Retention retention = 30;   // days, or RETENTION_KEEP's tiers
        bool skipUnchanged = false; // delete a new export identical to the group's previous one
        GroupExport::Settings job;
        // Whether the runner reads the journal for the groups' last results itself; when not, the caller
        // hands each record to learnLastResult (one reading for several readers).
        bool readJournal = true;
    };

    using GroupState = ::GroupState;
    using GroupStatus = ::GroupStatus;
    using CycleSummary = ::CycleSummary;

    // The longest a server's Retry-After is followed: a day's export is not held up for longer.
    static constexpr int maxRetryAfterSecs = 60 * 60;

    enum class RunNow { Started, RetriesStarted, AlreadyRunning, NoGroups };

    ExportRunner(Options options, TestOpsClient *client, const ExportFileStore &store, History *history,
                 const Clock &clock, QObject *parent = nullptr);
    ~ExportRunner() override;

    // Starts a cycle of every group, or of `onlyGroup`; while one runs, runs the retries that wait instead,
    // or says a cycle is running.
    RunNow runNow(const QString &trigger, const QString &onlyGroup = QString());
    // The same for some groups (empty: all).
    RunNow runNow(const QString &trigger, const QStringList &onlyGroups);
    bool isRunning() const { return m_cycle.has_value(); }
    // The cycle running now, as far as it got (its groups and those that succeeded so far).
    std::optional<CycleSummary> cycleInProgress() const { return m_cycle; }
    // Stops the cycle: attempts in flight are aborted (no partial file), retries cancelled.
    void abort();

    // Each kept export is then uploaded to S3 by `uploader` (null: no S3); the cycle waits for the first
    // attempt.
    void setUploader(ExportUploader *uploader) { m_uploader = uploader; }

    QList<GroupStatus> statuses() const;
    QDateTime nextRetry() const;
    const Options &options() const { return m_options; }
    // One journal record, in order, towards the groups' last results (see Options::readJournal).
    void learnLastResult(const JournalRecord::Any &record);
    // The longest the retry timer sleeps before looking at the clock again: a retry is due by the wall
    // clock, which goes on during a suspend while timers stand still.
    static constexpr int maxRetrySleepMs = WallTimer::maxSleepMs;
    // How long the retry timer sleeps now; -1 when no retry waits (for tests).
    int retrySleepMs() const { return m_retryTimer.sleepMs(); }

public slots:
    // Starts the retries whose time has come by the clock, and sleeps until the next (the timer calls it,
    // tests may call it after moving the clock).
    void checkRetries();
    std::optional<CycleSummary> lastCycle() const { return m_lastCycle; }

signals:
    void cycleStarted(const QString &trigger);
    void cycleFinished(const CycleSummary &summary);
    // A new export was compared with the group's previous one (the journal's check record).
    void checked(const JournalRecord::Check &record);
    void statusChanged();

private:
    struct Slot {
        GroupStatus status;
        std::unique_ptr<GroupExport> job;
    };

    void loadLastResults();
    // Deletes export jobs the journal shows as made by a process that died before it could delete them.
    void deleteLeftoverJobs();
    void pump();
    void startAttempt(Slot &slot);
    void onAttemptFinished(Slot &slot, const GroupExport::Result &result);
    // Compares a new export with the group's previous one, off this thread, then journals the result.
    void check(Slot &slot, const GroupExport::Result &result);
    void finishCycleIfDone();
    // The configured delay, or longer when the server asks (Retry-After), but never beyond maxRetryAfterSecs.
    int retryDelaySecs(int attempt, const ApiError &error) const;

    Options m_options;
    TestOpsClient *m_client;
    const ExportFileStore &m_store;
    History *m_history;
    const Clock &m_clock;
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::optional<CycleSummary> m_cycle;
    std::optional<CycleSummary> m_lastCycle;
    bool m_aborting = false;
    bool m_leftoversChecked = false;
    static constexpr int progressIntervalMs = 250;
    QElapsedTimer m_progressShown;
    WallTimer m_retryTimer{m_clock, this, [this] { checkRetries(); }};
    int m_checksPending = 0;  // the cycle ends after the comparisons of its new files
    int m_uploadsPending = 0; // and after the first attempt at uploading each of them
    ExportUploader *m_uploader = nullptr;
    int m_leftoversPending = 0; // the cycle ends after these deletions, so --export-now leaves nothing behind
};
