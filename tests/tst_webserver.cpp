#include "CsvGenerator.h"
#include "FakeTestOps.h"
#include "HttpReceiver.h"
#include "ManualClock.h"
#include "TestFiles.h"
#include "cleanup/CleanupSession.h"
#include "exports/ExportIndex.h"
#include "schedule/Clock.h"
#include "service/Alerts.h"
#include "service/ExportFront.h"
#include "service/ExportService.h"
#include "service/HealthPing.h"
#include "service/SnapshotFront.h"
#include "web/HttpAnswer.h"
#include "web/WebAccess.h"
#include "web/WebServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

struct Answer {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Keeps no cookies: every request carries exactly the cookies the test gives it.
class NoCookieJar : public QNetworkCookieJar {
public:
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

class TestWebServer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pageAndAssets();
    void rangesAtTheLimits_data();
    void rangesAtTheLimits();
    void hostNamesAsRfc9110WritesThem();
    void pageSpeaksTheBrowsersLanguage();
    void securityHeadersOnEveryAnswer();
    void status();
    void statusSaysEachGroupsSnapshot();
    void snapshotsAndACaseAtASnapshotAsJson();
    void exportsArePaged();
    void eachExportSaysWhichTierKeepsIt();
    void badPagingIsRefused();
    void sizesInTheDesktopsUnits();
    void download();
    void downloadRanges();
    void downloadOfACyrillicName();
    void traversalIsRefused_data();
    void traversalIsRefused();
    void symlinkOutOfTheFolderIsRefused();
    void wrongMethodGets405WithAllow();
    void runNowAndConflict();
    void metricsForPrometheus();
    void readyMeansConfiguredAndWritable();
    void aHealthCheckIsPingedAtStartSuccessAndFailure();
    void alertsReachTheTeamOncePerOccurrence();
    void alertsInEachFormat();
    void anOverdueGroupIsAlertedOnceOnTheInjectedClock();
    void aFailingWebhookHoldsUpNothing();
    void failingS3CopiesAreAlertedOnce();
    void aFailingSnapshotIsAlertedOnceAndTheExportIsNot();
    void theScheduledVerifyAlertsOfDamageOnce();
    void failedExportsAreListed();
    void changesOfTwoExports();
    void crossSitePostIsRefused();
    void accessKey();
    void healthz();
    void connectionCap();
    void oversizedHeadersAndBodies();
    void slowClientIsCutOffAndOthersAreServed();
    void largeDownloadsTogetherStalledAndAbandoned();
    void tokenNeverInAnAnswer();
    void keyGuessingIsThrottledAndSummarised();
    void hostileRequests_data();
    void hostileRequests();
    void cleanupRulesReadOnly();

private:
    void startServer(const QString &accessKey = QString(), HttpGuard::Limits limits = {});
    void touch(const QString &name, const QByteArray &bytes) {
        QVERIFY(TestFiles::write(QDir(m_config.exportPath).filePath(name), bytes));
    }
    Answer get(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &method = "GET", const QByteArray &body = {});
    // The request exactly as written, on its own connection; the whole answer as it came.
    QByteArray raw(const QByteArray &request, int timeoutMs = 3000) {
        return raw(QList<QByteArray>{request}, timeoutMs);
    }
    // The same, sent in pieces 50 ms apart (each a separate read for the server).
    QByteArray raw(const QList<QByteArray> &pieces, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeTestOps> m_fake;
    Config m_config;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<ExportService> m_service;
    std::unique_ptr<ExportFront> m_front;
    std::unique_ptr<WebServer> m_server;
};

void TestWebServer::init() {
    m_network.setCookieJar(new NoCookieJar);
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 30, 0, {}});
    m_fake->queuedPolls = 0; // ready at the first poll, a second after Run now
    QVERIFY(m_fake->listen());
    m_config = Config();
    m_config.baseUrl = m_fake->url();
    m_config.token = m_fake->apiToken;
    m_config.groups = {{u"API"_s, 17, 937, 26961091}};
    m_config.exportPath = m_dir->filePath(u"exports"_s);
    m_config.schedule = CronExpression::parse(u"0 7 * * *"_s);
    m_config.retryDelaysSeconds = {};
    QDir().mkpath(m_config.exportPath);
    QFile secret(m_dir->filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-CONTENT");
}

void TestWebServer::cleanup() {
    m_server.reset();
    m_front.reset();
    m_service.reset();
}

void TestWebServer::startServer(const QString &accessKey, HttpGuard::Limits limits) {
    m_service = std::make_unique<ExportService>(m_config, m_clock, &m_network);
    WebServer::Options options;
    options.port = 0;
    options.accessKey = accessKey;
    options.limits = limits;
    options.catalogueFolder = QStringLiteral(TRANSLATIONS_DIR);
    m_service->startSchedule();
    m_front = std::make_unique<ExportFront>(m_service.get());
    m_server = std::make_unique<WebServer>(options, m_front.get());
    QVERIFY(m_server->start());
}

Answer TestWebServer::get(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &method, const QByteArray &body) {
    QUrl url = m_server->url();
    url = url.resolved(QUrl::fromEncoded(path));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // A custom "HEAD" would wait for the body that Content-Length announces; head() knows there is none.
    QNetworkReply *reply =
        method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QByteArray TestWebServer::raw(const QList<QByteArray> &pieces, int timeoutMs) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(2000))
        return {};
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            QTest::qWait(50);
        socket.write(pieces[i]);
        socket.flush();
    }
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype lengthAt = answer.toLower().indexOf("content-length: ");
            if (lengthAt >= 0 && lengthAt < end) {
                const qint64 length =
                    answer.mid(lengthAt + 16, answer.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
                if (answer.size() >= end + 4 + length)
                    break;
            }
        }
    }
    return answer + socket.readAll();
}

void TestWebServer::pageAndAssets() {
    startServer();
    const Answer page = get("/");
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("<html lang=\"en\">"));
    QVERIFY(page.body.contains("<script src=\"/assets/app.js\" defer></script>"));
    QVERIFY(!page.body.contains("http://") && !page.body.contains("https://")); // nothing from the internet
    for (const QByteArray &asset :
         {QByteArray("/assets/app.js"), QByteArray("/assets/app.css"), QByteArray("/assets/icon.svg")}) {
        const Answer answer = get(asset);
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.body.isEmpty());
        QVERIFY(!answer.body.contains("https://") ||
                asset.endsWith(".svg")); // the SVG names its XML namespace only
    }
    QCOMPARE(get("/assets/nope.js").status, 404);
}

void TestWebServer::pageSpeaksTheBrowsersLanguage() {
    startServer();
    const Answer russian = get("/", {{"Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"}});
    QVERIFY(russian.body.contains("<html lang=\"ru\">"));
    QVERIFY2(russian.body.contains(u"<title>Выгрузки TestOps</title>"_s.toUtf8()),
             russian.body.left(400).constData());
    QVERIFY(russian.body.contains(u"Запустить сейчас"_s.toUtf8()));
    const Answer english = get("/", {{"Accept-Language", "de-DE,en;q=0.9,ru;q=0.5"}});
    QVERIFY(english.body.contains("<html lang=\"en\">"));
    QVERIFY(english.body.contains("<title>TestOps exports</title>"));
    QCOMPARE(WebPage::languageFor("fr"), u"en"_s);
    QCOMPARE(WebPage::languageFor("en;q=0.3, ru;q=0.8"), u"ru"_s);
    // What the server says too, not only the page: the headline and the errors (the app speaks English here).
    const auto headline = [this](const QByteArray &language) {
        return QJsonDocument::fromJson(get("/api/status", {{"Accept-Language", language}}).body)
            .object()
            .value(u"headline"_s)
            .toString();
    };
    QVERIFY2(headline("ru").startsWith(u"Следующая выгрузка"_s), qPrintable(headline("ru")));
    QVERIFY2(headline("en").startsWith(u"Next export"_s), qPrintable(headline("en")));
    const Answer missing = get("/nothing-here", {{"Accept-Language", "ru"}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(u"error"_s).toString(),
             u"По адресу /nothing-here ничего нет."_s);
}

void TestWebServer::securityHeadersOnEveryAnswer() {
    startServer();
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "a\n1\n");
    for (const QByteArray &path : {QByteArray("/"), QByteArray("/api/status"), QByteArray("/api/exports"),
                                   QByteArray("/healthz"), QByteArray("/nope"), QByteArray("/assets/app.js"),
                                   QByteArray("/download/testops_export_API_2026-11-20_07-00-00.csv")}) {
        const Answer answer = get(path);
        QVERIFY2(answer.headers.value("content-security-policy").contains("default-src 'self'"),
                 path.constData());
        QCOMPARE(answer.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QVERIFY(!answer.headers.value("referrer-policy").isEmpty());
    }
    QVERIFY(get("/api/status", {}, "DELETE").headers.contains("content-security-policy"));
}

void TestWebServer::status() {
    startServer();
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, QByteArray(1000, 'x'));
    m_service->index()->refresh();
    const Answer answer = get("/api/status");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject status = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(status.value(u"schedule"_s).toString(), u"0 7 * * *"_s);
    QCOMPARE(status.value(u"timeZone"_s).toString(), u"UTC"_s);
    QVERIFY(status.value(u"nextRun"_s).toString().endsWith(u"T07:00:00Z"_s));
    QCOMPARE(status.value(u"running"_s).toBool(true), false);
    QCOMPARE(status.value(u"files"_s).toInt(), 1);
    QCOMPARE(status.value(u"totalBytes"_s).toInt(), 1000);
    QCOMPARE(status.value(u"lastExport"_s).toObject().value(u"file"_s).toString(),
             u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    const QJsonObject group = status.value(u"groups"_s).toArray().first().toObject();
    QCOMPARE(group.value(u"name"_s).toString(), u"API"_s);
    QCOMPARE(group.value(u"state"_s).toString(), u"idle"_s);
    QVERIFY(group.value(u"nextRetry"_s).isNull());
}

void TestWebServer::snapshotsAndACaseAtASnapshotAsJson() {
    const QList<qint64> ids = m_fake->addModelGroup(17, 937, 2001, u"Stored"_s, 4);
    m_config.groups = {{u"Stored"_s, 17, 937, 2001}};
    startServer();
    QCOMPARE(QJsonDocument::fromJson(get("/api/snapshots").body)[u"snapshots"_s].toArray().size(), 0);
    QSignalSpy idle(m_front->snapshots(), &SnapshotFront::idle);
    QCOMPARE(m_front->snapshots()->takeNow({}, false), QString());
    QVERIFY(idle.wait(15000));
    const QJsonArray list =
        QJsonDocument::fromJson(get("/api/snapshots?group=Stored").body)[u"snapshots"_s].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"cases"_s].toInt(), 4);
    const QByteArray id = list[0][u"id"_s].toString().toUtf8();
    QCOMPARE(QJsonDocument::fromJson(get("/api/snapshots?group=Other").body)[u"snapshots"_s].toArray().size(),
             0);

    const QByteArray casePath = "/api/snapshots/" + id + "/cases/" + QByteArray::number(ids[1]);
    const Answer answer = get(casePath + "?compare=" + id);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(json[u"snapshot"_s][u"id"_s].toString(), QString::fromUtf8(id));
    QCOMPARE(json[u"case"_s][u"name"_s].toString(), m_fake->model.cases()[ids[1]].name);
    QCOMPARE(json[u"case"_s][u"attachments"_s].toArray().size(), 2);
    QVERIFY(json[u"lines"_s].toArray().contains(u"Steps:"_s));
    QCOMPARE(json[u"document"_s][u"overview"_s][u"name"_s].toString(), m_fake->model.cases()[ids[1]].name);
    QCOMPARE(json[u"diff"_s][u"differs"_s].toBool(), false);
    QCOMPARE(json[u"diff"_s][u"with"_s].toString(), QString::fromUtf8(id)); // as the README names it
    QCOMPARE(json[u"diff"_s][u"marks"_s].toArray().size(), 0); // nothing inside a line changed either

    Answer missing;
    // An attachment as the snapshot kept it: its bytes, always as a download (an HTML one runs no script
    // here).
    const QJsonObject row = json[u"case"_s][u"attachments"_s][0].toObject();
    const QList<FakeCaseModel::Attachment> &all = m_fake->model.cases()[ids[1]].attachments;
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&row](const auto &a) { return a.id == row[u"id"_s].toInteger(); });
    QVERIFY(found != all.cend());
    const FakeCaseModel::Attachment &kept = *found;
    QVERIFY(row[u"kept"_s].toBool());
    const Answer file = get(casePath + "/attachments/" + QByteArray::number(row[u"id"_s].toInteger()));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, kept.bytes);
    QCOMPARE(file.headers.value("content-type"), QByteArray("application/octet-stream"));
    QVERIFY2(
        file.headers.value("content-disposition").startsWith("attachment; filename=\"" + kept.name.toUtf8()),
        file.headers.value("content-disposition").constData());
    QCOMPARE(file.headers.value("x-content-type-options"), QByteArray("nosniff"));
    missing = get(casePath + "/attachments/42");
    QCOMPARE(missing.status, 404);
    QVERIFY2(missing.body.contains("holds no attachment 42"), missing.body.constData());
    QCOMPARE(get(casePath + "/attachments/..%2F..%2Fsnapshots").status, 404);

    // What is not there, or is not a snapshot's id, is named; never a file outside the store.
    missing = get("/api/snapshots/" + id + "/cases/42");
    QCOMPARE(missing.status, 404);
    QVERIFY2(missing.body.contains("holds no test case 42"), missing.body.constData());
    missing = get("/api/snapshots/..%2F..%2Fcycle/cases/1");
    QCOMPARE(missing.status, 404);
    missing = get("/api/snapshots/" + id + "/cases/99999999999999999999999");
    QCOMPARE(missing.status, 404);
    missing = get("/api/snapshots/" + id);
    QCOMPARE(missing.status, 404);
    QVERIFY2(missing.body.contains("/api/snapshots/{snapshot id}/cases/{test case id}"),
             missing.body.constData());
}

