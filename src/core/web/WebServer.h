// The web view: the exports, their status and Run now for colleagues in a browser, on Qt HttpServer's parser
// (QAbstractHttpServer) with routing of our own, so that wrong methods get 405 with Allow, HEAD works,
// downloads stream with bounded memory and support Range, and every answer carries the security headers.
#pragma once

#include "HttpGuard.h"
#include "WebAccess.h"
#include "WebApi.h"
#include "WebMetrics.h"
#include "WebPage.h"
#include "schedule/Clock.h"
#include "service/ExportFront.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
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
    struct Answer {
        int status = 200;
        QByteArray type;
        QByteArray body;
        QByteArray headers; // extra header lines, each ending in \r\n
    };
    // The status line and headers of an answer (HttpAnswer::head), Connection: close when the request ends
    // the connection.
    QByteArray head(int status, const QByteArray &type, qint64 length, const QByteArray &headers) const;
    void send(QTcpSocket *socket, const QHttpServerRequest &request, const Answer &answer);
    void sendJson(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QJsonObject &body);
    void sendError(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QString &message);
    void sendBlocked(QTcpSocket *socket, const QHttpServerRequest &request);
    // Host, route, method and access checked; false when an answer was sent instead (421, 404, 405, 401, …).
    bool admit(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &path);
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
        const QByteArray &(WebPage::*html)(const QString &language) = nullptr; // a page's HTML (servePage)
    };
    static const QList<Route> &routes();
    // A page of the route being handled (its `html`): the exports, the changes of one, the cleanup rules.
    void servePage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveAsset(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &name);
    void serveHealth(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveReady(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveMetrics(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    // One answer more of the route being handled (the counts /metrics shows).
    void count(int status);
    void serveStatus(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveExports(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void startExport(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveDownload(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &encodedName);
    void serveChanges(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &encodedName);
    void serveCleanup(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveSnapshots(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    void serveSnapshotCase(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);
    // The listed export a percent-encoded name denotes, or null.
    const ExportEntry *listedExport(const QByteArray &encodedName, QString *name);
    void login(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &rest);

    Options m_options;
    SystemClock m_systemClock;
    QPointer<ExportFront> m_front;
    HttpGuard::RequestHead m_request; // the head of the request being handled
    const Route *m_route = nullptr;   // its route
    Words m_words;                    // the browser's language for the request being handled
    // What the server says, in the language of the request being handled.
    QString say(const char *source) const { return m_words("WebServer", source); }
    HttpGuard *m_guard;
    WebPage m_page;
    WebApi::ItemCache m_items;
    QHash<QString, QByteArray> m_exportPages; // group, page, size → the answer's body
    WebApi::ChangeCache m_changes;
    WebAccess m_access;
    WebMetrics::RequestCounts m_requests;
};
