// One export of the folder joined with what the journal says of it: the row of the window's table, an item of
// /api/exports.
#pragma once

#include "ExportFile.h"
#include "GroupStatus.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <array>

// A SHA-256 held in its 32 bytes (as hex in a QString it was a 160-byte allocation per export).
struct Sha256 {
    std::array<quint8, 32> bytes{};
    bool known = false;

    static Sha256 fromHex(QStringView hex) {
        Sha256 sha;
        const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
        if (hex.size() == 64 && raw.size() == 32) {
            std::copy(raw.cbegin(), raw.cend(), sha.bytes.begin());
            sha.known = true;
        }
        return sha;
    }
    QString hex() const {
        return known ? QString::fromLatin1(
                           QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), 32).toHex())
                     : QString();
    }
};

// Its fields ordered so that the small ones share their words: 36,500 of them are held at once.
struct ExportEntry {
    ExportFile file;
    qint64 rows = -1;         // from the journal; -1 when unknown
    qint64 expectedRows = -1; // what TestOps counted before the export; -1 when unknown
    int attempt = 0;          // 0: not in the journal (written by someone else)
    bool checked = false;     // compared with the previous export (false while that runs)
    // Only in the S3 bucket (another replica exported it, or the folder is new): served from there.
    bool remote = false;
    // Its second home in S3, from the journal: not tried yet, uploaded, or the last attempt failed (and why).
    enum class Upload : quint8 { None, Uploaded, Failed };
    Upload upload = Upload::None;
    quint8 kept = 0;      // why the retention rule keeps it (Kept bits), when a rule is set
    QStringList warnings; // rows not as counted, ragged rows, …
    QString previous;     // the export it was compared with; empty for a group's first
    qint64 added = -1;    // changes against `previous`; -1 when not compared
    qint64 removed = -1;
    qint64 changed = -1;
    Sha256 sha256;
    QString checkError; // why it could not be compared
    QString uploadError;
    QDateTime uploadRetry; // a failed upload: when it is tried again
    QString remoteKey;

    bool hasChanges() const { return added >= 0; }
    bool identical() const { return added == 0 && removed == 0 && changed == 0; }
};

// Each group's newest export in the folder (not one only the bucket holds), from a list newest first.
inline QHash<QString, const ExportEntry *> newestByGroup(const QList<ExportEntry> &newestFirst) {
    QHash<QString, const ExportEntry *> newest;
    for (const ExportEntry &entry : newestFirst) {
        if (!entry.remote && !newest.contains(entry.file.group))
            newest.insert(entry.file.group, &entry);
    }
    return newest;
}

// When a group's newest good export was made (what /metrics and the overdue alert both mean): its newest
// file's time, or, when its last attempt was identical to that file and not kept (SKIP_UNCHANGED), that
// attempt's end. Invalid: none yet.
inline QDateTime lastSuccess(const GroupStatus &status, const ExportEntry *newest) {
    if (status.lastOk && status.lastNotKept && status.lastAttemptEnd.isValid())
        return status.lastAttemptEnd;
    return newest ? newest->file.timestamp : QDateTime();
}

// A group's export that failed for good in a cycle (its retries used up): listed beside the exports, so that
// a failure is a row of its own and not only a file that is missing.
struct FailedExport {
    QString group;
    QDateTime end;
    QString trigger; // schedule, user, retry, …
    int attempts = 0;
    QString error; // empty when the journal no longer holds the attempt (it keeps a group's last one)
};

// A group's exports that failed for good one after another, with no export of the group between them: one row
// of the lists however many cycles failed, so that failures never push the files out of view.
struct FailureRun {
    QList<FailedExport> failures; // newest first; at least one
    const FailedExport &last() const { return failures.constFirst(); }
    const QString &group() const { return failures.constFirst().group; }
    QDateTime since() const { return failures.constLast().end; }
};
