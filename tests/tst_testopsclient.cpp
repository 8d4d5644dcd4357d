#include "CannedNetworkAccessManager.h"
#include "FakeTestOps.h"
#include "ManualClock.h"
#include "net/GzipDecoder.h"
#include "net/OnceBody.h"
#include "testops/TestOpsClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
QByteArray gzipOf(const QByteArray &bytes) {
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

const QString apiToken = u"api-token-SECRET-0123456789"_s;

CannedReply::Answer tokenAnswer() {
    return {200, R"({"access_token":"jwt-1","expires_in":3600})", {}, QNetworkReply::NoError, false};
}

ApiCall *wait(ApiCall *call) {
    QSignalSpy finished(call, &ApiCall::finished);
    if (!call->isFinished() && !finished.wait(10000))
        qFatal("the call did not finish");
    return call;
}
} // namespace

class TestTestOpsClient : public QObject {
    Q_OBJECT
private slots:
    void errorsInWordsAUserActsOn_data();
    void errorsInWordsAUserActsOn();
    void connectionRefused();
    void connectTimeout();
    void tokenRenewedAMinuteBeforeItExpires();
    void second401IsARealError();
    void oneExchangeServesConcurrentCalls();
    void serverEchoingTheTokenIsRedacted();
    void webPageInsteadOfJson();
    void aWebPageAfterTheTokenWorkedIsAProxyNotAWrongAddress();
    void anUntrustedCertificateIsNotAFailedAuthentication();
    void gzipStreamsAreWholeOrRefused_data();
    void gzipStreamsAreWholeOrRefused();
    void aBodySentOnceIsNeverRewound();

private:
    TestOpsClient::Options options(const QUrl &url = QUrl(u"https://testops.example.com"_s)) const {
        return {url, apiToken, 2000, 5000, QString(), false};
    }
};

void TestTestOpsClient::errorsInWordsAUserActsOn_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("message");
    QTest::newRow("DNS") << 0 << QByteArray() << int(QNetworkReply::HostNotFoundError) << QByteArray()
                         << Kind::Dns << true
                         << u"host testops.example.com not found (DNS): check TESTOPS_BASE_URL"_s;
    QTest::newRow("TLS")
        << 0 << QByteArray() << int(QNetworkReply::SslHandshakeFailedError) << QByteArray() << Kind::Tls
        << false
        << u"the TLS certificate of testops.example.com is not trusted (canned error): set TLS_CA_FILE to your CA"_s;
    QTest::newRow("unreachable") << 0 << QByteArray() << int(QNetworkReply::UnknownNetworkError)
                                 << QByteArray() << Kind::Unreachable << true
                                 << u"host testops.example.com is unreachable: canned error"_s;
    QTest::newRow("403")
        << 403 << QByteArray(R"({"message":"Access denied to project 17"})")
        << int(QNetworkReply::ContentAccessDenied) << QByteArray() << Kind::Forbidden << false
        << u"no access: the token's user may not see this project (HTTP 403): Access denied to project 17"_s;
    QTest::newRow("404") << 404 << QByteArray(R"({"errorMessage":"Tree not found"})")
                         << int(QNetworkReply::ContentNotFoundError) << QByteArray() << Kind::NotFound
                         << false
                         << u"not found (HTTP 404): Tree not found: check the project, tree and group ids"_s;
    QTest::newRow("429") << 429 << QByteArray() << int(QNetworkReply::UnknownContentError)
                         << QByteArray("120") << Kind::RateLimited << true
                         << u"the server asks to slow down (HTTP 429)"_s;
    QTest::newRow("503 HTML") << 503 << QByteArray("<html><body>Maintenance</body></html>")
                              << int(QNetworkReply::ServiceUnavailableError) << QByteArray()
                              << Kind::ServerError << true
                              << u"server error 503 (the server answered with a web page)"_s;
    QTest::newRow("500 message") << 500 << QByteArray(R"({"message":"NullPointerException"})")
                                 << int(QNetworkReply::InternalServerError) << QByteArray()
                                 << Kind::ServerError << true << u"server error 500: NullPointerException"_s;
    QTest::newRow("400") << 400 << QByteArray(R"({"message":"projectId is required"})")
                         << int(QNetworkReply::ProtocolInvalidOperationError) << QByteArray()
                         << Kind::HttpError << false
                         << u"the server answered HTTP 400: projectId is required"_s;
}

