// Talks to the TestOps API: exchanges the API token for a JWT, renews it, repeats a call once after a 401,
// and turns every failure into an ApiError a user can act on. The network manager is injected.
#pragma once

#include "ApiCall.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class Clock;
struct Config;
class QNetworkAccessManager;

class TestOpsClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl baseUrl;
        QString apiToken;
        int connectTimeoutMs = 30000;
        int inactivityTimeoutMs = 60000;
        QString caFile;
        bool insecure = false;
        QByteArray userAgent = QByteArrayLiteral("testops-export"); // with the replica's name on Kubernetes

        // The connection settings of a configuration.
        static Options of(const Config &config);
    };

    TestOpsClient(Options options, QNetworkAccessManager *network, const Clock &clock,
                  QObject *parent = nullptr);

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    // A write: sent once; a lost answer ends the call with ApiError::Kind::AnswerLost (see OnceBody).
    ApiCall *post(const QString &path, const QJsonObject &body);
    // A POST that only reads (a count): Qt may send it again when a kept-alive connection closed under it.
    ApiCall *postQuery(const QString &path, const QJsonObject &body);
    ApiCall *patch(const QString &path, const QJsonObject &body);
    // POST without a body (the actions that take none, as cleanup's runs).
    ApiCall *postEmpty(const QString &path);
    // Any write with a query and a body of its type (a JSON array, a multipart form): sent once.
    ApiCall *write(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                   const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"));
    ApiCall *deleteResource(const QString &path);
    // GET whose body is written to `sink` as it arrives, never held whole in memory. The call fails when the
    // body is a web page, empty, or shorter than its Content-Length.
    // With `anyFile`, a file as it is (an attachment): empty is a file too, and a web page is one when
    // `mayBeHtml` (else it is taken for a proxy's page).
    ApiCall *download(const QString &path, QIODevice *sink, bool anyFile = false, bool mayBeHtml = false);

    const Options &options() const { return m_options; }
    int tokenExchanges() const { return m_exchanges; }
    // Replaces the secret in any text that may reach a person.
    QString redact(QString text) const;

private:
    ApiCall *request(const QByteArray &verb, const QString &path, const QByteArray &body);
    ApiCall *start(ApiCall *call);
    void send(ApiCall *call);
    void exchangeToken();
    void onTokenReply(QNetworkReply *reply);
    void onReadyRead(ApiCall *call);
    // Takes decoded bytes of an answer: into the buffer (JSON, an error page, a download's first bytes)
    // or the sink; false when the call was ended.
    bool take(ApiCall *call, const char *data, qint64 size);
    // Decides whether a download's first bytes are a web page; if not, they go to the sink.
    bool sniff(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void writeToSink(ApiCall *call, const QByteArray &bytes);
    void writeToSink(ApiCall *call, const char *data, qint64 size);
    void finish(ApiCall *call, ApiError error);
    bool tokenValid() const;
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    ApiError classify(QNetworkReply *reply, const QByteArray &body) const;
    ApiError classifyStatus(QNetworkReply *reply, const QByteArray &body, int status,
                            const QString &message) const;
    QString serverMessage(const QByteArray &body) const;
    // Why a web page came where JSON or CSV was expected, after the token exchange worked.
    QString proxyPage(const QString &expected) const;

    Options m_options;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QSslConfiguration m_ssl;
    QString m_accessToken;
    QDateTime m_accessTokenExpires;
    QPointer<QNetworkReply> m_tokenReply;
    QList<QPointer<ApiCall>> m_waitingForToken;
    int m_exchanges = 0;
};

// True when the bytes start like an HTML document (after an optional BOM and white space).
bool looksLikeHtml(const QByteArray &head);
