#include "ExportsModel.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

ExportsModel::ExportsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ExportsModel::setSource(ExportIndex *index) {
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (index)
        connect(index, &ExportIndex::changed, this, &ExportsModel::refresh);
    refresh();
}

void ExportsModel::refresh() {
    const QLocale locale;
    QList<Row> rows;
    if (m_index) {
        const QList<ExportIndex::Entry> &entries = m_index->entries();
        rows.reserve(entries.size());
        for (const ExportIndex::Entry &entry : entries)
            rows.append({entry, locale.toString(entry.file.timestamp.toLocalTime(), QLocale::ShortFormat),
                         locale.formattedDataSize(entry.file.bytes)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_groups = m_index ? m_index->groups() : QStringList();
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
    return m_groups;
}

QVariant ExportsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ExportFile &file = row.entry.file;
    switch (role) {
    case FileNameRole:
        return file.fileName;
    case PathRole:
        return QDir(folder()).filePath(file.fileName);
    case GroupRole:
        return file.group;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(QDir(folder()).filePath(file.fileName));
    case SortRole:
        switch (index.column()) {
        case GroupColumn:
            return file.group;
        case TimeColumn:
            return file.timestamp.toMSecsSinceEpoch();
        case SizeColumn:
            return file.bytes;
        case RowsColumn:
            return row.entry.rows;
        default:
            return row.entry.attempt;
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
            return row.time;
        case SizeColumn:
            return row.size;
        case RowsColumn:
            return row.entry.rows >= 0 ? QLocale().toString(row.entry.rows) : u"—"_s;
        case ResultColumn:
            if (row.entry.attempt == 0)
                return tr("not in the journal");
            return row.entry.attempt > 1 ? tr("OK after %1 attempts").arg(row.entry.attempt) : tr("OK");
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
