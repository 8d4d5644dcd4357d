#include "ExportSink.h"

ExportSink::ExportSink(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ExportSink::writeData(const char *data, qint64 length) {
    const qint64 written = m_target->write(data, length);
    if (written != length) {
        setErrorString(m_target->errorString());
        return -1;
    }
    m_rows.feed(QByteArray::fromRawData(data, qsizetype(length)));
    return written;
}
