#include "ExportSink.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

ExportSink::ExportSink(QIODevice *target, char separator, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_rows(separator) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ExportSink::writeData(const char *data, qint64 length) {
    const qint64 written = m_target->write(data, length);
    if (written != length) {
        const auto *file = qobject_cast<QFileDevice *>(m_target);
        setErrorString(file ? describeWriteError(*file, length) : m_target->errorString());
        return -1;
    }
    m_rows.feed(QByteArray::fromRawData(data, qsizetype(length)));
    return written;
}

QString ExportSink::describeWriteError(const QFileDevice &file, qint64 wanted) {
    const QString folder = QFileInfo(file.fileName()).absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < wanted + 1024 * 1024)
        return tr("the disk of %1 is full (%2 free)")
            .arg(folder, QLocale::c().formattedDataSize(storage.bytesAvailable()));
    return file.errorString();
}
