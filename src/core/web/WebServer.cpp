#include "WebServer.h"

#include "FileSender.h"
#include "S3Relay.h"
#include "WebApi.h"
#include "log/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {
// ?page=P&size=S, each a whole number from 1 when given (size at most maxSize); false when one is not.
bool readPaging(const QUrlQuery &query, int maxSize, int *page, int *size) {
    bool pageOk = true;
    bool sizeOk = true;
    const QString pageText = query.queryItemValue(u"page"_s);
    const QString sizeText = query.queryItemValue(u"size"_s);
    if (!pageText.isEmpty())
        *page = pageText.toInt(&pageOk);
    if (!sizeText.isEmpty())
        *size = sizeText.toInt(&sizeOk);
    return pageOk && sizeOk && *page >= 1 && *size >= 1 && *size <= maxSize;
}

const QByteArray securityHeaders =
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: same-origin\r\n"
    "X-Frame-Options: DENY\r\n";
const QByteArray sessionCookie = "testops_session";

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 416:
        return "Range Not Satisfiable";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &time) {
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

// Equal-length digests compared without an early exit: the time taken says nothing about the key.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray digest(const QByteArray &key) {
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// The host part of a Host header ("name", "name:port", "[v6]:port"), lower case, without a final dot.
// The name of a Host header (RFC 9110 §7.2: uri-host [":" port]), lower case; empty when the header is not
// one ("localhost:9090@evil.example" is not: it would pass as localhost otherwise).
QString hostName(const QByteArray &header) {
    static const QRegularExpression valid(
        u"^(?:\\[([0-9a-f:.]+)\\]|([a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?\\.?))(?::[0-9]{1,5})?$"_s);
    const QRegularExpressionMatch match = valid.match(QString::fromLatin1(header.trimmed()).toLower());
    if (!match.hasMatch())
        return QString();
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

QString methodName(Method method) {
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    case Method::Patch:
        return u"PATCH"_s;
    default:
        return u"?"_s;
    }
}
} // namespace

struct WebServer::Answer {
    int status = 200;
    QByteArray type;
    QByteArray body;
    QByteArray headers; // extra header lines, each ending in \r\n
};

WebServer::WebServer(Options options, ExportFront *front, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_front(front)
    , m_guard(new HttpGuard(m_options.limits, this))
    , m_page(m_options.catalogueFolder)
    , m_keyDigest(m_options.accessKey.isEmpty() ? QByteArray() : digest(m_options.accessKey.toUtf8()))
    , m_throttle(m_options.clock ? *m_options.clock : m_systemClock) {
    for (QString &name : m_options.allowedHosts) {
        if (name != u"*"_s)
            name = hostName(name.toLatin1());
    }
    if (!m_options.bind.isLoopback()) {
        const QString own = QHostInfo::localHostName().toLower();
        if (!own.isEmpty())
            m_ownNames = {own, own.section(u'.', 0, 0)};
    }
    if (front) // rows arrive in the journal after the file: items are built again after every change
        connect(front, &ExportFront::exportsChanged, this, [this] {
            m_items.clear();
            m_exportPages.clear();
            m_changes.clear();
        });
}

WebServer::~WebServer() = default;

bool WebServer::start(QString *error) {
    if (!m_guard->listen(m_options.bind, m_options.port)) {
        const QString why = tr("the web view cannot listen on %1:%2: %3")
                                .arg(m_options.bind.toString())
                                .arg(m_options.port)
                                .arg(m_guard->errorString());
        qCWarning(lcWeb, "%s", qUtf8Printable(why));
        if (error)
            *error = why;
        return false;
    }
    bind(m_guard);
    qCInfo(lcWeb, "web view at http://%s:%u/%s%s", qUtf8Printable(m_options.bind.toString()),
           unsigned(port()),
           m_options.bind.isLoopback() ? " (this computer only)" : " (shared on the network)",
           m_keyDigest.isEmpty() ? "" : ", access key required");
    return true;
}

quint16 WebServer::port() const {
    return m_guard->serverPort();
}

QUrl WebServer::url() const {
    QUrl url;
    url.setScheme(u"http"_s);
    const bool anyAddress = m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv4 ||
                            m_options.bind == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? u"127.0.0.1"_s : m_options.bind.toString());
    url.setPort(port());
    url.setPath(u"/"_s);
    return url;
}

