// The exports of the folder as a table: group, time, size, rows, result. Follows the folder on disk (files
// written or removed by anyone) and takes rows and results from the history journal.
#pragma once

#include "exports/ExportFileStore.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonObject>
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
    const ExportFile &file(int row) const { return m_files.at(row); }

public slots:
    void refresh();

signals:
    void refreshed();

private:
    void scheduleRefresh();

    QString m_folder;
    QPointer<History> m_history;
    QList<ExportFile> m_files;
    QHash<QString, QJsonObject> m_records; // file name → its attempt record
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
