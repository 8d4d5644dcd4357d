#include "SnapshotFront.h"

#include "ExportService.h"
#include "RestoreWrites.h"
#include "restore/SnapshotRestore.h"
#include "snapshots/SnapshotCommands.h"
#include "snapshots/SnapshotDiff.h"
#include "snapshots/SnapshotRemoteVerify.h"
#include "snapshots/SnapshotRunner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SnapshotFront::SnapshotFront(QObject *parent)
    : QObject(parent) {}

void SnapshotFront::setService(ExportService *service) {
    if (SnapshotRunner *old = runner())
        disconnect(old, nullptr, this, nullptr);
    m_service = service;
    if (SnapshotRunner *now = runner()) {
        connect(now, &SnapshotRunner::started, this, &SnapshotFront::started);
        connect(now, &SnapshotRunner::progress, this, &SnapshotFront::progress);
        connect(now, &SnapshotRunner::groupFinished, this, [this](const SnapshotResult &result) {
            readNewest(); // and retention may have dropped older ones
            emit finished(result);
        });
        connect(now, &SnapshotRunner::copied, this, &SnapshotFront::copied);
        connect(now, &SnapshotRunner::idle, this, &SnapshotFront::idle);
    }
    readNewest();
}

void SnapshotFront::readNewest() {
    m_newest.clear();
    for (const SnapshotManifest &m : list())
        m_newest.insert(m.group, m); // oldest first: the newest stays
}

std::optional<SnapshotManifest> SnapshotFront::newest(const QString &group) const {
    const auto it = m_newest.constFind(group);
    return it == m_newest.cend() ? std::nullopt : std::optional<SnapshotManifest>(*it);
}

SnapshotWords::State SnapshotFront::state(const QString &group) const {
    SnapshotWords::State state;
    state.running = current() == group;
    state.done = state.running ? done() : 0;
    state.total = state.running ? total() : 0;
    state.last = lastResult(group);
    state.newest = newest(group);
    return state;
}

SnapshotRunner *SnapshotFront::runner() const {
    return m_service ? m_service->snapshots() : nullptr;
}

bool SnapshotFront::enabled() const {
    return runner() != nullptr;
}

QString SnapshotFront::storePath() const {
    return m_service ? m_service->config().snapshotPath() : QString();
}

QList<SnapshotManifest> SnapshotFront::list(const QString &group) const {
    QList<SnapshotManifest> all = runner() ? runner()->store().manifests() : QList<SnapshotManifest>();
    if (!group.isEmpty())
        all.removeIf([&group](const SnapshotManifest &m) { return m.group != group; });
    return all;
}

std::optional<SnapshotResult> SnapshotFront::lastResult(const QString &group) const {
    if (!runner() || !runner()->results().contains(group))
        return std::nullopt;
    return runner()->results().value(group);
}

QString SnapshotFront::current() const {
    return runner() ? runner()->current() : QString();
}

qint64 SnapshotFront::done() const {
    return runner() ? runner()->done() : 0;
}

qint64 SnapshotFront::total() const {
    return runner() ? runner()->total() : 0;
}

bool SnapshotFront::isBusy() const {
    return runner() && runner()->isBusy();
}

QString SnapshotFront::takeNow(const QStringList &groups, bool full) {
    if (!runner())
        return QCoreApplication::translate("SnapshotFront",
                                           "snapshots are off (SNAPSHOTS=off) or the app is not configured");
    QStringList configured;
    for (const ExportGroup &group : m_service->config().groups)
        configured.append(group.name);
    for (const QString &group : groups) {
        if (!configured.contains(group))
            return QCoreApplication::translate("SnapshotFront",
                                               "%1 is not a configured group (configured: %2)")
                .arg(group, configured.join(u", "_s));
    }
    runner()->enqueue(groups.isEmpty() ? configured : groups, full);
    return QString();
}

void SnapshotFront::verifyRemote(Verified done) {
    SnapshotRunner *snapshots = runner();
    if (!snapshots || !snapshots->copy()) {
        done({}, tr("the snapshots are not copied to S3 (SNAPSHOTS and S3_ENABLED)"));
        return;
    }
    auto *verify = new SnapshotRemoteVerify(snapshots->copy()->client(), &snapshots->store(), this);
    connect(verify, &SnapshotRemoteVerify::finished, this, [verify, done = std::move(done)] {
        verify->deleteLater();
        done(verify->report(), verify->error());
    });
    verify->start();
}

