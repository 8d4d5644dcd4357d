#include "FakeTestOps.h"

#include "CsvGenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray gzipOf(const QByteArray &bytes) {
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray statusText(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray loginPage = "<!DOCTYPE html>\n<html><head><title>Allure TestOps - Sign in</title></head>"
                             "<body><form action=\"/login\"><input name=\"username\"></form></body></html>\n";
} // namespace

// One client connection: parses requests (keep-alive) and writes answers, streaming large bodies.
class FakeTestOps::Connection : public QObject {
public:
    Connection(FakeTestOps *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::pumpBody);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            endDownload(false); // the client went away mid-body
            deleteLater();
        });
        m_throttle.setInterval(100);
        connect(&m_throttle, &QTimer::timeout, this, [this] {
            m_budget = m_server->throttleBytesPerSecond / 10;
            pumpBody();
        });
    }

    void reply(int status, QByteArray body, const QByteArray &type = "application/json", bool close = false,
               QByteArray headers = {}) {
        if ((m_writing && m_server->takeFault(Fault::DropWriteAnswer)) ||
            (!m_route.isEmpty() && m_route == m_server->dropAnswerTo)) {
            if (m_route == m_server->dropAnswerTo)
                m_server->dropAnswerTo.clear();
            m_socket->disconnectFromHost(); // the work is done; its answer never leaves
            return;
        }
        if (m_server->gzip && m_acceptsGzip && !body.isEmpty() && !headers.contains("Content-Encoding")) {
            body = gzipOf(body);
            headers += "Content-Encoding: gzip\r\n";
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n" + headers;
        if (!type.isEmpty())
            head += "Content-Type: " + type + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (close)
            head += "Connection: close\r\n";
        m_socket->write(head + "\r\n" + body);
        if (close)
            m_socket->disconnectFromHost();
    }

    enum class BodyMode { Normal, ResetHalfway, StallHalfway, NoLength, Short, NoLengthHalfway };

    void stream(std::unique_ptr<CsvGenerator> generator, qint64 size, BodyMode mode, bool contentType,
                qint64 jobId = 0, const QByteArray &userAgent = {}) {
        m_download = int(m_server->downloads.size());
        m_server->downloads.append({jobId, userAgent, QDateTime::currentMSecsSinceEpoch(), 0, false});
        m_generator = std::move(generator);
        m_mode = mode;
        m_total = size;
        m_sent = 0;
        QByteArray head = "HTTP/1.1 200 OK\r\n";
        if (contentType)
            head += "Content-Type: application/octet-stream\r\n";
        head += "Content-Disposition: attachment; filename=\"export.csv\"\r\n";
        if (mode == BodyMode::NoLength || mode == BodyMode::NoLengthHalfway)
            head += "Connection: close\r\n";
        else
            head += "Content-Length: " + QByteArray::number(mode == BodyMode::Short ? size + 1000 : size) +
                    "\r\n";
        m_socket->write(head + "\r\n");
        // A large send buffer lets each wake-up of the event loop hand the kernel megabytes, not kilobytes.
        m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 4 * 1024 * 1024);
        if (m_server->throttleBytesPerSecond > 0) {
            m_budget = m_server->throttleBytesPerSecond / 10;
            m_throttle.start();
        }
        pumpBody();
    }

private:
    void endDownload(bool complete) {
        if (m_download < 0 || m_download >= m_server->downloads.size())
            return;
        Download &download = m_server->downloads[m_download];
        if (download.endMs == 0) {
            download.endMs = QDateTime::currentMSecsSinceEpoch();
            download.complete = complete;
        }
        m_download = -1;
    }

    void onReadyRead() {
        m_buffer += m_socket->readAll();
        while (!m_generator) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype q = target.indexOf('?');
            request.path = q < 0 ? target : target.left(q);
            request.query = q < 0 ? QByteArray() : target.mid(q + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_acceptsGzip = request.headers.value("accept-encoding").contains("gzip");
            m_route = request.method == "GET" ? QString()
                                              : QString::fromLatin1(request.method + ' ' + request.path);
            m_writing = request.method != "GET" && (request.path.startsWith("/api/testcase") ||
                                                    request.path.startsWith("/api/cleanerschema"));
            if (m_writing && m_server->takeFault(Fault::LoseWrite)) {
                m_socket->disconnectFromHost();
                return;
            }
            m_server->handle(this, request);
        }
    }

    void pumpBody() {
        if (!m_generator)
            return;
        const qint64 half = m_total / 2;
        while (m_socket->bytesToWrite() < 4 * 1024 * 1024) {
            qint64 want = 1024 * 1024;
            if (m_server->throttleBytesPerSecond > 0) {
                if (m_budget <= 0)
                    return;
                want = qMin(want, m_budget);
            }
            if (m_mode == BodyMode::ResetHalfway || m_mode == BodyMode::StallHalfway ||
                m_mode == BodyMode::NoLengthHalfway) {
                if (m_sent >= half) {
                    // Cut only after the first half has left: a connection closed before any byte of the
                    // answer is silently retried by the client, which would hide the fault.
                    if (m_socket->bytesToWrite() > 0)
                        return;
                    if (m_mode == BodyMode::ResetHalfway) {
                        m_generator.reset();
                        m_socket->abort();
                    } else if (m_mode == BodyMode::NoLengthHalfway) {
                        m_generator.reset(); // a clean close: the end of a body without a length
                        m_socket->disconnectFromHost();
                    } else {
                        m_generator.reset(); // keeps the connection open and silent
                        emit m_server->downloadStalled();
                    }
                    return;
                }
                want = qMin(want, half - m_sent);
            }
            QByteArray piece = m_generator->next(want);
            if (m_mode == BodyMode::NoLengthHalfway && m_sent + piece.size() > half)
                piece.truncate(half - m_sent); // the generator makes whole rows: cut inside one
            if (piece.isEmpty()) {
                endDownload(true);
                m_generator.reset();
                m_throttle.stop();
                if (m_mode == BodyMode::NoLength || m_mode == BodyMode::Short)
                    m_socket->disconnectFromHost();
                else if (!m_buffer.isEmpty())
                    onReadyRead();
                return;
            }
            m_sent += piece.size();
            m_budget -= piece.size();
            m_socket->write(piece);
        }
    }

    FakeTestOps *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_acceptsGzip = false; // the request being answered
    bool m_writing = false;     // and it writes test cases or cleanup rules
    QString m_route;            // "POST /api/comment": a write's, for dropAnswerTo
    std::unique_ptr<CsvGenerator> m_generator;
    BodyMode m_mode = BodyMode::Normal;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    qint64 m_budget = 0;
    QTimer m_throttle;
    int m_download = -1; // index in downloads while one is served
};

