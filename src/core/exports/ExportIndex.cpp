#include "ExportIndex.h"

#include "History.h"

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

QString ExportIndex::changesText(const Entry &entry) {
    const auto tr = [](const char *text) { return QCoreApplication::translate("ExportIndex", text); };
    if (entry.hasChanges() && entry.identical())
        return tr("no changes");
    if (entry.hasChanges()) {
        const QLocale locale;
        return u"+%1 \u2212%2 ~%3"_s.arg(locale.toString(entry.added), locale.toString(entry.removed),
                                         locale.toString(entry.changed));
    }
    if (entry.attempt == 0)
        return u"—"_s;
    if (!entry.checked)
        return tr("comparing…");
    return entry.checkError.isEmpty() ? tr("first export") : tr("not compared");
}

QString ExportIndex::notKeptText() {
    return QCoreApplication::translate("ExportIndex",
                                       "no changes (identical to the previous export, not kept)");
}

void ExportIndex::learn(const QJsonObject &record) {
    const QString file = record.value(u"file"_s).toString();
    if (file.isEmpty())
        return;
    Entry &entry = m_journal[file];
    const QString type = record.value(u"type"_s).toString();
    if (type == u"attempt"_s) {
        entry.rows = record.value(u"rows"_s).toInteger(-1);
        entry.attempt = record.value(u"attempt"_s).toInt(1);
        entry.expectedRows = record.value(u"expectedRows"_s).toInteger(-1);
        const QString warning = record.value(u"warning"_s).toString();
        if (!warning.isEmpty())
            entry.warnings.append(warning);
    } else if (type == u"check"_s) {
        entry.checked = true;
        entry.previous = record.value(u"previous"_s).toString();
        entry.sha256 = record.value(u"sha256"_s).toString();
        entry.checkError = record.value(u"error"_s).toString();
        const QJsonObject changes = record.value(u"changes"_s).toObject();
        if (!changes.isEmpty()) {
            entry.added = changes.value(u"added"_s).toInteger();
            entry.removed = changes.value(u"removed"_s).toInteger();
            entry.changed = changes.value(u"changed"_s).toInteger();
        }
        for (const QJsonValue &problem : record.value(u"problems"_s).toArray())
            entry.warnings.append(problem.toString());
    }
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
