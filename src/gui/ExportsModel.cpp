#include "ExportsModel.h"

#include "exports/History.h"

#include <QDir>
#include <QLocale>
#include <QSet>

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
    QHash<QString, std::pair<qint64, int>> journal; // file name → rows, attempt
    if (m_history) {
        for (const QJsonObject &record : m_history->records()) {
            const QString file = record.value(u"file"_s).toString();
            if (!file.isEmpty())
                journal.insert(file, {record.value(u"rows"_s).toInteger(-1), record.value(u"attempt"_s).toInt(1)});
        }
    }
    const QLocale locale;
    QList<Row> rows;
    const QList<ExportFile> files = m_folder.isEmpty() ? QList<ExportFile>() : ExportFileStore(m_folder).list();
    rows.reserve(files.size());
    for (const ExportFile &file : files) {
        const auto entry = journal.constFind(file.fileName);
        rows.append({file, entry != journal.cend() ? entry->first : -1, entry != journal.cend() ? entry->second : 0,
                     locale.toString(file.timestamp.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(file.bytes)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit refreshed();
}

int ExportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ExportsModel::groups() const {
    QSet<QString> seen;
    QStringList names;
    for (const Row &row : m_rows) {
        if (!seen.contains(row.file.group)) {
            seen.insert(row.file.group);
            names.append(row.file.group);
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant ExportsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case FileNameRole:
        return row.file.fileName;
    case PathRole:
        return QDir(m_folder).filePath(row.file.fileName);
    case GroupRole:
        return row.file.group;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(QDir(m_folder).filePath(row.file.fileName));
    case SortRole:
        switch (index.column()) {
        case GroupColumn:
            return row.file.group;
        case TimeColumn:
            return row.file.timestamp.toMSecsSinceEpoch();
        case SizeColumn:
            return row.file.bytes;
        case RowsColumn:
            return row.rows;
        default:
            return row.attempt;
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return row.file.group;
        case TimeColumn:
            return row.time;
        case SizeColumn:
            return row.size;
        case RowsColumn:
            return row.rows >= 0 ? QLocale().toString(row.rows) : u"—"_s;
        case ResultColumn:
            if (row.attempt == 0)
                return tr("not in the journal");
            return row.attempt > 1 ? tr("OK after %1 attempts").arg(row.attempt) : tr("OK");
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
