#include "JournalCompaction.h"

#include "ExportFileStore.h"
#include "History.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// "name":"value" in a compact line as the journal writes it; false when it is not there as plain text.
bool stringField(QByteArrayView line, QByteArrayView key, QByteArrayView *value) {
    const qsizetype at = line.indexOf(key);
    if (at < 0)
        return false;
    const qsizetype start = at + key.size();
    const qsizetype end = line.indexOf('"', start);
    if (end < 0)
        return false;
    *value = line.sliced(start, end - start);
    return true;
}

// Each line of the file in turn, through one buffer; false when the file cannot be read.
template <typename Visit> bool forEachLine(const QString &path, Visit visit) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray line;
    while (!file.atEnd()) {
        line = file.readLine();
        const QByteArrayView trimmed = QByteArrayView(line).trimmed();
        if (!trimmed.isEmpty())
            visit(trimmed);
    }
    return true;
}

// Beside the journal: its size in bytes when it was last compacted.
QString markPath(const QString &path) {
    return path + u".compacted"_s;
}

void markCompacted(const QString &path) {
    QFile mark(markPath(path));
    if (!mark.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        mark.write(QByteArray::number(QFileInfo(path).size())) < 0) // a torn mark only means compacting again
        qCWarning(lcExport, "cannot write %s: %s", qUtf8Printable(mark.fileName()),
                  qUtf8Printable(mark.errorString()));
}

void logDropped(const QString &path, qsizetype dropped, qsizetype kept) {
    if (dropped > 0)
        qCInfo(lcExport,
               "journal %s compacted: %lld records of deleted exports and settled jobs dropped, %lld kept",
               qUtf8Printable(path), qint64(dropped), qint64(kept));
}
} // namespace

JournalCompaction::FactReader::FactReader(const ExportFileStore &store) {
    for (const ExportFile &file : store.list())
        m_existing.insert(file.fileName.toUtf8());
}

JournalCompaction::Facts JournalCompaction::FactReader::make(QByteArrayView type, QByteArrayView group,
                                                             QByteArrayView file, QByteArrayView state,
                                                             qint64 jobId) {
    using Type = Facts::Type;
    Facts facts;
    facts.type = type == "attempt"   ? Type::Attempt
                 : type == "upload"  ? Type::Upload
                 : type == "check"   ? Type::Check
                 : type == "job"     ? Type::Job
                 : type == "restore" ? Type::Restore
                 : type == "delete"  ? Type::Deletion
                 : type == "cycle"   ? Type::Cycle
                                     : Type::Other;
    facts.jobCreated = state == "created";
    if (!group.isEmpty()) {
        const QByteArray key = group.toByteArray();
        auto known = m_groups.constFind(key);
        if (known == m_groups.cend())
            known = m_groups.insert(key, int(m_groups.size()));
        facts.group = *known;
    }
    if (!file.isEmpty()) {
        facts.fileExists = m_existing.contains(file.toByteArray());
        facts.file = qHash(file) | 1; // never 0
    }
    facts.jobId = jobId;
    return facts;
}

JournalCompaction::Facts JournalCompaction::FactReader::of(const QJsonObject &record) {
    return make(record.value(u"type"_s).toString().toUtf8(), record.value(u"group"_s).toString().toUtf8(),
                record.value(u"file"_s).toString().toUtf8(), record.value(u"state"_s).toString().toUtf8(),
                record.value(u"jobId"_s).toInteger());
}

bool JournalCompaction::FactReader::ofLine(QByteArrayView line, Facts *facts) {
    // Our own writer puts no space in a line, and no key can appear unescaped inside a string value.
    QByteArrayView type, group, file, state;
    if (line.contains('\\') || !stringField(line, "\"type\":\"", &type)) {
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray());
        if (!document.isObject())
            return false;
        *facts = of(document.object());
        return true;
    }
    stringField(line, "\"group\":\"", &group);
    stringField(line, "\"file\":\"", &file);
    stringField(line, "\"state\":\"", &state);
    qint64 jobId = 0;
    const qsizetype job = line.indexOf("\"jobId\":");
    if (job >= 0) {
        qsizetype i = job + 8;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9')
            jobId = jobId * 10 + (line[i++] - '0');
    }
    *facts = make(type, group, file, state, jobId);
    return true;
}

