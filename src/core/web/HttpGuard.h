// The listening socket of the web view, with the limits QHttpServer 6.4 lacks: a cap on connections (503
// beyond), bounded request headers (431) and bodies (413, 411 for chunked), and deadlines so that a slow or
// idle client cannot hold a connection (slowloris).
#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

class HttpGuard : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 64;
        int maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
        int requestTimeoutMs = 10 * 1000; // from the first byte of a request to its answer
        int idleTimeoutMs = 30 * 1000;    // a kept-alive connection with nothing to do
    };

    explicit HttpGuard(Limits limits, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    int openConnections() const { return int(m_sockets.size()); }

    // The server answered the request in progress on `socket`; deadlines start again for the next one.
    void requestHandled(QTcpSocket *socket);
    // While a download streams, the request deadline does not apply (the sender has its own stall limit).
    void setStreaming(QTcpSocket *socket, bool streaming);

    // A complete, closing answer for errors found before a request reaches the server.
    static QByteArray plainAnswer(int status, const QByteArray &reason, const QByteArray &text);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct State {
        QTimer *deadline = nullptr;
        bool inRequest = false; // bytes of a request have arrived that are not answered yet
        bool streaming = false;
    };
    void inspect(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &text);

    Limits m_limits;
    QHash<QTcpSocket *, State> m_sockets;
};
