#include "ChangeDetails.h"

#include "ExportFileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

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
    const bool hasOld = c.oldOffset >= 0 && m_previousAvailable;
    const QList<QByteArray> before =
        hasOld ? ExportComparison::readRecordAt(m_previousPath, c.oldOffset, separator, error)
               : QList<QByteArray>();
    const QList<QByteArray> after =
        c.newOffset >= 0 ? ExportComparison::readRecordAt(m_newPath, c.newOffset, separator, error)
                         : QList<QByteArray>();
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
