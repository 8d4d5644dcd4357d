#include "S3Client.h"

#include "net/GzipDecoder.h"
#include "net/ReadBound.h"

#include "SigV4.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QXmlStreamReader>

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

QByteArray elementText(const QByteArray &xml, QStringView name) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText().toUtf8();
    }
    return QByteArray();
}

// One part of a multipart upload: a slice of the file as a device, read from the file as Qt sends it.
class FileSlice : public QIODevice {
public:
    FileSlice(const QString &path, qint64 offset, qint64 length)
        : m_file(path)
        , m_offset(offset)
        , m_length(length) {}
    bool open(OpenMode mode) override {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset))
            return false;
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }
    void close() override {
        m_file.close();
        QIODevice::close();
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 position) override { // Qt rewinds the body when it sends a request again
        if (position < 0 || position > m_length || !m_file.seek(m_offset + position))
            return false;
        return QIODevice::seek(position);
    }
    QString errorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 left = m_offset + m_length - m_file.pos();
        return left <= 0 ? 0 : m_file.read(data, qMin(maxSize, left));
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

constexpr int partAttempts = 3;
} // namespace

void S3Call::abort() {
    m_aborted = true;
    if (m_step)
        m_step->abort();
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
    if (!reply->isOpen()) {
        // aborted or timed out: nothing to read (reading would only print Qt's "device not open")
    } else if (m_sink && status >= 200 && status < 300) {
        if (!GzipDecoder::isIdentity(reply->rawHeader("Content-Encoding"))) {
            m_error = tr("S3 sent the object encoded as \"%1\", not as it is stored")
                          .arg(QString::fromLatin1(reply->rawHeader("Content-Encoding").left(40)));
            reply->abort(); // finished() follows, and drains nothing more
            return;
        }
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
    if (m_replyDone && (!reply->isOpen() || reply->bytesAvailable() == 0 || !m_error.isEmpty()) &&
        m_complete) {
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
    // The bytes as stored, never decoded by Qt on the way: Qt's decoding would let a compressed stream cut
    // short pass as a smaller object (not signed, so that a proxy may rewrite it).
    if (sink)
        request.setRawHeader("Accept-Encoding", "identity");
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
        boundReadBuffer(reply, 1024 * 1024); // Qt stops reading from the network while the sink is full
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
            const QString hint = hintFor(code);
            if (!hint.isEmpty())
                call->m_error += u" — "_s + hint;
        } else if (reply->error() == QNetworkReply::OperationCanceledError && !call->m_aborted) {
            // Qt ends a request that stalls past its transfer timeout as "Operation canceled".
            call->m_error = tr("S3 at %1 did not answer within %2 s: the request timed out")
                                .arg(endpoint().toString())
                                .arg(m_options.timeoutMs / 1000.0);
        } else {
            call->m_error =
                tr("S3 at %1 cannot be reached: %2").arg(endpoint().toString(), reply->errorString());
        }
    }
    if (call->m_upload)
        call->m_upload->close();
    emit call->finished();
}