namespace {
QMap<QString, double> parseMetrics(const QByteArray &text, QString *error); // below, beside the metrics' test
} // namespace

void TestWebServer::statusSaysEachGroupsSnapshot() {
    m_fake->addModelGroup(17, 937, 2001, u"Stored"_s, 6);
    m_config.groups = {{u"Stored"_s, 17, 937, 2001}};
    m_fake->latencyMs = 30; // slow enough to be seen at work
    startServer();
    const auto snapshotOf = [this] {
        return QJsonDocument::fromJson(get("/api/status").body)
            .object()[u"groups"_s][0][u"snapshot"_s]
            .toObject();
    };
    QCOMPARE(snapshotOf()[u"state"_s].toString(), u"never"_s);
    QCOMPARE(snapshotOf()[u"text"_s].toString(), u"none yet"_s);
    m_front->runNow(u"test"_s);
    // While it runs: the cases done of those listed, in the status and the tooltip's lines.
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf()[u"state"_s].toString(), u"running"_s, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOf()[u"progress"_s][u"total"_s].toInt() == 6, 15000);
    QVERIFY(m_front->summary().details.join(u'\n').contains(u"Stored snapshot: "_s));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf()[u"state"_s].toString(), u"ok"_s, 15000);
    const QJsonObject done = snapshotOf();
    QCOMPARE(done[u"newest"_s][u"cases"_s].toInt(), 6);
    // (The source words, or English's plurals once an earlier test has loaded the English catalogue.)
    QVERIFY2(QRegularExpression(u"^6 test case(s|\\(s\\)), 15 attachment(s|\\(s\\)), today at "_s)
                 .match(done[u"text"_s].toString())
                 .hasMatch(),
             qPrintable(done[u"text"_s].toString()));
    QVERIFY(!m_front->summary().details.join(u'\n').contains(u"snapshot"_s)); // well: no line of its own
    // And for Prometheus.
    QString error;
    QMap<QString, double> metrics = parseMetrics(get("/metrics").body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(metrics.value(u"testops_export_snapshot_cases{group=\"Stored\"}"_s), 6.0);
    QCOMPARE(metrics.value(u"testops_export_snapshot_attachments{group=\"Stored\"}"_s), 15.0);
    QCOMPARE(metrics.value(u"testops_export_snapshot_last_success{group=\"Stored\"}"_s), 1.0);
    QVERIFY(metrics.value(u"testops_export_snapshot_bytes{group=\"Stored\"}"_s) > 6 * 4096);
    const double takenAt =
        metrics.value(u"testops_export_snapshot_last_success_timestamp_seconds{group=\"Stored\"}"_s);
    QVERIFY(std::abs(takenAt - double(QDateTime::currentSecsSinceEpoch())) < 60);
    // A snapshot that fails says why, in the status and the tooltip, and the export is still good.
    m_fake->addFault(FakeTestOps::Fault::CaseReadError, -1);
    m_fake->model.rename(m_fake->model.casesUnder(2001).first(), u"renamed"_s);
    QTest::qWait(1100); // a new second: a new file name
    m_front->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf()[u"state"_s].toString(), u"failed"_s, 15000);
    QVERIFY2(snapshotOf()[u"text"_s].toString().startsWith(u"failed: "_s),
             qPrintable(snapshotOf()[u"text"_s].toString()));
    QVERIFY(m_front->summary().details.join(u'\n').contains(u"Stored snapshot: failed: "_s));
    QCOMPARE(QJsonDocument::fromJson(get("/api/status").body)
                 .object()[u"groups"_s][0][u"last"_s][u"ok"_s]
                 .toBool(),
             true);
    metrics = parseMetrics(get("/metrics").body, &error);
    QCOMPARE(metrics.value(u"testops_export_snapshot_last_success{group=\"Stored\"}"_s), 0.0);
    QCOMPARE(metrics.value(u"testops_export_snapshot_cases{group=\"Stored\"}"_s), 6.0); // the newest kept
    // Off: no snapshot in the status.
    m_server.reset();
    m_front.reset();
    m_service.reset();
    m_config.snapshots.enabled = false;
    startServer();
    QVERIFY(
        QJsonDocument::fromJson(get("/api/status").body).object()[u"groups"_s][0][u"snapshot"_s].isNull());
}

void TestWebServer::exportsArePaged() {
    for (int day = 1; day <= 7; ++day)
        touch(u"testops_export_API_2026-11-%1_07-00-00.csv"_s.arg(day, 2, 10, QChar(u'0')),
              QByteArray(day, 'x'));
    for (int day = 1; day <= 3; ++day)
        touch(u"testops_export_UI_2026-10-%1_07-00-00.csv"_s.arg(day, 2, 10, QChar(u'0')), "x");
    m_config.retentionDays = 0; // RETENTION_DAYS=0: nothing goes, so nothing is said of what keeps an export
    startServer();
    QJsonObject list = QJsonDocument::fromJson(get("/api/exports?size=4").body).object();
    QCOMPARE(list.value(u"total"_s).toInt(), 10);
    QCOMPARE(list.value(u"pages"_s).toInt(), 3);
    QCOMPARE(list.value(u"groups"_s).toArray(), (QJsonArray{u"API"_s, u"UI"_s}));
    const QJsonArray first = list.value(u"items"_s).toArray();
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.at(0).toObject().value(u"file"_s).toString(),
             u"testops_export_API_2026-11-07_07-00-00.csv"_s); // newest first
    QCOMPARE(first.at(0).toObject().value(u"time"_s).toString(), u"2026-11-07T07:00:00Z"_s);
    QCOMPARE(first.at(0).toObject().value(u"bytes"_s).toInt(), 7);
    QCOMPARE(first.at(0).toObject().value(u"url"_s).toString(),
             u"/download/testops_export_API_2026-11-07_07-00-00.csv"_s);
    QVERIFY(first.at(0).toObject().value(u"kept"_s).isNull());
    QVERIFY(first.at(0).toObject().value(u"keptText"_s).isNull());
    list = QJsonDocument::fromJson(get("/api/exports?size=4&page=3").body).object();
    QCOMPARE(list.value(u"items"_s).toArray().size(), 2);
    list = QJsonDocument::fromJson(get("/api/exports?group=UI").body).object();
    QCOMPARE(list.value(u"total"_s).toInt(), 3);
    for (const QJsonValue &item : list.value(u"items"_s).toArray())
        QCOMPARE(item.toObject().value(u"group"_s).toString(), u"UI"_s);
}

void TestWebServer::eachExportSaysWhichTierKeepsIt() {
    // RETENTION_KEEP=daily:2,weekly:2 over Sunday Nov 29 (ISO week 48), Monday Nov 30 and two exports on
    // Tuesday Dec 1 (week 49).
    for (const char *at :
         {"2026-11-29_07-00-00", "2026-11-30_07-00-00", "2026-12-01_07-00-00", "2026-12-01_19-00-00"})
        touch(u"testops_export_API_%1.csv"_s.arg(QLatin1StringView(at)), "x");
    m_config.retentionKeep.daily = 2;
    m_config.retentionKeep.weekly = 2;
    startServer();
    const QJsonArray items =
        QJsonDocument::fromJson(get("/api/exports").body).object().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    const auto said = [&items](int i) {
        const QJsonObject item = items.at(i).toObject();
        return std::pair(item.value(u"kept"_s).toVariant().toStringList(),
                         item.value(u"keptText"_s).toString());
    };
    QCOMPARE(said(0),
             std::pair(QStringList({u"newest"_s, u"daily"_s, u"weekly"_s}), u"newest of its group"_s));
    QCOMPARE(said(1), std::pair(QStringList(), u"goes at the next retention"_s)); // Dec 1's earlier one
    QCOMPARE(said(2), std::pair(QStringList({u"daily"_s}), u"daily"_s));
    QCOMPARE(said(3), std::pair(QStringList({u"weekly"_s}), u"weekly"_s)); // week 48's last
    // The page has the words for it.
    QVERIFY(get("/assets/app.js").body.contains("Kept: %1"));
}

