#include "SnapshotRunner.h"

#include "SnapshotSession.h"
#include "exports/ExportFileStore.h"
#include "exports/History.h"
#include "exports/JournalRecord.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"
#include "testops/TestOpsApi.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

SnapshotRunner::SnapshotRunner(const Config &config, TestOpsClient *client, History *journal,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_journal(journal)
    , m_clock(clock)
    , m_api(std::make_unique<TestOpsApi>(client))
    , m_store(config.snapshotPath())
    , m_retryTimer(clock, this, [this] { wake(); }) {}

SnapshotRunner::~SnapshotRunner() {
    abort();
}

void SnapshotRunner::setCopy(std::unique_ptr<SnapshotCopy> copy) {
    m_copy = std::move(copy);
    if (m_copy)
        connect(m_copy.get(), &SnapshotCopy::finished, this, &SnapshotRunner::copyFinished);
}

void SnapshotRunner::copyNow() {
    if (!m_copy)
        return;
    m_copyDue = true;
    if (!m_session)
        QMetaObject::invokeMethod(this, &SnapshotRunner::next, Qt::QueuedConnection);
}

void SnapshotRunner::enqueue(const QStringList &groups, bool full) {
    for (const QString &name : groups) {
        const bool configured = std::any_of(m_config.groups.cbegin(), m_config.groups.cend(),
                                            [&name](const ExportGroup &g) { return g.name == name; });
        const bool queued =
            m_current == name || std::any_of(m_queue.cbegin(), m_queue.cend(),
                                             [&name](const Queued &q) { return q.group == name; });
        if (!configured || queued)
            continue;
        m_retries.removeIf([&name](const QPair<QDateTime, Queued> &r) { return r.second.group == name; });
        m_queue.append({name, full, 1});
    }
    if (!m_session)
        QMetaObject::invokeMethod(this, &SnapshotRunner::next, Qt::QueuedConnection);
}

void SnapshotRunner::next() {
    if (m_session)
        return;
    if (m_queue.isEmpty()) {
        m_current.clear();
        // Once the queue drains, not per group: collection reads every snapshot's case list and every
        // object's name. It also takes what a snapshot that did not finish left (once a day old), with or
        // without SNAPSHOT_KEEP.
        if (std::exchange(m_collectDue, false))
            collect();
        if (m_copy && m_copy->isBusy())
            return; // its end comes back here
        if (m_copy && std::exchange(m_copyDue, false)) {
            m_copyRetry = QDateTime();
            m_copy->sync();
            return;
        }
        QDateTime wake = m_retries.isEmpty() ? QDateTime() : m_retries.first().first;
        if (m_copyRetry.isValid() && (!wake.isValid() || m_copyRetry < wake))
            wake = m_copyRetry;
        m_retryTimer.wakeAt(wake);
        if (!wake.isValid())
            emit idle();
        return;
    }
    m_running = m_queue.takeFirst();
    const auto group = std::find_if(m_config.groups.cbegin(), m_config.groups.cend(),
                                    [this](const ExportGroup &g) { return g.name == m_running.group; });
    if (group == m_config.groups.cend())
        return next();
    SnapshotSession::Options options;
    options.concurrency = m_config.snapshots.concurrency;
    options.attachments = m_config.snapshots.attachments;
    const QDateTime now = m_clock.nowUtc();
    options.full = m_running.full || SnapshotSession::fullDue(m_store, m_running.group, now,
                                                              m_config.snapshots.fullEverySeconds);
    m_current = m_running.group;
    m_done = 0;
    m_total = 0;
    m_session = new SnapshotSession(m_api.get(), &m_store, *group, options, now, this);
    connect(m_session, &SnapshotSession::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        emit progress(m_current, done, total);
    });
    connect(m_session, &SnapshotSession::finished, this, &SnapshotRunner::finished);
    qCInfo(lcExport, "snapshot of %s: started (%s)", qUtf8Printable(m_current),
           options.full ? "every case read" : "changed cases read");
    emit started(m_current);
    m_session->start();
}

