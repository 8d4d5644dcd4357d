// The one object the window, the tray, the web view and the command line talk to: what the app is doing
// (status, groups, exports, whether Run now can start and why not) and what a user can ask of it (run now,
// for all groups or one, stop, pause, delete an export). Every rule a view would otherwise repeat is made
// here once (the words of each state in StateWords); the views only show it. Only values cross it: nothing
// behind it (runner, scheduler, index, journal, stores) is visible.
#pragma once

#include "exports/ExportEntry.h"
#include "exports/ExportVerify.h"
#include "exports/GroupStatus.h"
#include "service/CleanupView.h"
#include "service/SnapshotWords.h"
#include "service/StateWords.h"
#include "service/StatusSummary.h"
#include "service/TestOpsWrite.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ChangeDetails;
class CleanupBoard;
class QIODevice;
class RemoteRead;
class ExportService;
class SnapshotFront;

class ExportFront : public QObject {
    Q_OBJECT
public:
    // Whether Run now can start, and when it cannot, why (a sentence for a tooltip or a message).
    struct RunNowCheck {
        bool allowed = false;
        QString reason;
    };

    // With several replicas (LEADER_ELECTION): this replica's role and who leads since when.
    struct Cluster {
        bool enabled = false;
        bool leading = false;
        QString identity;
        QString leader; // empty while nobody holds the lease
        QDateTime leaderSince;
        QString error; // the last failure to reach the Kubernetes API
    };

    // `service` may be null: the app is not configured yet and `whyNotConfigured` says what is missing.
    explicit ExportFront(ExportService *service = nullptr, QString whyNotConfigured = QString(),
                         QObject *parent = nullptr);
    ~ExportFront() override;

    // Points the front at what a new configuration built, or at nothing (`whyNotConfigured` says why). The
    // front itself lives as long as the app: views connect to it once, and hear configurationChanged, then
    // statusChanged and exportsChanged. The old service must outlive this call.
    void setService(ExportService *service, QString whyNotConfigured = QString());

    // The snapshots: every test case whole, beside the exports (lives as long as this front).
    SnapshotFront *snapshots() const { return m_snapshots; }

    // --- Reads
    bool isConfigured() const { return m_service != nullptr; }
    const QString &whyNotConfigured() const { return m_whyNotConfigured; }
    // In the app's language, or in `words`' (the web view answers in the browser's).
    StatusSummary summary(const Words &words = Words()) const;
    // The groups and their states in words (StateWords), in the app's language or `words`'.
    QList<GroupView> groups(const Words &words = Words()) const;
    RunNowCheck canRunNow() const;
    bool isRunning() const;
    bool isPaused() const;
    // When the schedule exports next; invalid while it is paused (paused means no next export).
    QDateTime nextRun() const;
    QString scheduleText() const; // the cron expression
    // The schedule as the settings picked it: "every day at 07:00", or the cron expression (Custom).
    QString scheduleWords() const;
    QString timeZoneId() const;
    QString exportFolder() const;
    char csvSeparator() const;
    // The exports of the folder, newest first, with what the journal says of them.
    const QList<ExportEntry> &exports() const;
    qint64 totalBytes() const;
    // The exports that failed for good (retries used up), newest first, a group's failures one after another
    // (no export of the group between them) as one run: the lists show them beside the files.
    QList<FailureRun> failureRuns() const;
    // The exports and the failure runs as the lists show them, merged by time (a run at its last failure),
    // newest first: `visit` gets each row, an export (and no run) or a run of `runs`.
    void forEachListed(const QList<FailureRun> &runs,
                       const std::function<void(const ExportEntry *, const FailureRun *)> &visit) const;
    // The groups of the lists: those with exports and those with only failures, sorted.
    QStringList exportGroups() const;
    const ExportEntry *exportNamed(const QString &fileName) const;
    // Why the export folder cannot take a new export; empty when it can.
    QString folderProblem() const;
    // Opens a listed export for reading without following links (see ExportFileStore::openExport).
    bool openExport(const QString &fileName, OpenedExport *opened) const;
    QString exportPath(const QString &fileName) const;
    // An export only the S3 bucket holds, streamed into `sink` (a byte range when `range` says one); null
    // when S3 is off. The caller owns it.
    RemoteRead *fetchRemote(const QString &key, QIODevice *sink, const QByteArray &range) const;
    // The kept comparison of an export with its previous one; null with *error when there is none.
    std::shared_ptr<const ChangeDetails> changeDetails(const QString &fileName, QString *error) const;
    // The exports of the folder a listed export can be compared with: the earlier ones of its group, newest
    // first (two in one second told apart by the name's suffix).
    QList<ExportFile> baselinesOf(const QString &fileName) const;
    // The comparison of a listed export with `baseline`, one of baselinesOf(fileName), checked now and run by
    // the caller: it reads both files (seconds for 200 MB), so a view runs it off its event loop. Empty with
    // *error (in `words`' language) when `baseline` is not one, or when the two files together pass
    // `maxBytes` (the web's bound is smaller than the window's).
    using Comparison = std::function<std::shared_ptr<const ChangeDetails>()>;
    Comparison comparison(const QString &fileName, const QString &baseline, qint64 maxBytes, QString *error,
                          const Words &words = Words()) const;
    bool s3Enabled() const;
    struct UploadCounts {
        qsizetype uploaded = 0;
        qsizetype waiting = 0;
        qsizetype failed = 0;
    };
    // The folder's exports by where their copy in S3 stands (all zero when S3 is off).
    UploadCounts uploadCounts() const;
    UploadState uploadState(const ExportEntry &entry) const;
    // "uploaded", "waiting to upload (why)", "upload failed (why)"; empty when S3 is off.
    QString uploadText(const ExportEntry &entry) const;
    // Why retention keeps an export ("daily, monthly", "until …"); empty when no rule is set.
    QString keptText(const ExportEntry &entry, const Words &words = Words()) const;
    bool retentionActive() const;
    // Every export of the folder read again against the SHA-256 the journal recorded (--verify); empty when
    // not configured. Reads every byte: a view runs it off its event loop.
    ExportVerify::Report verify() const;
    // The same, off the event loop (the window's Verify): verifyFinished says how it ended.
    void startVerify();
    // What --export-now prints: a line per group (OK with file, rows and changes, or FAIL with why).
    QStringList cycleReport() const;