FakeTestOps::FakeTestOps(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTestOps::onNewConnection);
}

FakeTestOps::~FakeTestOps() = default;

bool FakeTestOps::listen(const QHostAddress &address, quint16 port) {
    return m_server.listen(address, port);
}

QUrl FakeTestOps::url() const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    return url;
}

void FakeTestOps::addGroup(const Group &group) {
    m_groups.append(group);
}

QList<qint64> FakeTestOps::addModelGroup(qint64 projectId, qint64 treeId, qint64 groupId, const QString &name,
                                         int cases, const FakeCaseModel::Shape &shape) {
    const QList<qint64> ids = model.addGroup(projectId, treeId, groupId, name, cases, shape);
    addGroup({projectId, treeId, groupId, name, cases, 0, {}});
    return ids;
}

FakeTestOps::Group *FakeTestOps::group(qint64 groupId) {
    for (Group &g : m_groups) {
        if (g.groupId == groupId)
            return &g;
    }
    return nullptr;
}

void FakeTestOps::addFault(Fault fault, int times) {
    m_faults.insert(fault, times);
}

void FakeTestOps::clearFaults() {
    m_faults.clear();
}

bool FakeTestOps::takeFault(Fault fault) {
    auto it = m_faults.find(fault);
    if (it == m_faults.end() || it.value() == 0)
        return false;
    if (it.value() > 0)
        --it.value();
    return true;
}

QByteArray FakeTestOps::expectedCsv(qint64 groupId) const {
    for (const Group &g : m_groups) {
        if (g.groupId == groupId) {
            CsvGenerator generator(CsvGenerator::standardColumns(), g.groupId, g.rows, bom, g.revision);
            generator.setEdits(g.edits);
            return generator.all();
        }
    }
    return {};
}

QList<qint64> FakeTestOps::liveJobs() const {
    QList<qint64> live;
    for (const Job &job : m_jobs) {
        if (!job.deleted)
            live.append(job.id);
    }
    return live;
}

int FakeTestOps::openConnections() const {
    return int(findChildren<Connection *>(QString(), Qt::FindDirectChildrenOnly).size());
}

void FakeTestOps::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Connection(this, socket);
}

QString FakeTestOps::newJwt() {
    const QString jwt = u"eyJ.fake-jwt-%1"_s.arg(m_nextJwt++);
    m_validJwts.insert(jwt);
    return jwt;
}

bool FakeTestOps::authorised(const Request &request) {
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const QString jwt = QString::fromUtf8(header.mid(7));
    if (!m_validJwts.contains(jwt))
        return false;
    if (takeFault(Fault::ExpireToken)) {
        m_validJwts.remove(jwt);
        return false;
    }
    return true;
}

