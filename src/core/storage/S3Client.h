// S3 through QNetworkAccessManager: path-style requests (http://host/bucket/key) signed with SigV4, for AWS
// and the S3-compatible servers (MinIO, Ceph, Yandex Object Storage). Uploads stream from the file with its
// MD5 (Content-MD5, checked by every S3 server) and SHA-256 (x-amz-content-sha256); nothing is held whole in
// memory. A file above the multipart threshold goes up in parts, each streamed from its slice of the file
// and sent again on its own when its connection breaks.
#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class Clock;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

// One request to S3; finishes once (deleteLater after finished).
class S3Call : public QObject {
    Q_OBJECT
public:
    bool ok() const { return m_error.isEmpty(); }
    // What went wrong, in words: "SignatureDoesNotMatch: … (HTTP 403)", "connection refused", …
    const QString &error() const { return m_error; }
    // S3's error code (SignatureDoesNotMatch, NoSuchBucket, …), when it sent one.
    const QByteArray &errorCode() const { return m_code; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; } // XML answers (listing, errors); empty for downloads
    QByteArray header(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    // Stops the request (or the multipart upload's current step); the call then finishes with an error.
    void abort();
    // A download writes into its sink while the sink holds less than a few MiB unwritten (a socket to a slow
    // client); the sink's owner calls this when it has room again.
    void drain();

signals:
    void finished();

private:
    friend class S3Client;
    explicit S3Call(QObject *parent)
        : QObject(parent) {}
    QPointer<QNetworkReply> m_reply;
    QIODevice *m_upload = nullptr; // owned: the file streamed by a PUT
    QPointer<QIODevice> m_sink;    // a download's
    bool m_replyDone = false;      // Qt has the whole answer; the call ends once the sink took the rest
    std::function<void()> m_complete;
    QString m_error;
    QByteArray m_code;
    int m_status = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    QPointer<S3Call> m_step; // a multipart upload's request in flight
    bool m_aborted = false;
};

class S3Client : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl endpoint; // empty: AWS (https://s3.<region>.amazonaws.com)
        QString bucket;
        QString accessKey;
        QString secretKey;
        QString region = QStringLiteral("us-east-1");
        int timeoutMs = 60000; // a request that sends and receives nothing for this long fails
        // Files larger than this go up in parts of partSize (AWS: at least 5 MiB, at most 10,000 parts; the
        // part grows past partSize for files above 10,000 of them). See README, "S3 storage".
        qint64 multipartThreshold = 64LL * 1024 * 1024;
        qint64 partSize = 16LL * 1024 * 1024;

        // The S3_* settings of a configuration.
        static Options of(const S3Settings &settings, int timeoutMs);
    };

    // What a listing holds of one object.
    struct Object {
        QString key;
        qint64 size = 0;
        QDateTime modified;
        QByteArray etag; // without quotes
    };

    // What an upload needs to know of its file, read once: the whole file's MD5 (the ETag of a single PUT)
    // and, for a single PUT, its SHA-256; for a multipart upload each part's slice with its MD5 and SHA-256.
    struct FileDigests {
        struct Part {
            qint64 offset = 0;
            qint64 length = 0;
            QByteArray md5; // raw
            QByteArray sha256Hex;
        };
        qint64 size = 0;
        QByteArray md5;       // raw, of the whole file
        QByteArray sha256Hex; // of the whole file; empty when it goes up in parts
        QList<Part> parts;    // empty: one PUT
        // The ETag S3 gives an object uploaded in these parts: MD5 of the parts' MD5s, "-", their count.
        QByteArray multipartEtag() const;
        // Whether `etag` (without quotes) is the one of this file: its MD5, or its multipart ETag.
        bool matches(const QByteArray &etag) const;
    };

    S3Client(Options options, QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    // The object key of an export, as the Go tool lays out the bucket: exports/<YYYY-MM-DD>/<file name>, the
    // date being the export's own (from its name), so that any day's export can be found again.
    static QString exportKey(const QString &fileName, const QDate &date);

    // PUT of a whole file, streamed; `md5` raw (16 bytes), `sha256` hex, of the file's bytes.
    S3Call *putFile(const QString &key, const QString &path, const QByteArray &md5,
                    const QByteArray &sha256Hex,
                    const QByteArray &contentType = QByteArrayLiteral("text/csv"));
    // Uploads a file read by digests(): one PUT, or a multipart upload (create, the parts in order, complete;
    // a part whose connection broke or that got a 5xx is sent again up to twice; a failed upload is aborted
    // so that S3 keeps no orphaned parts). One call either way.
    S3Call *upload(const QString &key, const QString &path, const FileDigests &digests,
                   const QByteArray &contentType = QByteArrayLiteral("text/csv"));
    S3Call *head(const QString &key);
    S3Call *remove(const QString &key);
    // One page of ListObjectsV2 (at most 1,000 keys); the next page's token is in `next`.
    S3Call *list(const QString &prefix, const QString &continuationToken = QString());
    // Every key under `prefix`, page by page; a page that fails for a moment (a 500, a 503, a broken
    // connection) is asked for again after 100 ms, then 200 ms, as the AWS SDKs do. `done` gets the objects,
    // or why the listing failed; never once `context` is gone.
    using Listed = std::function<void(const QList<Object> &objects, const QString &error)>;
    void listAll(const QString &prefix, QObject *context, Listed done);
    // GET streamed into `sink`; `range` is a Range header value or empty.
    S3Call *get(const QString &key, QIODevice *sink, const QByteArray &range = QByteArray());

    // The objects of a listing answer, and the continuation token when another page follows.
    // What to do about an S3 error code a wrong setting gets ("check S3_SECRET_KEY …"); empty for others.
    static QString hintFor(const QByteArray &code);
    static QList<Object> parseList(const QByteArray &xml, QString *next);
    // Raw MD5 and hex SHA-256 of a file, read once in 1 MiB pieces; false when it cannot be read.
    static bool digests(const QString &path, QByteArray *md5, QByteArray *sha256Hex, qint64 *size);
    // The digests an upload of `path` needs under `options` (parts when it is above the threshold).
    static bool digests(const QString &path, const Options &options, FileDigests *digests);

private:
    S3Call *send(const QByteArray &method, const QString &key,
                 const QList<QPair<QByteArray, QByteArray>> &query,
                 QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &payloadHash, QIODevice *body,
                 QIODevice *sink);
    void finish(S3Call *call, QNetworkReply *reply);
    // The parts' list is shared by the steps, not copied into each (up to 10,000 parts).
    void uploadParts(S3Call *outer, const QString &key, const QString &path,
                     const std::shared_ptr<const FileDigests> &digests, const QByteArray &uploadId, int index,
                     int attempt, QList<QByteArray> etags);
    void endUpload(S3Call *outer, S3Call *step, const QString &key, const QByteArray &uploadId);
    QUrl endpoint() const;

    Options m_options;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
};
