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
    // What the journal says of one file, joined with the file itself.
    struct Entry {
        ExportFile file;
        qint64 rows = -1;         // from the journal; -1 when unknown
        int attempt = 0;          // 0: not in the journal (written by someone else)
        qint64 expectedRows = -1; // what TestOps counted before the export; -1 when unknown
        QStringList warnings;     // rows not as counted, ragged rows, …
        bool checked = false;     // compared with the previous export (false while that runs)
        QString previous;         // the export it was compared with; empty for a group's first
        qint64 added = -1;        // changes against `previous`; -1 when not compared
        qint64 removed = -1;
        qint64 changed = -1;
        QString sha256;
        QString checkError; // why it could not be compared

        bool hasChanges() const { return added >= 0; }
        bool identical() const { return added == 0 && removed == 0 && changed == 0; }
    };

    ExportIndex(QString folder, History *history, QObject *parent = nullptr);

    // The changes of an export in a few words: "+3 −10 ~16", "no changes", "first export", "comparing…",
    // "not compared", or "—" for a file the journal does not know.
    static QString changesText(const Entry &entry);
    // What an export identical to the previous one, and so not kept (SKIP_UNCHANGED), changed.
    static QString notKeptText();

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
    void learn(const QJsonObject &record);

    QHash<QString, Entry> m_journal; // file name → what the journal says of it
    QList<Entry> m_entries;
    QStringList m_groups;
    qint64 m_totalBytes = 0;
    bool m_stale = true;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
