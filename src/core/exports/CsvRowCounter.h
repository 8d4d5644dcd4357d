// Counts the records of CSV text fed in pieces, honouring quoted line breaks, without keeping the text.
#pragma once

#include <QByteArray>

class CsvRowCounter {
public:
    void feed(const QByteArray &bytes);
    // Records seen so far, a last one without a line break included.
    qint64 records() const { return m_records + (m_inRecord ? 1 : 0); }
    // Records after the header row.
    qint64 dataRows() const { return records() > 0 ? records() - 1 : 0; }

private:
    qint64 m_records = 0;
    bool m_inQuotes = false;
    bool m_inRecord = false; // some bytes of a record not yet ended by a line break
};
