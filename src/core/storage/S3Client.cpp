#include "S3Client.h"

#include "SigV4.h"
#include "schedule/Clock.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QByteArray hostHeader(const QUrl &url) {
    const bool defaultPort = url.port() == -1 || (url.scheme() == u"http"_s && url.port() == 80) ||
                             (url.scheme() == u"https"_s && url.port() == 443);
    return url.host().toUtf8() + (defaultPort ? QByteArray() : ':' + QByteArray::number(url.port()));
}

// <Error><Code>…</Code><Message>…</Message></Error>
void readError(const QByteArray &xml, QByteArray *code, QString *message) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"Code"_s)
            *code = reader.readElementText().toUtf8();
        else if (reader.isStartElement() && reader.name() == u"Message"_s)
            *message = reader.readElementText();
    }
}
} // namespace

void S3Call::abort() {
    if (m_reply)
        m_reply->abort();
}

void S3Call::drain() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    constexpr qint64 sinkLimit = 4 * 1024 * 1024;
    constexpr qint64 maxXmlBytes = 8 * 1024 * 1024; // a listing page of 1,000 keys is a few hundred KiB
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_sink && status >= 200 && status < 300) {
        while (reply->bytesAvailable() > 0 && m_sink->bytesToWrite() < sinkLimit) {
            const QByteArray chunk = reply->read(256 * 1024);
            if (m_sink->write(chunk) != chunk.size()) {
                m_error = tr("cannot write what S3 sends: %1").arg(m_sink->errorString());
                reply->abort();
                return;
            }
        }
    } else if (m_body.size() < maxXmlBytes) {
        m_body += reply->read(maxXmlBytes - m_body.size());
    } else {
        reply->readAll(); // dropped: an answer this long is no answer of S3's
    }
    if (m_replyDone && (reply->bytesAvailable() == 0 || !m_error.isEmpty()) && m_complete) {
        std::function<void()> complete = std::move(m_complete);
        m_complete = {};
        complete();
    }
}

S3Client::S3Client(Options options, QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_clock(clock) {}

S3Client::Options S3Client::Options::of(const S3Settings &settings, int timeoutMs) {
    return {settings.endpoint,  settings.bucket, settings.accessKey,
            settings.secretKey, settings.region, timeoutMs};
}

QUrl S3Client::endpoint() const {
    if (!m_options.endpoint.isEmpty())
        return m_options.endpoint;
    return QUrl(u"https://s3.%1.amazonaws.com"_s.arg(m_options.region));
}

QString S3Client::exportKey(const QString &fileName, const QDate &date) {
    return u"exports/%1/%2"_s.arg(date.toString(Qt::ISODate), fileName);
}

S3Call *S3Client::send(const QByteArray &method, const QString &key,
                       const QList<QPair<QByteArray, QByteArray>> &query,
                       QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &payloadHash,
                       QIODevice *body, QIODevice *sink) {
    const QUrl base = endpoint();
    QByteArray path = base.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += '/' + SigV4::uriEncode(m_options.bucket.toUtf8(), false);
    if (!key.isEmpty())
        path += '/' + SigV4::uriEncode(key.toUtf8(), true);
    else
        path += '/';
    QByteArray queryString;
    for (const auto &[name, value] : query)
        queryString += (queryString.isEmpty() ? "" : "&") + SigV4::uriEncode(name, false) + '=' +
                       SigV4::uriEncode(value, false);
    QUrl url = QUrl::fromEncoded(base.scheme().toUtf8() + "://" + hostHeader(base) + path +
                                 (queryString.isEmpty() ? QByteArray() : '?' + queryString));
    const QDateTime now = m_clock.nowUtc();
    headers += {{"host", hostHeader(base)},
                {"x-amz-date", SigV4::amzDate(now)},
                {"x-amz-content-sha256", payloadHash}};
    const SigV4::Credentials credentials{m_options.accessKey, m_options.secretKey, m_options.region, u"s3"_s};
    const QByteArray authorization =
        SigV4::authorization({method, path, query, headers, payloadHash}, now, credentials);

    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto *call = new S3Call(this);
    call->m_upload = body;
    if (body)
        body->setParent(call);
    // HEAD through head(): as a custom verb, Qt would wait for the body its Content-Length announces.
    QNetworkReply *reply =
        method == "HEAD" ? m_network->head(request) : m_network->sendCustomRequest(request, method, body);
    call->m_reply = reply;
    call->m_sink = sink;
    if (sink)
        reply->setReadBufferSize(1024 * 1024); // Qt stops reading from the network while the sink is full
    connect(reply, &QNetworkReply::readyRead, call, &S3Call::drain);
    call->m_complete = [this, call, reply] { finish(call, reply); };
    connect(reply, &QNetworkReply::finished, call, [call] {
        call->m_replyDone = true;
        call->drain(); // ends the call now, or once the sink has taken what is left
    });
    return call;
}

void S3Client::finish(S3Call *call, QNetworkReply *reply) {
    reply->deleteLater();
    call->m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        call->m_headers.insert(name.toLower(), value);
    if (call->m_error.isEmpty()) {
        if (call->m_status >= 200 && call->m_status < 300) {
            // done
        } else if (call->m_status > 0) {
            QByteArray code;
            QString message;
            readError(call->m_body, &code, &message);
            call->m_code = code;
            call->m_error = code.isEmpty() ? tr("S3 answered HTTP %1").arg(call->m_status)
                                           : tr("%1: %2 (HTTP %3)")
                                                 .arg(QString::fromUtf8(code),
                                                      message.isEmpty() ? tr("no message") : message)
                                                 .arg(call->m_status);
        } else {
            call->m_error =
                tr("S3 at %1 cannot be reached: %2").arg(endpoint().toString(), reply->errorString());
        }
    }
    if (call->m_upload)
        call->m_upload->close();
    emit call->finished();
}

S3Call *S3Client::putFile(const QString &key, const QString &path, const QByteArray &md5,
                          const QByteArray &sha256Hex, const QByteArray &contentType) {
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        auto *call = new S3Call(this);
        call->m_error = tr("cannot read %1: %2").arg(path, file->errorString());
        delete file;
        QMetaObject::invokeMethod(call, &S3Call::finished, Qt::QueuedConnection);
        return call;
    }
    return send("PUT", key, {},
                {{"content-type", contentType},
                 {"content-length", QByteArray::number(file->size())},
                 {"content-md5", md5.toBase64()}},
                sha256Hex, file, nullptr);
}

