#include "CsvRowCounter.h"

void CsvRowCounter::feed(const QByteArray &bytes) {
    for (const char c : bytes) {
        if (c == '"') {
            // A doubled quote inside quotes toggles twice: state is right either way.
            m_inQuotes = !m_inQuotes;
            m_inRecord = true;
        } else if (c == '\n' && !m_inQuotes) {
            if (m_inRecord)
                ++m_records;
            m_inRecord = false;
        } else if (c != '\r') {
            m_inRecord = true;
        }
    }
}
