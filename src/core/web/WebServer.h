// The web view: the exports, their status and Run now for colleagues in a browser, on Qt HttpServer's parser
// (QAbstractHttpServer) with routing of our own, so that wrong methods get 405 with Allow, HEAD works,
// downloads stream with bounded memory and support Range, and every answer carries the security headers.
#pragma once

#include "AuthThrottle.h"
#include "HttpGuard.h"
#include "WebApi.h"
#include "WebPage.h"
#include "schedule/Clock.h"
#include "service/ExportFront.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QTcpSocket;

class WebServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Options {
        QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 9090; // 0: any free port
        QString accessKey;   // empty: no key asked
        // Host names the page may be reached by besides localhost and IP addresses (WEB_ALLOWED_HOSTS);
        // "*" lets any name in (behind a proxy that checks them itself).
        QStringList allowedHosts;
        HttpGuard::Limits limits;
        QString catalogueFolder = QStringLiteral(":/i18n");
        const Clock *clock = nullptr; // for the key guessing throttle; null: the system clock
    };

    WebServer(Options options, ExportFront *front, QObject *parent = nullptr);
    ~WebServer() override;

    // Starts listening; false with *error when the address or port cannot be used.
    bool start(QString *error = nullptr);
    quint16 port() const;
    // Where a browser on this machine opens the page.
    QUrl url() const;
    const HttpGuard *guard() const { return m_guard; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer;
    // The status line and headers of an answer, security headers and Connection: close included.
    QByteArray head(int status, const QByteArray &type, qint64 length, const QByteArray &headers) const;
    void send(QTcpSocket *socket, const QHttpServerRequest &request, const Answer &answer);
    void sendJson(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QJsonObject &body);
    void sendError(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QString &message);
    // Whether the request names this server (DNS rebinding: a foreign name resolved to our address).
    bool hostAllowed(const QByteArray &host) const;
    enum class Access { Granted, Missing, Wrong, Blocked };
    // Whether the request carries the key or a session; a wrong key counts against its client.
    Access access(const QHttpServerRequest &request);
    void sendBlocked(QTcpSocket *socket, const QHttpServerRequest &request);
    bool sameOrigin(const QHttpServerRequest &request) const;
    // A route's handler gets what follows the route's prefix (empty for an exact path).
    using Handler = void (WebServer::*)(QTcpSocket *, const QHttpServerRequest &, const QByteArray &rest);
    struct Route {
        QByteArray prefix;
        bool exact;
        QList<QHttpServerRequest::Method> methods;
        bool open;         // served without the access key
        bool page;         // a page: without the key, the browser is sent to /login
        bool needsService; // answered 503 while the export service is not running
        Handler handler;
    };
    static const QList<Route> &routes();
    void servePage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveChangesPage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveAsset(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &name);
    void serveHealth(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveStatus(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveExports(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void startExport(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveDownload(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &encodedName);
    void serveChanges(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &encodedName);
    void serveCleanupPage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveCleanup(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    // The listed export a percent-encoded name denotes, or null.
    const ExportEntry *listedExport(const QByteArray &encodedName, QString *name);
    void login(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);

    Options m_options;
    SystemClock m_systemClock;
    QPointer<ExportFront> m_front;
    HttpGuard::RequestHead m_request; // the head of the request being handled
    Words m_words;                    // the browser's language for the request being handled
    // What the server says, in the language of the request being handled.
    QString say(const char *source) const { return m_words("WebServer", source); }
    HttpGuard *m_guard;
    WebPage m_page;
    QSet<QByteArray> m_sessions;
    WebApi::ItemCache m_items;
    QHash<QString, QByteArray> m_exportPages; // group, page, size → the answer's body
    WebApi::ChangeCache m_changes;
    QByteArray m_keyDigest;
    AuthThrottle m_throttle;
    QStringList m_ownNames; // this machine's names, accepted when the page is shared
};
