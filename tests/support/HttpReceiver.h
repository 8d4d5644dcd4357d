// Test helper: a local HTTP receiver for what the app sends out (health-check pings, alert webhooks).
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A service that takes HTTP requests from the app, as healthchecks.io or a chat's webhook does: it keeps each
// request (method, path, body) and answers 200; or, `hang`, it reads the request and never answers.
class HttpReceiver : public QTcpServer {
public:
    struct Request {
        QByteArray method, path, body;
    };
    QList<Request> requests; // in the order they came
    bool hang = false;
    int status = 200; // the answer's status

    HttpReceiver() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { take(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

private:
    void take(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        requests.append({request.value(0), request.value(1), buffer.mid(end + 4, length)});
        m_buffers.remove(socket);
        if (!hang)
            socket->write("HTTP/1.1 " + QByteArray::number(status) +
                          " Answer\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