void TestWebServer::sizesInTheDesktopsUnits() {
    touch(u"testops_export_API_2026-11-07_07-00-00.csv"_s, QByteArray(1536 * 1024 + 7, 'x'));
    touch(u"testops_export_UI_2026-11-06_07-00-00.csv"_s, QByteArray(300, 'x'));
    startServer();
    // The window's units (1024-based, two decimals), named in the browser's language, whichever language
    // asked first (answers are kept per language). A Russian page once read "1,50 MiB".
    for (const auto &[language, big, small, total] :
         {std::tuple{QByteArray("ru-RU,ru;q=0.9"), u"1,50 МиБ"_s, u"300 байт"_s, u"1,50 МиБ"_s},
          std::tuple{QByteArray("en-US,en;q=0.9"), u"1.50 MiB"_s, u"300 bytes"_s, u"1.50 MiB"_s}}) {
        const QJsonObject list =
            QJsonDocument::fromJson(get("/api/exports", {{"Accept-Language", language}}).body).object();
        const QJsonArray items = list.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"sizeText"_s).toString(), big);
        QCOMPARE(items.at(1).toObject().value(u"sizeText"_s).toString(), small);
        const QJsonObject status =
            QJsonDocument::fromJson(get("/api/status", {{"Accept-Language", language}}).body).object();
        QCOMPARE(status.value(u"totalSizeText"_s).toString(), total);
    }
    QCOMPARE(Words().dataSize(1536 * 1024 + 7), QLocale().formattedDataSize(1536 * 1024 + 7)); // the window's
}

void TestWebServer::badPagingIsRefused() {
    startServer();
    for (const QByteArray &query :
         {QByteArray("page=0"), QByteArray("page=x"), QByteArray("size=-1"), QByteArray("size=abc"),
          QByteArray("size=501"), QByteArray("size=100000"), QByteArray("size=99999999999999999999")}) {
        const Answer answer = get("/api/exports?" + query);
        QVERIFY2(answer.status == 400, query.constData());
        QVERIFY(answer.body.contains("page and size must be whole numbers"));
    }
    QCOMPARE(QJsonDocument::fromJson(get("/api/exports?size=500").body).object().value(u"size"_s).toInt(),
             500);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "allure_id;name\r\n");
    QCOMPARE(get("/api/changes/testops_export_API_2026-11-20_07-00-00.csv?size=201").status, 400);
}

void TestWebServer::download() {
    const QByteArray content = "allure_id;name\r\n1;Проверка\r\n";
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, content);
    startServer();
    const Answer answer = get("/download/testops_export_API_2026-11-20_07-00-00.csv");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
    QCOMPARE(answer.headers.value("content-length").toInt(), content.size());
    QCOMPARE(answer.headers.value("accept-ranges"), QByteArray("bytes"));
    QVERIFY(answer.headers.value("content-disposition")
                .contains("filename=\"testops_export_API_2026-11-20_07-00-00.csv\""));
    QVERIFY(!answer.headers.value("last-modified").isEmpty());
    const QByteArray etag = answer.headers.value("etag");
    QVERIFY(etag.startsWith('"'));
    QCOMPARE(get("/download/testops_export_API_2026-11-20_07-00-00.csv", {{"If-None-Match", etag}}).status,
             304);
    const Answer head = get("/download/testops_export_API_2026-11-20_07-00-00.csv", {}, "HEAD");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length").toInt(), content.size());
    QVERIFY(head.body.isEmpty());
    QCOMPARE(get("/download/testops_export_API_2020-01-01_07-00-00.csv").status, 404);
}

void TestWebServer::downloadRanges() {
    QByteArray content;
    for (int i = 0; i < 1000; ++i)
        content += QByteArray::number(i % 10);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, content);
    startServer();
    const QByteArray path = "/download/testops_export_API_2026-11-20_07-00-00.csv";
    Answer answer = get(path, {{"Range", "bytes=10-19"}});
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, content.mid(10, 10));
    QCOMPARE(answer.headers.value("content-range"), QByteArray("bytes 10-19/1000"));
    answer = get(path, {{"Range", "bytes=990-"}}); // a broken download resumes
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, content.mid(990));
    answer = get(path, {{"Range", "bytes=-5"}});
    QCOMPARE(answer.body, content.right(5));
    answer = get(path, {{"Range", "bytes=5000-"}});
    QCOMPARE(answer.status, 416);
    QCOMPARE(answer.headers.value("content-range"), QByteArray("bytes */1000"));
    answer = get(path, {{"Range", "bytes=1-2,5-6"}}); // several ranges: the whole file
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
    answer = get(path, {{"Range", "lines=1-2"}});
    QCOMPARE(answer.status, 200);
    // If-Range (RFC 9110 13.1.5): the range only of the file the client has; another one comes whole.
    const QByteArray etag = answer.headers.value("etag");
    answer = get(path, {{"Range", "bytes=10-19"}, {"If-Range", etag}});
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, content.mid(10, 10));
    answer = get(path, {{"Range", "bytes=10-19"}, {"If-Range", answer.headers.value("last-modified")}});
    QCOMPARE(answer.status, 206);
    answer = get(path, {{"Range", "bytes=10-19"}, {"If-Range", "\"1000-1\""}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
    answer = get(path, {{"Range", "bytes=10-19"}, {"If-Range", "Sat, 01 Jan 2000 00:00:00 GMT"}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, content);
}

void TestWebServer::downloadOfACyrillicName() {
    const QString name = u"testops_export_Регресс_2026-11-20_07-00-00.csv"_s;
    touch(name, "a\n");
    startServer();
    const Answer answer = get("/download/" + QUrl::toPercentEncoding(name));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.headers.value("content-disposition")
                .contains("filename*=UTF-8''" + QUrl::toPercentEncoding(name)));
    QVERIFY(answer.headers.value("content-disposition")
                .contains("filename=\"testops_export_________2026-11-20_07-00-00.csv\""));
}

void TestWebServer::traversalIsRefused_data() {
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot-dot") << QByteArray("/download/../secret.txt");
    QTest::newRow("dot-dot deeper") << QByteArray("/download/../../../../etc/passwd");
    QTest::newRow("encoded slash") << QByteArray("/download/..%2fsecret.txt");
    QTest::newRow("encoded dots") << QByteArray("/download/%2e%2e%2fsecret.txt");
    QTest::newRow("encoded dots, upper case") << QByteArray("/download/%2E%2E%2Fsecret.txt");
    QTest::newRow("double encoded") << QByteArray("/download/%252e%252e%252fsecret.txt");
    QTest::newRow("backslash") << QByteArray("/download/..\\secret.txt");
    QTest::newRow("encoded backslash") << QByteArray("/download/..%5csecret.txt");
    QTest::newRow("absolute") << QByteArray("/download//etc/passwd");
    QTest::newRow("encoded absolute") << QByteArray("/download/%2fetc%2fpasswd");
    QTest::newRow("our pattern around dot-dot")
        << QByteArray("/download/testops_export_..%2f..%2fsecret_2026-01-01_00-00-00.csv");
    QTest::newRow("NUL") << QByteArray("/download/testops_export_API_2026-11-20_07-00-00.csv%00.txt");
    QTest::newRow("not ours") << QByteArray("/download/secret.txt");
    QTest::newRow("the journal") << QByteArray("/download/.testops-export%2fhistory.jsonl");
}

void TestWebServer::traversalIsRefused() {
    QFETCH(QByteArray, target);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "a\n");
    QDir().mkpath(m_config.exportPath + u"/.testops-export"_s);
    startServer();
    const QByteArray answer =
        raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"),
             answer.left(60).constData());
    QVERIFY(!answer.contains("TOP-SECRET-CONTENT"));
    QVERIFY(!answer.contains("root:"));
    // The server goes on serving.
    QCOMPARE(get("/download/testops_export_API_2026-11-20_07-00-00.csv").status, 200);
}

void TestWebServer::symlinkOutOfTheFolderIsRefused() {
    QVERIFY(QFile::link(m_dir->filePath(u"secret.txt"_s),
                        QDir(m_config.exportPath).filePath(u"testops_export_API_2026-11-20_07-00-00.csv"_s)));
    startServer();
    const Answer answer = get("/download/testops_export_API_2026-11-20_07-00-00.csv");
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.body.contains("TOP-SECRET"));
}

void TestWebServer::wrongMethodGets405WithAllow() {
    startServer();
    struct Case {
        QByteArray method, path, allow;
    };
    const QList<Case> cases = {{"DELETE", "/api/status", "GET, HEAD"},
                               {"GET", "/export", "POST"},
                               {"PUT", "/", "GET, HEAD"},
                               {"POST", "/download/x.csv", "GET, HEAD"},
                               {"PATCH", "/login", "GET, HEAD, POST"}};
    for (const Case &c : cases) {
        const Answer answer = get(c.path, {}, c.method);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.headers.value("allow"), c.allow);
    }
    QCOMPARE(get("/no/such/page").status, 404);
    const Answer head = get("/api/status", {}, "HEAD");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.headers.value("content-length").toInt() > 0);
}

void TestWebServer::runNowAndConflict() {
    startServer();
    QCOMPARE(QJsonDocument::fromJson(get("/api/exports").body).object().value(u"total"_s).toInt(), 0);
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    Answer answer = get("/export", {}, "POST");
    QCOMPARE(answer.status, 202);
    QCOMPARE(QJsonDocument::fromJson(answer.body)
                 .object()
                 .value(u"status"_s)
                 .toObject()
                 .value(u"running"_s)
                 .toBool(),
             true);
    answer = get("/export", {}, "POST");
    QCOMPARE(answer.status, 409);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString(),
             u"An export is already running"_s); // the words of the window and the tray
    QCOMPARE(
        QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toObject().value(u"canRunNow"_s),
        QJsonValue(false));
    QVERIFY(finished.wait(20000));
    // The page polls until the status says the export ended, then reads the list once: by then the list has
    // the new file (the folder's listing waits 200 ms for the rest of a cycle's files; the page must not).
    QCOMPARE(QJsonDocument::fromJson(get("/api/status").body).object().value(u"running"_s).toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(get("/api/exports").body).object().value(u"total"_s).toInt(), 1);
}

