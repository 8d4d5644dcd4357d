// The exports of the folder as a table: group, time, size, rows, changes since the group's previous export,
// result. A view of the front's exports, which follow the folder on disk (files written or removed by anyone)
// and the history journal.
#pragma once

#include "service/ExportFront.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class ExportsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GroupColumn, TimeColumn, SizeColumn, RowsColumn, ChangesColumn, ResultColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FileNameRole, PathRole, GroupRole, HasChangesRole, IsNewRole };

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
        ExportEntry entry;
        mutable QString time;
        mutable QString size;
        mutable QString changes;
    };
    const Row &shown(int row) const;
    static QString changesTip(const ExportEntry &entry);
    QPointer<ExportFront> m_front;
    QList<Row> m_rows;
    QStringList m_groups;
    QSet<qint64> m_sharedMinutes; // minutes since the epoch with more than one export
    QSet<QString> m_new;          // file names that appeared since the list was last seen
    bool m_loaded = false;        // the first listing marks nothing new
};