void FakeTestOps::handle(Connection *connection, const Request &request) {
    const QString path = QString::fromUtf8(request.path);
    QString route = QString::fromLatin1(request.method) + u' ' + path;
    // Routes with ids are counted under their pattern.
    static const QRegularExpression number(u"/\\d+"_s);
    route.replace(number, u"/{id}"_s);
    m_counts[route] += 1;
    emit requestServed(route);
    if (logRequests)
        requestLog.append(QString::fromLatin1(request.method) + u' ' + path +
                          (request.query.isEmpty() ? QString() : u'?' + QString::fromUtf8(request.query)));
    for (const QString &missing : std::as_const(missingCalls)) {
        if (path.startsWith(missing))
            return connection->reply(404, json({{u"message"_s, u"No handler for %1"_s.arg(route)}}));
    }
    const QByteArray bearer = request.headers.value("authorization");
    if (request.method != "GET" && bearer.startsWith("Bearer ") &&
        m_validJwts.contains(QString::fromUtf8(bearer.mid(7)))) { // a restore's writes to the stored model
        if (const std::optional<FakeCaseModel::Answer> answer =
                model.write(request.method, path, QString::fromUtf8(request.query), request.body,
                            request.headers.value("content-type")))
            return connection->reply(answer->status, answer->body, answer->contentType);
    }
    if (request.method == "GET" && request.path != "/api/uaa/account/me") {
        if (const std::optional<FakeCaseModel::Answer> answer =
                model.get(path, QString::fromUtf8(request.query))) {
            if (!authorised(request))
                return connection->reply(401, json({{u"message"_s, u"Unauthorized"_s}}));
            if (takeFault(Fault::CaseReadError))
                return connection->reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>",
                                         "text/html");
            if (latencyMs <= 0)
                return connection->reply(answer->status, answer->body, answer->contentType);
            QPointer<Connection> later(connection);
            QTimer::singleShot(latencyMs, Qt::PreciseTimer, this, [later, a = *answer] {
                if (later)
                    later->reply(a.status, a.body, a.contentType);
            });
            return;
        }
    }

    if (request.method == "POST" && path == u"/api/uaa/oauth/token"_s) {
        if (takeFault(Fault::TokenDown))
            return connection->reply(
                503, json({{u"message"_s, echoSecrets ? u"UAA is starting; the request was %1"_s.arg(
                                                            QString::fromUtf8(request.body))
                                                      : u"UAA is starting"_s}}));
        // application/x-www-form-urlencoded as a real server reads it: "+" is a space, then %XX escapes.
        QHash<QString, QString> form;
        for (const QByteArray &pair : request.body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const auto decode = [](QByteArray part) {
                return QUrl::fromPercentEncoding(part.replace('+', ' '));
            };
            form.insert(decode(pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
        }
        if (takeFault(Fault::TokenRefused) || form.value(u"grant_type"_s) != u"apitoken"_s ||
            form.value(u"token"_s) != apiToken)
            return connection->reply(401, json({{u"error"_s, u"invalid_token"_s},
                                                {u"error_description"_s, u"Bad credentials"_s}}));
        return connection->reply(200, json({{u"access_token"_s, newJwt()},
                                            {u"token_type"_s, u"bearer"_s},
                                            {u"expires_in"_s, tokenLifetimeSecs},
                                            {u"scope"_s, u"openid"_s},
                                            {u"jti"_s, u"fake"_s}}));
    }
    if (request.method == "POST" && path == u"/_fake/edit"_s) {
        // Not TestOps: lets a test that runs the fake as a program change test cases between two exports.
        // ?group=ID&add=A&remove=R&edit=E adds A rows, deletes the first R and edits the E after them.
        const QUrlQuery query(QString::fromUtf8(request.query));
        Group *g = group(query.queryItemValue(u"group"_s).toLongLong());
        if (!g)
            return connection->reply(404, json({{u"message"_s, u"No such group"_s}}));
        const qint64 remove = query.queryItemValue(u"remove"_s).toLongLong();
        const qint64 edit = query.queryItemValue(u"edit"_s).toLongLong();
        g->rows += query.queryItemValue(u"add"_s).toLongLong();
        for (qint64 row = 0; row < remove + edit; ++row)
            (row < remove ? g->edits.removed : g->edits.edited).insert(row);
        return connection->reply(200, json({{u"testCases"_s, g->testCases()}}));
    }
    if (request.method == "POST" && path == u"/_fake/model-edit"_s) {
        // Not TestOps: a colleague edits `percent` of a stored group's cases (each gets a new modification
        // date).
        const QUrlQuery query(QString::fromUtf8(request.query));
        const QList<qint64> ids = model.casesUnder(query.queryItemValue(u"group"_s).toLongLong());
        const qsizetype edits = ids.size() * query.queryItemValue(u"percent"_s).toInt() / 100;
        for (qsizetype i = 0; i < edits; ++i)
            model.rename(ids[i * ids.size() / qMax<qsizetype>(1, edits)], u"edited %1"_s.arg(i));
        return connection->reply(200, json({{u"edited"_s, edits}}));
    }
    if (request.method == "POST" && path == u"/_fake/fault"_s) {
        // Not TestOps: lets a test that runs the fake as a program make the next calls fail.
        // ?name=JobFailed&times=2 (the names of FakeTestOps::Fault; times -1: until cleared).
        const QUrlQuery query(QString::fromUtf8(request.query));
        bool known = false;
        const int value = QMetaEnum::fromType<Fault>().keyToValue(
            query.queryItemValue(u"name"_s).toLatin1().constData(), &known);
        if (!known)
            return connection->reply(400, json({{u"message"_s, u"No such fault"_s}}));
        addFault(Fault(value), query.hasQueryItem(u"times"_s) ? query.queryItemValue(u"times"_s).toInt() : 1);
        return connection->reply(200, json({{u"fault"_s, query.queryItemValue(u"name"_s)}}));
    }
    if (!authorised(request))
        return connection->reply(401, json({{u"message"_s, u"Full authentication is required"_s}}));

    if (request.method == "GET" && path == u"/api/uaa/account/me"_s)
        return connection->reply(200, json({{u"id"_s, 1}, {u"username"_s, u"fake.user"_s}}));

    if (request.method == "GET" && path.startsWith(u"/api/project/"_s)) {
        const qint64 id = path.mid(13).toLongLong();
        for (const Group &g : std::as_const(m_groups)) {
            if (g.projectId == id)
                return connection->reply(200, json({{u"id"_s, id}, {u"name"_s, u"Project %1"_s.arg(id)}}));
        }
        return connection->reply(404, json({{u"message"_s, u"Project not found"_s}}));
    }

    // Browsing: projects, trees and group nodes, built from the configured groups. Projects come as a Spring
    // page split in pages of the requested size; trees as a plain array (TestOps answers both ways).
    if (request.method == "GET" && path == u"/api/project"_s) {
        QMap<qint64, bool> ids;
        for (const Group &g : std::as_const(m_groups))
            ids.insert(g.projectId, true);
        const QUrlQuery query(QString::fromUtf8(request.query));
        const int page = query.queryItemValue(u"page"_s).toInt();
        const int size = qMax(1, query.queryItemValue(u"size"_s).toInt());
        const QList<qint64> all = ids.keys();
        QJsonArray content;
        for (qsizetype i = qsizetype(page) * size; i < all.size() && i < qsizetype(page + 1) * size; ++i)
            content.append(QJsonObject{
                {u"id"_s, all[i]}, {u"name"_s, u"Project %1"_s.arg(all[i])}, {u"abbr"_s, u"P"_s}});
        return connection->reply(200, json({{u"content"_s, content},
                                            {u"totalElements"_s, all.size()},
                                            {u"number"_s, page},
                                            {u"size"_s, size},
                                            {u"last"_s, qsizetype(page + 1) * size >= all.size()}}));
    }
    if (request.method == "GET" && path == u"/api/v2/tree"_s) {
        const qint64 projectId =
            QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(u"projectId"_s).toLongLong();
        QMap<qint64, bool> trees;
        for (const Group &g : std::as_const(m_groups)) {
            if (g.projectId == projectId)
                trees.insert(g.treeId, true);
        }
        QJsonArray array;
        for (qint64 tree : trees.keys())
            array.append(QJsonObject{
                {u"id"_s, tree}, {u"name"_s, u"Tree %1"_s.arg(tree)}, {u"projectId"_s, projectId}});
        if (projectId == 0)
            return connection->reply(400, json({{u"message"_s, u"projectId is required"_s}}));
        return connection->reply(200, QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    static const QRegularExpression treeNode(u"^/api/v2/project/(\\d+)/test-case/tree/tree-node$"_s);
    if (const QRegularExpressionMatch m = treeNode.match(path); request.method == "GET" && m.hasMatch()) {
        const qint64 projectId = m.captured(1).toLongLong();
        const QUrlQuery query(QString::fromUtf8(request.query));
        const qint64 treeId = query.queryItemValue(u"treeId"_s).toLongLong();
        const qint64 parent = query.queryItemValue(u"parentNodeId"_s).toLongLong();
        QJsonArray children;
        for (const Group &g : std::as_const(m_groups)) {
            if (g.projectId == projectId && g.treeId == treeId && parent == 0)
                children.append(QJsonObject{{u"id"_s, g.groupId},
                                            {u"name"_s, g.name},
                                            {u"type"_s, u"GROUP"_s},
                                            {u"count"_s, g.rows}});
        }
        if (parent == 0) // a test case at the top, not a group
            children.append(
                QJsonObject{{u"id"_s, 5}, {u"name"_s, u"Smoke: login"_s}, {u"type"_s, u"LEAF"_s}});
        else if (group(parent)) // every group holds one sub-group, which holds nothing the fake stores
            children.append(QJsonObject{{u"id"_s, parent * 10 + 1},
                                        {u"name"_s, u"Подгруппа %1"_s.arg(parent)},
                                        {u"type"_s, u"GROUP"_s},
                                        {u"count"_s, 3}});
        return connection->reply(
            200, json({{u"id"_s, parent},
                       {u"name"_s, u"root"_s},
                       {u"children"_s, QJsonObject{{u"content"_s, children}, {u"last"_s, true}}}}));
    }

    const auto selectedGroup = [this](const QJsonObject &selection, int *status) -> const Group * {
        const qint64 projectId = selection.value(u"projectId"_s).toInteger();
        const qint64 groupId = selection.value(u"groupsInclude"_s).toArray().at(0).toInteger();
        bool projectKnown = false;
        for (const Group &g : std::as_const(m_groups)) {
            projectKnown = projectKnown || g.projectId == projectId;
            if (g.projectId == projectId && g.groupId == groupId &&
                g.treeId == selection.value(u"treeId"_s).toInteger())
                return &g;
        }
        *status = projectKnown ? 200 : 404; // a stale group id exports nothing; a wrong project is not found
        return nullptr;
    };

    if (request.method == "POST" && path == u"/api/v2/test-case/bulk/count"_s) {
        if (const std::optional<qint64> total =
                model.count(QJsonDocument::fromJson(request.body).object().value(u"selection"_s).toObject());
            total && !countUnknown)
            return connection->reply(200, json({{u"total"_s, *total + countOffset}}));
        int status = 200;
        const Group *g = selectedGroup(
            QJsonDocument::fromJson(request.body).object().value(u"selection"_s).toObject(), &status);
        if (status == 404 || countUnknown)
            return connection->reply(404, json({{u"message"_s, u"Project not found"_s}}));
        return connection->reply(200, json({{u"total"_s, (g ? g->testCases() : 0) + countOffset}}));
    }

    if (request.method == "POST" && path == u"/api/v2/test-case/bulk/export/csv"_s) {
        m_exportRequests.append(request.body);
        if (takeFault(Fault::CreateServerError))
            return connection->reply(
                500,
                json({{u"message"_s, echoSecrets
                                         ? u"Internal error while creating export for %1"_s.arg(
                                               QString::fromUtf8(request.headers.value("authorization")))
                                         : u"Internal error while creating export"_s}}),
                "application/json", false,
                retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + retryAfter + "\r\n");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        int status = 200;
        const Group *g = selectedGroup(body.value(u"selection"_s).toObject(), &status);
        if (status == 404)
            return connection->reply(404, json({{u"message"_s, u"Project not found"_s}}));
        Job job;
        job.id = m_nextJobId++;
        job.userAgent = request.headers.value("user-agent");
        job.groupId = g ? g->groupId : 0;
        job.rows = g ? g->rows : 0;
        job.revision = g ? g->revision : 0;
        job.edits = g ? g->edits : CsvGenerator::Edits();
        const QString separator = body.value(u"columnSeparator"_s).toString(u";"_s);
        job.separator = separator.size() == 1 ? separator.at(0).toLatin1() : ';';
        for (const QJsonValue &column : body.value(u"mapping"_s).toArray())
            job.columns.append(column.toObject().value(u"name"_s).toString());
        job.pollsLeft = queuedPolls;
        if (takeFault(Fault::JobNeverReady))
            job.pollsLeft = std::numeric_limits<int>::max();
        else if (takeFault(Fault::JobFailed))
            job.status = u"failed"_s;
        if (queuedPolls < 0 && job.status == u"queued"_s)
            job.status = u"ready"_s; // ready at once, as small exports sometimes are
        m_jobs.insert(job.id, job);
        return connection->reply(
            200, json({{u"id"_s, job.id},
                       {u"status"_s, job.status},
                       {u"type"_s, u"TEST_CASE_CSV"_s},
                       {u"projectId"_s, body.value(u"selection"_s).toObject().value(u"projectId"_s)},
                       {u"name"_s, body.value(u"name"_s)},
                       {u"createdDate"_s, QDateTime::currentMSecsSinceEpoch()}}));
    }

    static const QRegularExpression jobPath(u"^/api/export/(download/)?(\\d+)$"_s);
    const QRegularExpressionMatch match = jobPath.match(path);
    if (match.hasMatch()) {
        const qint64 id = match.captured(2).toLongLong();
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->deleted)
            return connection->reply(404, json({{u"message"_s, u"Export request not found"_s}}));
        Job &job = *it;
        const bool isDownload = !match.captured(1).isEmpty();
        if (request.method == "DELETE" && !isDownload) {
            job.deleted = true;
            return connection->reply(200, QByteArray(), QByteArray());
        }
        if (request.method == "GET" && !isDownload) {
            if (takeFault(Fault::PollServerError))
                return connection->reply(502, "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>",
                                         "text/html");
            if (job.status == u"queued"_s && job.pollsLeft-- <= 0)
                job.status = u"ready"_s;
            QJsonObject dto{{u"id"_s, job.id}, {u"status"_s, job.status}, {u"type"_s, u"TEST_CASE_CSV"_s}};
            if (job.status == u"failed"_s)
                dto.insert(u"errorMessage"_s, u"Export failed: test case tree is locked"_s);
            return connection->reply(200, json(dto));
        }
        if (request.method == "GET" && isDownload) {
            if (job.status != u"ready"_s)
                return connection->reply(400, json({{u"message"_s, u"Export is not ready yet"_s}}));
            if (takeFault(Fault::DownloadServerError))
                return connection->reply(500, json({{u"message"_s, u"Storage unavailable"_s}}));
            if (takeFault(Fault::HtmlPage))
                return connection->reply(200, loginPage, "text/html;charset=UTF-8");
            if (takeFault(Fault::EmptyBody))
                return connection->reply(200, QByteArray(), "application/octet-stream");
            const bool cut = takeFault(Fault::GzipCut);
            if (cut || (gzip && request.headers.value("accept-encoding").contains("gzip"))) {
                CsvGenerator generator(job.columns, job.groupId, job.rows, bom, job.revision);
                generator.setEdits(job.edits);
                generator.setSeparator(job.separator);
                QByteArray body = gzipOf(generator.all());
                if (cut)
                    body.chop(body.size() * 2 / 5); // the stream's end and trailer never come
                return connection->reply(200, body, "application/octet-stream", false,
                                         "Content-Encoding: gzip\r\n");
            }
            using Mode = Connection::BodyMode;
            Mode mode = Mode::Normal;
            if (takeFault(Fault::ResetMidBody))
                mode = Mode::ResetHalfway;
            else if (takeFault(Fault::StallMidBody))
                mode = Mode::StallHalfway;
            else if (takeFault(Fault::NoContentLength))
                mode = Mode::NoLength;
            else if (takeFault(Fault::ShortBody))
                mode = Mode::Short;
            else if (takeFault(Fault::CutMidRecord))
                mode = Mode::NoLengthHalfway;
            auto generator =
                std::make_unique<CsvGenerator>(job.columns, job.groupId, job.rows, bom, job.revision);
            generator->setEdits(job.edits);
            generator->setSeparator(job.separator);
            if (preload) {
                const QString key = u"%1/%2/%3/%4/%5/%6"_s.arg(job.groupId)
                                        .arg(job.rows)
                                        .arg(job.revision)
                                        .arg(job.edits.count())
                                        .arg(QLatin1Char(job.separator))
                                        .arg(job.columns.join(u',')) +
                                    (bom ? u"/bom"_s : QString());
                if (!m_preloaded.contains(key))
                    m_preloaded.insert(key, CsvGenerator(*generator).all());
                generator->usePrecomputed(m_preloaded.value(key));
            }
            const qint64 size = generator->totalSize();
            return connection->stream(std::move(generator), size, mode, sendContentType, job.id,
                                      request.headers.value("user-agent"));
        }
    }
    if (path.startsWith(u"/api/testcase"_s))
        return handleTestCases(connection, request);
    if (path.startsWith(u"/api/cleanerschema"_s) || path.startsWith(u"/api/cleanup/"_s) ||
        path == u"/api/permission"_s || path == u"/api/projectsettings/launchclose"_s)
        return handleCleanup(connection, request);
    connection->reply(404, json({{u"message"_s, u"No handler for %1"_s.arg(route)}}));
}

qint64 FakeTestOps::addCleanerRule(qint64 projectId, const QString &target, const QString &status,
                                   qint64 delay) {
    qint64 id = 1;
    for (const CleanerRule &rule : std::as_const(cleanerRules))
        id = qMax(id, rule.id + 1);
    cleanerRules.append({id, projectId, target, status, delay});
    return id;
}

void FakeTestOps::handleCleanup(Connection *connection, const Request &request) {
    const QString path = QString::fromUtf8(request.path);
    const QUrlQuery query(QString::fromUtf8(request.query));
    if (cleanupHtml)
        return connection->reply(200, loginPage, "text/html; charset=utf-8");
    const auto knownProject = [this](qint64 id) {
        return std::any_of(m_groups.cbegin(), m_groups.cend(),
                           [id](const Group &g) { return g.projectId == id; });
    };
    const auto forbidden = [&] {
        connection->reply(403, cleanupForbiddenBody,
                          cleanupForbiddenBody.isEmpty() ? QByteArray() : QByteArray("application/json"));
    };
    const auto ruleJson = [](const CleanerRule &rule) {
        QJsonObject object{{u"id"_s, rule.id},
                           {u"target"_s, rule.target},
                           {u"status"_s, rule.status},
                           {u"delay"_s, rule.delay},
                           {u"createdBy"_s, u"fake.user"_s},
                           {u"createdDate"_s, qint64(1764547200000)}};
        if (rule.projectId > 0)
            object.insert(u"projectId"_s, rule.projectId);
        return object;
    };
    if (request.method == "GET" &&
        (path == u"/api/cleanerschema"_s || path == u"/api/cleanerschema/global"_s)) {
        const bool global = path.endsWith(u"/global"_s);
        const qint64 projectId = query.queryItemValue(u"projectId"_s).toLongLong();
        if (!global && !knownProject(projectId))
            return connection->reply(404, json({{u"message"_s, u"Project not found"_s}}));
        QList<CleanerRule> matching;
        for (const CleanerRule &rule : std::as_const(cleanerRules)) {
            if (global ? rule.projectId == 0 : rule.projectId == projectId)
                matching.append(rule);
        }
        std::sort(matching.begin(), matching.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        const int page = query.queryItemValue(u"page"_s).toInt();
        const int size =
            query.hasQueryItem(u"size"_s) ? qMax(1, query.queryItemValue(u"size"_s).toInt()) : 10;
        QJsonArray content;
        for (qsizetype i = qsizetype(page) * size; i < matching.size() && i < qsizetype(page + 1) * size; ++i)
            content.append(ruleJson(matching.at(i)));
        const qsizetype pages = (matching.size() + size - 1) / size;
        return connection->reply(200, json({{u"content"_s, content},
                                            {u"totalElements"_s, matching.size()},
                                            {u"totalPages"_s, pages},
                                            {u"number"_s, page},
                                            {u"size"_s, size},
                                            {u"numberOfElements"_s, content.size()},
                                            {u"first"_s, page == 0},
                                            {u"last"_s, page + 1 >= pages},
                                            {u"empty"_s, content.isEmpty()}}));
    }
    if (request.method == "POST" && path == u"/api/cleanerschema"_s) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const qint64 projectId = body.value(u"projectId"_s).toInteger();
        static const QStringList targets{u"attachment"_s, u"scenario"_s, u"fixture"_s};
        static const QStringList statuses{u"passed"_s, u"failed"_s, u"broken"_s, u"skipped"_s, u"unknown"_s};
        if (!targets.contains(body.value(u"target"_s).toString()) ||
            !statuses.contains(body.value(u"status"_s).toString()))
            return connection->reply(400, json({{u"message"_s, u"Invalid target or status"_s}}));
        if (projectId > 0 && !knownProject(projectId))
            return connection->reply(404, json({{u"message"_s, u"Project not found"_s}}));
        if (projectId > 0 ? !cleanupOwner : !cleanupAdmin)
            return forbidden();
        addCleanerRule(projectId, body.value(u"target"_s).toString(), body.value(u"status"_s).toString(),
                       body.value(u"delay"_s).toInteger());
        return connection->reply(200, json(ruleJson(cleanerRules.last())));
    }
    static const QRegularExpression one(u"^/api/cleanerschema/(\\d+)$"_s);
    if (const QRegularExpressionMatch m = one.match(path); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        const auto it = std::find_if(cleanerRules.begin(), cleanerRules.end(),
                                     [id](const auto &r) { return r.id == id; });
        if (it == cleanerRules.end())
            return connection->reply(404, json({{u"message"_s, u"Cleaner schema not found"_s}}));
        if (request.method == "GET")
            return connection->reply(200, json(ruleJson(*it)));
        if (it->projectId > 0 ? !cleanupOwner : !cleanupAdmin)
            return forbidden();
        if (request.method == "PATCH") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.contains(u"delay"_s))
                it->delay = body.value(u"delay"_s).toInteger();
            return connection->reply(200, json(ruleJson(*it)));
        }
        if (request.method == "DELETE") {
            cleanerRules.erase(it);
            return connection->reply(204, QByteArray(), QByteArray());
        }
    }
    if (request.method == "POST" && path.startsWith(u"/api/cleanup/scheduler/"_s)) {
        if (!cleanupAdmin)
            return forbidden();
        cleanupRuns.append(path);
        return connection->reply(202, QByteArray(), QByteArray());
    }
    if (request.method == "GET" && path == u"/api/permission"_s) {
        QJsonArray permissions{u"project:read"_s, u"project:comment"_s, u"project:write"_s};
        if (cleanupOwner)
            permissions.append(u"project:configure"_s);
        return connection->reply(200, QJsonDocument(permissions).toJson(QJsonDocument::Compact));
    }
    if (request.method == "GET" && path == u"/api/projectsettings/launchclose"_s) {
        const qint64 projectId = query.queryItemValue(u"projectId"_s).toLongLong();
        return connection->reply(200, json({{u"projectId"_s, projectId},
                                            {u"timeoutForFinishedLaunches"_s, launchCloseTimeout},
                                            {u"timeoutForInProgressLaunches"_s, 0},
                                            {u"autoCloseFilter"_s, QString()}}));
    }
    connection->reply(405, json({{u"message"_s, u"Method not allowed"_s}}));
}

