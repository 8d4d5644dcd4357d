#include "ExportsModel.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

ExportsModel::ExportsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ExportsModel::setSource(ExportFront *front) {
    if (m_front)
        disconnect(m_front, nullptr, this, nullptr);
    m_front = front;
    if (front)
        connect(front, &ExportFront::exportsChanged, this, &ExportsModel::refresh);
    refresh();
}

void ExportsModel::refresh() {
    QList<Row> rows;
    QList<FailureRun> failures;
    if (m_front) {
        failures = m_front->failureRuns();
        rows.reserve(m_front->exports().size() + failures.size());
        m_front->forEachListed(failures, [&](const ExportEntry *entry, const FailureRun *run) {
            rows.append(entry ? Row{*entry, -1, QString(), QString(), QString()}
                              : failureRow(*run, int(run - failures.constData())));
        });
    }
    // Minutes with more than one export: their times show seconds, so that the rows can be told apart.
    QHash<qint64, int> perMinute;
    for (const Row &row : std::as_const(rows)) {
        if (row.failure < 0)
            ++perMinute[row.entry.file.timestamp.toSecsSinceEpoch() / 60];
    }
    QSet<qint64> shared;
    for (auto it = perMinute.cbegin(); it != perMinute.cend(); ++it) {
        if (it.value() > 1)
            shared.insert(it.key());
    }
    if (m_loaded) {
        QSet<QString> before;
        for (const Row &row : std::as_const(m_rows))
            before.insert(row.entry.file.fileName);
        for (const Row &row : std::as_const(rows)) {
            if (!before.contains(row.entry.file.fileName))
                m_new.insert(row.entry.file.fileName);
        }
    }
    m_loaded = m_loaded || m_front;
    emit aboutToRefresh();
    beginResetModel();
    m_rows = std::move(rows);
    m_failures = std::move(failures);
    m_sharedMinutes = std::move(shared);
    m_groups = m_front ? m_front->exportGroups() : QStringList();
    endResetModel();
    emit refreshed();
}

ExportsModel::Row ExportsModel::failureRow(const FailureRun &run, int index) {
    Row row;
    row.entry.file.group = run.group();
    row.entry.file.timestamp = run.last().end;
    row.failure = index;
    return row;
}

const ExportsModel::Row &ExportsModel::shown(int index) const {
    const Row &row = m_rows.at(index);
    if (row.time.isEmpty()) {
        const QLocale locale;
        const QDateTime local = row.entry.file.timestamp.toLocalTime();
        if (m_sharedMinutes.contains(row.entry.file.timestamp.toSecsSinceEpoch() / 60)) {
            QString format = locale.timeFormat(QLocale::ShortFormat);
            if (!format.contains(u"ss"_s))
                format.replace(u"mm"_s, u"mm:ss"_s);
            row.time = locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
                       locale.toString(local.time(), format);
        } else {
            row.time = locale.toString(local, QLocale::ShortFormat);
        }
        row.size = row.failure < 0 ? Words().dataSize(row.entry.file.bytes) : u"—"_s;
        row.changes = row.failure < 0 ? StateWords::changesText(row.entry) : u"—"_s;
    }
    return row;
}

void ExportsModel::markSeen() {
    if (m_new.isEmpty())
        return;
    m_new.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::FontRole, IsNewRole});
}

QString ExportsModel::changesTip(const ExportEntry &entry) {
    if (entry.hasChanges() && entry.identical())
        return tr("The same test cases as in %1").arg(entry.previous);
    if (entry.hasChanges())
        return tr("%1 added, %2 removed, %3 changed since %4 (double-click for details)")
            .arg(entry.added)
            .arg(entry.removed)
            .arg(entry.changed)
            .arg(entry.previous);
    return entry.checkError;
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
    if (row.failure >= 0)
        return failureData(index.row(), index.column(), role);
    switch (role) {
    case FileNameRole:
        return file.fileName;
    case PathRole:
        return QDir(folder()).filePath(file.fileName);
    case GroupRole:
        return file.group;
    case HasChangesRole:
        return row.entry.hasChanges();
    case IsNewRole:
        return m_new.contains(file.fileName);
    case Qt::FontRole:
        if (m_new.contains(file.fileName)) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangesColumn && !changesTip(row.entry).isEmpty())
            return changesTip(row.entry);
        if (index.column() == ResultColumn && !row.entry.warnings.isEmpty())
            return row.entry.warnings.join(u'\n');
        return QDir::toNativeSeparators(QDir(folder()).filePath(file.fileName));
    case Qt::DecorationRole:
        if (index.column() == ResultColumn && !row.entry.warnings.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangesColumn && !row.entry.hasChanges())
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
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
        case ChangesColumn:
            return row.entry.hasChanges() ? row.entry.added + row.entry.removed + row.entry.changed : -1;
        case KeptColumn:
            return int(row.entry.kept);
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
            return shown(index.row()).time;
        case SizeColumn:
            return shown(index.row()).size;
        case RowsColumn:
            return row.entry.rows >= 0 ? QLocale().toString(row.entry.rows) : u"—"_s;
        case ChangesColumn:
            return shown(index.row()).changes;
        case KeptColumn:
            return m_front ? m_front->keptText(row.entry) : QString();
        case ResultColumn: {
            if (row.entry.remote)
                return tr("in S3 only (another replica or an earlier folder exported it)");
            QString result = row.entry.attempt == 0 ? tr("not in the journal")
                             : !row.entry.warnings.isEmpty()
                                 ? tr("Warning: %1").arg(row.entry.warnings.join(u"; "_s))
                             : row.entry.attempt > 1 ? tr("OK after %1 attempts").arg(row.entry.attempt)
                                                     : tr("OK");
            const QString upload = m_front ? m_front->uploadText(row.entry) : QString();
            return upload.isEmpty() ? result : tr("%1; %2").arg(result, upload);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant ExportsModel::failureData(int rowIndex, int column, int role) const {
    const Row &row = m_rows.at(rowIndex);
    const FailureRun &run = m_failures.at(row.failure);
    const QString text = StateWords::failureText(run);
    switch (role) {
    case GroupRole:
        return row.entry.file.group;
    case FailureRole:
    case Qt::ToolTipRole: {
        if (run.failures.size() == 1)
            return text;
        QStringList each{text, QString()}; // the run, then each failure of it
        for (const FailedExport &failure : run.failures)
            each.append(tr("%1: %2").arg(QLocale().toString(failure.end.toLocalTime(), QLocale::ShortFormat),
                                         StateWords::failureText(failure)));
        return each.join(u'\n');
    }
    case Qt::DecorationRole:
        return column == ResultColumn ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                      : QVariant();
    case Qt::ForegroundRole:
        return column == ResultColumn ? QVariant()
                                      : QVariant(QApplication::palette().color(QPalette::PlaceholderText));
    case SortRole:
        switch (column) {
        case GroupColumn:
            return row.entry.file.group;
        case TimeColumn:
            return row.entry.file.timestamp.toMSecsSinceEpoch();
        case ResultColumn:
            return -1; // below every export
        default:
            return qint64(-1);
        }
    case Qt::DisplayRole:
        switch (column) {
        case GroupColumn:
            return row.entry.file.group;
        case TimeColumn:
            return shown(rowIndex).time;
        case ResultColumn:
            return text;
        default:
            return u"—"_s;
        }
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
    case ChangesColumn:
        return tr("Changes");
    case KeptColumn:
        return tr("Kept");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}
