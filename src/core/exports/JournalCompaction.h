// What of the journal still says something, so that it follows what is kept rather than how long the app
// has run: the records of exports that exist, each group's last attempt (and the check of its file), export
// jobs not known to be deleted, and the latest cycles. Everything else (records of files retention deleted,
// failed attempts before a group's last, settled jobs) is dropped: from the file at start, before anything
// parses it, and from the loaded journal after retention.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

class ExportFileStore;
class History;

namespace JournalCompaction {

// Cycle records kept: the last this many.
constexpr int keptCycles = 100;

// The few fields of a record the rule looks at, in UTF-8; read from a line they share its bytes, so that
// reading 40,000 lines allocates nothing per line.
struct Facts {
    QByteArray type;
    QByteArray group;
    QByteArray file;
    QByteArray state;
    qint64 jobId = 0;
};
Facts factsOf(const QJsonObject &record);

// Whether each record is worth keeping, given the names of the exports that exist now.
QList<bool> keep(const QList<Facts> &records, const QSet<QByteArray> &existingFiles);

// Compacts the journal file at `path` against the exports `store` lists, reading each line's facts without
// parsing it as a whole (a start with 40,000 records parses only the few hundred kept). Returns the records
// dropped.
qsizetype compactFile(const QString &path, const ExportFileStore &store);
// Compacts a loaded journal (after retention deleted files).
qsizetype compact(History *history, const ExportFileStore &store);

} // namespace JournalCompaction
