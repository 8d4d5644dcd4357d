#include "ExportService.h"

#include "cluster/KubeClient.h"
#include "cluster/LeaderElector.h"
#include "exports/BucketIndex.h"
#include "exports/ChangeDetails.h"
#include "exports/ExportIndex.h"
#include "exports/ExportUploader.h"
#include "exports/History.h"
#include "exports/JournalCompaction.h"
#include "log/LogCategories.h"
#include "schedule/Scheduler.h"
#include "service/Alerts.h"
#include "service/CycleMark.h"
#include "service/HealthPing.h"
#include "service/ProcessLock.h"
#include "snapshots/SnapshotRunner.h"
#include "testops/TestOpsClient.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QHostInfo>
#include <QPromise>
#include <QSet>
#include <QStorageInfo>
#include <QThreadPool>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

ExportService::ExportService(const Config &config, const Clock &clock, QNetworkAccessManager *network,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(config.exportPath) {
    // Several replicas: a Lease elects the one that exports.
    std::optional<KubeClient::InCluster> inCluster;
    if (config.leader.mode != LeaderSettings::Mode::Off) {
        QString why;
        inCluster = KubeClient::InCluster::detect(&why);
        if (!inCluster && config.leader.mode == LeaderSettings::Mode::On)
            m_electionProblem =
                tr("LEADER_ELECTION is on, but there is no Kubernetes in-cluster configuration: %1").arg(why);
    }
    const QString identity = qEnvironmentVariable("POD_NAME", qEnvironmentVariable("HOSTNAME"));
    TestOpsClient::Options clientOptions = TestOpsClient::Options::of(config);
    if (inCluster)
        clientOptions.userAgent += " (" + identity.toUtf8() + ')';
    m_client = new TestOpsClient(clientOptions, network, clock, this);
    if (inCluster) {
        const LeaderSettings &leader = config.leader;
        auto *kube = new KubeClient(*inCluster, network, leader.retryPeriodSeconds * 1000, this);
        m_elector = new LeaderElector(
            {leader.leaseName,
             leader.leaseNamespace.isEmpty() ? inCluster->ownNamespace : leader.leaseNamespace, identity,
             leader.leaseDurationSeconds * 1000, leader.renewDeadlineSeconds * 1000,
             leader.retryPeriodSeconds * 1000},
            kube, clock, this);
        connect(m_elector, &LeaderElector::startedLeading, this, [this] { setLeading(true); });
        connect(m_elector, &LeaderElector::stoppedLeading, this, [this] { setLeading(false); });
        connect(m_elector, &LeaderElector::runNowRequested, this,
                [this](const QString &requester) { m_runner->runNow(u"run now on %1"_s.arg(requester)); });
    }

    const QString data = dataFolder(config);
    // Compacted before anything reads it, so that what is dropped is never parsed nor held; and only while
    // holding the folder's lock: while a service runs on the folder it appends to this file, and a --check
    // or a refused second start must leave the file alone.
    const QString journal = QDir(data).filePath(u"history.jsonl"_s);
    if (QFileInfo::exists(journal) && !m_elector) { // replicas share it: only the leader compacts, as it runs
        ProcessLock lock(QDir(data).filePath(u"lock"_s));
        if (lock.tryLock() == ProcessLock::Result::Locked && JournalCompaction::isDue(journal))
            JournalCompaction::compactFile(journal, m_store);
    }
    m_history = new History(journal, this);
    m_index = new ExportIndex(config.exportPath, m_history, this, ExportIndex::Journal::HandedIn);

    ExportRunner::Options runnerOptions;
    runnerOptions.groups = config.groups;
    runnerOptions.retryDelaysSecs = config.retryDelaysSeconds;
    runnerOptions.parallelGroups = config.parallelGroups;
    runnerOptions.retention = Retention(config.retentionDays, config.retentionKeep);
    runnerOptions.skipUnchanged = config.skipUnchanged;
    runnerOptions.job.separator = config.csvSeparator;
    runnerOptions.job.extraColumns = config.extraColumns;
    runnerOptions.job.exportTimeoutSecs = config.exportTimeoutSeconds;
    runnerOptions.readJournal = false;
    m_index->setRetention(runnerOptions.retention, &clock);
    m_runner = new ExportRunner(runnerOptions, m_client, m_store, m_history, clock, this);
    // A removal beyond ALERT_REMOVED: said by the tray and, with webhooks, to the team.
    connect(m_runner, &ExportRunner::checked, this, [this](const JournalRecord::Check &record) {
        if (!record.changes)
            return;
        const qint64 removed = record.changes->removed;
        const qint64 previous = record.checkedRows - record.changes->added + removed;
        if (!Alerts::isMassRemoval(m_config.alerts, removed, previous))
            return;
        QStringList names; // the first of them, as the change view lists them
        QString error;
        if (const auto details = ChangeDetails::load(m_store, record.file, &error)) {
            for (const ExportComparison::Case &gone : details->result().removed.mid(0, 10))
                names.append(gone.id + u"  "_s + gone.name);
        }
        emit massRemoval(record.group, record.file, removed, previous, names);
    });
    m_cycleMark = new CycleMark(m_runner, m_elector, QDir(data).filePath(u"cycle.json"_s), this);
    if (config.snapshots.enabled) {
        // Beside the exports, never in their way: a group's snapshot follows its good export.
        m_snapshots = new SnapshotRunner(config, m_client, m_history, clock, this);
        connect(m_runner, &ExportRunner::cycleFinished, m_snapshots, [this](const CycleSummary &summary) {
            if (!summary.aborted)
                m_snapshots->enqueue(summary.succeeded);
        });
    }
    if (!config.alerts.webhooks.isEmpty())
        watch(clock, network);
    if (config.verifySchedule.isValid()) {
        m_verifySchedule =
            new Scheduler({config.verifySchedule, config.timeZone, false,
                           QDir(data).filePath(u"verify-schedule.json"_s), u"verify of the exports"_s},
                          clock, this);
        connect(m_verifySchedule, &Scheduler::due, this, [this] { verifyNow(); });
    }
    if (config.healthcheckUrl.isValid()) {
        auto *ping = new HealthPing(config.healthcheckUrl, network, this);
        connect(m_runner, &ExportRunner::cycleStarted, ping, &HealthPing::cycleStarted);
        connect(m_runner, &ExportRunner::cycleFinished, ping, [this, ping](const CycleSummary &summary) {
            ping->cycleFinished(summary, m_runner->statuses());
        });
    }
    // One reading of the journal for both, each record decoded once (20,000 records take about 100 ms).
    m_history->forEach([this](const QJsonObject &json) {
        const JournalRecord::Any record = JournalRecord::read(json);
        m_index->learn(record);
        m_runner->learnLastResult(record);
    });
    m_index->journalRead();
    if (config.s3.enabled) {
        const auto s3 = S3Client::Options::of(config.s3, qMax(config.inactivityTimeoutSeconds, 1) * 1000);
        m_uploader =
            new ExportUploader(s3, config.retryDelaysSeconds, m_store, m_history, network, clock, this);
        m_runner->setUploader(m_uploader);
        if (m_snapshots) // the snapshots beside, under snapshots/ in the store's own layout
            m_snapshots->setCopy(std::make_unique<SnapshotCopy>(s3, m_snapshots->store(),
                                                                config.snapshots.keep, network, clock));
        if (m_alerts) {
            connect(m_uploader, &ExportUploader::gaveUp, m_alerts, &Alerts::uploadGaveUp);
            connect(m_uploader, &ExportUploader::uploaded, m_alerts, [this](const QString &, bool ok) {
                if (ok)
                    m_alerts->uploadSucceeded();
            });
        }
        // The bucket's exports join the folder's: listed at start, after each cycle and every five minutes.
        m_bucket = new BucketIndex(s3, network, clock, this);
        connect(m_bucket, &BucketIndex::changed, this, [this] {
            QHash<QString, std::pair<QString, qint64>> remote;
            for (auto it = m_bucket->objects().cbegin(); it != m_bucket->objects().cend(); ++it)
                remote.insert(it.key(), {it->key, it->size});
            m_index->setRemote(std::move(remote));
            if (m_bucketRetentionDue.isValid())
                applyBucketRetention(std::exchange(m_bucketRetentionDue, QDateTime()));
        });
        connect(m_runner, &ExportRunner::cycleFinished, this, [this](const CycleSummary &summary) {
            if (!summary.succeeded.isEmpty() && m_runner->options().retention.active())
                m_bucketRetentionDue = summary.end; // retention of the bucket, once it is listed again
            m_bucket->refresh();
        });
        auto *relist = new QTimer(this);
        relist->setInterval(5 * 60 * 1000);
        connect(relist, &QTimer::timeout, m_bucket, &BucketIndex::refresh);
        relist->start();
        m_bucket->refresh();
    }

    Scheduler::Options scheduleOptions{config.schedule, config.timeZone, config.catchUpMissed,
                                       QDir(data).filePath(u"schedule.json"_s)};
    m_scheduler = new Scheduler(scheduleOptions, clock, this);
    connect(m_scheduler, &Scheduler::due, this, [this](const QDateTime &fireTime, bool catchUp) {
        const QString trigger = catchUp ? u"catch-up of %1"_s.arg(fireTime.toString(Qt::ISODate))
                                        : u"schedule %1"_s.arg(fireTime.toString(Qt::ISODate));
        if (m_runner->runNow(trigger) != ExportRunner::RunNow::AlreadyRunning)
            return;
        if (m_cycleMark->finishing()) { // a catch-up at start meets the finishing of an interrupted cycle
            qCInfo(lcSchedule, "the run of %s waits for the interrupted cycle to be finished",
                   qUtf8Printable(fireTime.toString(Qt::ISODate)));
            auto *once = new QObject(this);
            connect(m_runner, &ExportRunner::cycleFinished, once, [this, once, trigger] {
                once->deleteLater();
                QMetaObject::invokeMethod(
                    this, [this, trigger] { m_runner->runNow(trigger); }, Qt::QueuedConnection);
            });
            return;
        }
        qCWarning(lcSchedule, "the scheduled run of %s was skipped: the previous cycle is still running",
                  qUtf8Printable(fireTime.toString(Qt::ISODate)));
    });
}

void ExportService::applyBucketRetention(const QDateTime &nowUtc) {
    QSet<QString> groups;
    for (const ExportGroup &group : std::as_const(m_config.groups))
        groups.insert(group.name);
    QList<ExportFile> ours;
    QHash<QString, QString> keys;
    const auto &objects = m_bucket->objects();
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        ExportFile file;
        if (ExportFile::parse(it.key(), &file) && groups.contains(file.group) && it->key.count(u'/') == 2) {
            ours.append(file);
            keys.insert(it.key(), it->key);
        }
    }
    const QStringList expired = ExportFileStore::expired(ours, m_runner->options().retention, nowUtc);
    if (expired.isEmpty())
        return;
    QStringList victims;
    for (const QString &name : expired)
        victims.append(keys.value(name));
    qCInfo(lcExport, "retention: %lld export(s) in S3 that the rule lets go", qint64(victims.size()));
    m_uploader->removeObjects(victims);
    m_bucket->forget(expired);
}

