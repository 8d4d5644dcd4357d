// Where a download goes: forwards every byte to the file being written and counts CSV records on the way.
#pragma once

#include "CsvRowCounter.h"

#include <QFileDevice>
#include <QIODevice>

class ExportSink : public QIODevice {
    Q_OBJECT
public:
    ExportSink(QIODevice *target, char separator, QObject *parent = nullptr);

    qint64 dataRows() const { return m_rows.dataRows(); }
    // Why the bytes written do not end as a whole CSV file does; empty when they do (CsvRowCounter).
    QString cutShort() const { return m_rows.cutShort(); }

    // Why writing `file` failed, in words: "the disk … is full" when it is (Qt 6.4 reports "Unknown error"
    // for writes into an O_TMPFILE file on a full disk).
    static QString describeWriteError(const QFileDevice &file, qint64 wanted);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    QIODevice *m_target;
    CsvRowCounter m_rows;
};