void SnapshotRunner::finished() {
    SnapshotSession *session = std::exchange(m_session, nullptr);
    session->deleteLater();
    const SnapshotSession::Result &outcome = session->result();
    SnapshotResult result;
    result.group = m_running.group;
    result.ok = outcome.ok;
    result.error = outcome.error.message;
    result.reachedTestOps = outcome.reachedTestOps;
    result.manifest = outcome.manifest;
    result.at = m_clock.nowUtc();
    result.attempt = m_running.attempt;
    if (outcome.ok) {
        qCInfo(lcExport,
               "snapshot of %s: %lld cases (%lld read, %lld unchanged), %lld attachments, %lld bytes new",
               qUtf8Printable(result.group), outcome.manifest.cases, outcome.manifest.fetched,
               outcome.manifest.unchanged, outcome.manifest.attachments, outcome.manifest.bytesNew);
        applyRetention(result.at);
        m_collectDue = true;
        m_copyDue = m_copy != nullptr;
        m_copyAttempt = 1;
    } else {
        qCWarning(lcExport, "snapshot of %s failed: %s", qUtf8Printable(result.group),
                  qUtf8Printable(result.error));
        if (outcome.error.isTransient() && m_running.attempt <= m_config.retryDelaysSeconds.size()) {
            Queued again = m_running;
            again.attempt += 1;
            result.retryAt = result.at.addSecs(m_config.retryDelaysSeconds.at(m_running.attempt - 1));
            m_retries.append({result.retryAt, again});
            std::sort(m_retries.begin(), m_retries.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
        }
    }
    if (m_journal) {
        JournalRecord::Snapshot record;
        record.group = result.group;
        record.id = result.manifest.id;
        record.ok = result.ok;
        record.attempt = result.attempt;
        record.cases = result.manifest.cases;
        record.fetched = result.manifest.fetched;
        record.unchanged = result.manifest.unchanged;
        record.attachments = result.manifest.attachments;
        record.bytesNew = result.manifest.bytesNew;
        record.requests = result.manifest.requests;
        record.expected = result.manifest.expected;
        record.error = result.error;
        record.nextRetry = result.retryAt;
        record.end = result.at;
        m_journal->append(record.toJson());
    }
    m_results.insert(result.group, result);
    m_current.clear();
    emit groupFinished(result);
    next();
}

void SnapshotRunner::copyFinished(const SnapshotCopyResult &result) {
    QDateTime retryAt;
    if (result.ok) {
        m_copyAttempt = 1;
        if (result.manifests > 0 || result.deleted > 0)
            qCInfo(lcExport,
                   "S3: %d snapshot(s) copied (%lld objects, %lld bytes), %d deleted; %d in the bucket",
                   result.manifests, result.objects, result.bytes, result.deleted, result.inBucket);
    } else if (m_copyAttempt <= m_config.retryDelaysSeconds.size()) {
        retryAt = m_clock.nowUtc().addSecs(m_config.retryDelaysSeconds.at(m_copyAttempt - 1));
        m_copyAttempt += 1;
        qCWarning(lcExport, "S3: the copy of the snapshots failed: %s; tried again at %s",
                  qUtf8Printable(result.error), qUtf8Printable(retryAt.toString(Qt::ISODate)));
    } else {
        m_copyAttempt = 1;
        qCWarning(lcExport, "S3: the copy of the snapshots failed: %s; tried again after the next snapshot",
                  qUtf8Printable(result.error));
    }
    m_copyRetry = retryAt;
    emit copied(result, retryAt);
    if (!m_session)
        next();
}

void SnapshotRunner::wake() {
    const QDateTime now = m_clock.nowUtc();
    if (m_copyRetry.isValid() && m_copyRetry <= now) {
        m_copyRetry = QDateTime();
        m_copyDue = true;
    }
    while (!m_retries.isEmpty() && m_retries.first().first <= now)
        m_queue.append(m_retries.takeFirst().second);
    if (!m_session)
        next();
}

QStringList SnapshotRunner::applyRetention(const QDateTime &nowUtc) {
    QStringList deleted;
    if (!m_config.snapshots.keep.isSet())
        return deleted;
    QList<ExportFile> snapshots;
    const QList<SnapshotManifest> manifests = m_store.manifests();
    for (const SnapshotManifest &m : manifests) {
        ExportFile file;
        file.fileName = m.id;
        file.group = m.group;
        file.timestamp = m.takenAt;
        snapshots.append(file);
    }
    for (const QString &id :
         ExportFileStore::expired(snapshots, Retention(0, m_config.snapshots.keep), nowUtc)) {
        if (m_store.removeManifest(id)) {
            qCInfo(lcExport, "retention: deleted snapshot %s (no tier of SNAPSHOT_KEEP keeps it)",
                   qUtf8Printable(id));
            deleted.append(id);
        }
    }
    return deleted;
}

void SnapshotRunner::collect() {
    const SnapshotStore::Collected collected = m_store.collect();
    if (collected.files > 0)
        qCInfo(lcExport, "snapshot store: %d objects no snapshot uses deleted (%lld bytes)", collected.files,
               collected.bytes);
}

void SnapshotRunner::abort() {
    if (m_copy)
        m_copy->abort();
    m_copyDue = false;
    m_copyRetry = QDateTime();
    m_queue.clear();
    m_retries.clear();
    m_retryTimer.stop();
    delete std::exchange(m_session, nullptr);
    m_current.clear();
}
