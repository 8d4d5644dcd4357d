#include "ExportsModel.h"

#include "exports/History.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

ExportsModel::ExportsModel(QObject *parent)
    : QAbstractTableModel(parent) {
    // Several files change at once when a cycle ends: one refresh for the lot.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ExportsModel::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExportsModel::scheduleRefresh);
}

void ExportsModel::setSource(const QString &folder, History *history) {
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder = folder;
    m_history = history;
    if (!folder.isEmpty() && QDir(folder).exists())
        m_watcher.addPath(folder);
    if (history)
        connect(history, &History::appended, this, &ExportsModel::scheduleRefresh);
    refresh();
}

void ExportsModel::scheduleRefresh() {
    m_debounce.start();
}

void ExportsModel::refresh() {
    if (!m_folder.isEmpty() && m_watcher.directories().isEmpty() && QDir(m_folder).exists())
        m_watcher.addPath(m_folder); // the folder appeared with the first export
    beginResetModel();
    m_files = m_folder.isEmpty() ? QList<ExportFile>() : ExportFileStore(m_folder).list();
    m_records.clear();
    if (m_history) {
        for (const QJsonObject &record : m_history->records()) {
            const QString file = record.value(u"file"_s).toString();
            if (!file.isEmpty())
                m_records.insert(file, record);
        }
    }
    endResetModel();
    emit refreshed();
}

int ExportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_files.size());
}

int ExportsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ExportsModel::groups() const {
    QStringList names;
    for (const ExportFile &file : m_files) {
        if (!names.contains(file.group))
            names.append(file.group);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant ExportsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const ExportFile &file = m_files.at(index.row());
    const QJsonObject record = m_records.value(file.fileName);
    const qint64 rows = record.value(u"rows"_s).toInteger(-1);
    switch (role) {
    case FileNameRole:
        return file.fileName;
    case PathRole:
        return QDir(m_folder).filePath(file.fileName);
    case GroupRole:
        return file.group;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(QDir(m_folder).filePath(file.fileName));
    case SortRole:
        switch (index.column()) {
        case GroupColumn:
            return file.group.toLower();
        case TimeColumn:
            return file.timestamp.toMSecsSinceEpoch();
        case SizeColumn:
            return file.bytes;
        case RowsColumn:
            return rows;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return file.group;
        case TimeColumn:
            return QLocale().toString(file.timestamp.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn:
            return QLocale().formattedDataSize(file.bytes);
        case RowsColumn:
            return rows >= 0 ? QLocale().toString(rows) : u"—"_s;
        case ResultColumn:
            if (record.isEmpty())
                return tr("not in the journal");
            return record.value(u"attempt"_s).toInt() > 1
                       ? tr("OK after %1 attempts").arg(record.value(u"attempt"_s).toInt())
                       : tr("OK");
        }
        return {};
    default:
        return {};
    }
}

QVariant ExportsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case TimeColumn:
        return tr("Exported");
    case SizeColumn:
        return tr("Size");
    case RowsColumn:
        return tr("Test cases");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}