std::unique_ptr<TestOpsWrite> SnapshotFront::restore(const QString &id, QString *error, const QString &group,
                                                     QString *chosen) const {
    if (!m_service) {
        *error = tr("the app is not configured");
        return nullptr;
    }
    SnapshotStore store(storePath());
    std::optional<SnapshotManifest> manifest = store.manifest(id);
    if (const QDate day = QDate::fromString(id, Qt::ISODate); !manifest && day.isValid()) {
        QStringList groups;
        for (const SnapshotManifest &m : store.manifests()) { // oldest first: the day's last wins
            if (m.takenAt.toUTC().date() != day || (!group.isEmpty() && m.group != group))
                continue;
            manifest = m;
            if (!groups.contains(m.group))
                groups.append(m.group);
        }
        if (groups.size() > 1) {
            *error = tr("groups %1 each have a snapshot on %2: say which with --group")
                         .arg(groups.join(u", "_s), id);
            return nullptr;
        }
    }
    if (!manifest || (!group.isEmpty() && manifest->group != group)) {
        *error = group.isEmpty()
                     ? tr("no snapshot %1 in %2 (see --snapshots)").arg(id, storePath())
                     : tr("no snapshot %1 of group %2 in %3 (see --snapshots)").arg(id, group, storePath());
        return nullptr;
    }
    if (chosen)
        *chosen = manifest->id;
    // Made when planned, while the service is there (the write is told when it is gone).
    return RestoreWrites::ofSnapshot(
        [service = m_service, store, kept = *manifest] {
            auto session =
                std::make_unique<SnapshotRestore>(service->client(), store, kept, service->history());
            session->setReadsAtOnce(service->config().snapshots.concurrency);
            return session;
        },
        m_service.data());
}

std::optional<SnapshotManifest> SnapshotFront::ofDay(const QString &group, const QDateTime &when,
                                                     const QList<qint64> &holding) const {
    std::optional<SnapshotManifest> nearest;
    const QDate day = when.toLocalTime().date();
    const SnapshotStore store(storePath());
    for (const SnapshotManifest &m : list(group)) {
        if (m.takenAt.toLocalTime().date() != day)
            continue;
        QString error;
        const std::optional<SnapshotIndex> index = holding.isEmpty() ? std::nullopt : store.index(m, &error);
        if (!holding.isEmpty() &&
            (!index || std::any_of(holding.cbegin(), holding.cend(),
                                   [&index](qint64 id) { return !index->testCase(id); })))
            continue;
        if (!nearest || qAbs(m.takenAt.secsTo(when)) < qAbs(nearest->takenAt.secsTo(when)))
            nearest = m;
    }
    return nearest;
}

std::optional<SnapshotFront::KeptAttachment> SnapshotFront::attachment(const QString &snapshotId,
                                                                       qint64 caseId, qint64 attachmentId,
                                                                       QString *error) const {
    const SnapshotStore store(storePath());
    const std::optional<SnapshotManifest> manifest = store.manifest(snapshotId);
    const std::optional<SnapshotIndex> index = manifest ? store.index(*manifest, error) : std::nullopt;
    const SnapshotCase *c = index ? index->testCase(caseId) : nullptr;
    const SnapshotAttachment *found = nullptr;
    for (const SnapshotAttachment &a : c ? c->attachments : QList<SnapshotAttachment>()) {
        if (a.id == attachmentId)
            found = &a;
    }
    if (!found) {
        if (error && (!manifest || index))
            *error = tr("snapshot %1 holds no attachment %2 of test case %3")
                         .arg(snapshotId.left(200))
                         .arg(attachmentId)
                         .arg(caseId);
        return std::nullopt;
    }
    if (found->object.isEmpty()) {
        *error = tr("the bytes of %1 were not kept: TestOps did not give them when the snapshot was taken")
                     .arg(found->name);
        return std::nullopt;
    }
    if (found->size > maxAttachmentBytes) {
        *error = tr("%1 is larger than %2 MB: take it with --extract-snapshot")
                     .arg(found->name)
                     .arg(maxAttachmentBytes >> 20);
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = store.read(found->object, error);
    if (!bytes)
        return std::nullopt;
    return KeptAttachment{found->name, found->contentType, std::move(*bytes)};
}

QJsonArray SnapshotFront::listJson(const QString &group) const {
    return SnapshotCommands::listJson(list(group));
}

std::optional<QJsonObject> SnapshotFront::caseJson(const QString &snapshotId, qint64 caseId,
                                                   const QString &compareWith, QString *error,
                                                   std::optional<const QTranslator *> reader) const {
    std::optional<SnapshotCommands::ReaderWords> words;
    if (reader)
        words.emplace(*reader);
    return SnapshotDiff::caseJson(SnapshotStore(storePath()), snapshotId, caseId, compareWith, error);
}

std::optional<QJsonObject> SnapshotFront::casesJson(const QString &snapshotId, QString *error) const {
    return SnapshotDiff::casesJson(SnapshotStore(storePath()), snapshotId, error);
}
