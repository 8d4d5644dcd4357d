#include "FileSender.h"

#include "log/LogCategories.h"

#include <QTcpSocket>

FileSender::FileSender(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 offset, qint64 length,
                       QByteArray head, int stallTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_file(std::move(file))
    , m_remaining(length)
    , m_head(std::move(head)) {
    m_file->seek(offset);
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        qCWarning(lcWeb, "a download to %s stalled: the client took nothing for %d s",
                  m_socket ? qUtf8Printable(m_socket->peerAddress().toString()) : "a client",
                  m_stall.interval() / 1000);
        if (m_socket)
            m_socket->abort();
        finish(false);
    });
}

FileSender::~FileSender() = default;

void FileSender::start() {
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FileSender::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(m_remaining == 0); });
    m_socket->write(m_head);
    m_head.clear();
    pump();
}

void FileSender::pump() {
    if (m_finished || !m_socket)
        return;
    m_stall.start();
    while (m_remaining > 0 && m_socket->bytesToWrite() < bufferBytes) {
        const QByteArray chunk = m_file->read(qMin<qint64>(256 * 1024, m_remaining));
        if (chunk.isEmpty()) { // the file shrank under us: the answer cannot be completed
            m_socket->abort();
            finish(false);
            return;
        }
        m_remaining -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_remaining == 0 && m_socket->bytesToWrite() == 0)
        finish(true);
}

void FileSender::finish(bool complete) {
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    emit done(complete);
    deleteLater();
}
