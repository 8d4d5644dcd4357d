#include "HttpGuard.h"

#include "log/LogCategories.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace {
// Where the empty line that ends a head is, searching from `from`: the index after it, or -1.
qsizetype headEnd(const QByteArray &head, qsizetype from) {
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head[i + 1] == '\n')
            return i + 2;
        if (i + 2 < head.size() && head[i + 1] == '\r' && head[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

// An IPv4 client seen through an IPv6 socket is the same client.
QHostAddress clientOf(const QTcpSocket *socket) {
    const QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool allDigits(const QByteArray &text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
} // namespace

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
    const QHostAddress client = clientOf(socket);
    if (!makeRoomFor(client)) {
        refuse(socket, "Too many connections; try again shortly.");
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go out whole, at once
    State state;
    state.client = client;
    state.deadline = new QTimer(socket);
    state.deadline->setSingleShot(true);
    connect(state.deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    state.deadline->start(m_limits.idleTimeoutMs);
    state.waitingSince.start();
    m_sockets.insert(socket, state);
    // Connected before QHttpServer's own handler: every byte is framed here before its parser reads it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_sockets.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    addPendingConnection(socket);
    emit newConnection();
}

void HttpGuard::refuse(QTcpSocket *socket, const QByteArray &why) {
    qCWarning(lcWeb, "connection from %s refused: %d connections are open already",
              qUtf8Printable(clientOf(socket).toString()), int(m_sockets.size()));
    socket->write(plainAnswer(503, "Service Unavailable", why));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, &QTcpSocket::abort);
}

namespace {
// Whether a request's head has arrived whole and only waits for the event loop to read it (in Qt's buffer or
// still in the kernel's): such a connection is not slow, whatever its age. A burst of new connections (a
// client reconnecting a hundred sockets) is taken before the bytes of one that came just before it are read.
bool headWaiting(QTcpSocket *socket) {
    QByteArray pending = socket->peek(16 * 1024);
    if (pending.contains("\r\n\r\n"))
        return true;
    char kernel[4096];
    const ssize_t n = ::recv(int(socket->socketDescriptor()), kernel, sizeof kernel, MSG_PEEK | MSG_DONTWAIT);
    return n > 0 && (pending + QByteArray(kernel, int(n))).contains("\r\n\r\n");
}
} // namespace

bool HttpGuard::makeRoomFor(const QHostAddress &client) {
    int mine = 0;
    for (const State &state : std::as_const(m_sockets))
        mine += state.client == client ? 1 : 0;
    const bool clientFull = mine >= m_limits.maxConnectionsPerClient;
    if (!clientFull && m_sockets.size() < m_limits.maxConnections)
        return true;
    // The slowest goes: the connection that has waited longest for its request to complete, or idled
    // longest. Downloads in progress and requests the server is answering stay.
    QTcpSocket *victim = nullptr;
    qint64 longest = -1;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        const State &state = it.value();
        if ((clientFull && state.client != client) || state.streaming || !state.heads.isEmpty() ||
            (state.phase != Phase::Rejected && headWaiting(it.key())))
            continue;
        const qint64 waited = state.phase == Phase::Rejected ? std::numeric_limits<qint64>::max()
                                                             : state.waitingSince.nsecsElapsed();
        if (waited > longest) {
            longest = waited;
            victim = it.key();
        }
    }
    if (!victim)
        return false;
    qCInfo(lcWeb, "connection from %s closed after %lld ms without a complete request, to make room",
           qUtf8Printable(m_sockets.value(victim).client.toString()), longest / 1000000);
    m_sockets.remove(victim);
    victim->abort();
    return true;
}

void HttpGuard::reject(QTcpSocket *socket, State &state, int status, const QByteArray &reason,
                       const QByteArray &text) {
    qCWarning(lcWeb, "request from %s refused: %d %s", qUtf8Printable(state.client.toString()), status,
              reason.constData());
    state.phase = Phase::Rejected;
    state.head.clear();
    state.deadline->start(2000); // time to read the answer, no more
    socket->readAll();           // nothing of it reaches the parser
    socket->write(plainAnswer(status, reason, text));
    socket->disconnectFromHost();
}

void HttpGuard::inspect(QTcpSocket *socket) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    State &state = *it;
    if (state.phase == Phase::Rejected) {
        socket->readAll();
        return;
    }
    // QHttpServer reads everything in its handler, after this one: what is buffered now is new.
    const QByteArray bytes = socket->peek(socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (state.phase == Phase::Body) {
            const qint64 take = qMin<qint64>(state.bodyLeft, bytes.size() - pos);
            state.bodyLeft -= take;
            pos += take;
            if (state.bodyLeft == 0)
                state.phase = Phase::Head;
            continue;
        }
        if (state.head.isEmpty()) {
            // RFC 9112 2.2: empty lines before a request line are ignored.
            while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n'))
                ++pos;
            if (pos == bytes.size())
                break;
            if (!state.inRequest) {
                state.inRequest = true;
                state.waitingSince.start();
                if (!state.streaming)
                    state.deadline->start(m_limits.requestTimeoutMs); // from the first byte, not the last
            }
        }
        const qsizetype before = state.head.size();
        const qsizetype room = m_limits.maxHeaderBytes + 4 - before;
        state.head.append(bytes.constData() + pos, qMin(room, bytes.size() - pos));
        const qsizetype end = headEnd(state.head, qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (state.head.size() > m_limits.maxHeaderBytes) {
                reject(socket, state, 431, "Request Header Fields Too Large",
                       "The request headers are larger than 16 KiB.");
                return;
            }
            pos += state.head.size() - before;
            continue;
        }
        pos += end - before;
        state.head.truncate(end);
        if (!acceptHead(socket, state))
            return;
    }
}

bool HttpGuard::acceptHead(QTcpSocket *socket, State &state) {
    const QList<QByteArray> lines = state.head.trimmed().split('\n');
    state.head.clear();
    RequestHead head;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    head.method = requestLine.value(0);
    head.http10 = requestLine.value(2) == "HTTP/1.0";
    bool keepAlive = false;
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            reject(socket, state, 411, "Length Required", "Request bodies must have a Content-Length.");
            return false;
        }
        if (name == "content-length") {
            // RFC 9112 6.3: digits only; two different lengths make the message boundary unknowable.
            if (!allDigits(value) || value.size() > 18 || (length >= 0 && value.toLongLong() != length)) {
                reject(socket, state, 400, "Bad Request",
                       "The Content-Length must be one whole number of bytes, given once.");
                return false;
            }
            length = value.toLongLong();
            if (length > m_limits.maxBodyBytes) {
                reject(socket, state, 413, "Content Too Large", "The request body is larger than 64 KiB.");
                return false;
            }
        }
        if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                head.closeAfter = head.closeAfter || token.trimmed() == "close";
                keepAlive = keepAlive || token.trimmed() == "keep-alive";
            }
        }
    }
    head.closeAfter = head.closeAfter || (head.http10 && !keepAlive);
    state.heads.enqueue(head);
    state.bodyLeft = qMax<qint64>(0, length);
    state.phase = state.bodyLeft > 0 ? Phase::Body : Phase::Head;
    return true;
}

HttpGuard::RequestHead HttpGuard::takeRequestHead(QTcpSocket *socket) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || it->heads.isEmpty())
        return {};
    return it->heads.dequeue();
}

void HttpGuard::requestHandled(QTcpSocket *socket) {
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->waitingSince.start();
    // A pipelined request may be under way already: its deadline runs from now.
    it->inRequest = !it->head.isEmpty() || it->phase == Phase::Body || !it->heads.isEmpty();
    if (!it->streaming)
        it->deadline->start(it->inRequest ? m_limits.requestTimeoutMs : m_limits.idleTimeoutMs);
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