    // The TestOps storage cleanup rules of every configured project, read-only, in `words`' language: read
    // when first asked, again when older than five minutes (a view asks again while they are read).
    CleanupView cleanupView(const Words &words);
    // The TestOps storage cleanup rules of the configured projects, read and changed with the export's token
    // (null when not configured). Each view gets its own; it reads nothing until load().
    // `projectIds` empty: every configured project.
    std::unique_ptr<CleanupBoard> cleanup(QList<qint64> projectIds = {}) const;
    // Undoing in TestOps what an export's change view shows (restore removed cases, put edited fields back),
    // planned for a choice and written when asked; null with *error when the export is not listed, has no
    // comparison, or its group is not configured.
    std::unique_ptr<TestOpsWrite> restore(const QString &fileName, QString *error) const;
    Cluster cluster() const;
    // A test case's page in TestOps (<base>/project/<id>/test-cases/<case>), for a case of `group`'s exports;
    // invalid when the group is not configured.
    QUrl testCaseUrl(const QString &group, const QString &caseId) const;
    // The configured projects, in the order of the groups.
    QList<qint64> projectIds() const;

    // --- Commands
    RunNowResult runNow(const QString &trigger, const QString &group = QString());
    void abort();
    // Reads the export folder again now (it is followed by itself shortly after changes).
    void refreshExports();
    // Deletes a listed export of the folder and what is kept of it (its comparison), and says so in the
    // journal; its copy in S3 stays, a backup of its own (the list shows it as in S3 only). False with
    // *error.
    bool deleteExport(const QString &fileName, QString *error);
    void setPaused(bool paused);

signals:
    // The front now shows another configuration (settings saved, or none usable): what a view holds from the
    // old one (a comparison, a cleanup or restore session) belongs to it, not to the new one.
    void configurationChanged();
    // Something a status line shows changed (a group's state, progress, the next run, paused).
    void statusChanged();
    // What a group's row shows changed (its state or its words, its details, its snapshot): said before the
    // statusChanged that carries it, for that group only, and for every group after configurationChanged.
    void groupChanged(const GroupView &view);
    // The list of exports changed (a file appeared, went, or its check arrived).
    void exportsChanged();
    void cycleStarted();
    void cycleFinished(const CycleSummary &summary);
    // A verify ended: how many exports were read, how many are as written, and a line for each that is not
    // (as --verify prints it).
    void verifyFinished(int exports, int intact, const QStringList &damaged);
    // More of a group's cases removed since its previous export than ALERT_REMOVED (the tray says it).
    void massRemoval(const QString &group, const QString &file, qint64 removed, qint64 previousCases);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void noticeGroups(); // groupChanged for each group whose row differs from the one last said
    ExportService *m_service = nullptr; // set by setService, which is told before a service goes
    SnapshotFront *m_snapshots;
    std::unique_ptr<CleanupBoard> m_cleanupBoard; // cleanupView()'s
    QElapsedTimer m_cleanupRead;
    QHash<QString, GroupView> m_saidGroups; // by name: the rows groupChanged said last
    bool m_groupsFollowed = false;          // a view follows groupChanged (m_saidGroups is kept)
    QString m_whyNotConfigured;
};
