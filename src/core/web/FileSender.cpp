#include "FileSender.h"

#include "log/LogCategories.h"

#include <QTcpSocket>

#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#endif

FileSender::FileSender(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 offset, qint64 length,
                       QByteArray head, int stallTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_file(std::move(file))
    , m_remaining(length)
    , m_head(std::move(head))
    , m_offset(offset) {
#ifdef Q_OS_LINUX
    m_kernel = m_file->handle() >= 0 && socket->socketDescriptor() >= 0 && length > 0;
#endif
    m_file->seek(offset);
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, &FileSender::stalled);
}

FileSender::~FileSender() {
    SendfilePump::cancel(m_job);
}

void FileSender::start() {
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FileSender::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(m_remaining == 0); });
    m_socket->write(m_head);
    m_head.clear();
    pump();
}

void FileSender::pump() {
    if (m_finished || !m_socket || m_job)
        return;
    m_stall.start();
    if (m_kernel) {
        if (m_socket->bytesToWrite() > 0)
            return; // the headers first, through Qt's buffer
        m_job =
            SendfilePump::start(int(m_socket->socketDescriptor()), m_file->handle(), m_offset, m_remaining,
                                m_stall.interval(), this, [this](SendfilePump::Result r) { kernelDone(r); });
        if (m_job) {
            m_stall.stop(); // the pump watches for a stall now
            return;
        }
        m_kernel = false;
    }
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

void FileSender::kernelDone(SendfilePump::Result result) {
    m_job.reset();
    m_remaining -= result.offset - m_offset;
    m_offset = result.offset;
    switch (result.outcome) {
    case SendfilePump::Outcome::Complete:
        finish(true);
        return;
    case SendfilePump::Outcome::Stalled:
        stalled();
        return;
    case SendfilePump::Outcome::Failed:
        if (result.error != 0 && result.error != EPIPE && result.error != ECONNRESET)
            qCWarning(lcWeb, "a download failed: %s", strerror(result.error));
        if (m_socket)
            m_socket->abort();
        finish(false);
        return;
    case SendfilePump::Outcome::Unsupported: // this file system or socket cannot: Qt's buffered way from here
        m_kernel = false;
        m_file->seek(m_offset);
        pump();
        return;
    }
}

void FileSender::stalled() {
    qCWarning(lcWeb, "a download to %s stalled: the client took nothing for %.1f s",
              m_socket ? qUtf8Printable(m_socket->peerAddress().toString()) : "a client",
              m_stall.interval() / 1000.0);
    if (m_socket) {
#ifdef Q_OS_LINUX
        // A reset, not a close: what the socket still holds for this client is dropped at once instead of
        // being offered to it for minutes, and the client learns that the download broke.
        const linger reset{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
        m_socket->abort();
    }
    finish(false);
}

void FileSender::finish(bool complete) {
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    SendfilePump::cancel(m_job);
    m_job.reset();
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    emit done(complete);
    deleteLater();
}
