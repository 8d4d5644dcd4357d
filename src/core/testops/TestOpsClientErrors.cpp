// The words of TestOpsClient's failures: each transport error and HTTP status turned into an ApiError a user
// can act on (what went wrong, what to check), and the web page that answers where JSON or CSV was expected.
#include "TestOpsClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype sniffBytes = 256;
} // namespace

bool looksLikeHtml(const QByteArray &head) {
    QByteArray text = head.left(sniffBytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed().toLower();
    return text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head") ||
           text.startsWith("<!--") || text.startsWith("<body");
}

QString TestOpsClient::serverMessage(const QByteArray &body) const {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString &key : {u"message"_s, u"error_description"_s, u"errorMessage"_s, u"error"_s}) {
        const QString text = object.value(key).toString().simplified();
        if (!text.isEmpty())
            return redact(text.left(300));
    }
    return QString();
}

ApiError TestOpsClient::classify(QNetworkReply *reply, const QByteArray &body) const {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_options.baseUrl.host();
    // Connection and proxy errors (codes below 200) say more than a status line that arrived before them.
    const bool transportError =
        reply->error() != QNetworkReply::NoError && (reply->error() < 200 || status == 0);
    if (status == 0 || transportError) {
        switch (reply->error()) {
        case QNetworkReply::NoError:
            return {ApiError::Kind::BadAnswer, tr("the server sent no HTTP answer"), 0, -1};
        case QNetworkReply::HostNotFoundError:
            return {ApiError::Kind::Dns, tr("host %1 not found (DNS): check TESTOPS_BASE_URL").arg(host), 0,
                    -1};
        case QNetworkReply::ConnectionRefusedError:
            return {ApiError::Kind::Unreachable,
                    tr("host %1 refused the connection: is TestOps running there, and is the port in "
                       "TESTOPS_BASE_URL right? (a VPN may be needed to reach it)")
                        .arg(host),
                    0, -1};
        case QNetworkReply::RemoteHostClosedError:
            return {ApiError::Kind::Unreachable,
                    tr("the server closed the connection before the answer was complete"), status, -1};
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // setTransferTimeout() ends stalled replies this way
            return {ApiError::Kind::Timeout,
                    tr("the server sent nothing for %1 s").arg(m_options.inactivityTimeoutMs / 1000.0), 0,
                    -1};
        case QNetworkReply::SslHandshakeFailedError:
            return {ApiError::Kind::Tls,
                    tr("the TLS certificate of %1 is not trusted (%2): set TLS_CA_FILE to your CA")
                        .arg(host, reply->errorString()),
                    0, -1};
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return {ApiError::Kind::Unreachable, tr("the proxy failed: %1").arg(reply->errorString()), 0, -1};
        default:
            return {ApiError::Kind::Unreachable,
                    tr("host %1 is unreachable: %2").arg(host, reply->errorString()), 0, -1};
        }
    }
    if (status >= 200 && status < 300)
        return {};
    const QString message = serverMessage(body); // parsed once: the words and the field both use it
    ApiError error = classifyStatus(reply, body, status, message);
    error.serverMessage = message;
    return error;
}

ApiError TestOpsClient::classifyStatus(QNetworkReply *reply, const QByteArray &body, int status,
                                       const QString &message) const {
    const QString suffix = message.isEmpty() ? QString() : u": "_s + message;
    const bool html = looksLikeHtml(body) ||
                      reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"_s);
    bool retryOk = false;
    // Seconds; an HTTP date or anything else is ignored, a huge number is clamped (the runner caps it).
    const qint64 retryAfterLong = reply->rawHeader("Retry-After").trimmed().toLongLong(&retryOk);
    retryOk = retryOk && retryAfterLong >= 0;
    const int retryAfter = int(qMin<qint64>(retryAfterLong, std::numeric_limits<int>::max()));
    if (status == 401)
        return {ApiError::Kind::Unauthorized,
                tr("the access token was rejected (HTTP 401)%1; check TESTOPS_TOKEN").arg(suffix), status,
                -1};
    if (status == 403)
        return {ApiError::Kind::Forbidden,
                tr("no access: the token's user may not see this project (HTTP 403)%1").arg(suffix), status,
                -1};
    if (status == 404)
        return {ApiError::Kind::NotFound,
                tr("not found (HTTP 404)%1: check the project, tree and group ids").arg(suffix), status, -1};
    if (status == 429)
        return {ApiError::Kind::RateLimited, tr("the server asks to slow down (HTTP 429)%1").arg(suffix),
                status, retryOk ? retryAfter : -1};
    if (status >= 500)
        return {ApiError::Kind::ServerError,
                html ? tr("server error %1 (the server answered with a web page)").arg(status)
                     : tr("server error %1%2").arg(status).arg(suffix),
                status, retryOk ? retryAfter : -1};
    return {ApiError::Kind::HttpError, tr("the server answered HTTP %1%2").arg(status).arg(suffix), status,
            -1};
}

QString TestOpsClient::proxyPage(const QString &expected) const {
    // The token was accepted by this address, so the address is right: something in between answered.
    return tr("a web page answered instead of TestOps (%1 expected), although TestOps accepted the token at "
              "this "
              "address: a proxy or a login page stands in between; ask whoever runs it to let %2 through")
        .arg(expected, m_options.baseUrl.host());
}

// A download's first bytes: a web page where a file was expected is a proxy's (or a login) page.
bool TestOpsClient::sniff(ApiCall *call) {
    call->m_sniffed = true;
    QNetworkReply *reply = call->m_reply;
    const QString type = reply ? reply->header(QNetworkRequest::ContentTypeHeader).toString() : QString();
    if (!call->m_mayBeHtml && (type.startsWith(u"text/html"_s) || looksLikeHtml(call->m_buffer))) {
        call->m_abortError = {ApiError::Kind::WebPage,
                              proxyPage(call->m_anyBody ? tr("an attachment's bytes") : tr("CSV")), 200, -1};
        if (reply)
            reply->abort();
        return false;
    }
    writeToSink(call, std::exchange(call->m_buffer, {}));
    return !call->m_abortError.isError();
}
