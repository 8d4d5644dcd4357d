// The name of one export (group, project, time) and the rules of our names: a plain value that every room
// may hold; the folder itself is ExportFileStore's.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QString>

#include <memory>
#include <tuple>

struct ExportFile {
    QString fileName;
    QString group;
    qint64 projectId = 0; // in the Go tool's later names (testops_export_<projectId>_<group>_<time>.csv)
    QDateTime timestamp;  // UTC, from the name
    qint64 bytes = 0;

    // Parses one of our names; false for anything else (control characters included).
    static bool parse(const QString &fileName, ExportFile *file);
    // A name that can only denote a file of the export folder: one of ours, with no separator, "..", or NUL.
    static bool isSafeName(const QString &fileName);
    // testops_export_<GROUP>_<YYYY-MM-DD_HH-MM-SS> (UTC), or testops_export_<PROJECT>_<GROUP>_<…> with a
    // project id, as the Go tool's later versions name them; without ".csv" or a suffix.
    static QString baseName(const QString &group, const QDateTime &utc, qint64 projectId = 0);
    // Whether `a` was exported before `b`: by the time in the name, then (two in one second) by the
    // suffix the second one got (…_07-00-00.csv, then …_07-00-00_2.csv).
    static bool isOlder(const ExportFile &a, const ExportFile &b) {
        return std::tuple(a.timestamp, a.fileName.size(), a.fileName) <
               std::tuple(b.timestamp, b.fileName.size(), b.fileName);
    }
};

// Why the retention rule keeps an export (bits; none: the next retention lets it go). Said by the window and
// the page beside each export when RETENTION_DAYS or RETENTION_KEEP is set.
namespace Kept {
enum : quint8 { Newest = 1, Daily = 2, Weekly = 4, Monthly = 8, Yearly = 16, Recent = 32 };
}

// One of our exports opened for reading, and what was opened (not what the name pointed at a moment
// before).
struct OpenedExport {
    std::unique_ptr<QFile> file;
    qint64 size = 0;
    QDateTime modified; // UTC
};
