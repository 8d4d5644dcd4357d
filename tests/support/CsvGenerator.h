// Generates the CSV the fake TestOps serves for a group: deterministic, Cyrillic text, multi-line quoted
// cells, any number of rows, produced piece by piece so that a 200 MB export never sits in memory.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

class CsvGenerator {
public:
    // Test cases deleted or edited in TestOps since the rows were first made (rows count from 0).
    struct Edits {
        QSet<qint64> removed;
        QSet<qint64> edited;                              // their description reads as of the next revision
        QHash<qint64, QHash<QString, QByteArray>> fields; // cells written since (PATCH), by row and column
        qint64 count() const { return removed.size() + edited.size() + fields.size(); }
    };

    CsvGenerator(QStringList columns, qint64 groupId, qint64 rows, bool bom = false, int revision = 0);

    // Serve these bytes instead of generating them (the same text, produced earlier).
    void setEdits(Edits edits) { m_edits = std::move(edits); }
    void setSeparator(char separator) { m_separator = separator; }
    void usePrecomputed(QByteArray bytes) {
        m_precomputed = std::move(bytes);
        m_usePrecomputed = true;
    }
    // The next piece of about `maxBytes` (whole rows); empty at the end.
    QByteArray next(qint64 maxBytes = 256 * 1024);
    bool atEnd() const {
        return m_usePrecomputed ? m_offset >= m_precomputed.size() : m_row >= m_rows && m_headerDone;
    }
    // The whole text (for small exports in tests).
    QByteArray all();
    // Size of the whole text, computed by generating it once.
    qint64 totalSize() const;

    static QStringList standardColumns();
    // One cell's value; exposed so tests can predict what a row holds.
    static QByteArray cell(const QString &column, qint64 groupId, qint64 row, int revision);

private:
    void appendRow(QByteArray &out, qint64 row) const;

    QStringList m_columns;
    qint64 m_groupId;
    qint64 m_rows;
    bool m_bom;
    int m_revision;
    Edits m_edits;
    char m_separator = ';';
    QByteArray m_precomputed;
    bool m_usePrecomputed = false;
    qint64 m_offset = 0;
    qint64 m_row = 0;
    bool m_headerDone = false;
};