QList<bool> JournalCompaction::keep(const QList<Facts> &records) {
    using Type = Facts::Type;
    QHash<int, qsizetype> lastAttempt; // group → index of its last attempt
    qsizetype cycles = 0;
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const Facts &record = records.at(i);
        if (record.type == Type::Attempt && !lastAttempt.contains(record.group))
            lastAttempt.insert(record.group, i);
        cycles += record.type == Type::Cycle ? 1 : 0;
    }
    QSet<size_t> lastFiles; // the files of the groups' last attempts, kept or not
    for (const qsizetype index : std::as_const(lastAttempt))
        lastFiles.insert(records.at(index).file);

    QList<bool> keep(records.size(), false);
    QSet<qint64> settledJobs; // an attempt accounted for the job, or it was deleted later
    for (qsizetype i = records.size() - 1; i >= 0; --i) { // newest first: a job is settled by what follows
        const Facts &record = records.at(i);
        switch (record.type) {
        case Type::Attempt:
            keep[i] = record.fileExists || lastAttempt.value(record.group) == i;
            if (record.jobId > 0)
                settledJobs.insert(record.jobId);
            break;
        case Type::Upload:
            keep[i] = record.fileExists;
            break;
        case Type::Check:
            keep[i] = record.fileExists || (record.file != 0 && lastFiles.contains(record.file));
            break;
        case Type::Job:
            if (record.jobCreated)
                keep[i] = !settledJobs.contains(record.jobId);
            else
                settledJobs.insert(record.jobId); // deleted: settles the job, and says nothing more itself
            break;
        case Type::Restore:
            keep[i] = true; // what this app wrote to TestOps: kept as its trail, whatever became of the file
            break;
        case Type::Deletion:
            keep[i] = true; // what a person removed from the backup: kept as its trail
            break;
        case Type::Cycle:
            keep[i] = cycles-- <= keptCycles;
            break;
        case Type::Other:
            keep[i] = true; // a kind this version does not know: not ours to drop
            break;
        }
    }
    return keep;
}

bool JournalCompaction::isDue(const QString &path) {
    QFile mark(markPath(path));
    bool known = false;
    const qint64 compacted = mark.open(QIODevice::ReadOnly) ? mark.read(32).trimmed().toLongLong(&known) : 0;
    const qint64 size = QFileInfo(path).size();
    // Smaller than it was: another file took its place (a backup put back); judged afresh.
    return !known || size < compacted || size - compacted > compacted / 4;
}

qsizetype JournalCompaction::compactFile(const QString &path, const ExportFileStore &store) {
    // Two passes over the file, a line at a time: the facts of every line, then (when something goes) the
    // kept lines into the new file.
    FactReader reader(store);
    QList<Facts> facts;
    QList<bool> record; // per line: whether it is a record at all (torn lines are dropped with the rest)
    const bool read = forEachLine(path, [&](QByteArrayView line) {
        Facts fact;
        const bool isRecord = reader.ofLine(line, &fact);
        record.append(isRecord);
        if (isRecord)
            facts.append(fact);
    });
    if (!read)
        return 0;
    const QList<bool> worth = keep(facts);
    const qsizetype keptCount = worth.count(true);
    const qsizetype dropped = facts.size() - keptCount;
    if (dropped == 0) {
        markCompacted(path);
        return 0;
    }
    QSaveFile out(path); // whole, then renamed over the old one: a crash leaves one or the other
    bool written = out.open(QIODevice::WriteOnly);
    qsizetype line = 0;
    qsizetype index = 0;
    forEachLine(path, [&](QByteArrayView text) {
        // A line the first pass did not see (none should come: the folder's lock is held) is kept.
        const bool seen = line < record.size();
        if (seen && !record.at(line++))
            return;
        if (!seen || worth.value(index++, true))
            written = written && out.write(text.data(), text.size()) == text.size() && out.putChar('\n');
    });
    if (!written || !out.commit()) {
        qCWarning(lcExport, "cannot compact the journal %s: %s", qUtf8Printable(path),
                  qUtf8Printable(out.errorString()));
        out.cancelWriting();
        return 0;
    }
    markCompacted(path);
    logDropped(path, dropped, keptCount);
    return dropped;
}

qsizetype JournalCompaction::compact(History *history, const ExportFileStore &store) {
    if (!history)
        return 0;
    FactReader reader(store);
    QList<Facts> facts;
    history->forEach([&](const QJsonObject &record) { facts.append(reader.of(record)); });
    const QList<bool> worth = keep(facts);
    const qsizetype dropped =
        history->compact([&worth](qsizetype index, const QJsonObject &) { return worth.value(index, true); });
    if (!history->filePath().isEmpty())
        markCompacted(history->filePath());
    logDropped(history->filePath(), dropped, facts.size() - dropped);
    return dropped;
}
