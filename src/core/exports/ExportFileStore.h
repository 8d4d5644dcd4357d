// The export folder: names of our files, listing them, retention, and cleaning temporary files left by a
// crash.
#pragma once

#include "ExportFile.h"
#include "config/Config.h"

#include <QHash>
#include <QList>
#include <QString>

// What of a group's exports stays: by age (RETENTION_DAYS), or by tiers (RETENTION_KEEP, which then decides
// alone). The newest export of a group always stays.
struct Retention {
    Retention(int byAge = 0, RetentionKeep tiers = {}) // NOLINT: a number of days is a rule of its own
        : days(byAge)
        , keep(tiers) {}
    int days = 0; // 0: nothing goes by age
    RetentionKeep keep;
    bool active() const { return keep.isSet() || days > 0; }
};

class ExportFileStore {
public:
    explicit ExportFileStore(QString folder);

    const QString &folder() const { return m_folder; }
    QString filePath(const QString &fileName) const;

    // Creates the folder when missing; returns why it cannot be written, or an empty string.
    QString ensureWritable() const;

    // testops_export_<GROUP>_<YYYY-MM-DD_HH-MM-SS>.csv (UTC), with _2, _3 … when that name is taken; with a
    // project id, testops_export_<PROJECT>_<GROUP>_<…>.csv as the Go tool's later versions name them.
    QString newFileName(const QString &group, const QDateTime &utc, qint64 projectId = 0) const;

    // Where the comparison of an export with the previous one is kept (beside the journal).
    QString changesPath(const QString &fileName) const;
    // Deletes one of our exports and what is kept about it.
    bool remove(const QString &fileName) const;
    // The newest export of `group` older than `fileName` (empty: none).
    QString previousExport(const QString &group, const QString &fileName) const;

    // Our files only, newest first.
    QList<ExportFile> list() const;

    // Deletes our files the rule lets go, but never the newest file of a group. Returns the names deleted.
    QStringList applyRetention(const Retention &rule, const QDateTime &nowUtc) const;
    // The rule itself, for any list of exports (the folder's, the bucket's): the names of `files` it lets go.
    // By age: older than `days` days. By tiers: per group, the last export of each of the newest N days, ISO
    // weeks, months and years that have one stays (dates in UTC, as the names are), the rest goes.
    static QStringList expired(QList<ExportFile> files, const Retention &rule, const QDateTime &nowUtc);
    // Why the rule keeps each of `files` (Kept bits; 0: it goes). Empty when the rule is not active.
    static QHash<QString, quint8> keptBy(QList<ExportFile> files, const Retention &rule,
                                         const QDateTime &nowUtc);

    // Removes temporary files a killed process left behind: QSaveFile's "<name>.XXXXXX" where the file system
    // has no O_TMPFILE (with it, the temporary file has no name and vanishes with the process).
    QStringList removeStaleTemporaries() const;

    // Opens `fileName` in this folder only if what is opened is a plain file of ours: opened first, without
    // following a link, then checked (a regular file with one link, on the folder's device), so that a link
    // swapped in between a check and the open can never be served. False for anything else.
    bool openExport(const QString &fileName, OpenedExport *opened) const;

private:
    QString m_folder;
};
