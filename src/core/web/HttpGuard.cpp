#include "HttpGuard.h"

#include "log/LogCategories.h"

#include <QTcpSocket>
#include <QTimer>

HttpGuard::HttpGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits) {}

QByteArray HttpGuard::plainAnswer(int status, const QByteArray &reason, const QByteArray &text) {
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(text.size() + 1) +
           "\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src "
           "'none'"
           "\r\nReferrer-Policy: no-referrer\r\n\r\n" +
           text + '\n';
}

void HttpGuard::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_sockets.size() >= m_limits.maxConnections) {
        qCWarning(lcWeb, "connection from %s refused: %d connections are open already",
                  qUtf8Printable(socket->peerAddress().toString()), int(m_sockets.size()));
        socket->write(plainAnswer(503, "Service Unavailable", "Too many connections; try again shortly."));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QTcpSocket::abort);
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go out whole, at once
    State state;
    state.deadline = new QTimer(socket);
    state.deadline->setSingleShot(true);
    connect(state.deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    state.deadline->start(m_limits.idleTimeoutMs);
    m_sockets.insert(socket, state);
    // Connected before QHttpServer's own handler: the limits are checked before its parser reads anything.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_sockets.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    addPendingConnection(socket);
    emit newConnection();
}

void HttpGuard::reject(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &text) {
    qCWarning(lcWeb, "request from %s refused: %d %s", qUtf8Printable(socket->peerAddress().toString()),
              status, reason.constData());
    socket->readAll(); // nothing of it reaches the parser
    socket->write(plainAnswer(status, reason, text));
    socket->disconnectFromHost();
}

void HttpGuard::inspect(QTcpSocket *socket) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    if (!it->inRequest) {
        it->inRequest = true;
        if (!it->streaming)
            it->deadline->start(m_limits.requestTimeoutMs); // counted from the first byte, not the last
    }
    const QByteArray head = socket->peek(m_limits.maxHeaderBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_limits.maxHeaderBytes)
            reject(socket, 431, "Request Header Fields Too Large",
                   "The request headers are larger than 16 KiB.");
        return;
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            reject(socket, 411, "Length Required", "Request bodies must have a Content-Length.");
            return;
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                reject(socket, 400, "Bad Request", "The Content-Length is not a number.");
                return;
            }
            if (length > m_limits.maxBodyBytes) {
                reject(socket, 413, "Content Too Large", "The request body is larger than 64 KiB.");
                return;
            }
        }
    }
}

void HttpGuard::requestHandled(QTcpSocket *socket) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->inRequest = false;
    if (!it->streaming)
        it->deadline->start(m_limits.idleTimeoutMs);
}

void HttpGuard::setStreaming(QTcpSocket *socket, bool streaming) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->streaming = streaming;
    if (streaming)
        it->deadline->stop();
    else
        requestHandled(socket);
}