void ExportService::watch(const Clock &clock, QNetworkAccessManager *network) {
    QUrl page; // the change view's links, where colleagues can open them
    if (m_config.webEnabled && !m_config.webBind.isLoopback()) {
        page.setScheme(u"http"_s);
        page.setHost(QHostInfo::localHostName());
        page.setPort(m_config.webPort);
    }
    m_alerts = new Alerts(m_config.alerts, page, network, clock, this);
    connect(m_runner, &ExportRunner::cycleFinished, m_alerts,
            [this](const CycleSummary &summary) { m_alerts->cycleFinished(summary, m_runner->statuses()); });
    connect(this, &ExportService::massRemoval, m_alerts, &Alerts::compared);
    if (m_snapshots) {
        connect(m_snapshots, &SnapshotRunner::groupFinished, m_alerts, &Alerts::snapshotFinished);
        connect(m_snapshots, &SnapshotRunner::copied, m_alerts,
                [this](const SnapshotCopyResult &result, const QDateTime &retryAt) {
                    if (result.ok)
                        m_alerts->uploadSucceeded();
                    else if (!retryAt.isValid())
                        m_alerts->uploadGaveUp(QString(), tr("the snapshots"), result.error);
                });
    }
    auto *overdue = new QTimer(this);
    overdue->setInterval(10 * 60 * 1000);
    connect(overdue, &QTimer::timeout, this, &ExportService::checkOverdue);
    overdue->start();
}

