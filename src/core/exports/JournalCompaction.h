// What of the journal still says something, so that it follows what is kept rather than how long the app
// has run: the records of exports that exist, each group's last attempt (and the check of its file), export
// jobs not known to be deleted, and the latest cycles. Everything else (records of files retention deleted,
// failed attempts before a group's last, settled jobs) is dropped: from the file at start, before anything
// parses it, and from the loaded journal after retention.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

class ExportFileStore;
class History;

namespace JournalCompaction {

// Cycle records kept: the last this many.
constexpr int keptCycles = 100;

// The few facts of a record the rule looks at, in 32 bytes: a journal of 36,500 exports (73,000 records)
// is judged in about 2 MB, whatever its size on disk.
struct Facts {
    enum class Type : quint8 { Other, Attempt, Upload, Check, Job, Restore, Deletion, Cycle };
    Type type = Type::Other;
    bool jobCreated = false; // a job record in state "created"
    bool fileExists = false; // its export is in the folder now
    int group = -1;          // the group, numbered in order of first appearance
    size_t file = 0;         // a hash of its file name (0: none); equal hashes only ever keep more
    qint64 jobId = 0;
};

// Reads records' facts against the exports that exist now.
class FactReader {
public:
    explicit FactReader(const ExportFileStore &store);
    Facts of(const QJsonObject &record);
    // A line as our writer puts it, read without parsing it as a whole; a parse when it needs one (an
    // escape). False when the line is no record (a torn line): History skips it too.
    bool ofLine(QByteArrayView line, Facts *facts);

private:
    Facts make(QByteArrayView type, QByteArrayView group, QByteArrayView file, QByteArrayView state,
               qint64 jobId);

    QSet<QByteArray> m_existing;
    QHash<QByteArray, int> m_groups;
};

// Whether each record is worth keeping.
QList<bool> keep(const QList<Facts> &records);

// Whether the journal at `path` is worth compacting at start: it grew by more than a quarter since it was
// last compacted (or nothing says when that was). A start after a run that compacted it (after retention)
// reads it once instead of twice; the journal stays within 1.25 times what compaction leaves.
bool isDue(const QString &path);
// Compacts the journal file at `path` against the exports `store` lists, reading each line's facts without
// parsing it as a whole (a start with 40,000 records parses only the few hundred kept). Returns the records
// dropped.
qsizetype compactFile(const QString &path, const ExportFileStore &store);
// Compacts a loaded journal (after retention deleted files).
qsizetype compact(History *history, const ExportFileStore &store);

} // namespace JournalCompaction