namespace {
// /metrics read as Prometheus reads it (text format 0.0.4): every sample's family has # HELP and # TYPE
// before it, names are testops_export_*, counters end in _total, values are numbers. Returns "name{labels}" →
// value, and an empty map with *error when a rule is broken.
QMap<QString, double> parseMetrics(const QByteArray &text, QString *error) {
    QMap<QString, double> samples;
    QSet<QString> helped, typed, seen;
    QString type;
    static const QRegularExpression sample(uR"re(^([a-z_:][a-z0-9_:]*)(\{[^}]*\})? (\S+)$)re"_s);
    static const QRegularExpression labelSet(
        uR"re(^\{[a-z_][a-z0-9_]*="(?:[^"\\]|\\.)*"(,[a-z_][a-z0-9_]*="(?:[^"\\]|\\.)*")*\}$)re"_s);
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"# HELP "_s)) {
            helped.insert(line.section(u' ', 2, 2));
            continue;
        }
        if (line.startsWith(u"# TYPE "_s)) {
            const QString name = line.section(u' ', 2, 2);
            type = line.section(u' ', 3, 3);
            if (seen.contains(name)) {
                *error = u"family %1 given twice"_s.arg(name);
                return {};
            }
            seen.insert(name);
            typed.insert(name);
            if (type == u"counter"_s && !name.endsWith(u"_total"_s)) {
                *error = u"counter %1 does not end in _total"_s.arg(name);
                return {};
            }
            continue;
        }
        const QRegularExpressionMatch match = sample.match(line);
        if (!match.hasMatch()) {
            *error = u"not a sample: %1"_s.arg(line);
            return {};
        }
        const QString name = match.captured(1);
        if (!name.startsWith(u"testops_export_"_s) || !helped.contains(name) || !typed.contains(name)) {
            *error = u"%1 has no # HELP and # TYPE before it, or is not testops_export_*"_s.arg(name);
            return {};
        }
        const QString labels = match.captured(2);
        if (!labels.isEmpty() && !labelSet.match(labels).hasMatch()) {
            *error = u"labels not as the format writes them: %1"_s.arg(labels);
            return {};
        }
        bool ok = false;
        const double value = match.captured(3).toDouble(&ok);
        if (!ok) {
            *error = u"not a number: %1"_s.arg(line);
            return {};
        }
        samples.insert(name + labels, value);
    }
    return samples;
}
} // namespace