void TestTestOpsClient::errorsInWordsAUserActsOn() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, networkError);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QFETCH(QString, message);
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s, tokenAnswer());
    CannedReply::Answer answer{status, body, {}, QNetworkReply::NetworkError(networkError), false};
    if (!retryAfter.isEmpty())
        answer.headers.insert("Retry-After", retryAfter);
    network.answer(u"/api/project/17"_s, answer);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, kind);
    QCOMPARE(call->error().message, message);
    QCOMPARE(call->error().isTransient(), transient);
    if (!retryAfter.isEmpty())
        QCOMPARE(call->error().retryAfterSeconds, 120);
}

void TestTestOpsClient::connectionRefused() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(server.serverPort());
    server.close(); // nothing listens there any more
    QNetworkAccessManager network;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(url), &network, clock);
    ApiCall *call = wait(client.get(u"/api/uaa/account/me"_s));
    QCOMPARE(call->error().kind, Kind::Unreachable);
    QCOMPARE(
        call->error().message,
        u"TestOps cannot be reached to sign in: host 127.0.0.1 refused the connection: is TestOps running "
        "there, and is the port in TESTOPS_BASE_URL right? (a VPN may be needed to reach it)"_s);
    QVERIFY(call->error().isTransient());
}

void TestTestOpsClient::connectTimeout() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s, tokenAnswer());
    network.answer(u"/api/project/17"_s, {0, {}, {}, QNetworkReply::NoError, true});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient::Options o = options();
    o.connectTimeoutMs = 300;
    TestOpsClient client(o, &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::Timeout);
    QCOMPARE(call->error().message, u"could not connect to testops.example.com within 0.3 s"_s);
}

void TestTestOpsClient::tokenRenewedAMinuteBeforeItExpires() {
    FakeTestOps fake;
    fake.addGroup({17, 937, 1, u"A"_s, 1, 0, {}});
    fake.apiToken = apiToken;
    fake.tokenLifetimeSecs = 600;
    QVERIFY(fake.listen());
    QNetworkAccessManager network;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(fake.url()), &network, clock);
    QVERIFY(!wait(client.get(u"/api/project/17"_s))->error().isError());
    QCOMPARE(client.tokenExchanges(), 1);
    clock.advanceSecs(530); // 70 s left: still used
    QVERIFY(!wait(client.get(u"/api/project/17"_s))->error().isError());
    QCOMPARE(client.tokenExchanges(), 1);
    clock.advanceSecs(20); // 50 s left: renewed first
    QVERIFY(!wait(client.get(u"/api/project/17"_s))->error().isError());
    QCOMPARE(client.tokenExchanges(), 2);
    QCOMPARE(fake.count(u"POST /api/uaa/oauth/token"_s), 2);
    QCOMPARE(fake.count(u"GET /api/project/{id}"_s), 3); // no call needed a repeat
}

void TestTestOpsClient::second401IsARealError() {
    FakeTestOps fake;
    fake.apiToken = apiToken;
    fake.addGroup({17, 937, 1, u"A"_s, 1, 0, {}});
    QVERIFY(fake.listen());
    fake.addFault(FakeTestOps::Fault::ExpireToken, 2);
    QNetworkAccessManager network;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(fake.url()), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::Unauthorized);
    QVERIFY(call->error().message.startsWith(u"the access token was rejected (HTTP 401)"_s));
    QCOMPARE(client.tokenExchanges(), 2);
    QCOMPARE(fake.count(u"GET /api/project/{id}"_s), 2); // the call and its one repeat
}

void TestTestOpsClient::oneExchangeServesConcurrentCalls() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s, tokenAnswer());
    network.answer(u"/api/project/17"_s, {200, R"({"id":17})", {}, QNetworkReply::NoError, false});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    QList<ApiCall *> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(client.get(u"/api/project/17"_s));
    for (ApiCall *call : calls)
        QCOMPARE(wait(call)->json().object().value(u"id"_s).toInt(), 17);
    QCOMPARE(network.requests(u"/oauth/token"_s), 1);
}

void TestTestOpsClient::serverEchoingTheTokenIsRedacted() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s,
                   {401,
                    R"({"error_description":"Bad credentials for token )" + apiToken.toUtf8() + R"("})",
                    {},
                    QNetworkReply::AuthenticationRequiredError,
                    false});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::AuthFailed);
    QVERIFY(!call->error().isTransient());
    QVERIFY2(!call->error().message.contains(apiToken), qPrintable(call->error().message));
    QVERIFY(call->error().message.contains(u"Bad credentials for token api-…6789"_s));
}