S3Call *S3Client::head(const QString &key) {
    return send("HEAD", key, {}, {}, SigV4::emptyPayloadHash(), nullptr, nullptr);
}

S3Call *S3Client::remove(const QString &key) {
    return send("DELETE", key, {}, {}, SigV4::emptyPayloadHash(), nullptr, nullptr);
}

S3Call *S3Client::list(const QString &prefix, const QString &continuationToken) {
    QList<QPair<QByteArray, QByteArray>> query{{"list-type", "2"}, {"prefix", prefix.toUtf8()}};
    if (!continuationToken.isEmpty())
        query.append({"continuation-token", continuationToken.toUtf8()});
    return send("GET", QString(), query, {}, SigV4::emptyPayloadHash(), nullptr, nullptr);
}

S3Call *S3Client::get(const QString &key, QIODevice *sink, const QByteArray &range) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers.append({"range", range});
    return send("GET", key, {}, headers, SigV4::emptyPayloadHash(), nullptr, sink);
}

QList<S3Client::Object> S3Client::parseList(const QByteArray &xml, QString *next) {
    QList<Object> objects;
    next->clear();
    bool truncated = false;
    QXmlStreamReader reader(xml);
    Object current;
    bool inContents = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == u"Contents"_s) {
                inContents = true;
                current = Object();
            } else if (inContents && name == u"Key"_s) {
                current.key = reader.readElementText();
            } else if (inContents && name == u"Size"_s) {
                current.size = reader.readElementText().toLongLong();
            } else if (inContents && name == u"LastModified"_s) {
                current.modified = QDateTime::fromString(reader.readElementText(), Qt::ISODateWithMs).toUTC();
            } else if (inContents && name == u"ETag"_s) {
                current.etag = reader.readElementText().toUtf8().replace('"', "");
            } else if (name == u"IsTruncated"_s) {
                truncated = reader.readElementText() == u"true"_s;
            } else if (name == u"NextContinuationToken"_s) {
                *next = reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"Contents"_s) {
            inContents = false;
            if (!current.key.isEmpty())
                objects.append(current);
        }
    }
    if (!truncated)
        next->clear();
    return objects;
}

bool S3Client::digests(const QString &path, QByteArray *md5, QByteArray *sha256Hex, qint64 *size) {
    // OpenSSL: the CPU's SHA instructions, several times QCryptographicHash's speed on 200 MB.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
    Context md5Context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    Context shaContext(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!md5Context || !shaContext || EVP_DigestInit_ex(md5Context.get(), EVP_md5(), nullptr) != 1 ||
        EVP_DigestInit_ex(shaContext.get(), EVP_sha256(), nullptr) != 1)
        return false;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        EVP_DigestUpdate(md5Context.get(), buffer.constData(), size_t(n));
        EVP_DigestUpdate(shaContext.get(), buffer.constData(), size_t(n));
        total += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(md5Context.get(), digest, &length);
    *md5 = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    EVP_DigestFinal_ex(shaContext.get(), digest, &length);
    *sha256Hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    *size = total;
    return true;
}