void ExportService::verifyNow(VerifyBy by) {
    if ((by == VerifyBy::Schedule && m_elector && !m_elector->isLeader()) || m_verifying)
        return;
    m_verifying = true;
    auto promise = std::make_shared<QPromise<ExportVerify::Report>>();
    QFuture<ExportVerify::Report> future = promise->future();
    // The continuation is attached before the work starts: attached to a finished future, Qt 6.4 runs it at
    // once, inside this call.
    future.then(this, [this](const ExportVerify::Report &report) {
        m_verifying = false;
        QStringList files, lines;
        for (const ExportVerify::Finding &finding : report.findings) {
            if (finding.kind == ExportVerify::Finding::Kind::Ok)
                continue;
            files.append(finding.file);
            lines.append(ExportVerify::lineOf(finding));
            qCWarning(lcExport, "verify: %s", qUtf8Printable(lines.constLast()));
        }
        qCInfo(lcExport, "verify: %s", qUtf8Printable(ExportVerify::summaryOf(report)));
        if (m_alerts)
            m_alerts->damageFound(files, lines);
        emit verified(report);
    });
    // Every byte of every export is read: not on the thread that serves the window and the web.
    // The worker has its own reader of the journal: the service may be rebuilt (settings saved) meanwhile.
    QThreadPool::globalInstance()->start([promise, store = m_store, journal = m_history->filePath()] {
        promise->start();
        const History history(journal);
        promise->addResult(ExportVerify::run(store, history));
        promise->finish();
    });
}