QByteArray WebServer::head(int status, const QByteArray &type, qint64 length,
                           const QByteArray &headers) const {
    QByteArray lines = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!type.isEmpty())
        lines += "Content-Type: " + type + "\r\n";
    lines += "Content-Length: " + QByteArray::number(length) + "\r\n" + securityHeaders + headers;
    if (m_request.closeAfter)
        lines += "Connection: close\r\n";
    return lines + "\r\n";
}

void WebServer::send(QTcpSocket *socket, const QHttpServerRequest &request, const Answer &answer) {
    const bool close = m_request.closeAfter;
    // One write: a head and a body sent apart wait for each other (Nagle's algorithm and delayed ACKs).
    QByteArray bytes = head(answer.status, answer.type, answer.body.size(), answer.headers);
    if (request.method() != Method::Head)
        bytes += answer.body;
    socket->write(bytes);
    if (close)
        socket->disconnectFromHost();
    m_guard->requestHandled(socket);
}

void WebServer::sendJson(QTcpSocket *socket, const QHttpServerRequest &request, int status,
                         const QJsonObject &body) {
    send(socket, request,
         {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
          "Cache-Control: no-store\r\n"});
}

void WebServer::sendError(QTcpSocket *socket, const QHttpServerRequest &request, int status,
                          const QString &message) {
    sendJson(socket, request, status, {{u"error"_s, message}});
}

WebServer::Access WebServer::access(const QHttpServerRequest &request) {
    if (m_keyDigest.isEmpty())
        return Access::Granted;
    const QByteArray authorization = request.value("authorization");
    if (authorization.startsWith("Bearer ")) {
        if (m_throttle.blockedSecs(request.remoteAddress()) > 0)
            return Access::Blocked; // not even checked: a blocked client learns nothing
        if (constantTimeEquals(digest(authorization.mid(7).trimmed()), m_keyDigest))
            return Access::Granted;
        m_throttle.failed(request.remoteAddress(), "Bearer");
        return Access::Wrong;
    }
    for (const QByteArray &cookie : request.value("cookie").split(';')) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(sessionCookie + '=') &&
            m_sessions.contains(digest(trimmed.mid(sessionCookie.size() + 1))))
            return Access::Granted;
    }
    return Access::Missing;
}

void WebServer::sendBlocked(QTcpSocket *socket, const QHttpServerRequest &request) {
    const int wait = qMax(1, m_throttle.blockedSecs(request.remoteAddress()));
    send(socket, request,
         {429, "application/json",
          QJsonDocument(
              QJsonObject{{u"error"_s,
                           m_words("WebServer",
                                   QT_TRANSLATE_N_NOOP("WebServer", "Too many wrong access keys came from "
                                                                    "your address; try again in %n "
                                                                    "second(s)."),
                                   wait)}})
              .toJson(QJsonDocument::Compact),
          "Retry-After: " + QByteArray::number(wait) + "\r\nCache-Control: no-store\r\n"});
}

bool WebServer::hostAllowed(const QByteArray &header) const {
    const QString host = hostName(header);
    if (host == u"localhost"_s || m_options.allowedHosts.contains(host) ||
        m_options.allowedHosts.contains(u"*"_s))
        return true;
    QHostAddress address;
    if (address.setAddress(host)) {
        // An address cannot be rebound to us by somebody's DNS. On this computer only, it must be ours.
        return !m_options.bind.isLoopback() || address.isLoopback();
    }
    return m_ownNames.contains(host);
}

bool WebServer::sameOrigin(const QHttpServerRequest &request) const {
    // A browser names the page a POST comes from; another site's page must not run exports here (CSRF).
    // Requests without Origin or Referer do not come from a web page (scripts, curl).
    const QByteArray host = request.value("host");
    const QByteArray origin = request.value("origin");
    if (!origin.isEmpty())
        return origin == "http://" + host;
    const QByteArray referer = request.value("referer");
    if (!referer.isEmpty())
        return referer.startsWith("http://" + host + '/');
    return true;
}