QString S3Client::hintFor(const QByteArray &code) {
    // What to do about the codes a wrong setting gets (AWS's error codes; MinIO and Ceph answer the same).
    if (code == "SignatureDoesNotMatch")
        return tr("check S3_SECRET_KEY (the request was signed with another secret than the server's), and "
                  "S3_REGION");
    if (code == "InvalidAccessKeyId")
        return tr("the server does not know S3_ACCESS_KEY");
    if (code == "AuthorizationHeaderMalformed")
        return tr("check S3_REGION: the server expects another region");
    if (code == "NoSuchBucket")
        return tr("check S3_BUCKET, or create the bucket");
    if (code == "AccessDenied")
        return tr(
            "the key may not write to this bucket: grant it s3:PutObject, s3:GetObject, s3:DeleteObject "
            "and s3:ListBucket");
    if (code == "RequestTimeTooSkewed")
        return tr("this computer's clock is more than 15 minutes off: set it right (NTP)");
    return QString();
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

S3Call *S3Client::upload(const QString &key, const QString &path, const FileDigests &digests,
                         const QByteArray &contentType) {
    if (digests.parts.isEmpty())
        return putFile(key, path, digests.md5, digests.sha256Hex, contentType);
    auto *outer = new S3Call(this);
    S3Call *create =
        send("POST", key, {{"uploads", ""}}, {{"content-type", contentType}, {"content-length", "0"}},
             SigV4::emptyPayloadHash(), nullptr, nullptr);
    outer->m_step = create;
    auto shared = std::make_shared<const FileDigests>(digests);
    connect(create, &S3Call::finished, outer, [this, outer, create, key, path, shared] {
        create->deleteLater();
        const QByteArray uploadId = create->ok() ? elementText(create->body(), u"UploadId") : QByteArray();
        if (!create->ok() || outer->m_aborted || uploadId.isEmpty()) {
            if (create->ok() && !outer->m_aborted)
                outer->m_error = tr("S3 started no multipart upload (its answer has no UploadId)");
            endUpload(outer, create, key, uploadId);
            return;
        }
        uploadParts(outer, key, path, shared, uploadId, 0, 1, {});
    });
    return outer;
}

void S3Client::uploadParts(S3Call *outer, const QString &key, const QString &path,
                           const std::shared_ptr<const FileDigests> &digests, const QByteArray &uploadId,
                           int index, int attempt, QList<QByteArray> etags) {
    if (index == digests->parts.size()) {
        QByteArray xml = "<CompleteMultipartUpload>";
        for (qsizetype i = 0; i < etags.size(); ++i)
            xml += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>" + etags.at(i) +
                   "</ETag></Part>";
        xml += "</CompleteMultipartUpload>";
        auto *body = new QBuffer;
        body->setData(xml);
        body->open(QIODevice::ReadOnly);
        S3Call *complete =
            send("POST", key, {{"uploadId", uploadId}},
                 {{"content-type", "application/xml"}, {"content-length", QByteArray::number(xml.size())}},
                 QCryptographicHash::hash(xml, QCryptographicHash::Sha256).toHex(), body, nullptr);
        outer->m_step = complete;
        connect(complete, &S3Call::finished, outer, [this, outer, complete, key, uploadId] {
            complete->deleteLater();
            // S3 may answer 200 and still fail: the error is then in the body.
            if (complete->ok() && complete->body().contains("<Error>")) {
                QByteArray code;
                QString message;
                readError(complete->body(), &code, &message);
                outer->m_code = code;
                outer->m_error =
                    tr("%1: %2 (completing the multipart upload)")
                        .arg(QString::fromUtf8(code), message.isEmpty() ? tr("no message") : message);
            }
            endUpload(outer, complete, key, outer->m_error.isEmpty() ? QByteArray() : uploadId);
        });
        return;
    }
    const FileDigests::Part &part = digests->parts.at(index);
    auto *slice = new FileSlice(path, part.offset, part.length);
    if (!slice->open(QIODevice::ReadOnly)) {
        outer->m_error = tr("cannot read %1: %2").arg(path, slice->errorString());
        delete slice;
        endUpload(outer, nullptr, key, uploadId);
        return;
    }
    S3Call *put =
        send("PUT", key, {{"partNumber", QByteArray::number(index + 1)}, {"uploadId", uploadId}},
             {{"content-length", QByteArray::number(part.length)}, {"content-md5", part.md5.toBase64()}},
             part.sha256Hex, slice, nullptr);
    outer->m_step = put;
    connect(put, &S3Call::finished, outer, [=]() mutable {
        put->deleteLater();
        if (put->ok() && !outer->m_aborted) {
            etags.append(put->header("etag"));
            uploadParts(outer, key, path, digests, uploadId, index + 1, 1, std::move(etags));
            return;
        }
        const bool transient = put->httpStatus() == 0 || put->httpStatus() >= 500;
        if (!outer->m_aborted && transient && attempt < partAttempts) {
            qCInfo(lcExport, "part %d of %s: %s; sending it again", index + 1, qUtf8Printable(key),
                   qUtf8Printable(put->error()));
            uploadParts(outer, key, path, digests, uploadId, index, attempt + 1, std::move(etags));
            return;
        }
        if (!outer->m_aborted)
            outer->m_error =
                tr("part %1 of %2: %3").arg(index + 1).arg(digests->parts.size()).arg(put->error());
        endUpload(outer, put, key, uploadId);
    });
}

void S3Client::endUpload(S3Call *outer, S3Call *step, const QString &key, const QByteArray &uploadId) {
    if (step) {
        outer->m_status = step->httpStatus();
        outer->m_headers = step->m_headers;
        if (outer->m_error.isEmpty() && !step->ok()) {
            outer->m_error = step->error();
            outer->m_code = step->errorCode();
        }
    }
    if (outer->m_aborted && outer->m_error.isEmpty())
        outer->m_error = tr("the upload was stopped");
    if (!outer->m_error.isEmpty() && !uploadId.isEmpty()) {
        // The parts sent so far would be kept (and billed) until aborted.
        S3Call *abort =
            send("DELETE", key, {{"uploadId", uploadId}}, {}, SigV4::emptyPayloadHash(), nullptr, nullptr);
        connect(abort, &S3Call::finished, this, [abort, key] {
            abort->deleteLater();
            if (!abort->ok())
                qCWarning(lcExport, "the unfinished multipart upload of %s could not be aborted: %s",
                          qUtf8Printable(key), qUtf8Printable(abort->error()));
        });
    }
    emit outer->finished();
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
