#include "SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray scope(const QDateTime &utc, const SigV4::Credentials &credentials) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + credentials.region.toUtf8() +
           '/' + credentials.service.toUtf8() + "/aws4_request";
}

// Header values are trimmed and runs of spaces inside them folded to one.
QByteArray foldSpaces(const QByteArray &value) {
    QByteArray out;
    bool space = false;
    for (const char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}
} // namespace

namespace SigV4 {

QByteArray hexSha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray emptyPayloadHash() {
    return hexSha256(QByteArray());
}

QByteArray amzDate(const QDateTime &utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash) {
    return bytes.toPercentEncoding(keepSlash ? QByteArray("/~") : QByteArray("~"));
}

QByteArray canonicalRequest(const Request &request, QByteArray *signedHeadersOut) {
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[name, value] : request.query)
        query.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[name, value] : std::as_const(query))
        queryParts.append(name + '=' + value);

    // Names lower-cased and sorted; repeated names joined with commas in the order given.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        auto it =
            std::find_if(headers.begin(), headers.end(), [&](const auto &h) { return h.first == lower; });
        if (it != headers.end())
            it->second += ',' + foldSpaces(value);
        else
            headers.append({lower, foldSpaces(value)});
    }
    std::sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, value] : std::as_const(headers)) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }
    const QByteArray signedHeaders = names.join(';');
    if (signedHeadersOut)
        *signedHeadersOut = signedHeaders;
    return request.method + '\n' + (request.path.isEmpty() ? QByteArray("/") : request.path) + '\n' +
           queryParts.join('&') + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n' + request.payloadHash;
}

QByteArray stringToSign(const QByteArray &canonical, const QDateTime &utc, const Credentials &credentials) {
    return "AWS4-HMAC-SHA256\n" + amzDate(utc) + '\n' + scope(utc, credentials) + '\n' + hexSha256(canonical);
}

QByteArray signature(const QByteArray &toSign, const QDateTime &utc, const Credentials &credentials) {
    const QByteArray date = utc.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    QByteArray key = hmac("AWS4" + credentials.secretKey.toUtf8(), date);
    key = hmac(key, credentials.region.toUtf8());
    key = hmac(key, credentials.service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, toSign).toHex();
}

QByteArray authorization(const Request &request, const QDateTime &utc, const Credentials &credentials) {
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(request, &signedHeaders);
    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKey.toUtf8() + '/' + scope(utc, credentials) +
           ", SignedHeaders=" + signedHeaders +
           ", Signature=" + signature(stringToSign(canonical, utc, credentials), utc, credentials);
}

} // namespace SigV4
