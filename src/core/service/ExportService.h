// The running core of the application, the same for the desktop app, --headless and --export-now:
// TestOps client, file store, history, export runner and scheduler built from one configuration. Only the
// front (ExportFront) and the wiring (AppWiring) see it; the views see the front.
#pragma once

#include "config/Config.h"
#include "exports/ExportFileStore.h"
#include "exports/ExportRunner.h"
#include "exports/ExportVerify.h"

#include <QObject>

#include <functional>
#include <memory>

class Alerts;
class Clock;
class BucketIndex;
class ExportIndex;
class ExportUploader;
class History;
class QNetworkAccessManager;
class Scheduler;
class TestOpsClient;
class ProcessLock;
class SnapshotRunner;
class LeaderElector;
class CycleMark;

class ExportService : public QObject {
    Q_OBJECT
public:
    ExportService(const Config &config, const Clock &clock, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~ExportService() override;

    // History and schedule state live beside the exports, so they move with the folder (or a Docker volume).
    static QString dataFolder(const Config &config);

    const Config &config() const { return m_config; }
    TestOpsClient *client() const { return m_client; }
    const ExportFileStore &store() const { return m_store; }
    History *history() const { return m_history; }
    ExportIndex *index() const { return m_index; }
    ExportRunner *runner() const { return m_runner; }
    Scheduler *scheduler() const { return m_scheduler; }
    // Null unless S3_ENABLED.
    ExportUploader *uploader() const { return m_uploader; }
    BucketIndex *bucket() const { return m_bucket; }
    // Null unless SNAPSHOTS is on.
    SnapshotRunner *snapshots() const { return m_snapshots; }

    // Claims the export folder for this process: two services exporting into one folder would export
    // everything twice. False, with *why, when another process has it (named) or the folder cannot be
    // used (what is wrong with it); *heldByOther, when given, says which of the two.
    bool claimFolder(QString *why, bool *heldByOther = nullptr);
    // Starts following the schedule (not for --export-now).
    void startSchedule();
    // Stops taking work and ends the cycle in flight; `done` runs when all is closed, or after timeoutMs.
    void shutdown(int timeoutMs, std::function<void()> done);

    // Several replicas (LEADER_ELECTION): null when off. Only the leader runs the schedule, retries,
    // catch-up, retention and uploads; every replica serves.
    LeaderElector *elector() const { return m_elector; }
    bool isFollower() const;
    // Why leader election is on but cannot work (LEADER_ELECTION=on outside a cluster); empty otherwise.
    const QString &electionProblem() const { return m_electionProblem; }

    // Reads every export again against the journal, off the event loop, logs what it finds, alerts of damage,
    // then says verified. VERIFY_SCHEDULE runs it on the leader only; a user's (the window's) on any replica.
    // One at a time: asked while one runs, its `verified` answers both.
    enum class VerifyBy { Schedule, User };
    void verifyNow(VerifyBy by = VerifyBy::Schedule);
    // Alerts of groups with no good export for longer than ALERT_OVERDUE (every ten minutes by itself).
    void checkOverdue();
    Alerts *alerts() const { return m_alerts; }

signals:
    void verified(const ExportVerify::Report &report);
    // A new export of `group` shows more removed cases than ALERT_REMOVED since the previous one (which had
    // `previousCases`); `firstRemoved`: the first ten, "id  name".
    void massRemoval(const QString &group, const QString &file, qint64 removed, qint64 previousCases,
                     const QStringList &firstRemoved);

private:
    // Alerts to ALERT_WEBHOOK_URL: failed and recovered groups, mass removal, overdue exports.
    void watch(const Clock &clock, QNetworkAccessManager *network);
    // Retention of our objects in the bucket, by the folder's rule (ExportFileStore::expired): the objects of
    // our groups named as our exports, under exports/<date>/; others' objects are never touched.
    void applyBucketRetention(const QDateTime &nowUtc);

    Config m_config;
    ExportFileStore m_store;
    TestOpsClient *m_client;
    History *m_history;
    ExportIndex *m_index;
    ExportRunner *m_runner;
    Scheduler *m_scheduler;
    ExportUploader *m_uploader = nullptr;
    BucketIndex *m_bucket = nullptr;
    LeaderElector *m_elector = nullptr;
    CycleMark *m_cycleMark = nullptr;
    QString m_electionProblem;
    void setLeading(bool leading);
    QDateTime m_bucketRetentionDue; // a cycle's end, when retention of the bucket waits for its listing
    std::unique_ptr<ProcessLock> m_folderLock;
    Alerts *m_alerts = nullptr;
    Scheduler *m_verifySchedule = nullptr;
    SnapshotRunner *m_snapshots = nullptr;
    bool m_verifying = false;
};
