// The listening socket of the web view, with the limits QHttpServer 6.4 lacks. Every connection's bytes are
// framed here as they arrive, across reads, before Qt's parser buffers them: request headers are bounded
// (431) from the first byte of each request, bodies by their Content-Length (413; 411 for chunked; 400 for a
// length that is not one number). Connections are capped in all and per client; when a cap is reached, a new
// connection takes the place of the slowest one (the longest-waiting unfinished request or idle connection),
// so that a client trickling bytes cannot keep others, /healthz included, out. Deadlines keep slow or idle
// clients from holding a connection (slowloris).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

class HttpGuard : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 64;
        int maxConnectionsPerClient = 16;
        int maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
        int requestTimeoutMs = 10 * 1000; // from the first byte of a request to its answer
        int idleTimeoutMs = 30 * 1000;    // a kept-alive connection with nothing to do
        int downloadStallMs = 60 * 1000;  // a download whose client takes nothing
    };

    // What the guard read of a request's head, handed to the server with the request (in arrival order).
    struct RequestHead {
        QByteArray method;       // as sent: TRACE, PROPFIND…
        bool http10 = false;     // HTTP/1.0
        bool closeAfter = false; // Connection: close, or HTTP/1.0 without keep-alive
    };

    explicit HttpGuard(Limits limits, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    int openConnections() const { return int(m_sockets.size()); }

    // The head of the next request the server is handling on `socket`.
    RequestHead takeRequestHead(QTcpSocket *socket);
    // The server answered the request in progress on `socket`; deadlines start again for the next one.
    void requestHandled(QTcpSocket *socket);
    // While a download streams, the request deadline does not apply (the sender has its own stall limit).
    void setStreaming(QTcpSocket *socket, bool streaming);

    // A complete, closing answer for errors found before a request reaches the server.
    static QByteArray plainAnswer(int status, const QByteArray &reason, const QByteArray &text);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class Phase { Head, Body, Rejected };
    struct State {
        QTimer *deadline = nullptr;
        QHostAddress client;
        Phase phase = Phase::Head;
        QByteArray head;           // the current request's head so far (at most maxHeaderBytes + 4)
        qint64 bodyLeft = 0;       // bytes of the current body still to come
        QQueue<RequestHead> heads; // framed, not yet taken by the server
        bool inRequest = false;    // bytes of a request have arrived that are not answered yet
        bool streaming = false;
        QElapsedTimer waitingSince; // the start of the current request, or of idleness
    };
    void inspect(QTcpSocket *socket);
    // Reads one complete head; false (after answering) when the request is refused.
    bool acceptHead(QTcpSocket *socket, State &state);
    void reject(QTcpSocket *socket, State &state, int status, const QByteArray &reason,
                const QByteArray &text);
    // Makes room for a connection from `client`; false when nothing can be let go.
    bool makeRoomFor(const QHostAddress &client);
    void refuse(QTcpSocket *socket, const QByteArray &why);

    Limits m_limits;
    QHash<QTcpSocket *, State> m_sockets;
};
