#include "HttpAnswer.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace HttpAnswer {
namespace {
const QByteArray securityHeaders =
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: same-origin\r\n"
    "X-Frame-Options: DENY\r\n";

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
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

QByteArray head(int status, const QByteArray &type, qint64 length, const QByteArray &headers, bool close) {
    QByteArray lines = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!type.isEmpty())
        lines += "Content-Type: " + type + "\r\n";
    lines += "Content-Length: " + QByteArray::number(length) + "\r\n" + securityHeaders + headers;
    if (close)
        lines += "Connection: close\r\n";
    return lines + "\r\n";
}

QByteArray attachmentHeader(const QString &name) {
    QByteArray ascii;
    for (const QChar c : name)
        ascii += c.unicode() >= 32 && c.unicode() < 127 && c != u'"' && c != u'\\' ? char(c.unicode()) : '_';
    return "Content-Disposition: attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(name) + "\r\n";
}

QByteArray date(const QDateTime &time) {
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
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

QByteArray Range::header(qint64 size) const {
    if (status == 206)
        return "Content-Range: bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
               QByteArray::number(size) + "\r\n";
    if (status == 416)
        return "Content-Range: bytes */" + QByteArray::number(size) + "\r\n";
    return {};
}

Range range(const QByteArray &rangeHeader, const QByteArray &ifRange, const QByteArray &etag,
            const QDateTime &modified, qint64 size) {
    Range whole{200, 0, size - 1};
    // If-Range (RFC 9110 §13.1.5): a range of the file the client has, or else the whole file. Our ETag is
    // strong; a date must be the Last-Modified exactly.
    const QByteArray condition = ifRange.trimmed();
    if (!condition.isEmpty() && condition != etag && condition != date(modified))
        return whole;
    static const QRegularExpression pattern(u"^bytes=(\\d*)-(\\d*)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(rangeHeader.trimmed()));
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return whole;
    // A number too large for 64 bits is past the end of any file, never 0.
    const auto number = [](const QString &digits) {
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok ? value : std::numeric_limits<qint64>::max();
    };
    Range part{206, 0, size - 1};
    if (match.captured(1).isEmpty()) { // the last N bytes
        part.first = qMax<qint64>(0, size - number(match.captured(2)));
    } else {
        part.first = number(match.captured(1));
        if (!match.captured(2).isEmpty())
            part.last = qMin(part.last, number(match.captured(2)));
    }
    if (part.first >= size || part.first > part.last)
        return {416, 0, -1};
    return part;
}

} // namespace HttpAnswer
