// What changed between two exports of a group: test cases added, removed and changed, matched by allure_id,
// for any column set and separator (the header row names the columns). Also the facts of the new file that
// are checked on the same read: rows, ragged rows, ids missing or repeated, SHA-256.
//
// Memory stays small for big files: the previous file is held as one hash per cell (8 bytes each) and an
// index from id to row, never as text; names of removed cases are read back in a second pass only when some
// were removed. Texts for the change view are read from the files at the offsets kept here.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class ExportComparison {
public:
    struct Case {
        QString id;
        QString name;
        qint64 oldOffset = -1; // the record in the previous file (removed, changed)
        qint64 newOffset = -1; // the record in the new file (added, changed)
        QStringList fields;    // changed: the columns whose cells differ
    };

    struct Result {
        QString file;
        QString previousFile; // empty: the group's first export
        QString error;        // why the files could not be compared (facts of the new file may still be set)
        QByteArray sha256;    // hex, of the new file
        QByteArray previousSha256; // hex, of the previous file as it was compared (offsets point into it)
        char separator = ';';
        qint64 milliseconds = 0; // how long the check took (set by the caller that times it)
        qint64 rows = 0;         // data rows of the new file
        qint64 raggedRows = 0;
        qint64 firstRaggedLine = 0;
        qint64 duplicateIds = 0;
        qint64 rowsWithoutId = 0;
        QStringList columns;        // of the new file
        QStringList columnsAdded;   // in the new file only
        QStringList columnsRemoved; // in the previous file only
        QList<Case> added;
        QList<Case> removed;
        QList<Case> changed;

        bool compared() const { return !previousFile.isEmpty() && error.isEmpty(); }
        bool identical() const {
            return compared() && added.isEmpty() && removed.isEmpty() && changed.isEmpty() &&
                   columnsAdded.isEmpty() && columnsRemoved.isEmpty();
        }
        // {"added": A, "removed": R, "changed": C}, or null when nothing was compared.
        QJsonValue counts() const;
        // Oddities of the new file worth a warning, in words.
        QStringList problems() const;
        // Everything, for the change view (kept beside the export).
        QJsonObject toJson() const;
        static Result fromJson(const QJsonObject &object);
    };

    // Compares `newPath` with `previousPath` (empty: only the facts of the new file). Reads each file once
    // (the previous one twice when cases were removed) plus once more for the SHA-256.
    static Result compare(const QString &previousPath, const QString &newPath, char separator);

    // One record's cells, read at an offset found earlier (a Case's); empty with `error` set when it cannot.
    static QList<QByteArray> readRecordAt(const QString &path, qint64 offset, char separator,
                                          QString *error = nullptr);
    // The header row's cells.
    static QStringList readHeader(const QString &path, char separator, QString *error = nullptr);
    // A file's SHA-256 in hex; empty when it cannot be read.
    static QByteArray sha256Of(const QString &path);
    // Where a column is among a header's cells, matched as the comparison matches them (case aside); -1.
    static qsizetype columnIndex(const QStringList &columns, const QString &name);

private:
    static Result compareRecords(const QString &previousPath, const QString &newPath, char separator);
};
