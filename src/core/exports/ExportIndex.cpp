#include "ExportIndex.h"

#include <algorithm>

#include "ExportFileStore.h"
#include "History.h"
#include "JournalRecord.h"
#include "schedule/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Reading the journal and listing the folder leave the heap full of holes; glibc keeps them unless asked, and
// an idle --headless would carry the peak of its last refresh.
void giveBackFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

ExportIndex::ExportIndex(QString folder, History *history, QObject *parent, Journal journal)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_history(history) {
    // Several files change at once when a cycle ends: one refresh for the lot.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ExportIndex::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ExportIndex::scheduleRefresh);
    if (history) {
        // The folder first, then the journal into its entries: what stays (the entries and their names) is
        // made before the journal's parsing litters the heap, and glibc can give that litter back whole
        // (journal first, 36,500 exports held 9 MB more of it).
        refresh();
        if (journal == Journal::Read) {
            history->forEach([this](const QJsonObject &record) { learn(JournalRecord::read(record)); });
            journalRead();
        }
        // Records of files not in the folder wait in m_pending: the bucket may have them (setRemote).
        connect(history, &History::appended, this, [this](const QJsonObject &record) {
            const quint64 failures = m_failuresLearned;
            learn(JournalRecord::read(record));
            if (!record.value(u"file"_s).toString().isEmpty())
                scheduleRefresh();
            else if (m_failuresLearned != failures)
                emit changed(); // a failed export joins the list (and with 100 listed, the oldest leaves)
        });
    }
    watchFolder();
}

void ExportIndex::journalRead() {
    m_failedAttempts.clear(); // of cycles that never ended (the app stopped in the middle)
    giveBackFreedMemory();
}

void ExportIndex::learn(const JournalRecord::Any &record) {
    if (const auto *attempt = std::get_if<JournalRecord::Attempt>(&record);
        attempt && !attempt->file.isEmpty()) {
        Entry &entry = journalEntry(attempt->file);
        entry.rows = attempt->rows;
        entry.attempt = attempt->attempt;
        entry.expectedRows = attempt->expectedRows;
        if (!attempt->warning.isEmpty())
            entry.warnings.append(attempt->warning);
    } else if (attempt && attempt->outcome == JournalRecord::Attempt::Outcome::Failed) {
        m_failedAttempts.insert(attempt->cycle + u'/' + attempt->group,
                                {attempt->group, attempt->end, QString(), attempt->attempt, attempt->error});
    } else if (const auto *cycle = std::get_if<JournalRecord::Cycle>(&record)) {
        for (const QString &group : cycle->failed) {
            FailedExport failure = m_failedAttempts.take(cycle->cycle + u'/' + group);
            if (failure.group.isEmpty()) // compaction keeps a group's last attempt only; the cycle keeps why
                failure = {group, cycle->end, QString(), 0, QString()};
            if (failure.error.isEmpty())
                failure.error = cycle->errors.value(group);
            failure.trigger = cycle->trigger;
            m_failures.append(failure);
            ++m_failuresLearned;
        }
        const QString prefix = cycle->cycle + u'/';
        m_failedAttempts.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
        if (m_failures.size() > keptFailures)
            m_failures.remove(0, m_failures.size() - keptFailures);
    } else if (const auto *check = std::get_if<JournalRecord::Check>(&record);
               check && !check->file.isEmpty()) {
        Entry &entry = journalEntry(check->file);
        entry.checked = true;
        // The previous export's name shares the one the journal already holds: one copy for both.
        entry.previous = sharedName(check->previous);
        entry.sha256 = Sha256::fromHex(check->sha256);
        entry.checkError = check->error;
        if (check->changes) {
            entry.added = check->changes->added;
            entry.removed = check->changes->removed;
            entry.changed = check->changes->changed;
        }
        entry.warnings += check->problems;
    } else if (const auto *upload = std::get_if<JournalRecord::Upload>(&record);
               upload && !upload->file.isEmpty()) {
        Entry &entry = journalEntry(upload->file);
        entry.upload = upload->ok ? ExportEntry::Upload::Uploaded : ExportEntry::Upload::Failed;
        entry.uploadError = upload->error;
        entry.uploadRetry = upload->nextRetry;
    }
}