namespace {
// The CSV column of a field of TestCasePatchV2Dto, and its cell from a JSON value.
const QList<std::pair<QString, QString>> &caseFields() {
    static const QList<std::pair<QString, QString>> fields{{u"name"_s, u"name"_s},
                                                           {u"fullName"_s, u"full_name"_s},
                                                           {u"description"_s, u"description"_s},
                                                           {u"precondition"_s, u"precondition"_s},
                                                           {u"expectedResult"_s, u"expected_result"_s},
                                                           {u"automated"_s, u"automated"_s},
                                                           {u"tags"_s, u"tag"_s},
                                                           {u"links"_s, u"link"_s}};
    return fields;
}

QByteArray cellOf(const QString &field, const QJsonValue &value) {
    if (field == u"automated"_s)
        return value.toBool() ? "true" : "false";
    if (field == u"tags"_s || field == u"links"_s) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toObject().value(field == u"tags"_s ? u"name"_s : u"url"_s).toString());
        return items.join(u',').toUtf8();
    }
    return value.toString().toUtf8();
}
} // namespace

void FakeTestOps::editTestCase(qint64 id, const QString &column, const QByteArray &value) {
    qint64 row = 0;
    if (Group *g = caseRow(id, &row))
        g->edits.fields[row].insert(column, value);
}

