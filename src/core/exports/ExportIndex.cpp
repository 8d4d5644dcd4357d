#include "ExportIndex.h"

#include "History.h"

#include <QDir>
#include <QJsonObject>
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
        for (const QJsonObject &record : history->records()) {
            const QString file = record.value(u"file"_s).toString();
            if (!file.isEmpty())
                m_journal.insert(
                    file, {record.value(u"rows"_s).toInteger(-1), record.value(u"attempt"_s).toInt(1)});
        }
        connect(history, &History::appended, this, [this](const QJsonObject &record) {
            const QString file = record.value(u"file"_s).toString();
            if (file.isEmpty())
                return;
            m_journal.insert(file,
                             {record.value(u"rows"_s).toInteger(-1), record.value(u"attempt"_s).toInt(1)});
            scheduleRefresh();
        });
    }
    watchFolder();
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
    for (const ExportFile &file : files) {
        const auto known = m_journal.constFind(file.fileName);
        m_entries.append({file, known != m_journal.cend() ? known->first : -1,
                          known != m_journal.cend() ? known->second : 0});
        m_totalBytes += file.bytes;
    }
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
