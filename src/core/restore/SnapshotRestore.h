// A full restore from a snapshot: each selected case put back as the snapshot kept it, whole. Always a plan
// first (read-only: each case's state in TestOps now, the parts that differ, the shared steps it needs), then
// apply, one write at a time:
// - gone (deleted with force): created again (a new id, journaled at once, so that a second run completes
//   it instead of creating it twice), then every part written;
// - soft-deleted: restored with its id, then the parts that differ;
// - changed: a version saved in TestOps, then the parts that differ (fields by PATCH, custom field values by
//   PATCH …/cfv, the lists by their replace-all calls, attachments the case lacks uploaded, the scenario
//   rebuilt step by step with the nesting, expected results, attachment steps on the new attachment ids and
//   shared steps: the same one when it exists, unarchived, or created again with its steps and attachments);
// then read back in full and compared with the snapshot part by part: "verified", or the parts that differ.
// A 403 stops the run; another failure ends that case (what was written is said) and the next goes on.
#pragma once

#include "CaseParts.h"
#include "ProjectCatalogue.h"
#include "exports/JournalRecord.h"
#include "snapshots/SnapshotManifest.h"
#include "snapshots/SnapshotStore.h"
#include "testops/PendingCalls.h"
#include "testops/TestOpsApi.h"

#include <QJsonObject>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class History;
struct ApiError;

class SnapshotRestore : public QObject {
    Q_OBJECT
public:
    struct Options {
        QList<qint64> cases;  // empty: every case the selection below takes
        bool removed = true;  // gone and soft-deleted cases
        bool changed = true;  // cases whose parts differ
        qint64 toProject = 0; // another project to create the cases in; 0: the snapshot's own
        // A newer snapshot of the group whose state the user compares against: a case TestOps changed after
        // it is a conflict, left alone unless `force`. Empty: the group's newest, when newer than this one.
        QString against;
        bool force = false;
    };
    struct Case {
        enum class Action { Create, Restore, PutBack, Conflict, Same };
        enum class Outcome { Planned, Done, Failed, NotTried };
        qint64 id = 0;
        QString name;
        Action action = Action::Same;
        qint64 target = 0; // the case written: its id, or the one an earlier run created (0: to create)
        QStringList parts; // what differs (Create: every part)
        QStringList notes; // what cannot be set, relations left out, …
        Outcome outcome = Outcome::Planned;
        QStringList written;    // parts written
        QStringList applyNotes; // what writing met on the way (an answer lost and read back, no version)
        QString error;
        QStringList unverified; // parts that still differ after writing
        bool inGroup = true;    // read back in the snapshot's group
    };
    struct SharedStep {
        enum class Action { Keep, Unarchive, Create };
        qint64 id = 0;
        QString name;
        Action action = Action::Keep;
        qint64 newId = 0;
        qint64 halfBuilt = 0;   // created by an earlier run that failed before its steps were written
        qint64 intoProject = 0; // created in another project than the snapshot's
    };

    SnapshotRestore(TestOpsClient *client, SnapshotStore store, SnapshotManifest manifest, History *journal,
                    QObject *parent = nullptr);
    ~SnapshotRestore() override;

    void plan(const Options &options);
    void apply();
    const QList<Case> &cases() const { return m_cases; }
    const QList<SharedStep> &sharedSteps() const { return m_shared; }
    const QString &error() const { return m_error; }
    // The error is the user's: a case asked for that the snapshot does not hold.
    bool badInput() const { return m_badInput; }
    // The snapshot compared against for conflicts; empty when none is newer.
    const QString &against() const { return m_againstId; }
    // How many cases the plan reads at once (SNAPSHOT_CONCURRENCY); 4 unless set.
    void setReadsAtOnce(int n) { m_readsAtOnce = std::max(1, n); }
    const SnapshotManifest &manifest() const { return m_manifest; }

