// The words of HTTP our server speaks, apart from what it serves: status lines and headers (the security
// headers on every answer), dates, methods, paging and byte ranges. Plain functions, tested on their own.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QString>

class QUrlQuery;

namespace HttpAnswer {

// "HTTP/1.1 <status> <reason>", Content-Type (when given), Content-Length, the security headers, `headers`
// (each line ending in \r\n), Connection: close when `close`, and the empty line.
QByteArray head(int status, const QByteArray &type, qint64 length, const QByteArray &headers, bool close);
// An IMF-fixdate (RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray date(const QDateTime &time);
QString methodName(QHttpServerRequest::Method method);
// "Content-Disposition: attachment; …\r\n" for a download named `name` (RFC 6266 / 5987): an ASCII fallback
// and the exact UTF-8 name; no control character reaches the header whatever the name.
QByteArray attachmentHeader(const QString &name);
// ?page=P&size=S, each a whole number from 1 when given (size at most maxSize); false when one is not.
bool readPaging(const QUrlQuery &query, int maxSize, int *page, int *size);

// What to send of a file of `size` bytes for a Range header (one range, as a resumed download asks; anything
// else gets the whole file, as RFC 9110 allows), honouring If-Range against the file's ETag and date.
struct Range {
    int status = 200; // 200: the whole file; 206: [first, last]; 416: none of it
    qint64 first = 0;
    qint64 last = -1;
    qint64 length() const { return last - first + 1; }
    // "Content-Range: bytes 0-99/1000\r\n" (206), "Content-Range: bytes */1000\r\n" (416), or nothing.
    QByteArray header(qint64 size) const;
};
Range range(const QByteArray &rangeHeader, const QByteArray &ifRange, const QByteArray &etag,
            const QDateTime &modified, qint64 size);

} // namespace HttpAnswer
