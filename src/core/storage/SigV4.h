// AWS Signature Version 4 for S3 requests (header form): the canonical request, the string to sign and the
// Authorization header, as
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html describes them.
// Pure functions of their inputs, checked against AWS's published examples.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace SigV4 {

struct Credentials {
    QString accessKey;
    QString secretKey;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");
};

struct Request {
    QByteArray method; // GET, PUT, …
    QByteArray path;   // as sent: already URI-encoded once (S3 does not encode twice)
    QList<QPair<QByteArray, QByteArray>> query;   // decoded names and values, any order
    QList<QPair<QByteArray, QByteArray>> headers; // names in any case; host and x-amz-date included
    QByteArray payloadHash;                       // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
};

// The hex SHA-256 of an empty body.
QByteArray emptyPayloadHash();
QByteArray hexSha256(const QByteArray &bytes);
// 20130524T000000Z
QByteArray amzDate(const QDateTime &utc);
// RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ (and '/' when `keepSlash`).
QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);

QByteArray canonicalRequest(const Request &request, QByteArray *signedHeaders = nullptr);
QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &utc,
                        const Credentials &credentials);
QByteArray signature(const QByteArray &stringToSign, const QDateTime &utc, const Credentials &credentials);
// "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…"
QByteArray authorization(const Request &request, const QDateTime &utc, const Credentials &credentials);

} // namespace SigV4
