// The export folder: names of our files, listing them, retention, and cleaning temporary files left by a
// crash.
#pragma once

#include <tuple>

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

struct ExportFile {
    QString fileName;
    QString group;
    qint64 projectId = 0; // in the Go tool's later names (testops_export_<projectId>_<group>_<time>.csv)
    QDateTime timestamp;  // UTC, from the name
    qint64 bytes = 0;
};

class ExportFileStore {
public:
    // Whether `a` was exported before `b`: by the time in the name, then (two in one second) by the
    // suffix the second one got (…_07-00-00.csv, then …_07-00-00_2.csv).
    static bool isOlder(const ExportFile &a, const ExportFile &b) {
        return std::tuple(a.timestamp, a.fileName.size(), a.fileName) <
               std::tuple(b.timestamp, b.fileName.size(), b.fileName);
    }

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

    // Deletes our files older than `days` days, but never the newest file of a group. Returns the names
    // deleted.
    QStringList applyRetention(int days, const QDateTime &nowUtc) const;
    // The rule itself, for any list of exports (the folder's, the bucket's): the names of `files` older than
    // `days` days that are not the newest of their group.
    static QStringList expired(QList<ExportFile> files, int days, const QDateTime &nowUtc);

    // Removes temporary files a killed process left behind: QSaveFile's "<name>.XXXXXX" where the file system
    // has no O_TMPFILE (with it, the temporary file has no name and vanishes with the process).
    QStringList removeStaleTemporaries() const;

    // One of our exports opened for reading, and what was opened (not what the name pointed at a moment
    // before).
    struct OpenedExport {
        std::unique_ptr<QFile> file;
        qint64 size = 0;
        QDateTime modified; // UTC
    };
    // Opens `fileName` in this folder only if what is opened is a plain file of ours: opened first, without
    // following a link, then checked (a regular file with one link, on the folder's device), so that a link
    // swapped in between a check and the open can never be served. False for anything else.
    bool openExport(const QString &fileName, OpenedExport *opened) const;

    // Parses one of our names; false for anything else (control characters included).
    static bool parseFileName(const QString &fileName, ExportFile *file);
    // A name that can only denote a file of this folder: one of ours, with no separator, "..", or NUL.
    static bool isSafeName(const QString &fileName);

private:
    QString m_folder;
};