ExportIndex::Entry &ExportIndex::journalEntry(const QString &fileName) {
    const auto listed = m_position.constFind(fileName);
    if (listed != m_position.cend())
        return m_entries[*listed];
    return m_pending[fileName];
}

QString ExportIndex::sharedName(const QString &fileName) const {
    if (const auto listed = m_position.constFind(fileName); listed != m_position.cend())
        return listed.key();
    if (const auto pending = m_pending.constFind(fileName); pending != m_pending.cend())
        return pending.key();
    return fileName;
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
    QList<Entry> entries;
    entries.reserve(files.size());
    m_totalBytes = 0;
    QSet<QString> groups; // each group's name held once, however many exports it has
    // A file's entry: what the journal said of it (its entry of the last refresh, or learned since) with the
    // listing's facts; one copy of its name for the entry, the position and `previous`.
    const auto entryOf = [this, &groups](const ExportFile &file) {
        Entry entry;
        QString name = file.fileName;
        if (const auto listed = m_position.constFind(file.fileName); listed != m_position.cend()) {
            entry = m_entries.at(*listed);
            name = listed.key();
        } else if (const auto pending = m_pending.constFind(file.fileName); pending != m_pending.cend()) {
            entry = pending.value();
            name = pending.key();
        }
        entry.file = file;
        entry.file.fileName = name;
        entry.file.group = *groups.insert(file.group);
        entry.remote = false;
        entry.remoteKey.clear();
        return entry;
    };
    for (const ExportFile &file : files) {
        entries.append(entryOf(file));
        m_totalBytes += file.bytes;
    }
    // The bucket's exports the folder lacks, newest first among the others.
    QSet<QString> local;
    if (!m_remote.isEmpty()) {
        for (const ExportFile &file : files)
            local.insert(file.fileName);
    }
    const qsizetype localCount = entries.size();
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
        ExportFile file;
        if (local.contains(it.key()) || !ExportFile::parse(it.key(), &file))
            continue;
        file.bytes = it.value().second;
        Entry entry = entryOf(file);
        entry.remote = true;
        entry.remoteKey = it.value().first;
        entries.append(entry);
        m_totalBytes += entry.file.bytes;
    }
    if (entries.size() > localCount) {
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.file.timestamp != b.file.timestamp ? a.file.timestamp > b.file.timestamp
                                                        : a.file.fileName > b.file.fileName;
        });
    }
    // What the journal says of files that are neither here nor in the bucket is let go: memory follows what
    // is kept.
    m_entries = std::move(entries);
    m_pending.clear();
    m_position.clear();
    m_position.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_position.insert(m_entries.at(i).file.fileName, i);
    QSet<QString> seen;
    m_groups.clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!seen.contains(entry.file.group)) {
            seen.insert(entry.file.group);
            m_groups.append(entry.file.group);
        }
    }
    m_groups.sort(Qt::CaseInsensitive);
    markKept();
    m_stale = false;
    giveBackFreedMemory();
    emit changed();
}

void ExportIndex::setRetention(const Retention &rule, const Clock *clock) {
    m_retention = rule;
    m_clock = clock;
    // Only the marks change: the folder is not listed again (at start, 36,500 exports were listed twice, the
    // second time by the first reader, a third of a second).
    markKept();
    emit changed();
}

void ExportIndex::markKept() {
    if (!m_retention.active() || !m_clock) {
        for (Entry &entry : m_entries)
            entry.kept = 0;
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    QList<ExportFile> local;
    local.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.remote)
            local.append(entry.file);
    }
    const QHash<QString, quint8> inFolder = ExportFileStore::keptBy(local, m_retention, now);
    QHash<QString, quint8> bucket;
    if (!m_remote.isEmpty()) {
        QList<ExportFile> inBucket; // every export of the bucket, those the folder has too
        inBucket.reserve(m_remote.size());
        for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
            ExportFile file;
            if (ExportFile::parse(it.key(), &file))
                inBucket.append(file);
        }
        bucket = ExportFileStore::keptBy(inBucket, m_retention, now);
    }
    for (Entry &entry : m_entries)
        entry.kept = (entry.remote ? bucket : inFolder).value(entry.file.fileName);
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
