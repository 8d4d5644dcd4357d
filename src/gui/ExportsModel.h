// The exports of the folder as a table: group, time, size, rows, result. Follows the folder on disk (files
// written or removed by anyone) and takes rows and results from the history journal.
#pragma once

#include "exports/ExportFileStore.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>

class History;

class ExportsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GroupColumn, TimeColumn, SizeColumn, RowsColumn, ResultColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FileNameRole, PathRole, GroupRole };

    explicit ExportsModel(QObject *parent = nullptr);

    // Shows the files of `folder`; `history` (may be null) adds rows and results.
    void setSource(const QString &folder, History *history);
    const QString &folder() const { return m_folder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QStringList groups() const;
    const ExportFile &file(int row) const { return m_rows.at(row).file; }

public slots:
    void refresh();

signals:
    void refreshed();

private:
    void scheduleRefresh();

    QString m_folder;
    QPointer<History> m_history;
    // Everything a cell shows, worked out once per refresh: sorting 10,000 rows asks for it many times.
    struct Row
    {
        ExportFile file;
        qint64 rows = -1;
        int attempt = 0; // 0: not in the journal
        QString time;
        QString size;
    };
    QList<Row> m_rows;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
