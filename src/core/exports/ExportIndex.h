// The exports of the folder joined with what the journal says of them (rows, attempt), kept up to date by a
// file system watcher and the journal. The window and the web view both read it, so neither lists the folder
// on every paint or request.
#pragma once

#include "ExportEntry.h"
#include "ExportFileStore.h"
#include "JournalRecord.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class History;

class ExportIndex : public QObject {
    Q_OBJECT
public:
    using Entry = ExportEntry;

    // The journal is read at once, unless the caller reads it (once, for several readers): then it hands each
    // record to learn() and calls journalRead() after the last.
    enum class Journal { Read, HandedIn };
    ExportIndex(QString folder, History *history, QObject *parent = nullptr, Journal journal = Journal::Read);

    void learn(const JournalRecord::Any &record);
    void journalRead();

    const QString &folder() const { return m_folder; }
    // Newest first.
    const QList<Entry> &entries();
    qint64 totalBytes();
    QStringList groups();
    // The last keptFailures failed exports, oldest first (from the cycles of the journal).
    const QList<FailedExport> &failures() const { return m_failures; }
    static constexpr int keptFailures = 100;

    // The rule retention applies (in the folder, and in the bucket to what it holds): each entry says why it
    // keeps it (ExportEntry::kept) as of the clock's time at the last refresh.
    void setRetention(const Retention &rule, const Clock *clock);
    const Retention &retention() const { return m_retention; }

    // Exports the bucket holds, by file name: those the folder lacks are listed too, as remote.
    void setRemote(QHash<QString, std::pair<QString, qint64>> keysAndSizes);

public slots:
    // Reads the folder again now (the watcher does this by itself shortly after changes).
    void refresh();

    // Follows the folder from now on, once it exists (the app makes it when it claims it).
    void watchFolder();

signals:
    void changed();

private:
    void scheduleRefresh();
    void markKept(); // each entry's retention tiers, by the rule and the clock

    QString m_folder;
    QPointer<History> m_history;

    // What the journal says of a file lives in its entry; of a file not listed (yet), in m_pending until a
    // refresh finds it (the journal of 36,500 exports was two full copies, 59 MB).
    Entry &journalEntry(const QString &fileName);
    QString sharedName(const QString &fileName) const;
    QHash<QString, qsizetype> m_position; // file name → its index in m_entries
    QHash<QString, Entry> m_pending;
    QHash<QString, std::pair<QString, qint64>> m_remote; // file name → key and size in the bucket
    QList<Entry> m_entries;
    QList<FailedExport> m_failures;
    quint64 m_failuresLearned = 0; // failures appended ever: the list's size stops telling at its limit
    // Failed attempts of cycles not ended yet (cycle/group → the last one): a cycle's record says which
    // groups failed for good.
    QHash<QString, FailedExport> m_failedAttempts;
    QStringList m_groups;
    qint64 m_totalBytes = 0;
    bool m_stale = true;
    Retention m_retention;
    const Clock *m_clock = nullptr;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};
