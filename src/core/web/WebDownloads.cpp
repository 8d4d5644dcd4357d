// The downloads of the web server: Range, If-Range, ETag and Last-Modified on a file opened safely, streamed
// with sendfile (FileSender), or relayed from S3 for an export only the bucket holds (S3Relay).
#include "WebServer.h"

#include "FileSender.h"
#include "HttpAnswer.h"
#include "S3Relay.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

const ExportEntry *WebServer::listedExport(const QByteArray &encodedName, QString *name) {
    // Decoded once; then only a name the export folder lists as ours is served. "..", slashes, backslashes,
    // encoded or not, absolute paths and links never name such a file.
    *name = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedName));
    if (!ExportFile::isSafeName(*name))
        return nullptr;
    return m_front->exportNamed(*name);
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
        "Accept-Ranges: bytes\r\nETag: " + etag + "\r\nLast-Modified: " + HttpAnswer::date(modified) + "\r\n";
    if (request.value("if-none-match") == etag) {
        send(socket, request, {304, {}, {}, headers});
        return;
    }
    const HttpAnswer::Range range =
        HttpAnswer::range(request.value("range"), request.value("if-range"), etag, modified, size);
    headers += range.header(size);
    if (range.status == 416) {
        send(socket, request, {416, {}, {}, headers});
        return;
    }
    const int status = range.status;
    const qint64 first = range.first;
    const qint64 last = range.last;
    headers += HttpAnswer::attachmentHeader(name); // group names may be Cyrillic
    const bool close = m_request.closeAfter;
    const qint64 length = last - first + 1;
    QByteArray answerHead = head(status, "text/csv; charset=utf-8", length, headers);
    count(status);
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
