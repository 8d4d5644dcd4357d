#include "TestOpsClient.h"

#include "net/GzipDecoder.h"
#include "net/OnceBody.h"
#include "net/ReadBound.h"

#include "TestOpsPaths.h"
#include "config/Config.h"

#include "log/LogCategories.h"
#include "log/Secret.h"
#include "schedule/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxJsonBytes = 32 * 1024 * 1024; // a page of 2000 nodes is a few MB
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
constexpr qint64 downloadBufferBytes = 2 * 1024 * 1024;
constexpr qint64 downloadChunkBytes = 256 * 1024;

// QIODevice::read(n) reserves n bytes before it knows how many there are: never ask for more than is there.
QByteArray readUpTo(QIODevice *device, qint64 limit) {
    if (!device->isOpen()) // aborted or timed out: Qt would print "device not open"
        return {};
    return device->read(qBound<qint64>(0, device->bytesAvailable(), limit));
}
constexpr int defaultTokenLifetimeSecs = 3600;
constexpr int renewEarlySecs = 60;

} // namespace

ApiCall::ApiCall(QObject *parent)
    : QObject(parent) {
    m_connectTimer.setSingleShot(true);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort() {
    if (m_finished)
        return;
    m_abortError = {ApiError::Kind::Aborted, tr("stopped"), 0, -1};
    if (m_reply) {
        m_reply->abort(); // finished() follows synchronously and reports m_abortError
    } else {
        m_error = m_abortError;
        m_finished = true;
        emit finished();
    }
}

TestOpsClient::TestOpsClient(Options options, QNetworkAccessManager *network, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_clock(clock)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcApi, "no certificate could be read from TLS_CA_FILE %s",
                      qUtf8Printable(m_options.caFile));
        m_ssl.setCaCertificates(m_ssl.caCertificates() + extra);
    }
    if (m_options.insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

QString TestOpsClient::redact(QString text) const {
    if (!m_options.apiToken.isEmpty())
        text.replace(m_options.apiToken, Secret::mask(m_options.apiToken));
    if (!m_accessToken.isEmpty())
        text.replace(m_accessToken, Secret::mask(m_accessToken));
    return text;
}

QUrl TestOpsClient::url(const QString &path, const QUrlQuery &query) const {
    QUrl result = m_options.baseUrl;
    result.setPath(result.path() + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

ApiCall *TestOpsClient::get(const QString &path, const QUrlQuery &query) {
    auto *call = new ApiCall(this);
    call->m_verb = "GET";
    call->m_path = path;
    call->m_query = query;
    return start(call);
}

ApiCall *TestOpsClient::request(const QByteArray &verb, const QString &path, const QByteArray &body) {
    auto *call = new ApiCall(this);
    call->m_verb = verb;
    call->m_path = path;
    call->m_body = body;
    call->m_sendOnce = verb != "GET" && verb != "DELETE";
    return start(call);
}

ApiCall *TestOpsClient::post(const QString &path, const QJsonObject &body) {
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *TestOpsClient::postQuery(const QString &path, const QJsonObject &body) {
    ApiCall *call = request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    call->m_sendOnce = false; // it writes nothing: Qt may send it again on a fresh connection
    return call;
}

ApiCall *TestOpsClient::patch(const QString &path, const QJsonObject &body) {
    return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *TestOpsClient::write(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QByteArray &contentType) {
    ApiCall *call = request(verb, path, body);
    call->m_query = query;
    call->m_contentType = contentType;
    return call;
}

ApiCall *TestOpsClient::postEmpty(const QString &path) {
    return request("POST", path, QByteArray());
}

ApiCall *TestOpsClient::deleteResource(const QString &path) {
    return request("DELETE", path, QByteArray());
}

ApiCall *TestOpsClient::download(const QString &path, QIODevice *sink, bool anyFile, bool mayBeHtml) {
    auto *call = new ApiCall(this);
    call->m_verb = "GET";
    call->m_path = path;
    call->m_sink = sink;
    call->m_anyBody = anyFile;
    call->m_mayBeHtml = mayBeHtml;
    return start(call);
}

bool TestOpsClient::tokenValid() const {
    return !m_accessToken.isEmpty() && m_clock.nowUtc().addSecs(renewEarlySecs) < m_accessTokenExpires;
}

ApiCall *TestOpsClient::start(ApiCall *call) {
    // Deliver results from the event loop, never from inside the caller's get()/post().
    QMetaObject::invokeMethod(
        this,
        [this, guard = QPointer<ApiCall>(call)] {
            if (!guard || guard->m_finished)
                return;
            if (tokenValid()) {
                send(guard);
            } else {
                m_waitingForToken.append(guard);
                exchangeToken();
            }
        },
        Qt::QueuedConnection);
    return call;
}

void TestOpsClient::exchangeToken() {
    if (m_tokenReply)
        return; // one exchange serves every waiting call
    ++m_exchanges;
    qCInfo(lcApi, "exchanging the API token for an access token");
    QNetworkRequest request(url(QString::fromUtf16(TestOpsPaths::token)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(qMax(m_options.connectTimeoutMs, m_options.inactivityTimeoutMs));
    request.setSslConfiguration(m_ssl);
    // Form encoding by hand: QUrlQuery leaves "+" (a space to the server) and "%XX" (read as an escape) as
    // they are, and a token holding either could never authenticate.
    const QByteArray form =
        "grant_type=apitoken&scope=openid&token=" + QUrl::toPercentEncoding(m_options.apiToken);
    m_tokenReply = m_network->post(request, form);
    connect(m_tokenReply, &QNetworkReply::finished, this,
            [this, reply = m_tokenReply.data()] { onTokenReply(reply); });
}

void TestOpsClient::onTokenReply(QNetworkReply *reply) {
    reply->deleteLater();
    m_tokenReply = nullptr;
    const QByteArray body = readUpTo(reply, maxJsonBytes);
    ApiError error = classify(reply, body);
    if (!error.isError() &&
        (looksLikeHtml(body) ||
         reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"_s)))
        error = {ApiError::Kind::WebPage,
                 tr("the server returned a web page instead of JSON: check TESTOPS_BASE_URL, or whether a "
                    "proxy or "
                    "a login page stands in front of TestOps"),
                 200, -1};
    if (!error.isError()) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        m_accessToken = object.value(u"access_token"_s).toString();
        const int lifetime = object.value(u"expires_in"_s).toInt(defaultTokenLifetimeSecs);
        m_accessTokenExpires = m_clock.nowUtc().addSecs(lifetime > 0 ? lifetime : defaultTokenLifetimeSecs);
        if (m_accessToken.isEmpty())
            error = {ApiError::Kind::BadAnswer, tr("the token endpoint answered without an access_token"),
                     200, -1};
    }
    if (error.isError()) {
        m_accessToken.clear();
        // A refusal of the token is final; a server that is down is not.
        if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden ||
            error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::HttpError) {
            error.kind = ApiError::Kind::AuthFailed;
            error.message =
                tr("authentication failed: the server refused the API token (HTTP %1%2); check TESTOPS_TOKEN")
                    .arg(error.httpStatus)
                    .arg(error.serverMessage.isEmpty() ? QString() : u": "_s + error.serverMessage);
        } else if (error.kind == ApiError::Kind::ServerError || error.kind == ApiError::Kind::RateLimited) {
            // Not a refusal of the token: TestOps's sign-in service failed before it judged it.
            error.message = tr("TestOps could not sign in (its sign-in service failed; the token was not "
                               "judged): %1")
                                .arg(error.message);
        } else {
            // Not a refusal either: TestOps could not be asked (unreachable, an untrusted certificate, a page
            // of something else at the address). The token is not to blame.
            error.message = tr("TestOps cannot be reached to sign in: %1").arg(error.message);
        }
        qCWarning(lcApi, "%s", qUtf8Printable(error.message));
    } else {
        qCInfo(lcApi, "access token valid until %s",
               qUtf8Printable(m_accessTokenExpires.toString(Qt::ISODate)));
    }
    const QList<QPointer<ApiCall>> waiting = std::exchange(m_waitingForToken, {});
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_finished)
            continue;
        if (error.isError())
            finish(call, error);
        else
            send(call);
    }
}

void TestOpsClient::send(ApiCall *call) {
    QNetworkRequest request(url(call->m_path, call->m_query));
    request.setRawHeader("Accept",
                         call->m_sink ? "text/csv, application/octet-stream, */*" : "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setRawHeader("User-Agent", m_options.userAgent);
    // Asked for by name, so that Qt leaves the decoding to us (see GzipDecoder).
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setTransferTimeout(m_options.inactivityTimeoutMs);
    request.setSslConfiguration(m_ssl);
    if (!call->m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->m_contentType);

    call->m_buffer.clear();
    call->m_sniffed = false;
    call->m_abortError = {};
    call->m_encodingChecked = false;
    call->m_decoder.reset();
    call->m_wireBytes = 0;
    QNetworkReply *reply = nullptr;
    if (!call->m_sendOnce) {
        reply = m_network->sendCustomRequest(request, call->m_verb, call->m_body);
        call->m_once = nullptr;
    } else { // a write: never sent twice by Qt behind our back (see OnceBody)
        auto *body = new OnceBody(call->m_body);
        reply = m_network->sendCustomRequest(request, call->m_verb, body);
        body->setParent(reply);
        call->m_once = body;
        connect(reply, &QNetworkReply::requestSent, body, &OnceBody::markSent);
    }
    call->m_reply = reply;
    if (call->m_sink)
        boundReadBuffer(reply, downloadBufferBytes);

    call->m_connectTimer.disconnect();
    connect(&call->m_connectTimer, &QTimer::timeout, call, [this, call, reply] {
        call->m_abortError = {ApiError::Kind::Timeout,
                              tr("could not connect to %1 within %2 s")
                                  .arg(m_options.baseUrl.host())
                                  .arg(m_options.connectTimeoutMs / 1000.0),
                              0, -1};
        reply->abort();
    });
    call->m_connectTimer.start(m_options.connectTimeoutMs);
    connect(reply, &QNetworkReply::requestSent, call, [call] { call->m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::metaDataChanged, call, [call] { call->m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::readyRead, call, [this, call] { onReadyRead(call); });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReplyFinished(call, reply); });
}

void TestOpsClient::onReadyRead(ApiCall *call) {
    QNetworkReply *reply = call->m_reply;
    if (!reply)
        return;
    const int answerStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!call->m_encodingChecked && answerStatus >= 200 && answerStatus < 300) {
        // Only a success's body is judged: an error page in another encoding keeps its status (a 401 its
        // retry).
        call->m_encodingChecked = true;
        const QByteArray encoding = reply->rawHeader("Content-Encoding");
        if (GzipDecoder::isGzip(encoding)) {
            call->m_decoder = std::make_unique<GzipDecoder>(
                [this, call](const char *data, qint64 size) { return take(call, data, size); });
        } else if (!GzipDecoder::isIdentity(encoding)) {
            call->m_abortError = {ApiError::Kind::BadAnswer,
                                  tr("the server sent its answer encoded as \"%1\", which was not asked for "
                                     "(gzip or none)")
                                      .arg(QString::fromLatin1(encoding.left(40))),
                                  0, -1};
            reply->abort();
            return;
        }
    }
    // Through one buffer for the whole answer: a new one per chunk cost more in page faults than the copy
    // itself (perf: a third of this thread's time in a 200 MB export).
    if (call->m_chunk.size() != downloadChunkBytes)
        call->m_chunk.resize(downloadChunkBytes);
    while (call->m_reply && reply->bytesAvailable() > 0) {
        const qint64 read = reply->read(call->m_chunk.data(), downloadChunkBytes);
        if (read <= 0)
            break;
        call->m_wireBytes += read;
        if (!call->m_decoder) {
            if (!take(call, call->m_chunk.constData(), read))
                return;
        } else if (!call->m_decoder->feed(call->m_chunk.constData(), read)) {
            if (!call->m_abortError.isError()) { // not the sink's own refusal: the stream is damaged
                call->m_abortError = {ApiError::Kind::BadAnswer, call->m_decoder->error(), 0, -1};
                if (call->m_reply)
                    call->m_reply->abort();
            }
            return;
        }
    }
}

bool TestOpsClient::take(ApiCall *call, const char *data, qint64 size) {
    QNetworkReply *reply = call->m_reply;
    if (!reply)
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    if (!call->m_sink || status != 200) {
        const qsizetype limit = success && !call->m_sink ? maxJsonBytes : maxErrorBodyBytes;
        const qint64 room = limit - call->m_buffer.size();
        if (size <= room) {
            call->m_buffer.append(data, qsizetype(size));
            return true;
        }
        if (!success) { // an error page: its first bytes are enough
            call->m_buffer.append(data, qsizetype(qMax<qint64>(room, 0)));
            return true;
        }
        call->m_abortError = {ApiError::Kind::BadAnswer, tr("the server's answer is larger than expected"),
                              status, -1};
        reply->abort();
        return false;
    }
    // A download: look at the first bytes before anything reaches the file.
    if (!call->m_sniffed) {
        call->m_buffer.append(data, qsizetype(size));
        if (call->m_buffer.trimmed().size() < 32 && call->m_buffer.size() < maxErrorBodyBytes)
            return true; // undecided: decided when more comes, or at the end
        return sniff(call);
    }
    writeToSink(call, data, size);
    return !call->m_abortError.isError();
}

void TestOpsClient::writeToSink(ApiCall *call, const QByteArray &bytes) {
    writeToSink(call, bytes.constData(), bytes.size());
}

void TestOpsClient::writeToSink(ApiCall *call, const char *data, qint64 size) {
    if (size <= 0 || !call->m_reply)
        return;
    if (!call->m_sink || call->m_sink->write(data, size) != size) {
        const QString reason = call->m_sink ? call->m_sink->errorString() : tr("the file was closed");
        call->m_abortError = {ApiError::Kind::LocalFile, tr("cannot write the export file: %1").arg(reason),
                              0, -1};
        call->m_reply->abort();
        return;
    }
    call->m_bytes += size;
    emit call->progress(call->m_bytes);
}

void TestOpsClient::onReplyFinished(ApiCall *call, QNetworkReply *reply) {
    call->m_connectTimer.stop();
    reply->deleteLater();
    if (call->m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool complete = reply->error() == QNetworkReply::NoError;
    if (call->m_reply == reply && !call->m_abortError.isError()) {
        onReadyRead(call); // whatever is left (a download's last bytes or a JSON answer), decoded as the rest
        if (call->m_sink && status == 200 && complete && !call->m_sniffed && !call->m_abortError.isError())
            sniff(call); // a tiny body: decide now
    }
    if (call->m_reply == reply)
        call->m_reply = nullptr;
    if (call->m_abortError.isError()) {
        finish(call, call->m_abortError);
        return;
    }
    // Qt's own decompression would let a gzip stream cut short pass as a smaller answer: ours says so.
    if (complete && status >= 200 && status < 300 && call->m_decoder && call->m_wireBytes > 0 &&
        !call->m_decoder->complete()) { // (an empty body, a 204's, is no stream at all)
        finish(call, {ApiError::Kind::BadAnswer,
                      tr("the answer ended inside its gzip stream, after %1 bytes: it was cut short")
                          .arg(call->m_wireBytes),
                      status, -1});
        return;
    }
    call->m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (call->m_status == 401 && !call->m_retriedAfter401) {
        qCInfo(lcApi, "%s %s answered 401: exchanging the token again", call->m_verb.constData(),
               qUtf8Printable(call->m_path));
        call->m_retriedAfter401 = true;
        m_accessToken.clear();
        m_waitingForToken.append(call);
        exchangeToken();
        return;
    }

    ApiError error = classify(reply, call->m_buffer);
    // A write that went out and got no answer: whatever ended the connection, TestOps may have done it.
    if (call->m_status == 0 && call->m_once && call->m_once->sent() && error.isError()) {
        error = {ApiError::Kind::AnswerLost,
                 tr("the connection ended after the %1 of %2 was sent and before TestOps answered: whether "
                    "TestOps did it is not known")
                     .arg(QString::fromLatin1(call->m_verb), call->m_path),
                 0, -1};
    }
    if (!error.isError()) {
        if (call->m_sink) {
            bool hasLength = false;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
            if (call->m_bytes == 0 && !call->m_anyBody)
                error = {ApiError::Kind::BadAnswer, tr("the server sent an empty file"), call->m_status, -1};
            else if (call->m_status != 200) // 204, 206: not the whole file
                error = {ApiError::Kind::BadAnswer,
                         tr("the server answered %1 where the whole file was expected").arg(call->m_status),
                         call->m_status, -1};
            else if (hasLength && length != call->m_wireBytes)
                error = {ApiError::Kind::BadAnswer,
                         tr("the download ended early: %1 of %2 bytes").arg(call->m_wireBytes).arg(length),
                         call->m_status, -1};
        } else if (!call->m_buffer.trimmed().isEmpty()) {
            QJsonParseError parseError;
            call->m_json = QJsonDocument::fromJson(call->m_buffer, &parseError);
            if (looksLikeHtml(call->m_buffer))
                error = {ApiError::Kind::WebPage, proxyPage(tr("JSON")), call->m_status, -1};
            else if (parseError.error != QJsonParseError::NoError)
                error = {ApiError::Kind::BadAnswer,
                         tr("the server's answer is not JSON (%1)").arg(parseError.errorString()),
                         call->m_status, -1};
        }
    }
    finish(call, error);
}

void TestOpsClient::finish(ApiCall *call, ApiError error) {
    if (call->m_finished)
        return;
    error.message = redact(error.message);
    call->m_error = error;
    call->m_finished = true;
    call->m_buffer.clear();
    call->m_chunk = {};
    emit call->finished();
}

TestOpsClient::Options TestOpsClient::Options::of(const Config &config) {
    return {config.baseUrl,
            config.token,
            config.connectTimeoutSeconds * 1000,
            config.inactivityTimeoutSeconds * 1000,
            config.caFile,
            config.tlsInsecure};
}
