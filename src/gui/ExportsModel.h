// The exports of the folder as a table: group, time, size, rows, changes since the group's previous export,
// the retention tier that keeps it, result; and among them, at their time, the exports that failed for good.
// A view of the front's exports, which follow the folder on disk (files written or removed by anyone) and the
// history journal.
#pragma once

#include "service/ExportFront.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class ExportsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        TimeColumn,
        SizeColumn,
        RowsColumn,
        ChangesColumn,
        KeptColumn, // why retention keeps it; hidden when no rule is set
        ResultColumn,
        ColumnCount
    };
    // FailureRole: the words of a failed export's row (empty for an export's); such a row has no file.
    enum Role {
        SortRole = Qt::UserRole + 1,
        FileNameRole,
        PathRole,
        GroupRole,
        HasChangesRole,
        IsNewRole,
        FailureRole
    };

    explicit ExportsModel(QObject *parent = nullptr);

    // Shows the exports `front` lists (null: none).
    void setSource(ExportFront *front);
    QString folder() const { return m_front ? m_front->exportFolder() : QString(); }
    ExportFront *source() const { return m_front; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QStringList groups() const;
    // The rows that are files (the others are failed exports).
    int fileCount() const { return int(m_rows.size() - m_failures.size()); }
    // Exports that appeared while the list was on screen are new (shown in bold) until it has been seen:
    // the window calls this when it is hidden.
    void markSeen();

public slots:
    void refresh();

signals:
    void aboutToRefresh(); // the rows are about to be replaced: a view keeps what it needs of them
    void refreshed();

private:
    // A row sorts by numbers (SortRole); its texts are made the first time a view shows them, since a view
    // shows a few dozen of 10,000 rows, and then kept.
    struct Row {
        ExportEntry entry; // a failed export: its group and time only
        int failure = -1;  // its run's index in m_failures
        mutable QString time;
        mutable QString size;
        mutable QString changes;
    };
    const Row &shown(int row) const;
    static Row failureRow(const FailureRun &run, int index);
    QVariant failureData(int row, int column, int role) const;
    static QString changesTip(const ExportEntry &entry);
    QPointer<ExportFront> m_front;
    QList<Row> m_rows;
    QList<FailureRun> m_failures;
    QStringList m_groups;
    QSet<qint64> m_sharedMinutes; // minutes since the epoch with more than one export
    QSet<QString> m_new;          // file names that appeared since the list was last seen
    bool m_loaded = false;        // the first listing marks nothing new
};
