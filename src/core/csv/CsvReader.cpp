#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

CsvReader::CsvReader(QIODevice *device, char separator, qint64 chunkSize)
    : m_device(device)
    , m_separator(separator)
    , m_chunkSize(qMax<qint64>(16, chunkSize))
    , m_bufferOffset(device->pos()) {
    m_atStart = m_bufferOffset == 0;
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    m_bufferOffset += m_pos;
    m_buffer.resize(m_chunkSize);
    const qint64 got = m_device->read(m_buffer.data(), m_chunkSize);
    if (got < 0) {
        m_error = QCoreApplication::translate("CsvReader", "reading failed: %1").arg(m_device->errorString());
        m_buffer.clear();
    } else {
        m_buffer.resize(qsizetype(got));
    }
    m_pos = 0;
    m_eof = got <= 0;
    return got > 0;
}

bool CsvReader::readRecord(QList<QByteArray> *cells) {
    if (m_pos >= m_buffer.size() && !fill()) {
        cells->resize(0);
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        // A UTF-8 BOM opens the file only; a short first read cannot split it from a real file's 3 bytes.
        while (m_buffer.size() < 3 && !m_eof) {
            const QByteArray head = m_buffer;
            if (!fill())
                break;
            m_buffer.prepend(head);
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    // Blank lines (nothing but line breaks) are no records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            cells->resize(0);
            return false;
        }
        const char c = m_buffer.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != '\r')
            break;
        ++m_pos;
    }
    m_recordOffset = m_bufferOffset + m_pos;
    m_recordLine = m_line;

    // The cells of the previous record are reused: their buffers are kept, so a long file is read without an
    // allocation per cell.
    qsizetype count = 0;
    const auto nextCell = [cells, &count]() -> QByteArray * {
        if (count == cells->size())
            cells->append(QByteArray());
        QByteArray *next = &(*cells)[count++];
        next->resize(0);
        return next;
    };
    QByteArray *cell = nextCell();
    bool quoted = false;  // inside a quoted part of the cell
    bool afterCR = false; // the record ended with CR: a following LF belongs to it
    const qint64 openedOnLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted)
                m_error =
                    QCoreApplication::translate("CsvReader", "a quoted cell opened on line %1 is not closed")
                        .arg(openedOnLine);
            break;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (quoted) {
            const void *hit = std::memchr(data + m_pos, '"', size_t(size - m_pos));
            const qsizetype stop = hit ? static_cast<const char *>(hit) - data : size;
            for (qsizetype i = m_pos; i < stop; ++i)
                m_line += data[i] == '\n';
            cell->append(data + m_pos, stop - m_pos);
            m_pos = stop;
            if (!hit)
                continue;
            ++m_pos; // the quote: it closes the part, or is the first of a doubled one
            if (m_pos >= m_buffer.size() && !fill())
                break;
            if (m_buffer.at(m_pos) == '"') {
                cell->append('"');
                ++m_pos;
            } else {
                quoted = false;
            }
            continue;
        }
        qsizetype i = m_pos;
        while (i < size) {
            const char c = data[i];
            if (c == m_separator || c == '\n' || c == '\r' || c == '"')
                break;
            ++i;
        }
        cell->append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == size)
            continue;
        const char c = data[i];
        ++m_pos;
        if (c == '"') {
            if (cell->isEmpty()) // a quote opens a quoted part only at the start of a cell
                quoted = true;
            else
                cell->append('"');
        } else if (c == m_separator) {
            cell = nextCell();
        } else {
            afterCR = c == '\r';
            if (c == '\n')
                ++m_line;
            break;
        }
    }
    cells->resize(count);
    if (afterCR) {
        if (m_pos < m_buffer.size() || fill()) {
            if (m_buffer.at(m_pos) == '\n') {
                ++m_pos;
                ++m_line;
            }
        }
    }
    return true;
}
