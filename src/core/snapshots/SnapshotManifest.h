// What a snapshot is, as values: its manifest (small, listed; written last) and its index (the cases and
// shared steps it holds, an object of the store like any other). The JSON field names are the store's
// format, documented in the README ("The snapshot store").
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// An attachment kept: its row as TestOps gave it, and the object of its bytes (empty when TestOps had none).
struct SnapshotAttachment {
    qint64 id = 0;
    QString name;
    QString contentType;
    qint64 size = 0;
    QByteArray object; // SHA-256 hex
    bool missed = false;

    QJsonObject toJson() const;
    static SnapshotAttachment fromJson(const QJsonObject &json);
};

// A test case (or a shared step) kept: its document (every part, one JSON object) and its attachments.
struct SnapshotCase {
    qint64 id = 0;
    QString name;
    QStringList path;        // the groups above it in the tree, below the exported group
    qint64 lastModified = 0; // TestOps' lastModifiedDate when it was read (ms)
    QByteArray document;     // SHA-256 hex of its document
    qint64 documentSize = 0;
    QList<SnapshotAttachment> attachments;
    QList<qint64> sharedSteps; // the shared steps its scenario uses

    QJsonObject toJson() const;
    static SnapshotCase fromJson(const QJsonObject &json);
    // The same content: document and attachment bytes (what full runs compare).
    bool sameContent(const SnapshotCase &other) const;
};

struct SnapshotIndex {
    QList<SnapshotCase> cases;       // by id
    QList<SnapshotCase> sharedSteps; // by id; `path` empty, `lastModified` 0

    QByteArray toJson() const;
    static std::optional<SnapshotIndex> fromJson(const QByteArray &json, QString *error);
    const SnapshotCase *testCase(qint64 id) const;
    // Every object it refers to: each case's and shared step's document and attachment bytes.
    QSet<QByteArray> objects() const;
    const SnapshotCase *sharedStep(qint64 id) const;
};

struct SnapshotManifest {
    static constexpr int formatVersion = 1;
    QString id; // <yyyyMMddTHHmmssZ>-<group>: sorts by time
    QString group;
    qint64 projectId = 0;
    qint64 treeId = 0;
    qint64 groupId = 0;
    QDateTime takenAt; // UTC
    bool full = false; // every case read again, none taken from the snapshot before
    QByteArray index;  // SHA-256 hex of the SnapshotIndex object
    qint64 cases = 0;
    qint64 attachments = 0;
    qint64 bytes = 0;               // the bytes of every object it refers to, as TestOps gave them
    qint64 bytesNew = 0;            // what this snapshot added to the store, on disk
    qint64 fetched = 0;             // cases read from TestOps
    qint64 unchanged = 0;           // cases taken from the snapshot before (same lastModifiedDate)
    qint64 changedWithoutDate = -1; // full runs: cases that differed with the same lastModifiedDate
    qint64 requests = 0;
    qint64 expected = -1; // TestOps' own count of the group's cases; -1 unknown
    QStringList notes;    // what was not as expected: a missing attachment, a case deleted while read, …

    QJsonObject toJson() const;
    static std::optional<SnapshotManifest> fromJson(const QByteArray &json, QString *error);
    static QString idFor(const QString &group, const QDateTime &takenAt);
    bool verifiedCount() const { return expected < 0 || expected == cases; }
};

// How a group's snapshot ended, as the window, the page and --snapshot-now say it.
struct SnapshotResult {
    QString group;
    bool ok = false;
    QString error; // why it failed, in words
    bool reachedTestOps = false;
    SnapshotManifest manifest; // when ok
    QDateTime at;
    int attempt = 1;
    QDateTime retryAt; // a failure tried again then; invalid when not
};

// How a pass of the copy to S3 ended (SnapshotCopy), as --snapshot-now and the views say it.
struct SnapshotCopyResult {
    bool ok = false;
    QString error;      // why the pass failed, in words (the first failure)
    int manifests = 0;  // snapshots copied in this pass
    qint64 objects = 0; // objects sent
    qint64 bytes = 0;   // their bytes, as stored
    int inBucket = 0;   // snapshots in the bucket after the pass
    int deleted = 0;    // manifests and objects deleted from the bucket (retention, collection)
};
