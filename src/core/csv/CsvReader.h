// A streaming RFC 4180 reader of our own (Qt has none): records come out one at a time from any QIODevice,
// so a 200 MB export is read without holding it. The separator is configurable; quoted cells may hold
// separators, doubled quotes and line breaks; records end with CRLF, LF or CR; a UTF-8 BOM at the start is
// skipped. It is lenient the way spreadsheet programs are: a stray quote inside a bare cell is kept as text,
// an unclosed quote at the end is reported, and ragged rows are the caller's to count (it sees each width).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

class CsvReader {
public:
    // Reads from the device's current position (seek first to start at a record found earlier), `chunkSize`
    // bytes at a time (small to read one record at an offset).
    CsvReader(QIODevice *device, char separator, qint64 chunkSize = 256 * 1024);

    // Reads the next record's cells (unquoted bytes) into `cells`. False at the end of the input or on a read
    // error (see errorString()). Blank lines are skipped.
    bool readRecord(QList<QByteArray> *cells);

    // Where the record last read starts: the device position, usable with seek() to read it again later.
    qint64 recordOffset() const { return m_recordOffset; }
    // The line (from 1, counted from the starting position) the record last read starts on.
    qint64 recordLine() const { return m_recordLine; }
    // A problem met so far: a read error, or a quoted cell not closed at the end of the input.
    const QString &errorString() const { return m_error; }

private:
    bool fill();

    QIODevice *m_device;
    char m_separator;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // device position of m_buffer[0]
    qint64 m_recordOffset = 0;
    qint64 m_recordLine = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_error;
};