void TestTestOpsClient::webPageInsteadOfJson() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s, {200,
                                       "<!DOCTYPE html><html><title>Sign in</title></html>",
                                       {{"Content-Type", "text/html"}},
                                       QNetworkReply::NoError,
                                       false});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::WebPage);
    QCOMPARE(call->error().message,
             u"TestOps cannot be reached to sign in: the server returned a web page instead of JSON: check "
             "TESTOPS_BASE_URL, or whether a proxy or a login page stands in front of TestOps"_s);
}

void TestTestOpsClient::aWebPageAfterTheTokenWorkedIsAProxyNotAWrongAddress() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s,
                   {200, R"({"access_token":"jwt","expires_in":3600})", {}, QNetworkReply::NoError, false});
    network.answer(u"/api/project/17"_s,
                   {200,
                    "<!DOCTYPE html><html><title>Corporate proxy: sign in</title></html>",
                    {{"Content-Type", "text/html"}},
                    QNetworkReply::NoError,
                    false});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::WebPage);
    QCOMPARE(
        call->error().message,
        u"a web page answered instead of TestOps (JSON expected), although TestOps accepted the token at "
        u"this "
        "address: a proxy or a login page stands in between; ask whoever runs it to let testops.example.com "
        "through"_s);
    QVERIFY(!call->error().message.contains(u"TESTOPS_BASE_URL"_s));
}

void TestTestOpsClient::anUntrustedCertificateIsNotAFailedAuthentication() {
    CannedNetworkAccessManager network;
    network.answer(u"/oauth/token"_s, {0, QByteArray(), {}, QNetworkReply::SslHandshakeFailedError, false});
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestOpsClient client(options(), &network, clock);
    ApiCall *call = wait(client.get(u"/api/project/17"_s));
    QCOMPARE(call->error().kind, Kind::Tls);
    QVERIFY2(!call->error().message.contains(u"authentication failed"_s), qPrintable(call->error().message));
    QVERIFY2(call->error().message.contains(u"is not trusted"_s) &&
                 call->error().message.contains(u"TLS_CA_FILE"_s),
             qPrintable(call->error().message));
}

void TestTestOpsClient::gzipStreamsAreWholeOrRefused_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArray>("decoded"); // what comes out
    QTest::addColumn<bool>("whole");
    QByteArray text;
    for (int i = 0; i < 3000; ++i)
        text += "1700" + QByteArray::number(i) + ";Проверка входа;\"шаг 1\nшаг 2\"\r\n";
    const QByteArray one = gzipOf(text);
    QTest::newRow("one member") << one << text << true;
    QTest::newRow("two members (RFC 1952)") << one + gzipOf("tail\n") << text + "tail\n" << true;
    QTest::newRow("zero padding after the end") << one + QByteArray(16, '\0') << text << true;
    QTest::newRow("cut short") << one.left(one.size() * 3 / 5) << QByteArray() << false;
    QTest::newRow("its trailer cut") << one.left(one.size() - 3) << text << false;
    QTest::newRow("bytes after the end") << one + "garbage" << text << false;
    QTest::newRow("not gzip") << QByteArray("plain text, not a stream") << QByteArray() << false;
}

void TestTestOpsClient::gzipStreamsAreWholeOrRefused() {
    QFETCH(QByteArray, stream);
    QFETCH(QByteArray, decoded);
    QFETCH(bool, whole);
    for (const int piece : {1, 7, 4096, 1 << 20}) { // however the stream arrives, its header split or not
        QByteArray out;
        GzipDecoder decoder([&out](const char *data, qint64 size) {
            out.append(data, qsizetype(size));
            return true;
        });
        bool fed = true;
        for (qsizetype i = 0; i < stream.size() && fed; i += piece)
            fed = decoder.feed(stream.constData() + i, qMin<qint64>(piece, stream.size() - i));
        QCOMPARE(fed && decoder.complete(), whole);
        if (!decoded.isEmpty())
            QVERIFY(out.startsWith(decoded.left(out.size())) && (!whole || out == decoded));
    }
}

void TestTestOpsClient::aBodySentOnceIsNeverRewound() {
    // Qt rewinds a request's body before it sends it again; a write's body refuses once it went out.
    OnceBody body("{\"name\":\"Login\"}");
    QVERIFY(body.reset()); // before anything was read: Qt may start over
    char buffer[4];
    QCOMPARE(body.read(buffer, 4), 4);
    QVERIFY(!body.reset());
    QVERIFY(!body.seek(0));
    QVERIFY(body.sent());
    OnceBody empty{QByteArray()}; // Qt never reads an empty body: "sent" comes from the reply
    QVERIFY(empty.reset());
    empty.markSent();
    QVERIFY(!empty.reset());
}

QTEST_GUILESS_MAIN(TestTestOpsClient)
#include "tst_testopsclient.moc"
