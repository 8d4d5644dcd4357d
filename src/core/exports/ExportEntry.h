// One export of the folder joined with what the journal says of it: the row of the window's table, an item of
// /api/exports.
#pragma once

#include "ExportFileStore.h"

#include <QDateTime>
#include <QStringList>

struct ExportEntry {
    ExportFile file;
    qint64 rows = -1;         // from the journal; -1 when unknown
    int attempt = 0;          // 0: not in the journal (written by someone else)
    qint64 expectedRows = -1; // what TestOps counted before the export; -1 when unknown
    QStringList warnings;     // rows not as counted, ragged rows, …
    bool checked = false;     // compared with the previous export (false while that runs)
    QString previous;         // the export it was compared with; empty for a group's first
    qint64 added = -1;        // changes against `previous`; -1 when not compared
    qint64 removed = -1;
    qint64 changed = -1;
    QString sha256;
    QString checkError; // why it could not be compared
    // Its second home in S3, from the journal: not tried yet, uploaded, or the last attempt failed (and why).
    enum class Upload { None, Uploaded, Failed };
    Upload upload = Upload::None;
    QString uploadError;
    QDateTime uploadRetry; // a failed upload: when it is tried again
    // Only in the S3 bucket (another replica exported it, or the folder is new): served from there.
    bool remote = false;
    QString remoteKey;

    bool hasChanges() const { return added >= 0; }
    bool identical() const { return added == 0 && removed == 0 && changed == 0; }
};
