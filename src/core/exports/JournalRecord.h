// The records of the journal (history.jsonl) as types: each kind knows its JSON, and every reader of the
// journal (the runner's last results, the index of exports, leftover jobs, compaction) reads them through
// JournalRecord::read, so a field means one thing everywhere.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <variant>

namespace JournalRecord {

// A time as the journal writes it: UTC, ISO 8601 with milliseconds; empty when invalid.
QString iso(const QDateTime &time);

// One attempt at exporting one group.
struct Attempt {
    enum class Outcome { Success, Failed, Aborted };
    QString cycle;
    QString group;
    int attempt = 1;
    QDateTime start;
    QDateTime end;
    Outcome outcome = Outcome::Failed;
    // A success:
    QString file;
    qint64 bytes = 0;
    qint64 rows = -1;
    qint64 expectedRows = -1; // what TestOps counted; -1 when it could not say
    QString warning;
    // A failure:
    QString error;
    QString errorKind;
    QDateTime nextRetry; // when a retry follows
    qint64 jobId = 0;    // the server's export job, when one was made

    bool ok() const { return outcome == Outcome::Success; }
    QJsonObject toJson() const;
    static Attempt fromJson(const QJsonObject &object);
};

// The check of a new export against the group's previous one.
struct Check {
    struct Counts {
        qint64 added = 0;
        qint64 removed = 0;
        qint64 changed = 0;
    };
    QString cycle;
    QString group;
    QString file;
    QString previous; // empty for a group's first export
    QString sha256;
    qint64 checkedRows = 0;
    std::optional<Counts> changes; // none when not compared (first export, or the comparison failed)
    bool identical = false;
    bool kept = true; // false: identical to `previous` and deleted (SKIP_UNCHANGED)
    qint64 milliseconds = 0;
    QStringList problems;
    QString error; // why the files could not be compared

    QJsonObject toJson() const;
    static Check fromJson(const QJsonObject &object);
};

// One export cycle: every group once, with its retries.
struct Cycle {
    enum class Outcome { Success, Partial, Failed, Aborted };
    QString cycle;
    QString trigger;
    QDateTime start;
    QDateTime end;
    Outcome outcome = Outcome::Success;
    QStringList succeeded;
    QStringList failed;
    // Why each failed group failed (its last attempt's error): the cycle outlives the attempts in the
    // journal.
    QHash<QString, QString> errors;

    QJsonObject toJson() const;
    static Cycle fromJson(const QJsonObject &object);
};

// An export job on the server: made by an attempt, or deleted at a later start after a crash.
struct Job {
    enum class State { Created, Deleted };
    QString group;
    qint64 jobId = 0;
    State state = State::Created;

    QJsonObject toJson() const;
    static Job fromJson(const QJsonObject &object);
};

// An upload of an export to S3, its second home; a failed one says when it is tried again.
struct Upload {
    QString group;
    QString file;
    QString key;     // the object key
    bool ok = false; // uploaded and verified (the server's ETag is the file's MD5, or size and ETag match)
    int attempt = 1;
    qint64 bytes = 0;
    QString etag;
    QString error;
    QDateTime nextRetry; // a failed one: when it is tried again; invalid: at the next cycle or start
    QDateTime end;

    QJsonObject toJson() const;
    static Upload fromJson(const QJsonObject &object);
};

// A snapshot of a group (every test case whole, in the snapshot store), or why it failed.
struct Snapshot {
    QString group;
    QString id; // the snapshot's, when it succeeded
    bool ok = false;
    int attempt = 1;
    qint64 cases = 0;
    qint64 fetched = 0;
    qint64 unchanged = 0;
    qint64 attachments = 0;
    qint64 bytesNew = 0;
    qint64 requests = 0;
    qint64 expected = -1; // TestOps' count; -1 unknown
    QString error;
    QDateTime nextRetry;
    QDateTime end;

    QJsonObject toJson() const;
    static Snapshot fromJson(const QJsonObject &object);
};

// A case of an export's change view written back to TestOps (restored, created again or its fields reverted),
// or why not. Kept by compaction: the trail of what this app wrote to TestOps.
struct Restore {
    QString group;
    QString file;       // the export whose changes were undone
    QString caseId;     // allure_id in that export
    QString action;     // restore | create | patch | conflict | skip
    QString outcome;    // done | failed | not-tried | left (a conflict or skip, nothing written)
    qint64 newId = 0;   // a case created again
    QStringList fields; // the columns written back
    QString error;
    QDateTime end;

    QJsonObject toJson() const;
    static Restore fromJson(const QJsonObject &object);
};

// A write of a restore from a snapshot (restore/SnapshotRestore), journaled the moment it is known: a case
// created again (its new id, so that a second run completes it instead of creating it twice), a comment
// posted, a shared step created and then complete with its steps, and each case's end. Kept by compaction (a
// kind it keeps whole), so that a run months later still knows what an earlier one made.
struct SnapshotRestore {
    enum class Event { Created, Done, Failed, CommentPosted, SharedStepCreated, SharedStepComplete, Unknown };
    Event event = Event::Unknown; // Unknown: a name this version does not know (never written)
    QString snapshot;
    qint64 project = 0;    // where it was written; 0 in records older than --to-project: the snapshot's own
    qint64 testCase = 0;   // the case's id in the snapshot (Created, Done, Failed, CommentPosted)
    qint64 sharedStep = 0; // the shared step's id in the snapshot (SharedStep…)
    qint64 target = 0;     // what it is in TestOps: the case or shared step written
    qint64 comment = 0;    // the comment's key in the snapshot (CommentPosted)
    QStringList written;   // parts written (Created, Done, Failed)
    QStringList unverified;
    QString error;
    QDateTime end;

    QJsonObject toJson() const;
    static SnapshotRestore fromJson(const QJsonObject &object);
};

// An export deleted by the user (the window's Delete), not by retention. Kept by compaction: the trail of
// what a person removed from the backup.
struct Deletion {
    QString group;
    QString file;
    QString by;          // who asked: "user"
    bool s3Kept = false; // its copy in S3 stays (S3 on)
    QDateTime end;

    QJsonObject toJson() const;
    static Deletion fromJson(const QJsonObject &object);
};

using Any =
    std::variant<std::monostate, Attempt, Check, Cycle, Job, Upload, Restore, Deletion, SnapshotRestore>;

// The typed record a journal line holds; monostate for a kind this version does not know.
Any read(const QJsonObject &object);

} // namespace JournalRecord