FakeTestOps::Group *FakeTestOps::caseRow(qint64 id, qint64 *row) {
    for (Group &g : m_groups) {
        const qint64 first = testCaseId(g.groupId, 0);
        if (id >= first && id < first + g.rows) {
            *row = id - first;
            return &g;
        }
    }
    return nullptr;
}

QJsonObject FakeTestOps::testCaseJson(const Group &group, qint64 row) const {
    const int revision = group.edits.edited.contains(row) ? group.revision + 1 : group.revision;
    const auto value = [&](const QString &column) {
        const auto written = group.edits.fields.constFind(row);
        if (written != group.edits.fields.cend() && written->contains(column))
            return QString::fromUtf8(written->value(column));
        return QString::fromUtf8(CsvGenerator::cell(column, group.groupId, row, revision));
    };
    QJsonArray tags;
    for (const QString &tag : value(u"tag"_s).split(u',', Qt::SkipEmptyParts))
        tags.append(QJsonObject{{u"name"_s, tag}});
    QJsonArray links;
    for (const QString &url : value(u"link"_s).split(u',', Qt::SkipEmptyParts))
        links.append(QJsonObject{{u"name"_s, url}, {u"url"_s, url}, {u"type"_s, u"issue"_s}});
    return {{u"id"_s, testCaseId(group.groupId, row)},
            {u"projectId"_s, group.projectId},
            {u"name"_s, value(u"name"_s)},
            {u"fullName"_s, value(u"full_name"_s)},
            {u"description"_s, value(u"description"_s)},
            {u"precondition"_s, value(u"precondition"_s)},
            {u"expectedResult"_s, value(u"expected_result"_s)},
            {u"automated"_s, value(u"automated"_s) == u"true"_s},
            {u"deleted"_s, group.edits.removed.contains(row)},
            {u"tags"_s, tags},
            {u"links"_s, links}};
}

