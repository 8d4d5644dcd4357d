// Snapshots of the configured groups, one group at a time, beside the CSV exports and never in their way:
// queued after a cycle's successful exports (or by --snapshot-now and the window), tried again after
// RETRY_DELAYS when TestOps fails, kept by SNAPSHOT_KEEP's tiers, and what no kept snapshot uses collected.
#pragma once

#include "SnapshotCopy.h"
#include "SnapshotManifest.h"
#include "SnapshotStore.h"
#include "config/Config.h"
#include "schedule/WallTimer.h"

#include <QHash>
#include <QObject>

#include <memory>

class Clock;
class History;
class SnapshotSession;
class TestOpsApi;
class TestOpsClient;

class SnapshotRunner : public QObject {
    Q_OBJECT
public:
    // `journal` (may be null) gets a record of each snapshot's end.
    SnapshotRunner(const Config &config, TestOpsClient *client, History *journal, const Clock &clock,
                   QObject *parent = nullptr);
    ~SnapshotRunner() override;

    const SnapshotStore &store() const { return m_store; }
    // With S3: the copy of the store to the bucket, run once the queue drains (and by copyNow()).
    void setCopy(std::unique_ptr<SnapshotCopy> copy);
    SnapshotCopy *copy() const { return m_copy.get(); }
    // Copies what the bucket lacks now (at start: what a killed or offline run left, or everything when S3
    // was just turned on).
    void copyNow();
    // Queues a snapshot of each of `groups` (configured names; others are ignored) not queued already.
    void enqueue(const QStringList &groups, bool full = false);
    bool isBusy() const {
        return m_session != nullptr || !m_queue.isEmpty() || !m_retries.isEmpty() ||
               (m_copy && m_copy->isBusy()) || m_copyRetry.isValid();
    }
    // The group being taken and how far it is (cases done of those listed); empty when none.
    QString current() const { return m_current; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // The last result of each group since the start.
    const QHash<QString, SnapshotResult> &results() const { return m_results; }
    // Deletes the snapshots no tier of SNAPSHOT_KEEP keeps (never a group's newest); the ids deleted. What no
    // snapshot uses then goes when the queue drains.
    QStringList applyRetention(const QDateTime &nowUtc);
    void abort();

signals:
    void started(const QString &group);
    void progress(const QString &group, qint64 done, qint64 total);
    void groupFinished(const SnapshotResult &result);
    // A pass of the copy to S3 ended; `retryAt` when a failure is tried again then.
    void copied(const SnapshotCopyResult &result, const QDateTime &retryAt);
    // Nothing queued, taken or waiting to be tried again.
    void idle();

private:
    struct Queued {
        QString group;
        bool full = false;
        int attempt = 1;
    };
    void next();
    void finished();
    void wake();
    void collect();
    void copyFinished(const SnapshotCopyResult &result);

    Config m_config;
    History *m_journal;
    const Clock &m_clock;
    std::unique_ptr<TestOpsApi> m_api;
    SnapshotStore m_store;
    QList<Queued> m_queue;
    QList<QPair<QDateTime, Queued>> m_retries; // sorted by time
    WallTimer m_retryTimer;
    SnapshotSession *m_session = nullptr;
    Queued m_running;
    QString m_current;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QHash<QString, SnapshotResult> m_results;
    bool m_collectDue = true; // at the first drain too: what an earlier run left
    std::unique_ptr<SnapshotCopy> m_copy;
    bool m_copyDue = false;
    int m_copyAttempt = 1;
    QDateTime m_copyRetry; // a failed copy tried again then
};