bool WebServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_request = m_guard->takeRequestHead(socket);
    m_words = m_page.words(WebPage::languageFor(request.value("accept-language")));
    const QByteArray host = request.value("host");
    if (host.isEmpty() && !m_request.http10) {
        sendError(socket, request, 400,
                  say(QT_TRANSLATE_NOOP("WebServer", "The request has no Host header.")));
        return true;
    }
    if (!host.isEmpty() && !hostAllowed(host)) {
        QString shown = QString::fromLatin1(host.left(100));
        for (QChar &c : shown) {
            if (c.unicode() < 32 || c.unicode() == 127)
                c = u'?';
        }
        qCWarning(lcWeb, "request for host %s from %s refused: not a name of this server",
                  qUtf8Printable(shown), qUtf8Printable(request.remoteAddress().toString()));
        sendError(
            socket, request, 421,
            say(QT_TRANSLATE_NOOP(
                    "WebServer",
                    "This server does not answer to the name %1. Open it by its address, or add the name to "
                    "WEB_ALLOWED_HOSTS."))
                .arg(shown));
        return true;
    }
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    const Method method = request.method();
    const Route *route = nullptr;
    for (const Route &candidate : routes()) {
        if (candidate.exact ? path == candidate.prefix
                            : path.startsWith(candidate.prefix) && path.size() > candidate.prefix.size()) {
            route = &candidate;
            break;
        }
    }
    if (!route) {
        sendError(
            socket, request, 404,
            say(QT_TRANSLATE_NOOP("WebServer", "Nothing is at %1.")).arg(QString::fromUtf8(path.left(200))));
        return true;
    }
    if (!route->methods.contains(method)) {
        QStringList allowed;
        for (Method allowedMethod : route->methods)
            allowed.append(methodName(allowedMethod));
        send(socket, request,
             {405, "application/json",
              QJsonDocument(QJsonObject{{u"error"_s, say(QT_TRANSLATE_NOOP("WebServer",
                                                                           "%1 is not allowed here; use %2."))
                                                         .arg(QString::fromLatin1(m_request.method.left(20)),
                                                              allowed.join(u", "_s))}})
                  .toJson(QJsonDocument::Compact),
              "Allow: " + allowed.join(u", "_s).toLatin1() + "\r\n"});
        return true;
    }
    const Access granted = route->open ? Access::Granted : access(request);
    if (granted == Access::Blocked) {
        sendBlocked(socket, request);
        return true;
    }
    if (granted != Access::Granted) {
        if (granted == Access::Missing && route->page)
            send(socket, request, {303, {}, {}, "Location: /login\r\nCache-Control: no-store\r\n"});
        else
            send(socket, request,
                 {401, "application/json",
                  QJsonDocument(
                      QJsonObject{{u"error"_s,
                                   say(QT_TRANSLATE_NOOP("WebServer",
                                                         "An access key is required: send \"Authorization: "
                                                         "Bearer <key>\" or sign in at /login."))}})
                      .toJson(QJsonDocument::Compact),
                  "WWW-Authenticate: Bearer realm=\"testops-export\"\r\n"});
        return true;
    }
    if (route->needsService && !m_front) {
        sendError(socket, request, 503,
                  say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running")));
        return true;
    }
    (this->*route->handler)(socket, request, route->exact ? QByteArray() : path.mid(route->prefix.size()));
    return true;
}

// Each route once: its path, methods, whether it is open without the key, and its handler.
const QList<WebServer::Route> &WebServer::routes() {
    const QList<Method> read{Method::Get, Method::Head};
    static const QList<Route> table = {
        {"/", true, read, false, true, false, &WebServer::servePage},
        {"/assets/", false, read, true, false, false, &WebServer::serveAsset},
        {"/healthz", true, read, true, false, false, &WebServer::serveHealth},
        {"/login", true, {Method::Get, Method::Head, Method::Post}, true, false, false, &WebServer::login},
        {"/api/status", true, read, false, false, true, &WebServer::serveStatus},
        {"/api/exports", true, read, false, false, true, &WebServer::serveExports},
        {"/export", true, {Method::Post}, false, false, true, &WebServer::startExport},
        {"/download/", false, read, false, false, true, &WebServer::serveDownload},
        {"/changes/", false, read, false, true, true, &WebServer::serveChangesPage},
        {"/api/changes/", false, read, false, false, true, &WebServer::serveChanges},
        {"/cleanup", true, read, false, true, true, &WebServer::serveCleanupPage},
        {"/api/cleanup", true, read, false, false, true, &WebServer::serveCleanup},
    };
    return table;
}

void WebServer::servePage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    send(socket, request,
         {200, "text/html; charset=utf-8",
          m_page.index(WebPage::languageFor(request.value("accept-language"))),
          "Cache-Control: no-cache\r\nVary: Accept-Language\r\n"});
}

