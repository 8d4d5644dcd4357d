#include "SnapshotFront.h"

#include "ExportService.h"
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
        connect(now, &SnapshotRunner::groupFinished, this, &SnapshotFront::finished);
        connect(now, &SnapshotRunner::idle, this, &SnapshotFront::idle);
    }
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