void TestWebServer::metricsForPrometheus() {
    startServer(u"metrics-key-0123456789"_s);
    // Behind the key like every page; Prometheus sends it as a bearer token.
    QCOMPARE(get("/metrics").status, 401);
    const QList<QPair<QByteArray, QByteArray>> bearer{{"Authorization", "Bearer metrics-key-0123456789"}};
    Answer answer = get("/metrics", bearer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QString error;
    QMap<QString, double> metrics = parseMetrics(answer.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(metrics.value(u"testops_export_configured"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_leader"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_files"_s), 0.0);
    QVERIFY(!metrics.contains(u"testops_export_last_success_timestamp_seconds{group=\"API\"}"_s));
    QCOMPARE(metrics.value(u"testops_export_failures_total{group=\"API\"}"_s), 0.0);
    QVERIFY(metrics.value(u"testops_export_next_run_timestamp_seconds"_s) >
            QDateTime::currentSecsSinceEpoch());
    // After an export: when, how many cases, how big, how long.
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(get("/export", bearer, "POST").status, 202);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!m_front->exports().isEmpty());
    answer = get("/metrics", bearer);
    metrics = parseMetrics(answer.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double success = metrics.value(u"testops_export_last_success_timestamp_seconds{group=\"API\"}"_s);
    QVERIFY2(success >= before - 1 && success <= QDateTime::currentSecsSinceEpoch() + 1,
             qPrintable(QString::number(success)));
    QCOMPARE(metrics.value(u"testops_export_last_attempt_success{group=\"API\"}"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_cases{group=\"API\"}"_s), 30.0); // the fake's group has 30
    QCOMPARE(metrics.value(u"testops_export_last_bytes{group=\"API\"}"_s),
             double(m_front->exports().first().file.bytes));
    QVERIFY(metrics.value(u"testops_export_last_duration_seconds{group=\"API\"}"_s) > 0);
    QCOMPARE(metrics.value(u"testops_export_files"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_running{group=\"API\"}"_s), 0.0);
    // The answers the web view gave, by route and class: the two refused and the three served so far.
    QCOMPARE(metrics.value(u"testops_export_web_requests_total{route=\"/metrics\",code=\"4xx\"}"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_web_requests_total{route=\"/metrics\",code=\"2xx\"}"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_web_requests_total{route=\"/export\",code=\"2xx\"}"_s), 1.0);
    // A failure for good counts once.
    m_fake->addFault(FakeTestOps::Fault::JobFailed, -1);
    QCOMPARE(get("/export", bearer, "POST").status, 202);
    QVERIFY(finished.wait(20000));
    metrics = parseMetrics(get("/metrics", bearer).body, &error);
    QCOMPARE(metrics.value(u"testops_export_failures_total{group=\"API\"}"_s), 1.0);
    QCOMPARE(metrics.value(u"testops_export_last_attempt_success{group=\"API\"}"_s), 0.0);
    QCOMPARE(metrics.value(u"testops_export_last_success_timestamp_seconds{group=\"API\"}"_s), success);
}

void TestWebServer::readyMeansConfiguredAndWritable() {
    startServer();
    Answer answer = get("/readyz");
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"ready"_s).toBool(), true);
    // A folder that cannot take exports (a file stands where it was, which even root cannot write into): not
    // ready, and why; /healthz says the same, /readyz is what a Kubernetes readiness probe asks.
    QVERIFY(QDir(m_config.exportPath).removeRecursively());
    {
        QFile blocker(m_config.exportPath);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    answer = get("/readyz");
    QCOMPARE(answer.status, 503);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"ready"_s).toBool(), false);
    QVERIFY2(!QJsonDocument::fromJson(answer.body).object().value(u"reason"_s).toString().isEmpty(),
             answer.body.constData());
    // Not configured: not ready, with the reason the window shows.
    ExportFront unconfigured(nullptr, u"TESTOPS_TOKEN is not set"_s);
    WebServer::Options options;
    options.port = 0;
    WebServer server(options, &unconfigured);
    QVERIFY(server.start());
    QNetworkReply *reply = m_network.get(QNetworkRequest(server.url().resolved(QUrl(u"/readyz"_s))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"reason"_s).toString(),
             u"TESTOPS_TOKEN is not set"_s);
    reply->deleteLater();
}

void TestWebServer::aHealthCheckIsPingedAtStartSuccessAndFailure() {
    HttpReceiver receiver;
    QVERIFY(receiver.isListening());
    m_config.healthcheckUrl = receiver.url(u"/ping/0f3e-uuid"_s);
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(receiver.requests.size(), 2);
    QCOMPARE(receiver.requests.at(0).path, QByteArray("/ping/0f3e-uuid/start"));
    QCOMPARE(receiver.requests.at(1).path, QByteArray("/ping/0f3e-uuid")); // success
    // A group that failed for good: /fail, with the group and its reason.
    m_fake->addFault(FakeTestOps::Fault::JobFailed, -1);
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(receiver.requests.size(), 4);
    QCOMPARE(receiver.requests.at(2).path, QByteArray("/ping/0f3e-uuid/start"));
    QCOMPARE(receiver.requests.at(3).path, QByteArray("/ping/0f3e-uuid/fail"));
    QVERIFY2(receiver.requests.at(3).body.startsWith("API: ") && receiver.requests.at(3).body.size() > 10,
             receiver.requests.at(3).body.constData());
    QCOMPARE(receiver.requests.at(3).method, QByteArray("POST"));
    // A receiver that never answers holds up no export: the next cycle ends as soon as its export does.
    receiver.hang = true;
    m_fake->clearFaults();
    QElapsedTimer took;
    took.start();
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QVERIFY2(took.elapsed() < HealthPing::timeoutMs, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(m_front->groups().first().status.lastOk, true);
}

namespace {
QJsonObject json(const HttpReceiver::Request &request) {
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

void TestWebServer::alertsReachTheTeamOncePerOccurrence() {
    HttpReceiver chat;
    m_config.alerts.webhooks = {chat.url(u"/hooks/T000/B000/XXXX"_s)};
    m_config.alerts.format = AlertSettings::Format::Json;
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    const auto cycle = [&] {
        m_front->runNow(u"test"_s);
        return finished.wait(20000);
    };
    QVERIFY(cycle()); // a good first export: nothing to say
    m_fake->addFault(FakeTestOps::Fault::JobFailed, -1);
    QVERIFY(cycle());
    QTRY_COMPARE(chat.requests.size(), 1);
    QJsonObject alert = json(chat.requests.at(0));
    QCOMPARE(chat.requests.at(0).path, QByteArray("/hooks/T000/B000/XXXX"));
    QCOMPARE(alert.value(u"event"_s).toString(), u"failed"_s);
    QCOMPARE(alert.value(u"group"_s).toString(), u"API"_s);
    QVERIFY2(alert.value(u"text"_s).toString().startsWith(u"TestOps export of group API failed: "_s),
             qPrintable(alert.value(u"text"_s).toString()));
    QVERIFY(QDateTime::fromString(alert.value(u"at"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(cycle()); // still failing: said once, not again
    QTest::qWait(200);
    QCOMPARE(chat.requests.size(), 1);
    m_fake->clearFaults();
    QVERIFY(cycle());
    QTRY_COMPARE(chat.requests.size(), 2);
    QCOMPARE(json(chat.requests.at(1)).value(u"event"_s).toString(), u"recovered"_s);
    // 4 of the group's 30 cases deleted in TestOps (13 %, more than ALERT_REMOVED's 5 %): said with the
    // names.
    for (qint64 row : {0, 1, 2, 3})
        m_fake->group(26961091)->edits.removed.insert(row);
    QVERIFY(cycle());
    QTRY_COMPARE(chat.requests.size(), 3);
    alert = json(chat.requests.at(2));
    QCOMPARE(alert.value(u"event"_s).toString(), u"mass-removal"_s);
    QCOMPARE(alert.value(u"text"_s).toString(),
             u"4 of 30 test cases of group API were removed since its previous export"_s);
    const QJsonArray names = alert.value(u"details"_s).toArray();
    QCOMPARE(names.size(), 4);
    QVERIFY2(names.at(0).toString().startsWith(QString::number(FakeTestOps::testCaseId(26961091, 0))),
             qPrintable(names.at(0).toString()));
    // One more removed (1 of 26, under 5 %): nothing.
    m_fake->group(26961091)->edits.removed.insert(4);
    QVERIFY(cycle());
    QTest::qWait(200);
    QCOMPARE(chat.requests.size(), 3);
}

void TestWebServer::alertsInEachFormat() {
    const QDateTime at(QDate(2026, 12, 5), QTime(7, 0), Qt::UTC);
    const QUrl link(u"http://exports.example.com:9090/changes/testops_export_API_2026-12-05_07-00-00.csv"_s);
    using Format = AlertSettings::Format;
    // Slack, Mattermost, Rocket.Chat: {"text"} with the details and the link in it.
    QJsonObject slack =
        QJsonDocument::fromJson(Alerts::body(Format::Slack, Alerts::Event::MassRemoval, u"API"_s, at,
                                             u"40 removed"_s, {u"1 Login"_s}, link))
            .object();
    QCOMPARE(slack.keys(), QStringList{u"text"_s});
    QCOMPARE(slack.value(u"text"_s).toString(), u"40 removed\n• 1 Login\n"_s + link.toString());
    // Teams: a message card with a button to the change view.
    QJsonObject teams =
        QJsonDocument::fromJson(Alerts::body(Format::Teams, Alerts::Event::MassRemoval, u"API"_s, at,
                                             u"40 removed"_s, {u"1 Login"_s}, link))
            .object();
    QCOMPARE(teams.value(u"@type"_s).toString(), u"MessageCard"_s);
    QCOMPARE(teams.value(u"summary"_s).toString(), u"40 removed"_s);
    QCOMPARE(teams.value(u"potentialAction"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"targets"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"uri"_s)
                 .toString(),
             link.toString());
    // json: the documented object.
    QJsonObject plain = QJsonDocument::fromJson(Alerts::body(Format::Json, Alerts::Event::Failed, u"API"_s,
                                                             at, u"failed"_s, {}, QUrl()))
                            .object();
    QCOMPARE(plain.value(u"event"_s).toString(), u"failed"_s);
    QCOMPARE(plain.value(u"group"_s).toString(), u"API"_s);
    QCOMPARE(plain.value(u"at"_s).toString(), u"2026-12-05T07:00:00Z"_s);
    QCOMPARE(plain.value(u"details"_s).toArray().size(), 0);
    QVERIFY(plain.value(u"url"_s).isNull());
}

void TestWebServer::anOverdueGroupIsAlertedOnceOnTheInjectedClock() {
    HttpReceiver chat;
    AlertSettings settings;
    settings.webhooks = {chat.url(u"/hook"_s)};
    settings.format = AlertSettings::Format::Json;
    settings.overdueSeconds = 26 * 3600;
    ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC));
    Alerts alerts(settings, QUrl(), &m_network, clock);
    const QDateTime now = clock.nowUtc();
    // UI exported 2 h ago; API 27 h ago; Mobile never (measured from the start: not yet).
    QHash<QString, QDateTime> last{
        {u"API"_s, now.addSecs(-27 * 3600)}, {u"UI"_s, now.addSecs(-2 * 3600)}, {u"Mobile"_s, QDateTime()}};
    alerts.checkOverdue(last);
    QTRY_COMPARE(chat.requests.size(), 1);
    QCOMPARE(json(chat.requests.at(0)).value(u"event"_s).toString(), u"overdue"_s);
    QCOMPARE(json(chat.requests.at(0)).value(u"group"_s).toString(), u"API"_s);
    alerts.checkOverdue(last); // ten minutes later, still overdue: once per occurrence
    QTest::qWait(100);
    QCOMPARE(chat.requests.size(), 1);
    // A day later: UI silent for 26 h too, Mobile never exported since the start 24 h ago (not yet 26 h).
    clock.advanceSecs(24 * 3600 + 60);
    alerts.checkOverdue(last);
    QTRY_COMPARE(chat.requests.size(), 2);
    QCOMPARE(json(chat.requests.at(1)).value(u"group"_s).toString(), u"UI"_s);
    // API exported again, then silent again for longer than ALERT_OVERDUE: a new occurrence.
    last[u"API"_s] = clock.nowUtc();
    alerts.checkOverdue(last);
    clock.advanceSecs(27 * 3600);
    last.remove(u"UI"_s);
    last.remove(u"Mobile"_s);
    alerts.checkOverdue(last);
    QTRY_COMPARE(chat.requests.size(), 3);
    QCOMPARE(json(chat.requests.at(2)).value(u"group"_s).toString(), u"API"_s);
}

void TestWebServer::failingS3CopiesAreAlertedOnce() {
    HttpReceiver chat, s3;
    s3.status = 500; // the bucket's server fails every call
    m_config.alerts.webhooks = {chat.url(u"/hook"_s)};
    m_config.alerts.format = AlertSettings::Format::Json;
    m_config.retryDelaysSeconds = {};   // an upload's first attempt is its last
    m_config.snapshots.enabled = false; // the exports' copies alone (a snapshot's copy would say it first)
    m_config.s3.enabled = true;
    m_config.s3.bucket = u"backups"_s;
    m_config.s3.endpoint = s3.url(QString());
    m_config.s3.accessKey = u"AKIAEXAMPLE"_s;
    m_config.s3.secretKey = u"s3-secret-key-0123456789"_s;
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    const auto failedUploads = [this] { return m_front->uploadCounts().failed; };
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(failedUploads(), 1, 15000);
    QTRY_COMPARE(chat.requests.size(), 1);
    const QJsonObject alert = json(chat.requests.at(0));
    QCOMPARE(alert.value(u"event"_s).toString(), u"s3-failed"_s);
    QCOMPARE(alert.value(u"group"_s).toString(), u"API"_s);
    const QString file = m_front->exports().first().file.fileName;
    QCOMPARE(alert.value(u"text"_s).toString(), u"The copy of %1 to S3 failed after its retries"_s.arg(file));
    QCOMPARE(alert.value(u"details"_s).toArray().size(), 1); // why
    QVERIFY(!chat.requests.at(0).body.contains("s3-secret-key"));
    // The next export's copy fails too: the same occurrence, not said again.
    QTest::qWait(1100); // a new second: a new file name
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(failedUploads() >= 2, 15000);
    QTest::qWait(200);
    QCOMPARE(chat.requests.size(), 1);
}

void TestWebServer::aFailingSnapshotIsAlertedOnceAndTheExportIsNot() {
    HttpReceiver chat;
    m_fake->addModelGroup(17, 937, 2001, u"Stored"_s, 3);
    m_config.groups = {{u"Stored"_s, 17, 937, 2001}};
    m_config.alerts.webhooks = {chat.url(u"/hook"_s)};
    m_config.alerts.format = AlertSettings::Format::Json;
    m_fake->addFault(FakeTestOps::Fault::CaseReadError,
                     -1); // every read of a stored case: a proxy's 502 page
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.last().at(0).value<CycleSummary>().ok()); // the export itself is good
    QTRY_COMPARE_WITH_TIMEOUT(chat.requests.size(), 1, 15000);
    const QJsonObject alert = json(chat.requests.at(0));
    QCOMPARE(alert.value(u"event"_s).toString(), u"snapshot-failed"_s);
    QCOMPARE(alert.value(u"group"_s).toString(), u"Stored"_s);
    QCOMPARE(alert.value(u"text"_s).toString(),
             u"The snapshot of Stored failed after its retries; its CSV exports go on"_s);
    QVERIFY(!alert.value(u"details"_s).toArray().first().toString().isEmpty()); // why
    // It keeps failing: the same occurrence, not said again; once one succeeds, a new failure is news.
    m_front->snapshots()->takeNow({u"Stored"_s}, false);
    QSignalSpy snapshotEnded(m_front->snapshots(), &SnapshotFront::finished);
    QVERIFY(snapshotEnded.wait(15000));
    QCOMPARE(chat.requests.size(), 1);
    m_fake->clearFaults();
    m_front->snapshots()->takeNow({u"Stored"_s}, false);
    QVERIFY(snapshotEnded.wait(15000));
    QVERIFY(snapshotEnded.last().at(0).value<SnapshotResult>().ok);
    m_fake->addFault(FakeTestOps::Fault::CaseReadError, -1);
    m_fake->model.rename(m_fake->model.casesUnder(2001).first(), u"renamed"_s);
    m_front->snapshots()->takeNow({u"Stored"_s}, false);
    QTRY_COMPARE_WITH_TIMEOUT(chat.requests.size(), 2, 15000);
    QCOMPARE(json(chat.requests.at(1)).value(u"event"_s).toString(), u"snapshot-failed"_s);
}

void TestWebServer::aFailingWebhookHoldsUpNothing() {
    HttpReceiver down, broken;
    down.hang = true;    // reads and never answers
    broken.status = 500; // answers, badly
    m_config.alerts.webhooks = {down.url(u"/hook"_s), broken.url(u"/hook"_s)};
    m_config.retryDelaysSeconds = {};
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    m_fake->addFault(FakeTestOps::Fault::JobFailed, -1);
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(broken.requests.size(), 1);
    QTRY_COMPARE(down.requests.size(), 1);
    // The next export runs at once, while both webhooks are still being tried.
    m_fake->clearFaults();
    QElapsedTimer took;
    took.start();
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QVERIFY2(took.elapsed() < Alerts::timeoutMs, qPrintable(QString::number(took.elapsed())));
    QVERIFY(m_front->groups().first().status.lastOk);
    QTRY_VERIFY_WITH_TIMEOUT(broken.requests.size() >= 2, 10000); // tried again after 5 s
}

void TestWebServer::theScheduledVerifyAlertsOfDamageOnce() {
    HttpReceiver chat;
    m_config.alerts.webhooks = {chat.url(u"/hook"_s)};
    m_config.alerts.format = AlertSettings::Format::Json;
    m_config.verifySchedule = CronExpression::parse(u"30 5 * * 0"_s);
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    QSignalSpy verified(m_service.get(), &ExportService::verified);
    m_front->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    m_service->verifyNow();                                // what VERIFY_SCHEDULE runs
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 10000); // (it may come inside verifyNow)
    QVERIFY(!verified.last().at(0).value<ExportVerify::Report>().damaged());
    QTest::qWait(100);
    QCOMPARE(chat.requests.size(), 0); // all intact: nothing to say
    // A byte of the export changed on disk (a bad disk, a hand edit).
    const QString file = m_front->exports().first().file.fileName;
    {
        QFile edited(QDir(m_config.exportPath).filePath(file));
        QVERIFY(edited.open(QIODevice::ReadWrite));
        edited.seek(5);
        edited.write("!");
    }
    m_service->verifyNow();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 10000); // (it may come inside verifyNow)
    QTRY_COMPARE(chat.requests.size(), 1);
    const QJsonObject alert = json(chat.requests.at(0));
    QCOMPARE(alert.value(u"event"_s).toString(), u"damage"_s);
    QCOMPARE(alert.value(u"text"_s).toString(),
             u"The verify of the exports found 1 export(s) changed, missing or unrecorded"_s);
    QVERIFY2(alert.value(u"details"_s).toArray().at(0).toString().startsWith(u"CHANGED     "_s + file),
             qPrintable(alert.value(u"details"_s).toArray().at(0).toString()));
    // The same damage a week later: said once.
    m_service->verifyNow();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 3, 10000); // (it may come inside verifyNow)
    QTest::qWait(100);
    QCOMPARE(chat.requests.size(), 1);
}

void TestWebServer::failedExportsAreListed() {
    startServer();
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    QCOMPARE(get("/export", {}, "POST").status, 202);
    QVERIFY(finished.wait(20000)); // one export
    m_fake->addFault(FakeTestOps::Fault::JobFailed, -1);
    QCOMPARE(get("/export", {}, "POST").status, 202);
    QVERIFY(finished.wait(20000)); // and one that failed for good (no retries here)
    // Newest first: the failure, with its reason and no file, then the export.
    QJsonObject list = QJsonDocument::fromJson(get("/api/exports").body).object();
    QCOMPARE(list.value(u"total"_s).toInt(), 2);
    const QJsonArray items = list.value(u"items"_s).toArray();
    const QJsonObject failed = items.at(0).toObject();
    QCOMPARE(failed.value(u"kind"_s).toString(), u"failed"_s);
    QCOMPARE(failed.value(u"group"_s).toString(), u"API"_s);
    QVERIFY2(failed.value(u"error"_s).toString().contains(u"test case tree is locked"_s),
             qPrintable(failed.value(u"error"_s).toString()));
    QVERIFY(!failed.contains(u"url"_s));
    QVERIFY(!items.at(1).toObject().value(u"url"_s).toString().isEmpty());
    // Paged and filtered as the files are.
    list = QJsonDocument::fromJson(get("/api/exports?size=1&page=2").body).object();
    QCOMPARE(list.value(u"pages"_s).toInt(), 2);
    QVERIFY(list.value(u"items"_s).toArray().at(0).toObject().contains(u"url"_s));
    QCOMPARE(QJsonDocument::fromJson(get("/api/exports?group=UI").body).object().value(u"total"_s).toInt(),
             0);
    // The status still counts files only.
    QCOMPARE(QJsonDocument::fromJson(get("/api/status").body).object().value(u"files"_s).toInt(), 1);

    // Two more failures of the group, one after another: one row for the three, each inside it, the newest
    // first, never pushing the export down; its words are the server's, in the browser's language.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(get("/export", {}, "POST").status, 202);
        QVERIFY(finished.wait(20000));
    }
    list = QJsonDocument::fromJson(get("/api/exports").body).object();
    QCOMPARE(list.value(u"total"_s).toInt(), 2);
    const QJsonObject run = list.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(run.value(u"count"_s).toInt(), 3);
    const QJsonArray each = run.value(u"failures"_s).toArray();
    QCOMPARE(each.size(), 3);
    QCOMPARE(run.value(u"time"_s), each.at(0).toObject().value(u"time"_s));
    QCOMPARE(run.value(u"since"_s), each.at(2).toObject().value(u"time"_s));
    QVERIFY2(run.value(u"text"_s).toString().startsWith(u"Failed 3 time"_s),
             qPrintable(run.value(u"text"_s).toString()));
    QVERIFY(
        each.at(1).toObject().value(u"text"_s).toString().startsWith(u"Failed: TestOps could not prepare"_s));
    const QJsonObject russian =
        QJsonDocument::fromJson(get("/api/exports", {{"Accept-Language", "ru"}}).body).object();
    QVERIFY2(russian.value(u"items"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"text"_s)
                 .toString()
                 .startsWith(u"Не удалось"_s),
             qPrintable(russian.value(u"items"_s).toArray().at(0).toObject().value(u"text"_s).toString()));
    QVERIFY(list.value(u"items"_s).toArray().at(1).toObject().contains(u"url"_s)); // the export, second
}

void TestWebServer::changesOfTwoExports() {
    startServer(u"key-for-changes"_s);
    const QList<QPair<QByteArray, QByteArray>> key = {{"Authorization", "Bearer key-for-changes"}};
    const auto runCycle = [&] {
        QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
        QCOMPARE(get("/export", key, "POST").status, 202);
        QVERIFY(finished.wait(20000));
    };
    runCycle();
    QJsonObject first = QJsonDocument::fromJson(get("/api/exports", key).body).object();
    QJsonObject item = first.value(u"items"_s).toArray().first().toObject();
    QVERIFY(item.value(u"changes"_s).isNull()); // the group's first export
    QVERIFY(item.value(u"changesUrl"_s).isNull());
    QCOMPARE(item.value(u"checked"_s).toBool(), true);
    QCOMPARE(item.value(u"sha256"_s).toString().size(), 64);

    // In TestOps meanwhile: 3 test cases added, 10 deleted, 16 edited (of 30).
    FakeTestOps::Group *group = m_fake->group(26961091);
    group->rows += 3;
    for (qint64 row = 0; row < 10; ++row)
        group->edits.removed.insert(row);
    for (qint64 row = 10; row < 26; ++row)
        group->edits.edited.insert(row);
    m_fake->countOffset = 2; // and TestOps counts two more than it exports
    runCycle();
    QTRY_COMPARE(QJsonDocument::fromJson(get("/api/exports", key).body).object().value(u"total"_s).toInt(),
                 2);
    item = QJsonDocument::fromJson(get("/api/exports", key).body)
               .object()
               .value(u"items"_s)
               .toArray()
               .first()
               .toObject();
    QCOMPARE(item.value(u"changes"_s).toObject(),
             (QJsonObject{{u"added"_s, 3}, {u"removed"_s, 10}, {u"changed"_s, 16}}));
    QCOMPARE(item.value(u"identical"_s).toBool(), false);
    const QString warning = u"TestOps counted 25 test cases in the group, but the file has 23 rows"_s;
    QCOMPARE(item.value(u"warnings"_s).toArray(), QJsonArray{warning});
    QCOMPARE(item.value(u"expectedRows"_s).toInt(), 25);
    const QJsonObject last = QJsonDocument::fromJson(get("/api/status", key).body)
                                 .object()
                                 .value(u"groups"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"last"_s)
                                 .toObject();
    QCOMPARE(last.value(u"warning"_s).toString(), warning);
    const QByteArray changesUrl = item.value(u"changesUrl"_s).toString().toUtf8();
    QVERIFY(changesUrl.startsWith("/changes/testops_export_API_"));

    // The change page, and its data.
    const Answer page = get(changesUrl, key);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("/assets/changes.js"));
    QCOMPARE(get("/assets/changes.js").status, 200);
    const QByteArray api = "/api" + changesUrl;
    QJsonObject changes = QJsonDocument::fromJson(get(api + "?size=20", key).body).object();
    QCOMPARE(changes.value(u"total"_s).toInt(), 29);
    QCOMPARE(changes.value(u"pages"_s).toInt(), 2);
    QCOMPARE(changes.value(u"previous"_s).toString(),
             first.value(u"items"_s).toArray().first().toObject().value(u"file"_s).toString());
    QCOMPARE(changes.value(u"previousAvailable"_s).toBool(), true);
    const QJsonArray items = changes.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 20);
    QCOMPARE(items.first().toObject().value(u"kind"_s).toString(), u"added"_s);
    QCOMPARE(items.at(3).toObject().value(u"kind"_s).toString(), u"removed"_s);
    QCOMPARE(items.at(3).toObject().value(u"name"_s).toString(),
             QString::fromUtf8(CsvGenerator::cell(u"name"_s, 26961091, 0, 0)));
    changes = QJsonDocument::fromJson(get(api + "?kind=changed&size=5&page=2", key).body).object();
    QCOMPARE(changes.value(u"total"_s).toInt(), 16);
    const QJsonObject edited = changes.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(edited.value(u"id"_s).toString(),
             QString::fromUtf8(CsvGenerator::cell(u"allure_id"_s, 26961091, 15, 0)));
    const QJsonObject field = edited.value(u"fields"_s).toArray().first().toObject();
    QCOMPARE(field.value(u"name"_s).toString(), u"description"_s);
    QCOMPARE(field.value(u"old"_s).toString(),
             QString::fromUtf8(CsvGenerator::cell(u"description"_s, 26961091, 15, 0)));
    QCOMPARE(field.value(u"new"_s).toString(),
             QString::fromUtf8(CsvGenerator::cell(u"description"_s, 26961091, 15, 1)));

    // Bad asks get a reason; names outside the folder get nothing; the key is needed.
    Answer bad = get(api + "?kind=renamed", key);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("added, removed or changed"));
    QCOMPARE(get(api + "?page=0", key).status, 400);
    QCOMPARE(get("/api/changes/testops_export_API_2020-01-01_00-00-00.csv", key).status, 404);
    QCOMPARE(get("/api/changes/..%2Fsecret.txt", key).status, 404);
    QCOMPARE(get(api).status, 401);
    QCOMPARE(get(changesUrl).status, 303); // to the sign-in page
    // The first export has nothing kept to compare: it says so.
    const QString firstFile =
        first.value(u"items"_s).toArray().first().toObject().value(u"file"_s).toString();
    const Answer firstChanges = get("/api/changes/" + QUrl::toPercentEncoding(firstFile), key);
    QCOMPARE(firstChanges.status, 200);
    QVERIFY(QJsonDocument::fromJson(firstChanges.body).object().value(u"changes"_s).isNull());

    // A search by id or name, over every case.
    const QString removedId = QString::fromUtf8(CsvGenerator::cell(u"allure_id"_s, 26961091, 0, 0));
    changes =
        QJsonDocument::fromJson(get(api + "?q=" + QUrl::toPercentEncoding(removedId), key).body).object();
    QCOMPARE(changes.value(u"total"_s).toInt(), 1);
    QCOMPARE(changes.value(u"items"_s).toArray().first().toObject().value(u"kind"_s).toString(),
             u"removed"_s);
    QCOMPARE(
        QJsonDocument::fromJson(get(api + "?q=no-such-case", key).body).object().value(u"total"_s).toInt(),
        0);

    // A third export, the same as the second: against the previous one nothing changed; against the first,
    // picked as the baseline, what the second changed.
    runCycle();
    QTRY_COMPARE(QJsonDocument::fromJson(get("/api/exports", key).body).object().value(u"total"_s).toInt(),
                 3);
    const QString third = QJsonDocument::fromJson(get("/api/exports", key).body)
                              .object()
                              .value(u"items"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"file"_s)
                              .toString();
    const QByteArray thirdApi = "/api/changes/" + QUrl::toPercentEncoding(third);
    QTRY_VERIFY(get(thirdApi, key).status == 200);
    changes = QJsonDocument::fromJson(get(thirdApi, key).body).object();
    QCOMPARE(changes.value(u"changes"_s).toObject(),
             (QJsonObject{{u"added"_s, 0}, {u"removed"_s, 0}, {u"changed"_s, 0}}));
    const QJsonArray baselines = changes.value(u"baselines"_s).toArray();
    QCOMPARE(baselines.size(), 2); // newest first: the second export, then the first
    QCOMPARE(baselines.at(0).toObject().value(u"file"_s).toString(), changes.value(u"previous"_s).toString());
    QCOMPARE(baselines.at(1).toObject().value(u"file"_s).toString(), firstFile);
    QVERIFY(!changes.value(u"previousTime"_s).toString().isEmpty());
    changes =
        QJsonDocument::fromJson(get(thirdApi + "?baseline=" + QUrl::toPercentEncoding(firstFile), key).body)
            .object();
    QCOMPARE(changes.value(u"previous"_s).toString(), firstFile);
    QCOMPARE(changes.value(u"changes"_s).toObject(),
             (QJsonObject{{u"added"_s, 3}, {u"removed"_s, 10}, {u"changed"_s, 16}}));
    QCOMPARE(changes.value(u"total"_s).toInt(), 29);
    // Only an earlier export of the group can be the baseline, and the reason is said.
    bad = get(api + "?baseline=" + QUrl::toPercentEncoding(third), key); // a later one
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("not an earlier export of the same group"), bad.body.constData());
    QCOMPARE(get(thirdApi + "?baseline=..%2Fsecret.txt", key).status, 400);
    // In the browser's language, as every answer of the page (issue #19).
    QList<QPair<QByteArray, QByteArray>> russian = key;
    russian.append(QPair<QByteArray, QByteArray>("Accept-Language", "ru-RU,ru;q=0.9"));
    bad = get(api + "?baseline=" + QUrl::toPercentEncoding(third), russian);
    QVERIFY2(QString::fromUtf8(bad.body).contains(u"не более ранняя выгрузка той же группы"_s),
             bad.body.constData());
    QCOMPARE(get(thirdApi + "?baseline=" + QUrl::toPercentEncoding(third), key).status, 400); // itself
}

