#include "ExportIndex.h"

#include <algorithm>

#include "History.h"
#include "JournalRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

ExportIndex::ExportIndex(QString folder, History *history, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_history(history) {
    // Several files change at once when a cycle ends: one refresh for the lot.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ExportIndex::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExportIndex::scheduleRefresh);
    if (history) {
        for (const QJsonObject &record : history->records())
            learn(record);
        connect(history, &History::appended, this, [this](const QJsonObject &record) {
            learn(record);
            if (!record.value(u"file"_s).toString().isEmpty())
                scheduleRefresh();
        });
    }
    watchFolder();
}

void ExportIndex::learn(const QJsonObject &json) {
    const JournalRecord::Any record = JournalRecord::read(json);
    if (const auto *attempt = std::get_if<JournalRecord::Attempt>(&record);
        attempt && !attempt->file.isEmpty()) {
        Entry &entry = m_journal[attempt->file];
        entry.rows = attempt->rows;
        entry.attempt = attempt->attempt;
        entry.expectedRows = attempt->expectedRows;
        if (!attempt->warning.isEmpty())
            entry.warnings.append(attempt->warning);
    } else if (const auto *check = std::get_if<JournalRecord::Check>(&record);
               check && !check->file.isEmpty()) {
        Entry &entry = m_journal[check->file];
        entry.checked = true;
        entry.previous = check->previous;
        entry.sha256 = check->sha256;
        entry.checkError = check->error;
        if (check->changes) {
            entry.added = check->changes->added;
            entry.removed = check->changes->removed;
            entry.changed = check->changes->changed;
        }
        entry.warnings += check->problems;
    } else if (const auto *upload = std::get_if<JournalRecord::Upload>(&record);
               upload && !upload->file.isEmpty()) {
        Entry &entry = m_journal[upload->file];
        entry.upload = upload->ok ? ExportEntry::Upload::Uploaded : ExportEntry::Upload::Failed;
        entry.uploadError = upload->error;
        entry.uploadRetry = upload->nextRetry;
    }
}

void ExportIndex::setRemote(QHash<QString, std::pair<QString, qint64>> keysAndSizes) {
    m_remote = std::move(keysAndSizes);
    scheduleRefresh();
}

void ExportIndex::watchFolder() {
    if (m_watcher.directories().isEmpty() && !m_folder.isEmpty() && QDir(m_folder).exists())
        m_watcher.addPath(m_folder);
}

void ExportIndex::scheduleRefresh() {
    m_stale = true;
    m_debounce.start();
}

void ExportIndex::refresh() {
    watchFolder(); // the folder may have appeared with the first export
    const QList<ExportFile> files =
        m_folder.isEmpty() ? QList<ExportFile>() : ExportFileStore(m_folder).list();
    m_entries.clear();
    m_entries.reserve(files.size());
    m_totalBytes = 0;
    QHash<QString, Entry> journal; // what the journal says of files that exist: memory follows what is kept
    journal.reserve(files.size());
    for (const ExportFile &file : files) {
        Entry entry = m_journal.value(file.fileName);
        if (m_journal.contains(file.fileName))
            journal.insert(file.fileName, entry);
        entry.file = file;
        m_entries.append(entry);
        m_totalBytes += file.bytes;
    }
    // The bucket's exports the folder lacks, newest first among the others.
    QSet<QString> local;
    if (!m_remote.isEmpty()) {
        for (const ExportFile &file : files)
            local.insert(file.fileName);
    }
    const qsizetype localCount = m_entries.size();
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
        Entry entry = m_journal.value(it.key());
        if (local.contains(it.key()) || !ExportFileStore::parseFileName(it.key(), &entry.file))
            continue;
        if (m_journal.contains(it.key()))
            journal.insert(it.key(), entry);
        entry.file.bytes = it.value().second;
        entry.remote = true;
        entry.remoteKey = it.value().first;
        m_entries.append(entry);
        m_totalBytes += entry.file.bytes;
    }
    if (m_entries.size() > localCount) {
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.file.timestamp != b.file.timestamp ? a.file.timestamp > b.file.timestamp
                                                        : a.file.fileName > b.file.fileName;
        });
    }
    m_journal = std::move(journal);
    QSet<QString> seen;
    m_groups.clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!seen.contains(entry.file.group)) {
            seen.insert(entry.file.group);
            m_groups.append(entry.file.group);
        }
    }
    m_groups.sort(Qt::CaseInsensitive);
    m_stale = false;
    emit changed();
}

const QList<ExportIndex::Entry> &ExportIndex::entries() {
    if (m_stale)
        refresh();
    return m_entries;
}

qint64 ExportIndex::totalBytes() {
    entries();
    return m_totalBytes;
}

QStringList ExportIndex::groups() {
    entries();
    return m_groups;
}
