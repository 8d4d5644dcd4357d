#include "CsvRowCounter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

// Only quotes and line breaks matter, so jump between them with memchr instead of looking at every byte:
// a download passes through here on the thread that also serves the window.
void CsvRowCounter::feed(const QByteArray &bytes) {
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    const char *recordStart = p; // of the record not yet ended, in this piece
    const auto next = [end](const char *from, char c) {
        const void *hit = std::memchr(from, c, size_t(end - from));
        return hit ? static_cast<const char *>(hit) : end;
    };
    const char *quote = nullptr;   // the next '"' at or after p (end: none)
    const char *newline = nullptr; // the next '\n' at or after p (end: none)
    while (p < end) {
        if (!quote || quote < p)
            quote = next(p, '"');
        if (m_inQuotes) {
            if (quote == end)
                break;
            m_inQuotes = false; // a doubled quote reopens at once below
            m_inRecord = true;
            p = quote + 1;
            continue;
        }
        if (!newline || newline < p)
            newline = next(p, '\n');
        const char *stop = std::min(quote, newline);
        // A line of nothing but carriage returns is blank, however the bytes were split into pieces.
        for (const char *q = p; q < stop && !m_inRecord; ++q)
            m_inRecord = *q != '\r';
        if (stop == end)
            break;
        if (*stop == '"') {
            m_inQuotes = true;
            m_inRecord = true;
        } else {
            if (m_inRecord) {
                ++m_records;
                if (m_records == 1) { // the header ended: its cells are what every record has
                    keepTail(recordStart, stop);
                    m_headerCells = m_tailOverflow ? 0 : cellsOf(m_tail, m_separator);
                }
            }
            m_inRecord = false;
            m_tail.clear();
            m_tailOverflow = false;
            recordStart = stop + 1;
        }
        p = stop + 1;
    }
    keepTail(recordStart, end);
}

void CsvRowCounter::keepTail(const char *from, const char *to) {
    if (m_tailOverflow || from >= to)
        return;
    if (m_tail.size() + (to - from) > tailLimit) {
        m_tailOverflow = true; // a record this long is not judged by its cells
        m_tail.clear();
        return;
    }
    m_tail.append(from, qsizetype(to - from));
}

qint64 CsvRowCounter::cellsOf(const QByteArray &record, char separator) {
    qint64 cells = 1;
    bool quoted = false;
    for (const char c : record) {
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (c == separator && !quoted)
            ++cells;
    }
    return cells;
}

QString CsvRowCounter::cutShort() const {
    if (m_inQuotes)
        return QCoreApplication::translate("CsvRowCounter", "it ends inside a quoted cell of row %1")
            .arg(records() - 1);
    if (m_inRecord && m_records > 0 && m_headerCells > 1 && !m_tailOverflow) {
        const qint64 cells = cellsOf(m_tail, m_separator);
        if (cells < m_headerCells)
            return QCoreApplication::translate("CsvRowCounter",
                                               "its last row (%1) has %2 of the header's %3 cells")
                .arg(records() - 1)
                .arg(cells)
                .arg(m_headerCells);
    }
    return QString();
}
