#include "ExportComparison.h"

#include "net/Digest.h"

#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>


#include <algorithm>
#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ExportComparison", text);
}

QStringList toStrings(const QList<QByteArray> &cells) {
    QStringList list;
    list.reserve(cells.size());
    for (const QByteArray &cell : cells)
        list.append(QString::fromUtf8(cell).trimmed());
    return list;
}

} // namespace

qsizetype ExportComparison::columnIndex(const QStringList &columns, const QString &name) {
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

namespace {

QByteArray cellAt(const QList<QByteArray> &cells, qsizetype index) {
    return index >= 0 && index < cells.size() ? cells.at(index) : QByteArray();
}

struct OldRow {
    qint64 row;    // index into the cell hashes
    qint64 offset; // of the record in the file
    bool seen = false;
};

// OpenSSL, not QCryptographicHash: with the CPU's SHA instructions it hashes 200 MB in 0.1 s instead of 1.2
// s.
QByteArray sha256Hex(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Digest digest;
    if (!digest.ok())
        return {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return {};
        if (got == 0)
            break;
        digest.add(buffer.constData(), got);
    }
    return digest.result().toHex();
}

QJsonArray caseJson(const ExportComparison::Case &c) {
    return {c.id, c.name, c.oldOffset, c.newOffset, QJsonArray::fromStringList(c.fields)};
}

ExportComparison::Case caseFromJson(const QJsonArray &array) {
    QStringList fields;
    for (const QJsonValue &field : array.at(4).toArray())
        fields.append(field.toString());
    return {array.at(0).toString(), array.at(1).toString(), array.at(2).toInteger(-1),
            array.at(3).toInteger(-1), fields};
}

QJsonArray casesJson(const QList<ExportComparison::Case> &cases) {
    QJsonArray array;
    for (const ExportComparison::Case &c : cases)
        array.append(caseJson(c));
    return array;
}

QList<ExportComparison::Case> casesFromJson(const QJsonValue &value) {
    QList<ExportComparison::Case> cases;
    for (const QJsonValue &item : value.toArray())
        cases.append(caseFromJson(item.toArray()));
    return cases;
}

QStringList stringList(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QJsonValue ExportComparison::Result::counts() const {
    if (!compared())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {u"added"_s, added.size()}, {u"removed"_s, removed.size()}, {u"changed"_s, changed.size()}};
}

QStringList ExportComparison::Result::problems() const {
    QStringList list;
    if (raggedRows > 0)
        list.append(QCoreApplication::translate("ExportComparison",
                                                "%n row(s) with a different number of cells than the header "
                                                "(the first on line %1)",
                                                nullptr, int(raggedRows))
                        .arg(firstRaggedLine));
    if (duplicateIds > 0)
        list.append(QCoreApplication::translate("ExportComparison",
                                                "%n row(s) repeat an allure_id of an earlier row", nullptr,
                                                int(duplicateIds)));
    if (rowsWithoutId > 0)
        list.append(QCoreApplication::translate("ExportComparison", "%n row(s) without an allure_id", nullptr,
                                                int(rowsWithoutId)));
    return list;
}

QJsonObject ExportComparison::Result::toJson() const {
    return {{u"file"_s, file},
            {u"previous"_s, previousFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousFile)},
            {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
            {u"sha256"_s, QString::fromLatin1(sha256)},
            {u"previousSha256"_s, QString::fromLatin1(previousSha256)},
            {u"separator"_s, QString(QLatin1Char(separator))},
            {u"rows"_s, rows},
            {u"raggedRows"_s, raggedRows},
            {u"firstRaggedLine"_s, firstRaggedLine},
            {u"duplicateIds"_s, duplicateIds},
            {u"rowsWithoutId"_s, rowsWithoutId},
            {u"columns"_s, QJsonArray::fromStringList(columns)},
            {u"columnsAdded"_s, QJsonArray::fromStringList(columnsAdded)},
            {u"columnsRemoved"_s, QJsonArray::fromStringList(columnsRemoved)},
            {u"added"_s, casesJson(added)},
            {u"removed"_s, casesJson(removed)},
            {u"changed"_s, casesJson(changed)}};
}

ExportComparison::Result ExportComparison::Result::fromJson(const QJsonObject &object) {
    Result result;
    result.file = object.value(u"file"_s).toString();
    result.previousFile = object.value(u"previous"_s).toString();
    result.error = object.value(u"error"_s).toString();
    result.sha256 = object.value(u"sha256"_s).toString().toLatin1();
    result.previousSha256 = object.value(u"previousSha256"_s).toString().toLatin1();
    const QString separator = object.value(u"separator"_s).toString();
    result.separator = separator.size() == 1 ? separator.at(0).toLatin1() : ';';
    result.rows = object.value(u"rows"_s).toInteger();
    result.raggedRows = object.value(u"raggedRows"_s).toInteger();
    result.firstRaggedLine = object.value(u"firstRaggedLine"_s).toInteger();
    result.duplicateIds = object.value(u"duplicateIds"_s).toInteger();
    result.rowsWithoutId = object.value(u"rowsWithoutId"_s).toInteger();
    result.columns = stringList(object.value(u"columns"_s));
    result.columnsAdded = stringList(object.value(u"columnsAdded"_s));
    result.columnsRemoved = stringList(object.value(u"columnsRemoved"_s));
    result.added = casesFromJson(object.value(u"added"_s));
    result.removed = casesFromJson(object.value(u"removed"_s));
    result.changed = casesFromJson(object.value(u"changed"_s));
    return result;
}

ExportComparison::Result ExportComparison::compare(const QString &previousPath, const QString &newPath,
                                                   char separator) {
    // SHA-256s on a thread of their own, with files of their own, while the records are compared. The
    // previous file's is kept too: the offsets kept point into it, and a reader proves it unchanged first.
    auto sha256 = std::async(std::launch::async, [newPath, previousPath] {
        return std::make_pair(sha256Hex(newPath),
                              previousPath.isEmpty() ? QByteArray() : sha256Hex(previousPath));
    });
    Result result = compareRecords(previousPath, newPath, separator);
    std::tie(result.sha256, result.previousSha256) = sha256.get();
    return result;
}

QByteArray ExportComparison::sha256Of(const QString &path) {
    return sha256Hex(path);
}

ExportComparison::Result ExportComparison::compareRecords(const QString &previousPath, const QString &newPath,
                                                          char separator) {
    Result result;
    result.file = QFileInfo(newPath).fileName();
    result.separator = separator;
    QFile newFile(newPath);
    if (!newFile.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(newPath, newFile.errorString());
        return result;
    }

    CsvReader newReader(&newFile, separator);
    QList<QByteArray> cells;
    if (!newReader.readRecord(&cells)) {
        result.error = newReader.errorString().isEmpty() ? tr("the file is empty") : newReader.errorString();
        return result;
    }
    result.columns = toStrings(cells);
    const qsizetype width = result.columns.size();
    const qsizetype newId = columnIndex(result.columns, u"allure_id"_s);
    const qsizetype newName = columnIndex(result.columns, u"name"_s);

    // The previous file: one hash per shared column and row, and where each id's row is.
    QFile oldFile(previousPath);
    QStringList oldColumns;
    QList<std::pair<qsizetype, qsizetype>> shared; // column index in the previous file, in the new file
    QHash<QByteArray, OldRow> oldRows;
    std::vector<size_t> oldHashes;
    bool comparing = !previousPath.isEmpty();
    if (comparing && !oldFile.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read the previous export %1: %2").arg(previousPath, oldFile.errorString());
        comparing = false;
    }
    qsizetype oldId = -1;
    qint64 oldRowCount = 0;
    if (comparing) {
        result.previousFile = QFileInfo(previousPath).fileName();
        CsvReader oldReader(&oldFile, separator);
        if (oldReader.readRecord(&cells))
            oldColumns = toStrings(cells);
        oldId = columnIndex(oldColumns, u"allure_id"_s);
        if (newId < 0 || oldId < 0) {
            result.error = tr("no allure_id column to match test cases by");
            comparing = false;
        }
        for (qsizetype i = 0; comparing && i < result.columns.size(); ++i) {
            const qsizetype old = columnIndex(oldColumns, result.columns.at(i));
            if (old >= 0)
                shared.append({old, i});
            else
                result.columnsAdded.append(result.columns.at(i));
        }
        for (const QString &column : std::as_const(oldColumns)) {
            if (comparing && columnIndex(result.columns, column) < 0)
                result.columnsRemoved.append(column);
        }
        qint64 &row = oldRowCount;
        while (comparing && oldReader.readRecord(&cells)) {
            const QByteArray id = cellAt(cells, oldId).trimmed();
            if (id.isEmpty() || oldRows.contains(id))
                continue;
            oldRows.insert(id, {row++, oldReader.recordOffset()});
            for (const auto &[oldIndex, newIndex] : std::as_const(shared))
                oldHashes.push_back(qHash(QByteArrayView(cellAt(cells, oldIndex))));
        }
        if (comparing && !oldReader.errorString().isEmpty() && oldFile.error() != QFileDevice::NoError) {
            result.error = oldReader.errorString();
            comparing = false;
        }
    }

    // The new file, record by record.
    while (newReader.readRecord(&cells)) {
        ++result.rows;
        if (cells.size() != width) {
            if (result.raggedRows++ == 0)
                result.firstRaggedLine = newReader.recordLine();
        }
        const QByteArray id = cellAt(cells, newId).trimmed();
        if (id.isEmpty()) {
            ++result.rowsWithoutId;
            continue;
        }
        if (!comparing)
            continue;
        auto it = oldRows.find(id);
        if (it == oldRows.end()) {
            result.added.append({QString::fromUtf8(id),
                                 QString::fromUtf8(cellAt(cells, newName)),
                                 -1,
                                 newReader.recordOffset(),
                                 {}});
            continue;
        }
        if (it->seen) {
            ++result.duplicateIds;
            continue;
        }
        it->seen = true;
        QStringList fields;
        const size_t base = size_t(it->row) * size_t(shared.size());
        for (qsizetype k = 0; k < shared.size(); ++k) {
            if (qHash(QByteArrayView(cellAt(cells, shared.at(k).second))) != oldHashes[base + size_t(k)])
                fields.append(result.columns.at(shared.at(k).second));
        }
        if (!fields.isEmpty())
            result.changed.append({QString::fromUtf8(id), QString::fromUtf8(cellAt(cells, newName)),
                                   it->offset, newReader.recordOffset(), fields});
    }
    if (!newReader.errorString().isEmpty() && newFile.error() != QFileDevice::NoError) {
        result.error = newReader.errorString();
        return result;
    }
    if (!comparing)
        return result;
    oldHashes = {};

    // Removed: ids of the previous file not met; their names are read back.
    std::vector<qint64> removedOffsets;
    for (auto it = oldRows.cbegin(); it != oldRows.cend(); ++it) {
        if (!it->seen)
            removedOffsets.push_back(it->offset);
    }
    oldRows = {};
    std::sort(removedOffsets.begin(), removedOffsets.end());
    const qsizetype oldName = columnIndex(oldColumns, u"name"_s);
    const auto addRemoved = [&](qint64 offset) {
        result.removed.append({QString::fromUtf8(cellAt(cells, oldId).trimmed()),
                               QString::fromUtf8(cellAt(cells, oldName)),
                               offset,
                               -1,
                               {}});
    };
    if (qint64(removedOffsets.size()) * 64 < oldRowCount) {
        // A few: each is read where it is.
        for (const qint64 offset : removedOffsets) {
            oldFile.seek(offset);
            CsvReader reader(&oldFile, separator, 4096);
            if (reader.readRecord(&cells))
                addRemoved(offset);
        }
    } else if (!removedOffsets.empty()) {
        // Many: one more pass over the file.
        oldFile.seek(0);
        CsvReader oldReader(&oldFile, separator);
        size_t next = 0;
        while (next < removedOffsets.size() && oldReader.readRecord(&cells)) {
            if (oldReader.recordOffset() != removedOffsets[next])
                continue;
            ++next;
            addRemoved(oldReader.recordOffset());
        }
    }
    return result;
}

QList<QByteArray> ExportComparison::readRecordAt(const QString &path, qint64 offset, char separator,
                                                 QString *error) {
    QList<QByteArray> cells;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    CsvReader reader(&file, separator);
    if (!reader.readRecord(&cells) && error)
        *error = tr("%1 has no record at byte %2").arg(path).arg(offset);
    return cells;
}

QStringList ExportComparison::readHeader(const QString &path, char separator, QString *error) {
    return toStrings(readRecordAt(path, 0, separator, error));
}