void TestWebServer::crossSitePostIsRefused() {
    startServer();
    Answer answer = get("/export", {{"Origin", "http://evil.example"}}, "POST");
    QCOMPARE(answer.status, 403);
    QVERIFY(!m_service->runner()->isRunning());
    answer = get("/export", {{"Referer", "http://evil.example/page"}}, "POST");
    QCOMPARE(answer.status, 403);
    const QByteArray own = "http://127.0.0.1:" + QByteArray::number(m_server->port());
    answer = get("/export", {{"Origin", own}}, "POST");
    QCOMPARE(answer.status, 202);
}

void TestWebServer::accessKey() {
    const QString key = u"k3y-for-colleagues"_s;
    startServer(key);
    QCOMPARE(get("/api/status").status, 401);
    QCOMPARE(get("/api/status", {{"Authorization", "Bearer wrong-key-value"}}).status, 401);
    QCOMPARE(get("/api/status", {{"Authorization", "Bearer " + key.toUtf8()}}).status, 200);
    QCOMPARE(get("/export", {}, "POST").status, 401);
    QCOMPARE(get("/download/testops_export_API_2026-11-20_07-00-00.csv").status, 401);
    Answer page = get("/");
    QCOMPARE(page.status, 303);
    QCOMPARE(page.headers.value("location"), QByteArray("/login"));
    QCOMPARE(get("/healthz").status, 200);        // for health checks of Docker and systemd
    QCOMPARE(get("/assets/app.css").status, 200); // the sign-in page needs its style
    QCOMPARE(get("/login").status, 200);
    Answer wrong = get("/login", {{"Content-Type", "application/x-www-form-urlencoded"}}, "POST", "key=nope");
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.body.contains("That key is not right."));
    Answer right = get("/login", {{"Content-Type", "application/x-www-form-urlencoded"}}, "POST",
                       "key=" + QUrl::toPercentEncoding(key));
    QCOMPARE(right.status, 303);
    const QByteArray cookie = right.headers.value("set-cookie");
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Strict"));
    QVERIFY(!cookie.contains(key.toUtf8()));
    const QByteArray session = cookie.left(cookie.indexOf(';'));
    QCOMPARE(get("/api/status", {{"Cookie", session}}).status, 200);
    QCOMPARE(get("/", {{"Cookie", session}}).status, 200);
    QCOMPARE(get("/api/status", {{"Cookie", "testops_session=forged"}}).status, 401);
    QVERIFY(!get("/api/status", {{"Cookie", session}}).body.contains(key.toUtf8()));
}

