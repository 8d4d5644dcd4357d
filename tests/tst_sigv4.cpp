// AWS Signature Version 4 against the examples AWS publishes: the SigV4 test suite (service "service",
// AKIDEXAMPLE, 2015-08-30) and the S3 documentation's GET Object example.
#include "storage/SigV4.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestSigV4 : public QObject {
    Q_OBJECT
private slots:
    void testSuite_data();
    void testSuite();
    void s3GetObjectExample();
    void uriEncoding();
};

namespace {
const QDateTime suiteTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
const SigV4::Credentials suite{u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s,
                               u"us-east-1"_s, u"service"_s};
} // namespace

void TestSigV4::testSuite_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("extraHeaders");
    QTest::addColumn<Headers>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("get-vanilla") << QByteArray("GET") << Headers() << Headers()
                                 << QByteArray(
                                        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                                        "aws4_request, SignedHeaders=host;x-amz-date, Signature="
                                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    QTest::newRow("post-vanilla") << QByteArray("POST") << Headers() << Headers()
                                  << QByteArray(
                                         "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                                         "aws4_request, SignedHeaders=host;x-amz-date, Signature="
                                         "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET") << Headers() << Headers{{"Param2", "value2"}, {"Param1", "value1"}}
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                      "SignedHeaders=host;x-amz-date, "
                      "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    QTest::newRow("post-header-value-case")
        << QByteArray("POST") << Headers{{"My-Header1", "VALUE1"}} << Headers()
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                      "SignedHeaders=host;my-header1;x-amz-date, "
                      "Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d");
    QTest::newRow("get-header-value-multiline (folded)")
        << QByteArray("GET") << Headers{{"My-Header1", "value1,value2,value3"}} << Headers()
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                      "SignedHeaders=host;my-header1;x-amz-date, "
                      "Signature=ba17b383a53190154eb5fa66a1b836cc297cc0a3d70a5d00705980573d8ff790");
}

void TestSigV4::testSuite() {
    QFETCH(QByteArray, method);
    QFETCH(Headers, extraHeaders);
    QFETCH(Headers, query);
    QFETCH(QByteArray, expected);
    SigV4::Request request{method, "/", query,
                           Headers{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}} +
                               extraHeaders,
                           SigV4::emptyPayloadHash()};
    QCOMPARE(SigV4::authorization(request, suiteTime, suite), expected);
}

void TestSigV4::s3GetObjectExample() {
    // https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "Example: GET Object".
    const QDateTime at(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
    const SigV4::Credentials aws{u"AKIAIOSFODNN7EXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s,
                                 u"us-east-1"_s, u"s3"_s};
    const SigV4::Request request{"GET",
                                 "/test.txt",
                                 {},
                                 {{"Host", "examplebucket.s3.amazonaws.com"},
                                  {"Range", "bytes=0-9"},
                                  {"x-amz-content-sha256", SigV4::emptyPayloadHash()},
                                  {"x-amz-date", SigV4::amzDate(at)}},
                                 SigV4::emptyPayloadHash()};
    const QByteArray canonical = SigV4::canonicalRequest(request);
    QCOMPARE(
        canonical,
        QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                   "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(SigV4::stringToSign(canonical, at, aws),
             QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    QCOMPARE(
        SigV4::authorization(request, at, aws),
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                   "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                   "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestSigV4::uriEncoding() {
    QCOMPARE(SigV4::uriEncode("exports/2026-11-21/testops_export_API.csv", true),
             QByteArray("exports/2026-11-21/testops_export_API.csv"));
    QCOMPARE(SigV4::uriEncode("a b+c~d/Ж", true), QByteArray("a%20b%2Bc~d/%D0%96"));
    QCOMPARE(SigV4::uriEncode("prefix=exports/", false), QByteArray("prefix%3Dexports%2F"));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
