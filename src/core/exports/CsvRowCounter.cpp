#include "CsvRowCounter.h"

#include <algorithm>
#include <cstring>

// Only quotes and line breaks matter, so jump between them with memchr instead of looking at every byte:
// a download passes through here on the thread that also serves the window.
void CsvRowCounter::feed(const QByteArray &bytes) {
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
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
                return;
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
            return;
        if (*stop == '"') {
            m_inQuotes = true;
            m_inRecord = true;
        } else {
            if (m_inRecord)
                ++m_records;
            m_inRecord = false;
        }
        p = stop + 1;
    }
}