void TestWebServer::healthz() {
    startServer();
    Answer answer = get("/healthz");
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"ok"_s).toBool(), true);
    QDir(m_config.exportPath).removeRecursively();
    QFile blocker(m_config.exportPath); // a file where the folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    answer = get("/healthz");
    QCOMPARE(answer.status, 503);
    QVERIFY(QJsonDocument::fromJson(answer.body)
                .object()
                .value(u"reason"_s)
                .toString()
                .contains(u"cannot be created"_s));
}

void TestWebServer::connectionCap() {
    HttpGuard::Limits limits;
    limits.maxConnections = 3;
    startServer(QString(), limits);
    // Three idle connections fill the server; a fourth client takes the place of the one idle longest.
    QList<std::shared_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        auto socket = std::make_shared<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(2000));
        held.append(socket);
        QTRY_COMPARE(m_server->guard()->openConnections(), i + 1);
        QTest::qWait(20); // their idle times clearly apart (under ASan three came within a millisecond)
    }
    QByteArray answer = raw("GET /api/status HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(40).constData());
    QTRY_COMPARE(held[0]->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(held[1]->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(held[2]->state(), QAbstractSocket::ConnectedState);
    held.clear();
    QTRY_COMPARE(m_server->guard()->openConnections(), 0);

    // Downloads in progress are never let go: with every place taken by one, a newcomer gets 503.
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, QByteArray(32 * 1024 * 1024, 'x'));
    for (int i = 0; i < 3; ++i) {
        auto socket = std::make_shared<QTcpSocket>();
        socket->setReadBufferSize(1); // a client that reads nothing: the download stays in progress
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(2000));
        socket->write(
            "GET /download/testops_export_API_2026-11-20_07-00-00.csv HTTP/1.1\r\nHost: localhost\r\n\r\n");
        held.append(socket);
    }
    QTRY_COMPARE(m_server->guard()->openConnections(), 3);
    QTest::qWait(200);
    answer = raw("GET /api/status HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.left(40).constData());
    for (const auto &socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void TestWebServer::oversizedHeadersAndBodies() {
    startServer();
    QByteArray big = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Fill: " + QByteArray(20000, 'a') + "\r\n\r\n";
    QVERIFY(raw(big).startsWith("HTTP/1.1 431"));
    QVERIFY(raw("POST /export HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n")
                .startsWith("HTTP/1.1 413"));
    QVERIFY(raw("POST /export HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                .startsWith("HTTP/1.1 411"));
    QVERIFY(raw("POST /export HTTP/1.1\r\nHost: localhost\r\nContent-Length: lots\r\n\r\n")
                .startsWith("HTTP/1.1 400"));
    QCOMPARE(get("/api/status").status, 200); // and the server goes on
}

void TestWebServer::slowClientIsCutOffAndOthersAreServed() {
    HttpGuard::Limits limits;
    limits.requestTimeoutMs = 500;
    limits.idleTimeoutMs = 800;
    startServer(QString(), limits);
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(slow.waitForConnected(2000));
    QElapsedTimer timer;
    timer.start();
    // Slowloris: a byte at a time, never finishing the headers; others are served meanwhile.
    for (int i = 0; i < 30 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
        slow.write("G");
        QTest::qWait(50);
        if (i == 3)
            QCOMPARE(get("/api/status").status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(timer.elapsed() < 2500);
    // An idle kept-alive connection is closed too.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(idle.waitForConnected(2000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 3000);
}

void TestWebServer::tokenNeverInAnAnswer() {
    // A server whose error messages repeat what it was sent: the API token (token exchange) and the access
    // token (Authorization). Those messages reach the group's last result, shown on every page and API.
    m_config.retryDelaysSeconds = {1};
    startServer();
    m_fake->echoSecrets = true;
    m_fake->addFault(FakeTestOps::Fault::TokenDown, 1);
    m_fake->addFault(FakeTestOps::Fault::CreateServerError, 1);
    QSignalSpy finished(m_service->runner(), &ExportRunner::cycleFinished);
    QCOMPARE(get("/export", {}, "POST").status, 202);
    QTRY_VERIFY(m_service->runner()->nextRetry().isValid()); // the token exchange failed, echoing the token
    QCOMPARE(get("/export", {}, "POST").status, 202); // the retry, now: the create fails, echoing the JWT
    QVERIFY(finished.wait(20000));
    const QString token = m_fake->apiToken;
    const QByteArray status = get("/api/status").body;
    QVERIFY2(status.contains("Internal error while creating export for Bearer eyJ."), status.constData());
    QVERIFY(m_service->runner()->statuses().first().lastError.contains(
        u"Internal error while creating export"_s));
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "allure_id;name\r\n1;a\r\n");
    for (const QByteArray &path :
         {QByteArray("/"), QByteArray("/api/status"), QByteArray("/api/exports"), QByteArray("/healthz"),
          QByteArray("/login"), QByteArray("/changes/testops_export_API_2026-11-20_07-00-00.csv"),
          QByteArray("/api/changes/testops_export_API_2026-11-20_07-00-00.csv"),
          QByteArray("/download/testops_export_API_2026-11-20_07-00-00.csv")}) {
        const Answer answer = get(path);
        QVERIFY2(!answer.body.contains(token.toUtf8()), path.constData());
        QVERIFY2(!answer.body.contains("fake-jwt-"), path.constData());
        for (const QByteArray &value : answer.headers)
            QVERIFY2(!value.contains(token.toUtf8()) && !value.contains("fake-jwt-"), path.constData());
    }
}

void TestWebServer::keyGuessingIsThrottledAndSummarised() {
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    AuthThrottle throttle(clock);
    const QHostAddress guesser(u"192.0.2.7"_s);
    const QHostAddress other(u"192.0.2.8"_s);
    QTest::ignoreMessage(QtWarningMsg, "wrong access key from 192.0.2.7 (Bearer)");
    for (int i = 0; i < AuthThrottle::freeFailures; ++i) {
        QCOMPARE(throttle.blockedSecs(guesser), 0);
        throttle.failed(guesser, "Bearer");
    }
    QCOMPARE(throttle.blockedSecs(guesser), 0); // five are free
    throttle.failed(guesser, "Bearer");
    QCOMPARE(throttle.blockedSecs(guesser), 1);
    QCOMPARE(throttle.blockedSecs(other), 0); // per client
    clock.advanceSecs(1);
    QCOMPARE(throttle.blockedSecs(guesser), 0);
    throttle.failed(guesser, "Bearer");
    QCOMPARE(throttle.blockedSecs(guesser), 2); // doubling
    for (int i = 0; i < 20; ++i)
        throttle.failed(guesser, "Bearer");
    QCOMPARE(throttle.blockedSecs(guesser), AuthThrottle::maxBlockSecs);
    // One line at the first failure, then one summary per minute: 27 failures, 2 lines.
    throttle.flushLog(); // too early: nothing
    clock.advanceSecs(60);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^26 more wrong access keys from "
                                                          "192.0.2.7 in the last minute; its keys are not "
                                                          "checked for a while$"_s));
    throttle.flushLog();
    // A quiet quarter of an hour forgets the client.
    clock.advanceSecs(AuthThrottle::forgetAfterSecs + 1);
    QCOMPARE(throttle.blockedSecs(guesser), 0);
    QTest::ignoreMessage(QtWarningMsg, "wrong access key from 192.0.2.7 (sign-in form)");
    throttle.failed(guesser, "sign-in form");
    QCOMPARE(throttle.blockedSecs(guesser), 0);
}

void TestWebServer::hostileRequests_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<QByteArray>>("request");
    QFile corpus(QStringLiteral(TESTS_DATA_DIR "/web_requests.tsv"));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    while (!corpus.atEnd()) {
        const QByteArray line = corpus.readLine().chopped(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cells = line.split('\t');
        QCOMPARE(cells.size(), 3);
        // C escapes: \r \n \xHH; \p sends what came before it apart
        QList<QByteArray> pieces;
        QByteArray raw;
        const QByteArray &text = cells[2];
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 1 < text.size()) {
                const char code = text[++i];
                if (code == 'r')
                    raw += '\r';
                else if (code == 'n')
                    raw += '\n';
                else if (code == 'p')
                    pieces.append(std::exchange(raw, QByteArray()));
                else if (code == 'x' && i + 2 < text.size()) {
                    raw += char(text.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else
                    raw += code;
            } else {
                raw += text[i];
            }
        }
        pieces.append(raw);
        QTest::newRow(cells[1].constData()) << cells[0].toInt() << pieces;
    }
}

void TestWebServer::hostileRequests() {
    QFETCH(int, status);
    QFETCH(QList<QByteArray>, request);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "a\n");
    startServer(); // no key: every path is reachable, so each refusal is the path's own
    const QByteArray answer = raw(request, 1500);
    if (status == 0)
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(40).constData());
    else
        QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)), answer.left(60).constData());
    QVERIFY(!answer.contains("TOP-SECRET-CONTENT"));
    // Whatever came, the others are still served.
    QCOMPARE(get("/api/status").status, 200);
}

