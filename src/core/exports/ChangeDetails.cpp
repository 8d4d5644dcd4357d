#include "ChangeDetails.h"

#include "ExportFileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

std::shared_ptr<const ChangeDetails> ChangeDetails::load(const ExportFileStore &store,
                                                         const QString &fileName, QString *error) {
    QFile file(store.changesPath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ChangeDetails",
                                                 "%1 has not been compared with the previous export")
                         .arg(fileName);
        return nullptr;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ChangeDetails", "the kept changes of %1 are unreadable: %2")
                         .arg(fileName, parseError.errorString());
        return nullptr;
    }
    return of(store, fileName, ExportComparison::Result::fromJson(document.object()));
}

std::shared_ptr<const ChangeDetails> ChangeDetails::compare(const ExportFileStore &store,
                                                            const QString &fileName, const QString &baseline,
                                                            char separator) {
    ExportComparison::Result result =
        ExportComparison::compare(store.filePath(baseline), store.filePath(fileName), separator);
    result.file = fileName;
    result.previousFile = baseline;
    return of(store, fileName, std::move(result));
}

std::shared_ptr<ChangeDetails> ChangeDetails::of(const ExportFileStore &store, const QString &fileName,
                                                 ExportComparison::Result result) {
    auto details = std::make_shared<ChangeDetails>();
    details->m_result = std::move(result);
    details->m_newPath = store.filePath(fileName);
    if (!details->m_result.previousFile.isEmpty()) {
        details->m_previousPath = store.filePath(details->m_result.previousFile);
        details->m_previousAvailable = QFile::exists(details->m_previousPath);
        if (details->m_previousAvailable)
            details->m_previousColumns =
                ExportComparison::readHeader(details->m_previousPath, details->m_result.separator);
    }
    return details;
}

QList<ChangeDetails::Field> ChangeDetails::fields(const ExportComparison::Case &c, QString *error) const {
    const char separator = m_result.separator;
    // A record read at a kept offset proves it is the case's own by its allure_id.
    const auto read = [&](const QString &path, qint64 offset, const QStringList &columns) {
        QString readError;
        QList<QByteArray> cells = ExportComparison::readRecordAt(path, offset, separator, &readError);
        const qsizetype idColumn = ExportComparison::columnIndex(columns, u"allure_id"_s);
        const QString id = idColumn >= 0 && idColumn < cells.size()
                               ? QString::fromUtf8(cells.at(idColumn).trimmed()) // as the comparison read it
                               : QString();
        if (readError.isEmpty() && id != c.id)
            readError =
                QCoreApplication::translate("ChangeDetails",
                                            "%1 changed since it was compared: at the place kept for "
                                            "test case %2 it holds %3")
                    .arg(QFileInfo(path).fileName(), c.id,
                         id.isEmpty() ? QCoreApplication::translate("ChangeDetails", "no test case")
                                      : QCoreApplication::translate("ChangeDetails", "test case %1").arg(id));
        if (!readError.isEmpty()) {
            if (error && error->isEmpty())
                *error = readError;
            cells.clear();
        }
        return cells;
    };
    const bool hasOld = c.oldOffset >= 0 && m_previousAvailable;
    const QList<QByteArray> before =
        hasOld ? read(m_previousPath, c.oldOffset, m_previousColumns) : QList<QByteArray>();
    const QList<QByteArray> after =
        c.newOffset >= 0 ? read(m_newPath, c.newOffset, m_result.columns) : QList<QByteArray>();
    const auto cell = [](const QList<QByteArray> &cells, const QStringList &columns, const QString &name) {
        const qsizetype index = columns.indexOf(name);
        return index >= 0 && index < cells.size() ? QString::fromUtf8(cells.at(index)) : QString();
    };
    QList<Field> list;
    if (c.oldOffset >= 0 && c.newOffset >= 0) {
        for (const QString &name : c.fields)
            list.append({name, cell(before, m_previousColumns, name), cell(after, m_result.columns, name)});
        return list;
    }
    const QStringList &columns = c.newOffset >= 0 ? m_result.columns : m_previousColumns;
    for (const QString &name : columns) {
        const QString was = cell(before, m_previousColumns, name);
        const QString is = cell(after, m_result.columns, name);
        if (!was.isEmpty() || !is.isEmpty())
            list.append({name, was, is});
    }
    return list;
}

bool ChangeDetails::verifyFiles(const QByteArray &previousSha256, QString *why) const {
    const auto changed = [](const QString &path) {
        return QCoreApplication::translate(
                   "ChangeDetails",
                   "%1 is no longer the file that was compared (its SHA-256 differs from the one kept then): "
                   "it "
                   "was edited or replaced, so the cases' places in it are not to be trusted")
            .arg(QFileInfo(path).fileName());
    };
    if (m_result.sha256.isEmpty() || ExportComparison::sha256Of(m_newPath) != m_result.sha256) {
        *why = changed(m_newPath);
        return false;
    }
    if (!m_previousAvailable)
        return true; // nothing is read from it
    const QByteArray expected = m_result.previousSha256.isEmpty() ? previousSha256 : m_result.previousSha256;
    if (expected.isEmpty()) {
        *why = QCoreApplication::translate(
                   "ChangeDetails", "the SHA-256 of %1 as it was compared is not known (the file was not "
                                    "written by this app), so it cannot be proven unchanged")
                   .arg(QFileInfo(m_previousPath).fileName());
        return false;
    }
    if (ExportComparison::sha256Of(m_previousPath) != expected) {
        *why = changed(m_previousPath);
        return false;
    }
    return true;
}

qsizetype ChangeDetails::Field::sameStart() const {
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype start = 0;
    while (start < shorter && before.at(start) == after.at(start))
        ++start;
    return start;
}

qsizetype ChangeDetails::Field::sameEnd() const {
    const qsizetype room = qMin(before.size(), after.size()) - sameStart();
    qsizetype end = 0;
    while (end < room && before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end))
        ++end;
    return end;
}
