#include "JournalCompaction.h"

#include "ExportFileStore.h"
#include "History.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
QSet<QByteArray> existingFiles(const ExportFileStore &store) {
    QSet<QByteArray> names;
    for (const ExportFile &file : store.list())
        names.insert(file.fileName.toUtf8());
    return names;
}

// "name":"value" in a compact line as the journal writes it; false when it is not there as plain text.
bool stringField(QByteArrayView line, QByteArrayView key, QByteArray *value) {
    const qsizetype at = line.indexOf(key);
    if (at < 0)
        return false;
    const qsizetype start = at + key.size();
    const qsizetype end = line.indexOf('"', start);
    if (end < 0)
        return false;
    *value = QByteArray::fromRawData(line.data() + start, end - start);
    return true;
}

// The facts of one line; false when the line needs a real parse (an escape, or no type where one is looked
// for). Our own writer puts no space in a line, and no key can appear unescaped inside a string value.
bool factsOfLine(QByteArrayView line, JournalCompaction::Facts *facts) {
    if (line.contains('\\') || !stringField(line, "\"type\":\"", &facts->type))
        return false;
    stringField(line, "\"group\":\"", &facts->group);
    stringField(line, "\"file\":\"", &facts->file);
    stringField(line, "\"state\":\"", &facts->state);
    const qsizetype job = line.indexOf("\"jobId\":");
    if (job >= 0) {
        qsizetype i = job + 8;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9')
            facts->jobId = facts->jobId * 10 + (line[i++] - '0');
    }
    return true;
}

void logDropped(const QString &path, qsizetype dropped, qsizetype kept) {
    if (dropped > 0)
        qCInfo(lcExport,
               "journal %s compacted: %lld records of deleted exports and settled jobs dropped, %lld kept",
               qUtf8Printable(path), qint64(dropped), qint64(kept));
}
} // namespace

JournalCompaction::Facts JournalCompaction::factsOf(const QJsonObject &record) {
    return {record.value(u"type"_s).toString().toUtf8(), record.value(u"group"_s).toString().toUtf8(),
            record.value(u"file"_s).toString().toUtf8(), record.value(u"state"_s).toString().toUtf8(),
            record.value(u"jobId"_s).toInteger()};
}

QList<bool> JournalCompaction::keep(const QList<Facts> &records, const QSet<QByteArray> &existingFiles) {
    QHash<QByteArray, qsizetype> lastAttempt; // group → index of its last attempt
    qsizetype cycles = 0;
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const Facts &record = records.at(i);
        if (record.type == "attempt" && !lastAttempt.contains(record.group))
            lastAttempt.insert(record.group, i);
        cycles += record.type == "cycle" ? 1 : 0;
    }
    QSet<QByteArray> lastFiles; // the files of the groups' last attempts, kept or not
    for (const qsizetype index : std::as_const(lastAttempt))
        lastFiles.insert(records.at(index).file);

    QList<bool> keep(records.size(), false);
    QSet<qint64> settledJobs; // an attempt accounted for the job, or it was deleted later
    for (qsizetype i = records.size() - 1; i >= 0; --i) { // newest first: a job is settled by what follows
        const Facts &record = records.at(i);
        if (record.type == "attempt") {
            keep[i] = existingFiles.contains(record.file) || lastAttempt.value(record.group) == i;
            if (record.jobId > 0)
                settledJobs.insert(record.jobId);
        } else if (record.type == "upload") {
            keep[i] = existingFiles.contains(record.file);
        } else if (record.type == "check") {
            keep[i] = existingFiles.contains(record.file) ||
                      (!record.file.isEmpty() && lastFiles.contains(record.file));
        } else if (record.type == "job") {
            if (record.state == "created")
                keep[i] = !settledJobs.contains(record.jobId);
            else
                settledJobs.insert(record.jobId); // deleted: settles the job, and says nothing more itself
        } else if (record.type == "restore") {
            keep[i] = true; // what this app wrote to TestOps: kept as its trail, whatever became of the file
        } else if (record.type == "cycle") {
            keep[i] = cycles-- <= keptCycles;
        } else {
            keep[i] = true; // a kind this version does not know: not ours to drop
        }
    }
    return keep;
}

qsizetype JournalCompaction::compactFile(const QString &path, const ExportFileStore &store) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    file.close();
    QList<QByteArrayView> lines;
    QList<Facts> facts;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        Facts fact;
        if (!factsOfLine(line, &fact)) {
            const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray());
            if (!document.isObject())
                continue; // unreadable (a torn line): History skips it too
            fact = factsOf(document.object());
        }
        lines.append(line);
        facts.append(fact);
    }
    const QList<bool> worth = keep(facts, existingFiles(store));
    QByteArray kept;
    qsizetype keptCount = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!worth.at(i))
            continue;
        kept += lines.at(i).toByteArray() + '\n';
        ++keptCount;
    }
    const qsizetype dropped = lines.size() - keptCount;
    if (dropped == 0)
        return 0;
    QSaveFile out(path); // whole, then renamed over the old one: a crash leaves one or the other
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit()) {
        qCWarning(lcExport, "cannot compact the journal %s: %s", qUtf8Printable(path),
                  qUtf8Printable(out.errorString()));
        return 0;
    }
    logDropped(path, dropped, keptCount);
    return dropped;
}

qsizetype JournalCompaction::compact(History *history, const ExportFileStore &store) {
    if (!history)
        return 0;
    QList<Facts> facts;
    facts.reserve(history->records().size());
    for (const QJsonObject &record : history->records())
        facts.append(factsOf(record));
    const QList<bool> worth = keep(facts, existingFiles(store));
    const qsizetype dropped =
        history->compact([&worth](qsizetype index, const QJsonObject &) { return worth.at(index); });
    logDropped(history->filePath(), dropped, history->records().size());
    return dropped;
}
