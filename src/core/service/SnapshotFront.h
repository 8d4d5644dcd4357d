// The snapshots as the views see them (window, tray, page, command line): the kept snapshots and each group's
// last result as values, what is being taken, and "take one now". It lives as long as the export front and is
// re-pointed with it when the settings change.
#pragma once

#include "SnapshotWords.h"
#include "TestOpsWrite.h"
#include "snapshots/SnapshotManifest.h"
#include "snapshots/SnapshotVerify.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ExportService;
class SnapshotRunner;
class QTranslator;

class SnapshotFront : public QObject {
    Q_OBJECT
public:
    explicit SnapshotFront(QObject *parent = nullptr);

    void setService(ExportService *service);
    // SNAPSHOTS is on and the app is configured.
    bool enabled() const;
    QString storePath() const;
    // The kept snapshots, oldest first (of one group when given).
    QList<SnapshotManifest> list(const QString &group = QString()) const;
    std::optional<SnapshotResult> lastResult(const QString &group) const;
    // For the web view: the kept snapshots as --snapshots --json gives them (of one group when given), and a
    // case at a snapshot (SnapshotDiff::caseJson), compared with another when asked.
    QJsonArray listJson(const QString &group = QString()) const;
    std::optional<QJsonObject> casesJson(const QString &snapshotId, QString *error) const;
    // With `reader`, the case's lines in the reader's words (its catalogue; null: English) instead of the
    // app's.
    std::optional<QJsonObject> caseJson(const QString &snapshotId, qint64 caseId, const QString &compareWith,
                                        QString *error,
                                        std::optional<const QTranslator *> reader = std::nullopt) const;
    // The group's kept snapshot of the (local) day of `when` that holds every case of `holding`, the nearest
    // to `when`; none when that day has none.
    std::optional<SnapshotManifest> ofDay(const QString &group, const QDateTime &when,
                                          const QList<qint64> &holding = {}) const;
    // An attachment of a case as a snapshot kept it: its name, its type as TestOps gave it, its bytes; none
    // (and why) when the snapshot, the case or the attachment is not there, or its bytes were not kept.
    struct KeptAttachment {
        QString name;
        QString contentType;
        QByteArray bytes;
    };
    static constexpr qint64 maxAttachmentBytes = qint64(512) << 20; // read whole: larger ones are extracted
    std::optional<KeptAttachment> attachment(const QString &snapshotId, qint64 caseId, qint64 attachmentId,
                                             QString *error) const;
    // The group's newest kept snapshot (remembered: read again when one ends or the service changes).
    std::optional<SnapshotManifest> newest(const QString &group) const;
    // What the words of a group's snapshot say (SnapshotWords::text).
    SnapshotWords::State state(const QString &group) const;
    // The group being taken and how far it is; empty when none.
    QString current() const;
    qint64 done() const;
    qint64 total() const;
    bool isBusy() const;
    // Takes a snapshot of `groups` (empty: every configured group) now, every case read when `full`; empty,
    // or why not (snapshots off, a group that is not configured).
    QString takeNow(const QStringList &groups, bool full);
    // --verify --remote: the bucket's snapshots read back in full; `done` with the report, or with why they
    // could not be read (S3 or snapshots not configured, the bucket not listed).
    // A full restore in TestOps from snapshot `id` (plan, then apply); null (and `error`) when there is no
    // such snapshot or the app is not configured.
    // `id` may be a day (yyyy-MM-dd, UTC): that day's last snapshot of `group` (which may be left out when
    // only one group has a snapshot that day); `chosen`, when given, is set to the snapshot's id.
    std::unique_ptr<TestOpsWrite> restore(const QString &id, QString *error, const QString &group = QString(),
                                          QString *chosen = nullptr) const;
    using Verified = std::function<void(const SnapshotVerify::Report &report, const QString &error)>;
    void verifyRemote(Verified done);

signals:
    void started(const QString &group);
    void progress(const QString &group, qint64 done, qint64 total);
    void finished(const SnapshotResult &result);
    // A pass of the copy to S3 ended (S3 configured); `retryAt` when a failure is tried again then.
    void copied(const SnapshotCopyResult &result, const QDateTime &retryAt);
    void idle();

private:
    SnapshotRunner *runner() const;
    void readNewest();
    QPointer<ExportService> m_service;
    QHash<QString, SnapshotManifest> m_newest;
};