void WebServer::serveChangesPage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    send(socket, request,
         {200, "text/html; charset=utf-8",
          m_page.changes(WebPage::languageFor(request.value("accept-language"))),
          "Cache-Control: no-cache\r\nVary: Accept-Language\r\n"});
}

void WebServer::serveCleanupPage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    send(socket, request,
         {200, "text/html; charset=utf-8",
          m_page.cleanup(WebPage::languageFor(request.value("accept-language"))),
          "Cache-Control: no-cache\r\nVary: Accept-Language\r\n"});
}

void WebServer::serveCleanup(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const CleanupView view = m_front->cleanupView(m_words); // read again at most every five minutes
    if (view.state == CleanupView::State::NotConfigured)
        sendError(socket, request, 503,
                  say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running")));
    else
        sendJson(socket, request, 200, WebApi::cleanup(view));
}

void WebServer::serveAsset(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &name) {
    const WebPage::Asset asset = m_page.asset(u"/assets/"_s + QString::fromUtf8(name));
    if (asset.bytes.isEmpty())
        sendError(
            socket, request, 404,
            say(QT_TRANSLATE_NOOP("WebServer", "Nothing is at %1.")).arg(QString::fromUtf8(name.left(200))));
    else
        send(socket, request, {200, asset.type, asset.bytes, "Cache-Control: max-age=300\r\n"});
}

void WebServer::serveHealth(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const QString problem = !m_front
                                ? say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running"))
                                : m_front->folderProblem();
    if (problem.isEmpty())
        sendJson(socket, request, 200, {{u"ok"_s, true}});
    else
        sendJson(socket, request, 503, {{u"ok"_s, false}, {u"reason"_s, problem}});
}

void WebServer::serveStatus(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    sendJson(socket, request, 200, WebApi::status(*m_front, m_words));
}

void WebServer::serveExports(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const QUrlQuery query(request.url());
    int page = 1;
    int size = 50;
    if (!readPaging(query, 500, &page, &size))
        sendError(socket, request, 400,
                  say(QT_TRANSLATE_NOOP("WebServer",
                                        "page and size must be whole numbers from 1 (size at most 500)")));
    else {
        // Each page's answer is made once per change of the exports: a page load asks for the first page of
        // 36,500 again and again, and making it is most of its cost.
        const QString group = query.queryItemValue(u"group"_s, QUrl::FullyDecoded);
        const QString key = m_words.locale().name() + u'\n' + group + u'\n' + QString::number(page) + u'\n' +
                            QString::number(size);
        // A new export is in the journal but the index has not listed it yet (it waits 200 ms for the rest of
        // a cycle's files): reading the exports lists it now, and its change clears the pages kept. Without
        // this, the page a cycle's end was polled for showed the exports before it.
        m_front->exports();
        auto cached = m_exportPages.constFind(key);
        if (cached == m_exportPages.cend()) {
            if (m_exportPages.size() >= 64) // pages asked for by a crawler do not pile up
                m_exportPages.clear();
            cached = m_exportPages.insert(
                key, QJsonDocument(WebApi::exports(*m_front, m_items, group, page, size, m_words))
                         .toJson(QJsonDocument::Compact));
        }
        send(socket, request, {200, "application/json", *cached, "Cache-Control: no-store\r\n"});
    }
}

void WebServer::startExport(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    if (!sameOrigin(request)) {
        qCWarning(lcWeb, "run now refused: the request came from another site (%s)",
                  request.value("origin").constData());
        sendError(
            socket, request, 403,
            say(QT_TRANSLATE_NOOP("WebServer", "Run now is only accepted from this server's own page.")));
        return;
    }
    const RunNowResult result = m_front->runNow(u"web view (%1)"_s.arg(request.remoteAddress().toString()));
    const bool started = StateWords::runNowStarted(result);
    QJsonObject body{{u"status"_s, WebApi::status(*m_front, m_words)}};
    if (!started)
        body.insert(u"error"_s, StateWords::runNowText(result, m_words));
    sendJson(socket, request, started ? 202 : 409, body);
}

void WebServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    sendError(socket, request, 404, say(QT_TRANSLATE_NOOP("WebServer", "Nothing is here.")));
}

