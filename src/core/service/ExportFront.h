// The one object the window, the tray, the web view and the command line talk to: what the app is doing
// (status, groups, exports, whether Run now can start and why not) and what a user can ask of it (run now,
// for all groups or one, stop, pause). Every rule a view would otherwise repeat, and every word for a state,
// is made here once; the views only show it. Nothing behind it (runner, scheduler, index, journal) is
// visible.
#pragma once

#include "exports/ExportEntry.h"
#include "exports/GroupStatus.h"
#include "service/CleanupView.h"
#include "service/StatusSummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ChangeDetails;
class CleanupSession;
class RestoreSession;
class QIODevice;
class RemoteRead;
class ExportService;

class ExportFront : public QObject {
    Q_OBJECT
public:
    // What a change column says of an export, decided once for every view.
    enum class ChangeState {
        Unknown,     // a file the journal does not know (written by another tool)
        Comparing,   // the check runs
        FirstExport, // the group's first export: nothing to compare with
        NotCompared, // the check failed (its error says why)
        NoChanges,   // identical to the previous export
        Changed,     // "+3 −10 ~16"
    };
    Q_ENUM(ChangeState)

    // Where an export's copy in S3 stands (Off: S3 is not on).
    enum class UploadState { Off, Waiting, Uploaded, Failed };
    Q_ENUM(UploadState)

    // Whether Run now can start, and when it cannot, why (a sentence for a tooltip or a message).
    struct RunNowCheck {
        bool allowed = false;
        QString reason;
    };

    enum class RunNowResult {
        Started,
        RetriesStarted,
        AlreadyRunning,
        NoGroups,
        NotConfigured,
        SentToLeader
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

    // A group as the views show it: its status and its state in words.
    struct GroupView {
        GroupStatus status;
        QString stateName; // never | queued | running | waiting-retry | ok | failed (the web page's classes)
        QString stateText; // "OK, today at 07:00", "retry in 4:59", "exporting", …
        QString details;   // the error, the file, or the progress of a running attempt
    };

    // `service` may be null: the app is not configured yet and `whyNotConfigured` says what is missing.
    explicit ExportFront(ExportService *service, QString whyNotConfigured = QString(),
                         QObject *parent = nullptr);
    ~ExportFront() override;

    // --- Reads
    bool isConfigured() const { return m_service != nullptr; }
    const QString &whyNotConfigured() const { return m_whyNotConfigured; }
    // In the app's language, or in `words`' (the web view answers in the browser's).
    StatusSummary summary(const Words &words = Words()) const;
    QList<GroupView> groups() const;
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
    // "Failed after 3 attempts: why", or "Failed 4 times in a row since …: why" for a run, the words of its
    // row, in `words`' language (the web page's are the browser's).
    static QString failureText(const FailureRun &run, const Words &words = Words());
    // "Failed after 3 attempts: why", the words of one failure.
    static QString failureText(const FailedExport &failure, const Words &words = Words());
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
    // "uploaded", "waiting", "failed" (data for the page); empty when S3 is off.
    static QString uploadStateName(UploadState state);
    // What --export-now prints: a line per group (OK with file, rows and changes, or FAIL with why).
    QStringList cycleReport() const;

    // --- Words, the same in every view
    static ChangeState changeState(const ExportEntry &entry);
    // "changed", "no-changes", "first-export", "not-compared", "comparing", "unknown" (data for the page).
    static QString changeStateName(ChangeState state);
    // "+3 −10 ~16", "no changes", "first export", "not compared", "comparing…", "—".
    static QString changesText(const ExportEntry &entry);
    // What an export identical to the previous one, and so not kept (SKIP_UNCHANGED), changed.
    static QString notKeptText();
    static QString runNowText(RunNowResult result);
    // The untranslated source of runNowText, for a catalogue other than the app's (context ExportFront).
    static const char *runNowSource(RunNowResult result);
    static GroupView groupView(const GroupStatus &status, const QDateTime &nowUtc);
    // "API: why it failed", a line per group that failed its last export (the window's banner, the tray's
    // notification).
    static QStringList failureLines(const QList<GroupView> &groups);

    // The TestOps storage cleanup rules of every configured project, read-only, in `words`' language: read
    // when first asked, again when older than five minutes (a view asks again while they are read).
    CleanupView cleanupView(const Words &words);
    // The TestOps storage cleanup rules of the configured projects, read and changed with the export's token
    // (null when not configured). Each view gets its own; it reads nothing until load().
    // `projectIds` empty: every configured project.
    std::unique_ptr<CleanupSession> cleanupSession(QList<qint64> projectIds = {}) const;
    // Undoing in TestOps what an export's change view shows (restore removed cases, put edited fields back);
    // null with *error when the export is not listed, has no comparison, or its group is not configured.
    std::unique_ptr<RestoreSession> restoreSession(const QString &fileName, QString *error) const;
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
    // Something a status line shows changed (a group's state, progress, the next run, paused).
    void statusChanged();
    // The list of exports changed (a file appeared, went, or its check arrived).
    void exportsChanged();
    void cycleStarted();
    void cycleFinished(const CycleSummary &summary);

private:
    ExportService *m_service;                       // outlives the front (AppWiring drops the front first)
    std::unique_ptr<CleanupSession> m_cleanupBoard; // cleanupView()'s
    QElapsedTimer m_cleanupRead;
    QString m_whyNotConfigured;
};
