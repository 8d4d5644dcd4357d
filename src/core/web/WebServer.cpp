#include "WebServer.h"

#include "HttpAnswer.h"
#include "WebApi.h"
#include "log/LogCategories.h"
#include "service/SnapshotFront.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

WebServer::WebServer(Options options, ExportFront *front, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_front(front)
    , m_guard(new HttpGuard(m_options.limits, this))
    , m_page(m_options.catalogueFolder)
    , m_access(m_options.accessKey, m_options.allowedHosts, m_options.bind,
               m_options.clock ? *m_options.clock : m_systemClock) {
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
           m_access.keyRequired() ? ", access key required" : "");
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
    return HttpAnswer::head(status, type, length, headers, m_request.closeAfter);
}

void WebServer::send(QTcpSocket *socket, const QHttpServerRequest &request, const Answer &answer) {
    const bool close = m_request.closeAfter;
    count(answer.status);
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

void WebServer::sendBlocked(QTcpSocket *socket, const QHttpServerRequest &request) {
    const int wait = qMax(1, m_access.blockedSecs(request.remoteAddress()));
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

bool WebServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_request = m_guard->takeRequestHead(socket);
    m_words = m_page.words(WebPage::languageFor(request.value("accept-language")));
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    if (admit(request, socket, path))
        (this->*m_route->handler)(socket, request,
                                  m_route->exact ? QByteArray() : path.mid(m_route->prefix.size()));
    return true;
}

bool WebServer::admit(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &path) {
    const QByteArray host = request.value("host");
    if (host.isEmpty() && !m_request.http10) {
        sendError(socket, request, 400,
                  say(QT_TRANSLATE_NOOP("WebServer", "The request has no Host header.")));
        return false;
    }
    if (!host.isEmpty() && !m_access.hostAllowed(host)) {
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
        return false;
    }
    const Method method = request.method();
    m_route = nullptr;
    for (const Route &candidate : routes()) {
        if (candidate.exact ? path == candidate.prefix
                            : path.startsWith(candidate.prefix) && path.size() > candidate.prefix.size()) {
            m_route = &candidate;
            break;
        }
    }
    if (!m_route) {
        sendError(
            socket, request, 404,
            say(QT_TRANSLATE_NOOP("WebServer", "Nothing is at %1.")).arg(QString::fromUtf8(path.left(200))));
        return false;
    }
    if (!m_route->methods.contains(method)) {
        QStringList allowed;
        for (Method allowedMethod : m_route->methods)
            allowed.append(HttpAnswer::methodName(allowedMethod));
        send(socket, request,
             {405, "application/json",
              QJsonDocument(QJsonObject{{u"error"_s, say(QT_TRANSLATE_NOOP("WebServer",
                                                                           "%1 is not allowed here; use %2."))
                                                         .arg(QString::fromLatin1(m_request.method.left(20)),
                                                              allowed.join(u", "_s))}})
                  .toJson(QJsonDocument::Compact),
              "Allow: " + allowed.join(u", "_s).toLatin1() + "\r\n"});
        return false;
    }
    using Verdict = WebAccess::Verdict;
    const Verdict granted = m_route->open ? Verdict::Granted : m_access.check(request);
    if (granted == Verdict::Blocked) {
        sendBlocked(socket, request);
        return false;
    }
    if (granted != Verdict::Granted) {
        if (granted == Verdict::Missing && m_route->page)
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
        return false;
    }
    if (m_route->needsService && !m_front) {
        sendError(socket, request, 503,
                  say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running")));
        return false;
    }
    return true;
}

// Each route once: its path, methods, whether it is open without the key, and its handler.
const QList<WebServer::Route> &WebServer::routes() {
    const QList<Method> read{Method::Get, Method::Head};
    static const QList<Route> table = {
        {"/", true, read, false, true, false, &WebServer::servePage, &WebPage::index},
        {"/assets/", false, read, true, false, false, &WebServer::serveAsset},
        {"/healthz", true, read, true, false, false, &WebServer::serveHealth},
        {"/readyz", true, read, true, false, false, &WebServer::serveReady},
        {"/metrics", true, read, false, false, false, &WebServer::serveMetrics},
        {"/login", true, {Method::Get, Method::Head, Method::Post}, true, false, false, &WebServer::login},
        {"/api/status", true, read, false, false, true, &WebServer::serveStatus},
        {"/api/exports", true, read, false, false, true, &WebServer::serveExports},
        {"/export", true, {Method::Post}, false, false, true, &WebServer::startExport},
        {"/download/", false, read, false, false, true, &WebServer::serveDownload},
        {"/changes/", false, read, false, true, true, &WebServer::servePage, &WebPage::changes},
        {"/api/changes/", false, read, false, false, true, &WebServer::serveChanges},
        {"/cleanup", true, read, false, true, true, &WebServer::servePage, &WebPage::cleanup},
        {"/snapshots", true, read, false, true, true, &WebServer::servePage, &WebPage::snapshots},
        {"/api/cleanup", true, read, false, false, true, &WebServer::serveCleanup},
        {"/api/snapshots", true, read, false, false, true, &WebServer::serveSnapshots},
        {"/api/snapshots/", false, read, false, false, true, &WebServer::serveSnapshotCase},
    };
    return table;
}

void WebServer::servePage(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    send(socket, request,
         {200, "text/html; charset=utf-8",
          (m_page.*m_route->html)(WebPage::languageFor(request.value("accept-language"))),
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

void WebServer::serveSnapshots(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const QString group = QUrlQuery(request.url()).queryItemValue(u"group"_s, QUrl::FullyDecoded);
    sendJson(socket, request, 200, {{u"snapshots"_s, m_front->snapshots()->listJson(group.left(200))}});
}

// /api/snapshots/{id}/cases, /api/snapshots/{id}/cases/{caseId}[?compare={id or yyyy-MM-dd}] and
// /api/snapshots/{id}/cases/{caseId}/attachments/{attachmentId} (its bytes, always as a download)
void WebServer::serveSnapshotCase(QTcpSocket *socket, const QHttpServerRequest &request,
                                  const QByteArray &rest) {
    static const QRegularExpression path(u"^([^/]+)/cases(?:/(\\d{1,18})(?:/attachments/(\\d{1,18}))?)?$"_s);
    const QRegularExpressionMatch m = path.match(QUrl::fromPercentEncoding(rest));
    if (!m.hasMatch()) {
        sendError(socket, request, 404,
                  say(QT_TRANSLATE_NOOP("WebServer",
                                        "Ask for /api/snapshots/{snapshot id}/cases/{test case id}.")));
        return;
    }
    QString error;
    if (!m.captured(3).isEmpty()) {
        const std::optional<SnapshotFront::KeptAttachment> file = m_front->snapshots()->attachment(
            m.captured(1), m.captured(2).toLongLong(), m.captured(3).toLongLong(), &error);
        if (!file)
            return sendError(socket, request, 404, error);
        // Never shown in the page's origin: a download whatever its type (an HTML attachment runs no script).
        send(socket, request,
             {200, "application/octet-stream", file->bytes,
              HttpAnswer::attachmentHeader(file->name) + "Cache-Control: no-cache\r\n"});
        return;
    }
    const std::optional<QJsonObject> json =
        m.captured(2).isEmpty()
            ? m_front->snapshots()->casesJson(m.captured(1), &error)
            : m_front->snapshots()->caseJson(
                  m.captured(1), m.captured(2).toLongLong(),
                  QUrlQuery(request.url()).queryItemValue(u"compare"_s, QUrl::FullyDecoded).left(200), &error,
                  m_page.translator(WebPage::languageFor(request.value("accept-language"))).get());
    if (!json)
        sendError(socket, request, 404, error);
    else
        sendJson(socket, request, 200, *json);
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

void WebServer::serveReady(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    // Ready: the settings are valid and the export folder takes exports. A follower replica is ready too.
    QString problem;
    if (!m_front)
        problem = say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running"));
    else if (!m_front->isConfigured())
        problem = m_front->whyNotConfigured();
    else
        problem = m_front->folderProblem();
    if (problem.isEmpty())
        sendJson(socket, request, 200, {{u"ready"_s, true}});
    else
        sendJson(socket, request, 503, {{u"ready"_s, false}, {u"reason"_s, problem}});
}

void WebServer::serveMetrics(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    if (!m_front) {
        sendError(socket, request, 503,
                  say(QT_TRANSLATE_NOOP("WebServer", "the export service is not running")));
        return;
    }
    send(socket, request,
         {200, WebMetrics::contentType(), WebMetrics::render(*m_front, m_requests),
          "Cache-Control: no-store\r\n"});
}

void WebServer::count(int status) {
    ++m_requests[{m_route ? m_route->prefix : QByteArrayLiteral("other"), status / 100}];
}

void WebServer::serveStatus(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    sendJson(socket, request, 200, WebApi::status(*m_front, m_words));
}

void WebServer::serveExports(QTcpSocket *socket, const QHttpServerRequest &request, const QByteArray &) {
    const QUrlQuery query(request.url());
    int page = 1;
    int size = 50;
    if (!HttpAnswer::readPaging(query, 500, &page, &size))
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
    if (!WebAccess::sameOrigin(request)) {
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
    if (!WebAccess::sameOrigin(request)) {
        sendError(socket, request, 403,
                  say(QT_TRANSLATE_NOOP("WebServer", "Sign in from this server's own page.")));
        return;
    }
    const int blocked = m_access.blockedSecs(request.remoteAddress());
    if (blocked > 0) {
        send(socket, request,
             {429, "text/html; charset=utf-8",
              m_page.login(language, WebPage::LoginError::TooManyTries, blocked),
              "Retry-After: " + QByteArray::number(blocked) + "\r\nCache-Control: no-store\r\n"});
        return;
    }
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    const QByteArray token =
        m_access.signIn(form.queryItemValue(u"key"_s, QUrl::FullyDecoded).toUtf8(), request.remoteAddress());
    if (token.isEmpty()) {
        send(socket, request,
             {401, "text/html; charset=utf-8", m_page.login(language, WebPage::LoginError::WrongKey),
              "Cache-Control: no-store\r\n"});
        return;
    }
    send(socket, request,
         {303,
          {},
          {},
          "Location: /\r\nCache-Control: no-store\r\nSet-Cookie: " + QByteArray(WebAccess::sessionCookie) +
              '=' + token + "; Path=/; HttpOnly; SameSite=Strict\r\n"});
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
    if (!HttpAnswer::readPaging(query, 200, &page, &size)) {
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
