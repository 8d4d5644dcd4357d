// The exports of the folder joined with what the journal says of them (rows, attempt), kept up to date by a
// file system watcher and the journal. The window and the web view both read it, so neither lists the folder
// on every paint or request.
#pragma once

#include "ExportFileStore.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class History;

class ExportIndex : public QObject {
    Q_OBJECT
public:
    struct Entry {
        ExportFile file;
        qint64 rows = -1; // from the journal; -1 when unknown
        int attempt = 0;  // 0: not in the journal (written by someone else)
    };

    ExportIndex(QString folder, History *history, QObject *parent = nullptr);

    const QString &folder() const { return m_folder; }
    // Newest first.
    const QList<Entry> &entries();
    qint64 totalBytes();
    QStringList groups();

public slots:
    // Reads the folder again now (the watcher does this by itself shortly after changes).
    void refresh();

signals:
    void changed();

private:
    void scheduleRefresh();
    void watchFolder();

    QString m_folder;
    QPointer<History> m_history;
    QHash<QString, std::pair<qint64, int>> m_journal; // file name → rows, attempt
    QList<Entry> m_entries;
    QStringList m_groups;
    qint64 m_totalBytes = 0;
    bool m_stale = true;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
