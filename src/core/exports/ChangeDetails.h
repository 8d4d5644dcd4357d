// The kept comparison of one export with the previous one of its group, and the texts of a case read from
// both files when a view asks for them. The window's change view and the web view's change page both use it.
#pragma once

#include "csv/ExportComparison.h"

#include <memory>

class ExportFileStore;

class ChangeDetails {
public:
    struct Field {
        QString name;
        QString before; // empty for an added case
        QString after;  // empty for a removed case
        // What differs inside the cell: all but the longest common start and the longest common end (the
        // window and the web page mark it).
        qsizetype sameStart() const;
        qsizetype sameEnd() const;
    };

    // Null with `error` set when the export has no kept comparison (not checked yet, or written by an older
    // version).
    static std::shared_ptr<const ChangeDetails> load(const ExportFileStore &store, const QString &fileName,
                                                     QString *error);
    // The export compared now with any earlier one of its group (`baseline`), as the user picked it. Reads
    // both files (seconds for 200 MB): call it off the event loop. Never null; the result's error says why
    // the files could not be compared.
    static std::shared_ptr<const ChangeDetails> compare(const ExportFileStore &store, const QString &fileName,
                                                        const QString &baseline, char separator);

    const ExportComparison::Result &result() const { return m_result; }
    // False when retention (or a person) deleted the previous file: cases are known, their old texts not.
    bool previousAvailable() const { return m_previousAvailable; }

    // A changed case: the fields that differ, old beside new. An added case: its fields as they are; a
    // removed one: as they were. Empty cells of added and removed cases are left out. Each record read at a
    // kept offset must be the case's own (its allure_id): if a file changed since it was compared, the texts
    // of that file are left out and `error` says why.
    QList<Field> fields(const ExportComparison::Case &c, QString *error = nullptr) const;

    // Proves that both files are byte for byte the ones compared (their SHA-256 against the kept ones; for a
    // comparison kept without the previous file's, `previousSha256` as the journal has it), so that what is
    // read at the kept offsets can be written to TestOps. False with `why` when not. Reads both files.
    bool verifyFiles(const QByteArray &previousSha256, QString *why) const;

private:
    static std::shared_ptr<ChangeDetails> of(const ExportFileStore &store, const QString &fileName,
                                             ExportComparison::Result result);
    ExportComparison::Result m_result;
    QString m_newPath;
    QString m_previousPath;
    QStringList m_previousColumns;
    bool m_previousAvailable = false;
};