void WebServer::login(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const QString language = WebPage::languageFor(request.value("accept-language"));
    if (request.method() != Method::Post) {
        send(socket, request,
             {200, "text/html; charset=utf-8", m_page.login(language, WebPage::LoginError::None),
              "Cache-Control: no-store\r\n"});
        return;
    }
    if (!sameOrigin(request)) {
        sendError(socket, request, 403,
                  say(QT_TRANSLATE_NOOP("WebServer", "Sign in from this server's own page.")));
        return;
    }
    const int blocked = m_throttle.blockedSecs(request.remoteAddress());
    if (blocked > 0) {
        send(socket, request,
             {429, "text/html; charset=utf-8",
              m_page.login(language, WebPage::LoginError::TooManyTries, blocked),
              "Retry-After: " + QByteArray::number(blocked) + "\r\nCache-Control: no-store\r\n"});
        return;
    }
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    const QByteArray key = form.queryItemValue(u"key"_s, QUrl::FullyDecoded).toUtf8();
    if (m_keyDigest.isEmpty() || !constantTimeEquals(digest(key), m_keyDigest)) {
        m_throttle.failed(request.remoteAddress(), "sign-in form");
        send(socket, request,
             {401, "text/html; charset=utf-8", m_page.login(language, WebPage::LoginError::WrongKey),
              "Cache-Control: no-store\r\n"});
        return;
    }
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), token.size() / 4);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (m_sessions.size() > 1000)
        m_sessions.clear(); // bounded: everybody signs in again
    m_sessions.insert(digest(token));
    send(socket, request,
         {303,
          {},
          {},
          "Location: /\r\nCache-Control: no-store\r\nSet-Cookie: " + sessionCookie + '=' + token +
              "; Path=/; HttpOnly; SameSite=Strict\r\n"});
}

const ExportEntry *WebServer::listedExport(const QByteArray &encodedName, QString *name) {
    // Decoded once; then only a name the export folder lists as ours is served. "..", slashes, backslashes,
    // encoded or not, absolute paths and links never name such a file.
    *name = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedName));
    if (!ExportFile::isSafeName(*name))
        return nullptr;
    return m_front->exportNamed(*name);
}

void WebServer::serveChanges(QTcpSocket *socket, const QHttpServerRequest &request,
                             const QByteArray &encodedName) {
    QString name;
    const ExportEntry *entry = listedExport(encodedName, &name);
    if (!entry) {
        sendError(socket, request, 404,
                  say(QT_TRANSLATE_NOOP("WebServer", "There is no export named %1.")).arg(name.left(200)));
        return;
    }
    const QUrlQuery query(request.url());
    const QString kind = query.queryItemValue(u"kind"_s);
    int page = 1;
    int size = 50;
    if (!readPaging(query, 200, &page, &size)) {
        sendError(socket, request, 400,
                  say(QT_TRANSLATE_NOOP("WebServer",
                                        "page and size must be whole numbers from 1 (size at most 200)")));
        return;
    }
    if (!kind.isEmpty() && kind != u"added"_s && kind != u"removed"_s && kind != u"changed"_s) {
        sendError(socket, request, 400,
                  say(QT_TRANSLATE_NOOP("WebServer", "kind must be added, removed or changed")));
        return;
    }
    // Another baseline than the previous export: compared now (within a size limit, as this is the server's
    // thread).
    const QString baseline = query.queryItemValue(u"baseline"_s, QUrl::FullyDecoded);
    const QString search = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed().left(200);
    QString error;
    const ChangeDetails *details = baseline.isEmpty()
                                       ? m_changes.details(*m_front, name, &error)
                                       : m_changes.compared(*m_front, name, baseline, &error, m_words);
    if (!details) {
        sendError(socket, request, baseline.isEmpty() ? 404 : 400, error);
        return;
    }
    sendJson(socket, request, 200,
             WebApi::changes(*details, entry->file.group, kind, page, size, search,
                             m_front->baselinesOf(name),
                             [this, group = entry->file.group](const QString &id) {
                                 return m_front->testCaseUrl(group, id);
                             }));
}