void FakeTestOps::handleTestCases(Connection *connection, const Request &request) {
    const QString path = QString::fromUtf8(request.path);
    const QUrlQuery query(QString::fromUtf8(request.query));
    const bool write = request.method != "GET";
    if (write && testCaseWritesForbidden)
        return connection->reply(403, QByteArray(), QByteArray());
    if (write && ++m_testCaseWrites == failTestCaseWrite)
        return connection->reply(500, json({{u"message"_s, u"Internal server error"_s}}));
    if (request.method == "GET" && path == u"/api/testcase/deleted"_s) {
        const qint64 projectId = query.queryItemValue(u"projectId"_s).toLongLong();
        QJsonArray all;
        for (const Group &g : std::as_const(m_groups)) {
            if (g.projectId != projectId)
                continue;
            QList<qint64> rows(g.edits.removed.cbegin(), g.edits.removed.cend());
            std::sort(rows.begin(), rows.end());
            for (qint64 row : std::as_const(rows)) {
                if (!forceDeleted.contains(testCaseId(g.groupId, row)))
                    all.append(QJsonObject{{u"id"_s, testCaseId(g.groupId, row)},
                                           {u"name"_s, QString::fromUtf8(CsvGenerator::cell(
                                                           u"name"_s, g.groupId, row, g.revision))},
                                           {u"automated"_s, row % 2 == 1}});
            }
        }
        const int page = query.queryItemValue(u"page"_s).toInt();
        const int size =
            query.hasQueryItem(u"size"_s) ? qMax(1, query.queryItemValue(u"size"_s).toInt()) : 10;
        QJsonArray content;
        for (qsizetype i = qsizetype(page) * size; i < all.size() && i < qsizetype(page + 1) * size; ++i)
            content.append(all.at(i));
        return connection->reply(200, json({{u"content"_s, content},
                                            {u"totalElements"_s, all.size()},
                                            {u"number"_s, page},
                                            {u"size"_s, size},
                                            {u"last"_s, qsizetype(page + 1) * size >= all.size()}}));
    }
    if (request.method == "POST" && path == u"/api/testcase"_s) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"name"_s).toString().isEmpty() || body.value(u"projectId"_s).toInteger() <= 0)
            return connection->reply(400, json({{u"message"_s, u"name and projectId are required"_s}}));
        const qint64 id = 9000000 + createdTestCases.size() + 1;
        QJsonObject created = body;
        created.insert(u"id"_s, id);
        created.insert(u"createdDate"_s, QDateTime::currentMSecsSinceEpoch());
        created.insert(u"createdBy"_s, u"fake.user"_s); // the token's user
        createdTestCases.insert(id, created);
        testCaseWrites.append("CREATE " + request.body);
        return connection->reply(200, json(created));
    }
    if (request.method == "GET" && path == u"/api/testcase"_s) { // the project's cases, newest first
        const qint64 projectId = query.queryItemValue(u"projectId"_s).toLongLong();
        QJsonArray content;
        for (auto it = createdTestCases.cend(); it != createdTestCases.cbegin();) {
            --it;
            if (it->value(u"projectId"_s).toInteger() == projectId)
                content.append(
                    QJsonObject{{u"id"_s, it.key()}, {u"name"_s, it->value(u"name"_s).toString()}});
        }
        return connection->reply(200, json({{u"content"_s, content},
                                            {u"totalElements"_s, content.size()},
                                            {u"number"_s, 0},
                                            {u"last"_s, true}}));
    }
    static const QRegularExpression one(u"^/api/testcase/(\\d+)(/restore|/version)?$"_s);
    const QRegularExpressionMatch m = one.match(path);
    if (!m.hasMatch())
        return connection->reply(404, json({{u"message"_s, u"No handler"_s}}));
    const qint64 id = m.captured(1).toLongLong();
    const QString action = m.captured(2);
    if (createdTestCases.contains(id) && request.method == "GET" && action.isEmpty())
        return connection->reply(200, json(createdTestCases.value(id)));
    qint64 row = 0;
    Group *g = forceDeleted.contains(id) ? nullptr : caseRow(id, &row);
    if (!g)
        return connection->reply(404, json({{u"message"_s, u"Test case not found"_s}}));
    if (action == u"/restore"_s && request.method == "POST") {
        if (!g->edits.removed.remove(row))
            return connection->reply(400, json({{u"message"_s, u"Test case is not deleted"_s}}));
        testCaseWrites.append("RESTORE " + QByteArray::number(id));
        return connection->reply(200, json(testCaseJson(*g, row)));
    }
    if (action == u"/version"_s && request.method == "POST") {
        if (versionsUnsupported)
            return connection->reply(404, json({{u"message"_s, u"No handler"_s}}));
        testCaseWrites.append("VERSION " + QByteArray::number(id));
        const QJsonObject version{
            {u"id"_s, qint64(m_testCaseWrites)},
            {u"title"_s, QJsonDocument::fromJson(request.body).object().value(u"title"_s)},
            {u"createdDate"_s, QDateTime::currentMSecsSinceEpoch()}};
        versions[id].append(version);
        return connection->reply(200, json(version));
    }
    if (action == u"/version"_s && request.method == "GET")
        return connection->reply(200, QJsonDocument(versions.value(id)).toJson(QJsonDocument::Compact));
    if (!action.isEmpty())
        return connection->reply(405, json({{u"message"_s, u"Method not allowed"_s}}));
    if (request.method == "GET")
        return connection->reply(200, json(testCaseJson(*g, row)));
    if (request.method == "PATCH") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        for (const auto &[field, column] : caseFields()) {
            if (body.contains(field))
                g->edits.fields[row].insert(column, cellOf(field, body.value(field)));
        }
        testCaseWrites.append("PATCH " + QByteArray::number(id) + ' ' + request.body);
        return connection->reply(200, json(testCaseJson(*g, row)));
    }
    connection->reply(405, json({{u"message"_s, u"Method not allowed"_s}}));
}
