// One call to TestOps as the caller sees it: it finishes exactly once, with a JSON answer or a streamed body,
// or with an ApiError. Owned by the caller (deleteLater after finished).
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

class GzipDecoder;
class OnceBody;

class QIODevice;
class QNetworkReply;

class ApiCall : public QObject {
    Q_OBJECT
public:
    ~ApiCall() override;

    const ApiError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    int httpStatus() const { return m_status; }
    qint64 bytesReceived() const { return m_bytes; }
    bool isFinished() const { return m_finished; }

    // Ends the call now with Kind::Aborted (nothing more is written to a download sink).
    void abort();

signals:
    void finished();
    void progress(qint64 bytesReceived);

private:
    friend class TestOpsClient;
    explicit ApiCall(QObject *parent);

    // What to send; kept so that the call can be repeated after a fresh token.
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    QPointer<QIODevice> m_sink; // set for downloads
    bool m_retriedAfter401 = false;
    bool m_sendOnce = false;  // a write: see OnceBody
    bool m_anyBody = false;   // a download of a file as it is: empty is fine
    bool m_mayBeHtml = false; // and it may be a web page (an attachment that is one)

    // The current attempt.
    QPointer<QNetworkReply> m_reply;
    QPointer<OnceBody> m_once; // a write's body, sent at most once
    QTimer m_connectTimer;
    ApiError m_abortError; // set when we end the reply ourselves
    QByteArray m_buffer;   // JSON answers, error bodies, or the first bytes of a download before sniffing
    bool m_sniffed = false;
    QByteArray m_chunk; // a download's way from the reply to the sink
    bool m_encodingChecked = false;
    std::unique_ptr<GzipDecoder> m_decoder; // the answer is gzip
    qint64 m_wireBytes = 0;                 // as sent, before decoding

    // The result.
    ApiError m_error;
    QJsonDocument m_json;
    int m_status = 0;
    qint64 m_bytes = 0;
    bool m_finished = false;
};