void WebServer::serveDownload(QTcpSocket *socket, const QHttpServerRequest &request,
                              const QByteArray &encodedName) {
    QString name;
    const ExportEntry *entry = listedExport(encodedName, &name);
    // An export only the bucket holds is relayed from S3; a local one is served from what was opened, checked
    // after the open, so that a link swapped in meanwhile is refused.
    const bool remote = entry && entry->remote;
    const QString remoteKey = remote ? entry->remoteKey : QString();
    OpenedExport opened;
    if (!entry || (!remote && !m_front->openExport(name, &opened))) {
        sendError(socket, request, 404,
                  say(QT_TRANSLATE_NOOP("WebServer", "There is no export named %1.")).arg(name.left(200)));
        return;
    }
    const qint64 size = remote ? entry->file.bytes : opened.size;
    const QDateTime modified = remote ? entry->file.timestamp : opened.modified;
    const QByteArray etag =
        '"' + QByteArray::number(size) + '-' + QByteArray::number(modified.toMSecsSinceEpoch()) + '"';
    QByteArray headers =
        "Accept-Ranges: bytes\r\nETag: " + etag + "\r\nLast-Modified: " + httpDate(modified) + "\r\n";
    if (request.value("if-none-match") == etag) {
        send(socket, request, {304, {}, {}, headers});
        return;
    }
    // If-Range (RFC 9110 §13.1.5): a range of the file the client has, or else the whole file. Our ETag is
    // strong; a date must be the Last-Modified exactly.
    const QByteArray ifRange = request.value("if-range").trimmed();
    const bool rangeApplies = ifRange.isEmpty() || ifRange == etag || ifRange == httpDate(modified);
    qint64 first = 0;
    qint64 last = size - 1;
    int status = 200;
    static const QRegularExpression rangePattern(u"^bytes=(\\d*)-(\\d*)$"_s);
    const QByteArray range = request.value("range").trimmed();
    const QRegularExpressionMatch match = rangePattern.match(QString::fromLatin1(range));
    if (!range.isEmpty() && rangeApplies && match.hasMatch() &&
        !(match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        // One range, as a resumed download asks; anything else gets the whole file (RFC 9110 allows it).
        // A number too large for 64 bits is past the end of any file, never 0.
        const auto number = [](const QString &digits) {
            bool ok = false;
            const qint64 value = digits.toLongLong(&ok);
            return ok ? value : std::numeric_limits<qint64>::max();
        };
        if (match.captured(1).isEmpty()) { // the last N bytes
            first = qMax<qint64>(0, size - number(match.captured(2)));
        } else {
            first = number(match.captured(1));
            if (!match.captured(2).isEmpty())
                last = qMin(last, number(match.captured(2)));
        }
        if (first >= size || first > last) {
            send(socket, request,
                 {416, {}, {}, headers + "Content-Range: bytes */" + QByteArray::number(size) + "\r\n"});
            return;
        }
        status = 206;
        headers += "Content-Range: bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) +
                   '/' + QByteArray::number(size) + "\r\n";
    }
    // RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name (group names may be Cyrillic). No control
    // character can reach a header (our names have none; this holds whatever the name).
    QByteArray ascii;
    for (const QChar c : name)
        ascii += c.unicode() >= 32 && c.unicode() < 127 && c != u'"' && c != u'\\' ? char(c.unicode()) : '_';
    headers += "Content-Disposition: attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
               QUrl::toPercentEncoding(name) + "\r\n";
    const bool close = m_request.closeAfter;
    const qint64 length = last - first + 1;
    QByteArray answerHead = head(status, "text/csv; charset=utf-8", length, headers);
    if (request.method() == Method::Head) {
        socket->write(answerHead);
        if (close)
            socket->disconnectFromHost();
        m_guard->requestHandled(socket);
        return;
    }
    m_guard->setStreaming(socket, true);
    // `done` may come while the socket is being destroyed (then it is no QTcpSocket any more, nor connected).
    const auto done = [this, close, socket = QPointer<QAbstractSocket>(socket)](bool) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_guard->setStreaming(static_cast<QTcpSocket *>(socket.data()), false);
        if (close)
            socket->disconnectFromHost();
    };
    if (remote) {
        const QString what = say(QT_TRANSLATE_NOOP("WebServer", "The export cannot be fetched from S3: %1"));
        auto *relay = new S3Relay(socket, std::move(answerHead), length, [this, what](const QString &why) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{u"error"_s, what.arg(why)}}).toJson(QJsonDocument::Compact);
            return head(502, "application/json", body.size(), "Cache-Control: no-store\r\n") + body;
        });
        connect(relay, &S3Relay::done, this, done);
        const QByteArray wanted = status == 206
                                      ? "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last)
                                      : QByteArray();
        relay->start(m_front->fetchRemote(remoteKey, relay, wanted));
        return;
    }
    auto *sender = new FileSender(socket, std::move(opened.file), first, length, std::move(answerHead),
                                  m_guard->limits().downloadStallMs);
    connect(sender, &FileSender::done, this, done);
    sender->start();
}