void TestWebServer::cleanupRulesReadOnly() {
    m_fake->addCleanerRule(0, u"attachment"_s, u"passed"_s, 24);
    m_fake->addCleanerRule(17, u"scenario"_s, u"failed"_s, 12);
    m_fake->launchCloseTimeout = 72; // seconds, as TestOps gives it
    startServer(u"colleague-key"_s);
    const QList<QPair<QByteArray, QByteArray>> key{{"Authorization", "Bearer colleague-key"}};
    QCOMPARE(get("/api/cleanup").status, 401); // behind the access key like the rest
    // The first request starts the reading; the page asks again until it is done.
    QJsonObject answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (answer = QJsonDocument::fromJson(get("/api/cleanup", key).body).object()).value(u"state"_s) ==
            u"ready"_s,
        10000);
    const QJsonArray projects = answer.value(u"projects"_s).toArray();
    QCOMPARE(projects.size(), 1);
    const QJsonObject project = projects.first().toObject();
    QCOMPARE(project.value(u"id"_s).toInteger(), 17);
    QCOMPARE(project.value(u"missing"_s).toInt(), 13);
    const QJsonArray cells = project.value(u"cells"_s).toArray();
    QCOMPARE(cells.size(), 15);
    QCOMPARE(cells.at(0).toObject().value(u"source"_s).toString(), u"global"_s);
    QCOMPARE(cells.at(0).toObject().value(u"effective"_s).toInt(), 24);
    QCOMPARE(cells.at(6).toObject().value(u"source"_s).toString(), u"project"_s); // scenario/failed
    QCOMPARE(cells.at(6).toObject().value(u"effective"_s).toInt(), 12);
    // The words of the window and the command line (the page once said "0 h" where they said "72 s").
    const QJsonObject close = project.value(u"launchClose"_s).toObject();
    QCOMPARE(close.value(u"finishedSeconds"_s).toInteger(), 72);
    QCOMPARE(close.value(u"text"_s).toString(),
             u"Launches close 72 s after they finish; cleanup only touches closed launches."_s);
    QCOMPARE(close.value(u"text"_s).toString(), CleanupSession::launchCloseText({true, 72, 0, {}}));
    // The grid's rows and columns named in the browser's language.
    QCOMPARE(answer.value(u"statusNames"_s).toArray().first().toString(), u"passed"_s);
    const QJsonObject russian =
        QJsonDocument::fromJson(
            get("/api/cleanup", key + QList<QPair<QByteArray, QByteArray>>{{"Accept-Language", "ru"}}).body)
            .object();
    QCOMPARE(russian.value(u"targetNames"_s).toArray().first().toString(), u"вложения"_s);
    QCOMPARE(russian.value(u"targets"_s).toArray().first().toString(), u"attachment"_s); // the data stays
    // Read again only after five minutes, not on every request.
    const int reads = m_fake->count(u"GET /api/cleanerschema"_s);
    QCOMPARE(get("/api/cleanup", key).status, 200);
    QCOMPARE(m_fake->count(u"GET /api/cleanerschema"_s), reads);
    // Nothing is written from the LAN: every other method is refused, and TestOps sees no write.
    for (const QByteArray &method :
         {QByteArray("POST"), QByteArray("PUT"), QByteArray("PATCH"), QByteArray("DELETE")}) {
        const Answer refused = get("/api/cleanup", key, method);
        QCOMPARE(refused.status, 405);
        QCOMPARE(refused.headers.value("allow"), QByteArray("GET, HEAD"));
    }
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 0);
    // The page, in the browser's language.
    const Answer page =
        get("/cleanup", {{"Authorization", "Bearer colleague-key"}, {"Accept-Language", "ru"}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<script src=\"/assets/cleanup.js\" defer></script>"));
    QVERIFY(page.body.contains(u"Очистка хранилища в TestOps"_s.toUtf8()));
    QCOMPARE(get("/assets/cleanup.js").status, 200);
}

void TestWebServer::rangesAtTheLimits_data() {
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const QByteArray none;
    QTest::newRow("no range") << none << none << qint64(1000) << 200 << qint64(0) << qint64(999);
    QTest::newRow("from 100") << QByteArray("bytes=100-") << none << qint64(1000) << 206 << qint64(100)
                              << qint64(999);
    QTest::newRow("last 10") << QByteArray("bytes=-10") << none << qint64(1000) << 206 << qint64(990)
                             << qint64(999);
    QTest::newRow("end past the file")
        << QByteArray("bytes=10-5000") << none << qint64(1000) << 206 << qint64(10) << qint64(999);
    // Numbers past 64 bits are past the end of any file: never read as 0.
    QTest::newRow("start past 2^63") << QByteArray("bytes=99999999999999999999-") << none << qint64(1000)
                                     << 416 << qint64(0) << qint64(-1);
    QTest::newRow("suffix past 2^63") << QByteArray("bytes=-99999999999999999999") << none << qint64(1000)
                                      << 206 << qint64(0) << qint64(999);
    QTest::newRow("backwards") << QByteArray("bytes=5-2") << none << qint64(1000) << 416 << qint64(0)
                               << qint64(-1);
    QTest::newRow("at the end") << QByteArray("bytes=1000-") << none << qint64(1000) << 416 << qint64(0)
                                << qint64(-1);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << none << qint64(0) << 416 << qint64(0)
                                << qint64(-1);
    QTest::newRow("two ranges: whole")
        << QByteArray("bytes=0-1,5-6") << none << qint64(1000) << 200 << qint64(0) << qint64(999);
    QTest::newRow("bare dash: whole")
        << QByteArray("bytes=-") << none << qint64(1000) << 200 << qint64(0) << qint64(999);
    QTest::newRow("if-range of another file") << QByteArray("bytes=100-") << QByteArray("\"1-2\"")
                                              << qint64(1000) << 200 << qint64(0) << qint64(999);
    QTest::newRow("if-range of this one") << QByteArray("bytes=100-") << QByteArray("\"1000-7\"")
                                          << qint64(1000) << 206 << qint64(100) << qint64(999);
}

void TestWebServer::rangesAtTheLimits() {
    QFETCH(QByteArray, range);
    QFETCH(QByteArray, ifRange);
    QFETCH(qint64, size);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const HttpAnswer::Range answer =
        HttpAnswer::range(range, ifRange, "\"1000-7\"", QDateTime::fromMSecsSinceEpoch(7, Qt::UTC), size);
    QCOMPARE(answer.status, status);
    if (status != 416) {
        QCOMPARE(answer.first, first);
        QCOMPARE(answer.last, last);
    }
}

void TestWebServer::hostNamesAsRfc9110WritesThem() {
    QCOMPARE(WebAccess::hostName("LocalHost:9090"), u"localhost"_s);
    QCOMPARE(WebAccess::hostName("example.org."), u"example.org"_s);
    QCOMPARE(WebAccess::hostName("[::1]:80"), u"::1"_s);
    QCOMPARE(WebAccess::hostName("localhost:9090@evil.example"), QString()); // not a Host header
    QCOMPARE(WebAccess::hostName("localhost:999999"), QString());
    QCOMPARE(WebAccess::hostName("a b"), QString());
}

QTEST_GUILESS_MAIN(TestWebServer)
#include "tst_webserver.moc"

void TestWebServer::largeDownloadsTogetherStalledAndAbandoned() {
    // More than the sockets' buffers hold, so that the body goes in many turns of the sendfile pump.
    QByteArray content;
    for (int row = 0; content.size() < 48 * 1024 * 1024; ++row)
        content += QByteArray::number(row) + ";Проверка входа номер " + QByteArray::number(row * 7) + "\r\n";
    const QByteArray name = "testops_export_API_2026-11-20_07-00-00.csv";
    touch(QString::fromLatin1(name), content);
    HttpGuard::Limits limits;
    // Short, so the stalled client is cut off soon; not so short that the test's own client, in this process
    // and slowed by ASan on a loaded machine, looks stalled between two reads of 48 MB.
    limits.downloadStallMs = 1500;
    startServer(QString(), limits);
    const QUrl url = m_server->url().resolved(QUrl(QString::fromLatin1("/download/" + name)));

    // Three at once, each byte for byte, the page's API answering meanwhile.
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 3; ++i)
        replies.emplace_back(m_network.get(QNetworkRequest(url)));
    QCOMPARE(get("/api/status").status, 200);
    for (auto &reply : replies) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->readAll() == content);
    }

    // Raw clients: one that asks and never reads, one that reads a little and goes away.
    const auto connectRaw = [this](int receiveBuffer) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_server->port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    };
    const QByteArray request = "GET /download/" + name + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const int stalled = connectRaw(4096);
    QVERIFY(stalled >= 0);
    QCOMPARE(::send(stalled, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
    const auto cutOff = [](int fd) {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
    };
    QTest::qWait(100);
    QVERIFY(!cutOff(stalled));                       // not before its time
    QCOMPARE(get("/api/status").status, 200);        // nor does it hold up the others
    QTRY_VERIFY_WITH_TIMEOUT(cutOff(stalled), 5000); // cut off once it took nothing for 1.5 s
    ::close(stalled);

    const int abandoned = connectRaw(64 * 1024);
    QVERIFY(abandoned >= 0);
    QCOMPARE(::send(abandoned, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
    QByteArray some(256 * 1024, 0);
    qint64 got = 0;
    QElapsedTimer reading; // the server runs in this thread's event loop: read without blocking it
    reading.start();
    while (got < some.size() && reading.elapsed() < 10000) {
        const ssize_t n = ::recv(abandoned, some.data() + got, size_t(some.size() - got), MSG_DONTWAIT);
        if (n > 0)
            got += n;
        else
            QTest::qWait(5);
    }
    QCOMPARE(got, qint64(some.size()));
    ::close(abandoned);
    QTest::qWait(50);
    const Answer after = get("/download/" + name); // the server goes on, whole answers only
    QCOMPARE(after.status, 200);
    QVERIFY(after.body == content);
}