void ExportService::checkOverdue() {
    if (!m_alerts || (m_elector && !m_elector->isLeader()))
        return; // the leader speaks for all replicas
    const QHash<QString, const ExportEntry *> newest = newestByGroup(m_index->entries());
    QHash<QString, QDateTime> last;
    for (const GroupStatus &status : m_runner->statuses()) // the configured groups
        last.insert(status.group.name, lastSuccess(status, newest.value(status.group.name)));
    m_alerts->checkOverdue(last);
}

ExportService::~ExportService() = default;

QString ExportService::dataFolder(const Config &config) {
    return QDir(config.exportPath).filePath(u".testops-export"_s);
}

bool ExportService::claimFolder(QString *why, bool *heldByOther) {
    if (!m_electionProblem.isEmpty()) {
        if (why)
            *why = m_electionProblem;
        return false;
    }
    const QString problem = m_store.ensureWritable();
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return false;
    }
    m_index->watchFolder(); // it may have been made just now: files put in it are listed from now on
    if (m_elector) // the Lease, not a lock file, decides who writes: followers serve the shared folder
        return true;
    const QString data = dataFolder(m_config);
    QDir().mkpath(data);
    auto lock = std::make_unique<ProcessLock>(QDir(data).filePath(u"lock"_s));
    switch (lock->tryLock()) {
    case ProcessLock::Result::Locked:
        break;
    case ProcessLock::Result::HeldByOther:
        if (heldByOther)
            *heldByOther = true;
        if (why)
            *why = tr("another testops-export (process %1) already exports to %2")
                       .arg(lock->holderPid())
                       .arg(m_config.exportPath);
        return false;
    case ProcessLock::Result::Error:
        if (why)
            *why = tr("the export folder %1 cannot be used: its lock file %2 cannot be opened (%3)")
                       .arg(m_config.exportPath, lock->path(), lock->errorString());
        return false;
    }
    m_folderLock = std::move(lock);
    const QStorageInfo storage(m_config.exportPath);
    if (storage.isValid() && storage.bytesAvailable() == 0)
        qCWarning(lcExport,
                  "the export folder %s is full (no space left on %s): exports will fail until "
                  "space is freed",
                  qUtf8Printable(m_config.exportPath), qUtf8Printable(storage.rootPath()));
    return true;
}

bool ExportService::isFollower() const {
    return m_elector && !m_elector->isLeader();
}

void ExportService::setLeading(bool leading) {
    if (leading) {
        m_store.removeStaleTemporaries();
        m_scheduler->start();
        m_cycleMark->resume(); // a cycle the leader before did not finish
        if (m_uploader)
            m_uploader->catchUp();
        if (m_snapshots)
            m_snapshots->copyNow();
        return;
    }
    // As on SIGTERM: the download in flight is abandoned and leaves no file; the cycle, its retries and the
    // uploads are the next leader's.
    m_scheduler->stop();
    m_cycleMark->interrupt();
    m_runner->abort();
    if (m_uploader)
        m_uploader->stop();
    if (m_snapshots)
        m_snapshots->abort();
}

void ExportService::startSchedule() {
    m_cycleMark->setActive(true);
    if (m_verifySchedule)
        m_verifySchedule->start(); // on every replica; only the leader verifies (verifyNow)
    if (m_elector) {
        m_elector->start(); // the schedule starts when this replica leads
        return;
    }
    m_store.removeStaleTemporaries();
    m_scheduler->start();
    m_cycleMark->resume(); // a cycle the last run of the app did not finish (a SIGTERM, a kill, a crash)
    if (m_uploader)
        m_uploader
            ->catchUp(); // what an earlier run could not upload, or everything when S3 was just turned on
    if (m_snapshots)
        m_snapshots->copyNow();
}

void ExportService::shutdown(int timeoutMs, std::function<void()> done) {
    if (m_elector)
        m_elector->release();
    m_scheduler->stop();
    if (m_verifySchedule)
        m_verifySchedule->stop();
    if (m_snapshots)
        m_snapshots->abort(); // listed only when whole: what it stored is collected by the next one
    if (!m_runner->isRunning()) {
        done();
        return;
    }
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done] {
        if (*finished)
            return;
        *finished = true;
        done();
    };
    connect(m_runner, &ExportRunner::cycleFinished, this, finish);
    QTimer::singleShot(timeoutMs, this, [finish] {
        qCWarning(lcExport, "shutdown: the export did not stop in time; quitting anyway");
        finish();
    });
    m_cycleMark->interrupt(); // the next start finishes it
    m_runner->abort();
}
