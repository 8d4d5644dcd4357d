// Where a download goes: forwards every byte to the file being written and counts CSV records on the way.
#pragma once

#include "CsvRowCounter.h"

#include <QIODevice>

class ExportSink : public QIODevice {
    Q_OBJECT
public:
    explicit ExportSink(QIODevice *target, QObject *parent = nullptr);

    qint64 dataRows() const { return m_rows.dataRows(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    QIODevice *m_target;
    CsvRowCounter m_rows;
};
