#include "S3Relay.h"

#include "log/LogCategories.h"
#include "service/RemoteRead.h"

#include <QTcpSocket>

S3Relay::S3Relay(QTcpSocket *socket, QByteArray head, qint64 length,
                 std::function<QByteArray(const QString &)> failure)
    : QIODevice(socket)
    , m_socket(socket)
    , m_head(std::move(head))
    , m_remaining(length)
    , m_failure(std::move(failure)) {
    open(QIODevice::WriteOnly);
}

void S3Relay::start(RemoteRead *call) {
    if (!call) { // S3 is not on any more
        if (m_socket)
            m_socket->write(m_failure(tr("S3 storage is not configured")));
        finish(false);
        return;
    }
    m_call = call;
    call->setParent(this);
    connect(m_socket, &QAbstractSocket::bytesWritten, call, &RemoteRead::drain);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_call)
            m_call->abort();
        finish(false);
    });
    connect(call, &RemoteRead::finished, this, [this] {
        if (!m_call->ok()) {
            qCWarning(lcWeb, "a download from S3 failed: %s", qUtf8Printable(m_call->error()));
            if (!m_started && m_socket)
                m_socket->write(m_failure(m_call->error()));
            else if (m_socket)
                m_socket->abort(); // the client sees a body shorter than its Content-Length
            finish(false);
            return;
        }
        finish(m_remaining == 0);
    });
}

qint64 S3Relay::bytesToWrite() const {
    return m_socket ? m_socket->bytesToWrite() : 0;
}

qint64 S3Relay::writeData(const char *data, qint64 length) {
    if (!m_socket || m_finished)
        return -1;
    if (!m_started) {
        m_started = true;
        m_socket->write(m_head);
    }
    const qint64 taken = qMin(length, m_remaining); // never more than the Content-Length said
    m_socket->write(data, taken);
    m_remaining -= taken;
    return length;
}

void S3Relay::finish(bool complete) {
    if (m_finished)
        return;
    m_finished = true;
    emit done(complete);
    deleteLater();
}