    // The words of a plan line and a result line, as --restore-snapshot prints them.
    static QString planLine(const Case &c);
    static QString resultLine(const Case &c);
    static QString sharedStepLine(const SharedStep &s);
    static QString outcomeLine(const Case &c);

signals:
    void planned();
    void applied();

private:
    using Then = std::function<void(ApiCall *)>;
    void call(ApiCall *call, Then then);
    // Reads a case as TestOps has it now ({overview, scenario, attachments, relations}); `done` with it, or
    // with an empty object when it is not found, or `failed`.
    void readCase(qint64 id, std::function<void(const QJsonObject &)> done);
    void laterPlanned();
    bool planAgainst(const Options &options); // the snapshot compared against; false: m_error
    void planCatalogue(ProjectCatalogue::Kind kind, int page, int field = 0);
    void planTranslated(); // the cases in the target project's ids
    void planCases();
    void planRead();                              // the next case's read, when one is left
    void planDecided();                           // every case read: each one's action, and the selection
    bool decide(Case &c, const QJsonObject &now); // false: not selected
    void planTargets();
    void planSharedSteps(int index);
    void next();
    void stop(const ApiError &error);
    void failCase(const ApiError &error);
    void createCase(int index);
    void applyCase(int index);
    void writeParts(int index, const QJsonObject &now);
    void writeScenario(int index, bool clear, std::shared_ptr<const QHash<qint64, qint64>> attachmentIds);
    void addSteps(qint64 owner, bool shared, const QJsonObject &steps, const QJsonArray &ids, qint64 parent,
                  std::shared_ptr<const QHash<qint64, qint64>> attachmentIds, int depth = 0);
    void push(std::function<void()> task); // after what the current case has queued
    void pushFront(QList<std::function<void()>> tasks);
    void commentTasks(int index, QList<std::function<void()>> *tasks);
    bool commentsLeft(const Case &c) const; // a case an earlier run created: comments it did not post
    static qint64 commentKey(const QJsonValue &comment, int index);
    // Whether a comment was posted by a restore: by `account` (the one restores post as), starting with who
    // wrote it and when. Such a comment is posted again as it is.
    static bool restoredBefore(const QJsonValue &comment, const QString &account);
    void createSharedStep(int index);
    void sharedStepCreated(int index, qint64 newId); // its attachments and steps queued
    void journalSharedStep(const SharedStep &s, JournalRecord::SnapshotRestore::Event event);
    static ApiError noAttachmentId(const QString &name);
    static qint64 uploadedId(ApiCall *answer); // 0 when the upload's answer has no id
    void verifyCase(int index);
    void journal(const Case &c, JournalRecord::SnapshotRestore::Event event);
    void journalRecord(JournalRecord::SnapshotRestore record); // with its snapshot, project and time
    bool elsewhere() const { return m_project != m_manifest.projectId; }
    const QJsonObject *document(qint64 id) const;

    TestOpsApi m_api;
    SnapshotStore m_store;
    SnapshotManifest m_manifest;
    SnapshotIndex m_index;
    History *m_journal;
    QHash<qint64, QJsonObject> m_documents; // the snapshot's, by case id (and shared step id)
    QSet<qint64> m_deleted;                 // soft-deleted in TestOps
    QList<Case> m_cases;
    QList<SharedStep> m_shared;
    CaseParts::IdMap m_map;
    QString m_againstId;
    std::optional<SnapshotIndex> m_against;
    qint64 m_project = 0;              // where the cases are written
    ProjectCatalogue m_catalogue;      // the target project's, when it is another one
    QHash<qint64, qint64> m_halfBuilt; // shared step -> created by an earlier run, steps not all written
    // By the case written: the snapshot's comments already posted (their ids in the snapshot).
    QHash<qint64, QSet<qint64>> m_commentsPosted;
    QString m_account; // the token's user, who posts the comments; empty when unknown
    QString m_error;
    Options m_selection;
    std::deque<std::pair<int, std::function<void()>>> m_tasks; // apply's, one write at a time, by case
    int m_current = -1;                                        // the case being applied
    bool m_stopped = false;
    bool m_applying = false;
    bool m_badInput = false;
    int m_readsAtOnce = 4;
    int m_reading = 0;         // the next case to read
    int m_read = 0;            // cases read
    QList<QJsonObject> m_nows; // each case as TestOps has it now, while planning
    PendingCalls m_calls{this};
};
