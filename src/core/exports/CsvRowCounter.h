// Counts the records of CSV text fed in pieces, honouring quoted line breaks, without keeping the text; and
// says whether the text ends cleanly: a download cut short ends inside a quoted cell, or with a last record
// shorter than the header, and must not pass as a smaller export.
#pragma once

#include <QByteArray>
#include <QString>

class CsvRowCounter {
public:
    explicit CsvRowCounter(char separator = ';')
        : m_separator(separator) {}

    void feed(const QByteArray &bytes);
    // Records seen so far, a last one without a line break included.
    qint64 records() const { return m_records + (m_inRecord ? 1 : 0); }
    // Records after the header row.
    qint64 dataRows() const { return records() > 0 ? records() - 1 : 0; }
    // Why the text fed so far does not end as a whole CSV file does (empty when it does): it ends inside a
    // quoted cell, or its last record has fewer cells than the header (and no line break after it).
    QString cutShort() const;

private:
    static qint64 cellsOf(const QByteArray &record, char separator);
    void keepTail(const char *from, const char *to);

    char m_separator;
    qint64 m_records = 0;
    bool m_inQuotes = false;
    bool m_inRecord = false; // some bytes of a record not yet ended by a line break
    qint64 m_headerCells = 0;
    QByteArray m_tail; // the record not yet ended (the header, then the last), up to tailLimit
    bool m_tailOverflow = false;
    static constexpr qsizetype tailLimit = 1024 * 1024;
};
