#include "CsvGenerator.h"
#include "FakeTestOps.h"
#include "ManualClock.h"
#include "csv/ExportComparison.h"
#include "exports/ChangeDetails.h"
#include "exports/CsvRowCounter.h"
#include "exports/ExportFileStore.h"
#include "exports/ExportIndex.h"
#include "exports/ExportRunner.h"
#include "exports/History.h"
#include "exports/JournalCompaction.h"
#include "service/ExportService.h"
#include "service/ProcessLock.h"
#include "testops/TestOpsClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Fault = FakeTestOps::Fault;

Q_DECLARE_METATYPE(FakeTestOps::Fault)

namespace {
const ExportGroup api{u"API"_s, 17, 937, 26961091};
const ExportGroup ui{u"UI"_s, 17, 937, 24545654};

// A service's settings on a folder of `dir`, with a TestOps nobody answers at; its data folder made.
Config offlineConfig(const QTemporaryDir &dir) {
    Config config;
    config.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
    config.token = u"token-0123456789"_s;
    config.groups = {api};
    config.exportPath = dir.filePath(u"exports"_s);
    QDir().mkpath(ExportService::dataFolder(config));
    return config;
}

QString journalOf(const Config &config) {
    return QDir(ExportService::dataFolder(config)).filePath(u"history.jsonl"_s);
}
} // namespace

// One fake server, one export folder and the real client and runner, built fresh for each test.
struct Rig {
    explicit Rig(QList<int> retryDelays = {}, ExportGroups groups = {api, ui},
                 const QString &folder = QString())
        : clock(QDateTime::currentDateTimeUtc())
        , store(folder.isEmpty() ? dir.filePath(u"exports"_s) : folder)
        , history(dir.filePath(u"exports/.testops-export/history.jsonl"_s)) {
        fake.addGroup({17, 937, 26961091, u"API"_s, 120, 0, {}});
        fake.addGroup({17, 937, 24545654, u"UI"_s, 80, 0, {}});
        fake.queuedPolls = 2;
        if (!fake.listen())
            qFatal("fake TestOps cannot listen");
        TestOpsClient::Options options;
        options.baseUrl = fake.url();
        options.apiToken = fake.apiToken;
        options.inactivityTimeoutMs = 1000;
        options.connectTimeoutMs = 2000;
        client = std::make_unique<TestOpsClient>(options, &network, clock);
        ExportRunner::Options runnerOptions;
        runnerOptions.groups = std::move(groups);
        runnerOptions.retryDelaysSecs = std::move(retryDelays);
        runnerOptions.job.pollDelaysMs = {5, 10, 20};
        runnerOptions.job.exportTimeoutSecs = 60;
        runner = std::make_unique<ExportRunner>(runnerOptions, client.get(), store, &history, clock);
    }

    // Runs one cycle to its end; retries waiting on their timer are started at once.
    ExportRunner::CycleSummary runCycle() {
        QSignalSpy finished(runner.get(), &ExportRunner::cycleFinished);
        runner->runNow(u"test"_s);
        for (int i = 0; i < 2000 && finished.isEmpty(); ++i) {
            if (runner->nextRetry().isValid())
                runner->runNow(u"test retry"_s);
            QTest::qWait(5);
        }
        if (finished.isEmpty())
            qFatal("the cycle did not finish");
        return finished.first().first().value<ExportRunner::CycleSummary>();
    }

    QStringList folderEntries() const {
        return QDir(store.folder()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    QList<QJsonObject> attempts(const QString &group) const { return records(u"attempt"_s, group); }

    QList<QJsonObject> records(const QString &type, const QString &group) const {
        QList<QJsonObject> list;
        for (const QJsonObject &record : history.records()) {
            if (record.value(u"type"_s) == type && record.value(u"group"_s) == group)
                list.append(record);
        }
        return list;
    }

    // Makes a runner with changed options (the same client, store and journal).
    void reconfigure(const std::function<void(ExportRunner::Options &)> &change) {
        ExportRunner::Options options = runner->options();
        change(options);
        runner = std::make_unique<ExportRunner>(options, client.get(), store, &history, clock);
    }

    QByteArray fileBytes(const QString &name) const {
        QFile file(store.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    FakeTestOps fake;
    ManualClock clock;
    QNetworkAccessManager network;
    ExportFileStore store;
    History history;
    std::unique_ptr<TestOpsClient> client;
    std::unique_ptr<ExportRunner> runner;
};

class TestExportEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ExportRunner::CycleSummary>(); }
    void exportsEveryGroupByteForByte();
    void requestHasTheShapeTestOpsExpects();
    void keepsABomAndMissingContentType();
    void gzipAnswersAreDecodedAndCheckedToTheirEnd();
    void aCutGzipStreamFailsWithoutTheCountToo();
    void csvCutShortIsSeen_data();
    void csvCutShortIsSeen();
    void faults_data();
    void faults();
    void jobQueuedLongerThanTheLimit();
    void retriesWaitForTheirDelayAndRunNowRunsThem();
    void runNowDuringACycleDoesNotStartAnother();
    void hugeRetryAfterIsCapped();
    void retriesFollowTheClock();
    void tokenWithFormCharactersAuthenticates();
    void tornJournalLineDoesNotSwallowTheNext();
    void journalFollowsWhatIsKept();
    void journalIsLeftAloneWhileAnotherHoldsTheFolder();
    void aStartCompactsOnlyAJournalThatGrew();
    void theIndexTellsItsReadersOfEachFailedExportOnly();
    void aFailureKeepsItsReasonWhenTheAttemptIsCompactedAway();
    void unwritableFolderFailsBeforeAskingTheServer();
    void fullDiskEndsTheAttemptCleanly();
    void folderDeletedBetweenGroups();
    void progressIsThrottled();
    void jobsLeftByAKilledRunAreDeletedOnce();
    void readOnlyFolder();
    void abortMidDownloadLeavesNothing();
    void staleGroupFailsLoudlyWithoutAFile();
    void secondExportKnowsWhatChanged();
    void unchangedExportIsMarkedAndSkippedWhenAsked();
    void rowsNotAsCountedAreAWarning();
    void serverWithoutACountIsNoFailure();
    void otherSeparatorIsAskedForAndRead();
    void twoGroupsAtATime();
    void rowCounter_data();
    void rowCounter();
};

void TestExportEngine::exportsEveryGroupByteForByte() {
    Rig rig;
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QVERIFY(summary.ok());
    QCOMPARE(summary.succeeded, (QStringList{u"API"_s, u"UI"_s}));
    const QList<ExportFile> files = rig.store.list();
    QCOMPARE(files.size(), 2);
    for (const ExportFile &file : files) {
        const qint64 groupId = file.group == u"API"_s ? api.groupId : ui.groupId;
        QCOMPARE(rig.fileBytes(file.fileName), rig.fake.expectedCsv(groupId));
        QVERIFY(file.fileName.startsWith(u"testops_export_%1_"_s.arg(file.group)));
    }
    QVERIFY(rig.fake.liveJobs().isEmpty());
    QCOMPARE(rig.fake.count(u"DELETE /api/export/{id}"_s), 2);
    QCOMPARE(rig.client->tokenExchanges(), 1);
    const QList<QJsonObject> attempts = rig.attempts(u"API"_s);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(attempts[0].value(u"rows"_s).toInteger(), 120);
    QCOMPARE(attempts[0].value(u"bytes"_s).toInteger(), rig.fake.expectedCsv(api.groupId).size());
    QCOMPARE(rig.history.records().last().value(u"type"_s).toString(), u"cycle"_s);
    QCOMPARE(rig.history.records().last().value(u"outcome"_s).toString(), u"success"_s);
    // The journal survives a restart.
    History reread(rig.history.filePath());
    QCOMPARE(reread.records().size(), 7); // per group a job made, an attempt and a check, then the cycle
    QCOMPARE(reread.records().first().value(u"type"_s).toString(), u"job"_s);
    // Each file was checked: a group's first export has nothing to be compared with.
    const QList<QJsonObject> checks = rig.records(u"check"_s, u"API"_s);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].value(u"file"_s), attempts[0].value(u"file"_s));
    QVERIFY(checks[0].value(u"previous"_s).isNull());
    QVERIFY(checks[0].value(u"changes"_s).isNull());
    QCOMPARE(checks[0].value(u"checkedRows"_s).toInteger(), 120);
    QCOMPARE(checks[0].value(u"sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(rig.fake.expectedCsv(api.groupId), QCryptographicHash::Sha256).toHex());
    QCOMPARE(attempts[0].value(u"expectedRows"_s).toInteger(), 120);
    QVERIFY(!attempts[0].contains(u"warning"_s));
}

void TestExportEngine::requestHasTheShapeTestOpsExpects() {
    Rig rig({}, {api});
    ExportRunner::Options options = rig.runner->options();
    options.job.extraColumns = {{u"custom_field"_s, 12, u"Priority"_s}, {u"role"_s, 3, u"Owner"_s}};
    rig.runner =
        std::make_unique<ExportRunner>(options, rig.client.get(), rig.store, &rig.history, rig.clock);
    QVERIFY(rig.runCycle().ok());
    QCOMPARE(rig.fake.exportRequests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(rig.fake.exportRequests().first()).object();
    const QJsonObject selection = body.value(u"selection"_s).toObject();
    QCOMPARE(selection.value(u"projectId"_s).toInteger(), 17);
    QCOMPARE(selection.value(u"treeId"_s).toInteger(), 937);
    QCOMPARE(selection.value(u"groupsInclude"_s).toArray(), QJsonArray{26961091});
    QCOMPARE(selection.value(u"inverted"_s).toBool(true), false);
    QCOMPARE(body.value(u"columnSeparator"_s).toString(), u";"_s);
    QCOMPARE(body.value(u"includeHeaders"_s).toBool(), true);
    QCOMPARE(body.value(u"withHeaders"_s).toBool(), true);
    const QJsonArray mapping = body.value(u"mapping"_s).toArray();
    QCOMPARE(mapping.size(), 15);
    QStringList fields;
    for (const QJsonValue &item : mapping)
        fields.append(item.toObject().value(u"field"_s).toString());
    QCOMPARE(fields.mid(0, 13), CsvGenerator::standardColumns());
    QCOMPARE(mapping.at(13).toObject().value(u"customFieldId"_s).toInteger(), 12);
    QCOMPARE(mapping.at(14).toObject().value(u"roleId"_s).toInteger(), 3);
    // The file's header names the columns as asked.
    const QByteArray bytes = rig.fileBytes(rig.store.list().first().fileName);
    QVERIFY(bytes.startsWith("allure_id;name;"));
    QVERIFY(bytes.left(bytes.indexOf('\n')).endsWith("Priority;Owner\r"));
}

void TestExportEngine::keepsABomAndMissingContentType() {
    Rig rig({}, {api});
    rig.fake.bom = true;
    rig.fake.sendContentType = false;
    QVERIFY(rig.runCycle().ok());
    const QByteArray bytes = rig.fileBytes(rig.store.list().first().fileName);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "allure_id"));
    QCOMPARE(bytes, rig.fake.expectedCsv(api.groupId));
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"rows"_s).toInteger(), 120);
}

void TestExportEngine::gzipAnswersAreDecodedAndCheckedToTheirEnd() {
    Rig rig({}, {api});
    rig.fake.gzip = true; // every answer, JSON and CSV, gzip-encoded
    QVERIFY(rig.runCycle().ok());
    const QString file = rig.store.list().first().fileName;
    QCOMPARE(rig.fileBytes(file), rig.fake.expectedCsv(api.groupId));
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"rows"_s).toInteger(), 120);
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"bytes"_s).toInteger(),
             rig.fake.expectedCsv(api.groupId).size()); // the file's size, not the compressed one
}

void TestExportEngine::aCutGzipStreamFailsWithoutTheCountToo() {
    // Without TestOps' count only the stream itself can tell: a 40-case export must not become 7 cases.
    Rig rig({}, {api});
    rig.fake.countUnknown = true;
    rig.fake.addFault(Fault::GzipCut, 1);
    QVERIFY(!rig.runCycle().ok());
    const QString error = rig.attempts(u"API"_s).first().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"the answer ended inside its gzip stream"_s), qPrintable(error));
    QVERIFY(rig.store.list().isEmpty());
    QVERIFY(rig.folderEntries().isEmpty());
}

void TestExportEngine::csvCutShortIsSeen_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("cut"); // part of the reason; empty: whole
    const QByteArray header = "allure_id;name;scenario\r\n";
    QTest::newRow("whole") << header + "1;a;\"x\r\ny\"\r\n2;b;z\r\n" << QString();
    QTest::newRow("whole, no last line break") << header + "1;a;x\r\n2;b;z" << QString();
    QTest::newRow("inside a quoted cell")
        << header + "1;a;x\r\n2;b;\"first line\r\nsec" << u"it ends inside a quoted cell of row 2"_s;
    QTest::newRow("a short last row")
        << header + "1;a;x\r\n2;Log" << u"its last row (2) has 2 of the header's 3 cells"_s;
    QTest::newRow("quoted separators do not count") << header + "1;\"a;b;c\"" << u"has 2 of the header's 3"_s;
}

void TestExportEngine::csvCutShortIsSeen() {
    QFETCH(QByteArray, text);
    QFETCH(QString, cut);
    for (const int piece : {1, 3, 7, 1000}) { // however the bytes arrive
        CsvRowCounter counter(';');
        for (qsizetype i = 0; i < text.size(); i += piece)
            counter.feed(text.mid(i, piece));
        if (cut.isEmpty())
            QVERIFY2(counter.cutShort().isEmpty(), qPrintable(counter.cutShort()));
        else
            QVERIFY2(counter.cutShort().contains(cut), qPrintable(counter.cutShort()));
    }
}

void TestExportEngine::faults_data() {
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("attempts"); // of group API, with one retry allowed
    QTest::addColumn<bool>("recovered");
    QTest::addColumn<QString>("firstError"); // part of the first attempt's error ("" when it succeeded)
    QTest::newRow("token endpoint down, then back")
        << Fault::TokenDown << 1 << 2 << true
        << u"TestOps could not sign in (its sign-in service failed; the token was not judged): server error "
           "503: UAA is starting"_s;
    QTest::newRow("wrong token")
        << Fault::TokenRefused << -1 << 1 << false
        << u"the server refused the API token (HTTP 401: Bad credentials); check TESTOPS_TOKEN"_s;
    QTest::newRow("JWT expires mid-cycle") << Fault::ExpireToken << 1 << 1 << true << QString();
    QTest::newRow("5xx on create")
        << Fault::CreateServerError << 1 << 2 << true
        << u"creating the export failed: server error 500: Internal error while creating export"_s;
    QTest::newRow("5xx with HTML on poll")
        << Fault::PollServerError << 1 << 2 << true
        << u"checking the export failed: server error 502 (the server answered with a web page)"_s;
    QTest::newRow("5xx on download")
        << Fault::DownloadServerError << 1 << 2 << true
        << u"downloading the export failed: server error 500: Storage unavailable"_s;
    QTest::newRow("job failed")
        << Fault::JobFailed << 1 << 2 << true
        << u"TestOps could not prepare the export: Export failed: test case tree is locked"_s;
    QTest::newRow("reset mid-body") << Fault::ResetMidBody << 1 << 2 << true
                                    << u"the server closed the connection before the answer was complete"_s;
    QTest::newRow("stall mid-body") << Fault::StallMidBody << 1 << 2 << true
                                    << u"the server sent nothing for 1 s"_s;
    QTest::newRow("HTML page with 200")
        << Fault::HtmlPage << 1 << 2 << true
        << u"a web page answered instead of TestOps (CSV expected), although TestOps accepted the token"_s;
    QTest::newRow("body shorter than Content-Length")
        << Fault::ShortBody << 1 << 2 << true
        << u"downloading the export failed: the server closed the connection"_s;
    QTest::newRow("no Content-Length") << Fault::NoContentLength << 1 << 1 << true << QString();
    QTest::newRow("empty body") << Fault::EmptyBody << 1 << 2 << true << u"the server sent an empty file"_s;
    QTest::newRow("gzip stream cut short")
        << Fault::GzipCut << 1 << 2 << true << u"the answer ended inside its gzip stream"_s;
    QTest::newRow("cut inside a record, no Content-Length")
        << Fault::CutMidRecord << 1 << 2 << true << u"the downloaded export is cut short: "_s;
    QTest::newRow("HTML page always")
        << Fault::HtmlPage << -1 << 2 << false << u"a web page answered instead of TestOps (CSV expected)"_s;
}

void TestExportEngine::faults() {
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(int, attempts);
    QFETCH(bool, recovered);
    QFETCH(QString, firstError);

    Rig rig({0}, {api});
    // An earlier export that nothing may harm.
    QDir().mkpath(rig.store.folder());
    const QString earlier = rig.store.newFileName(u"API"_s, rig.clock.nowUtc().addDays(-1));
    QFile file(rig.store.filePath(earlier));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("allure_id;name\r\n1;earlier\r\n");
    file.close();

    rig.fake.addFault(fault, times);
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QCOMPARE(summary.ok(), recovered);

    const QList<QJsonObject> records = rig.attempts(u"API"_s);
    QCOMPARE(records.size(), attempts);
    if (firstError.isEmpty()) {
        QCOMPARE(records.first().value(u"outcome"_s).toString(), u"success"_s);
    } else {
        const QString error = records.first().value(u"error"_s).toString();
        QVERIFY2(error.contains(firstError), qPrintable(error));
        QVERIFY(!error.contains(rig.fake.apiToken));
    }
    // Nothing lost: the earlier file is intact, no partial or temporary file, no job left on the server.
    QCOMPARE(rig.fileBytes(earlier), QByteArray("allure_id;name\r\n1;earlier\r\n"));
    QStringList expected{earlier};
    if (recovered)
        expected.append(rig.store.list().first().fileName);
    expected.sort();
    QCOMPARE(rig.folderEntries(), expected);
    if (recovered)
        QCOMPARE(rig.fileBytes(expected.last()), rig.fake.expectedCsv(api.groupId));
    QVERIFY(rig.fake.liveJobs().isEmpty());
    if (fault == Fault::ExpireToken)
        QCOMPARE(rig.client->tokenExchanges(), 2);
}

void TestExportEngine::jobQueuedLongerThanTheLimit() {
    Rig rig({}, {api});
    rig.fake.addFault(Fault::JobNeverReady, 1);
    // Every poll moves the clock on 20 s; the limit is 60 s.
    QObject::connect(&rig.fake, &FakeTestOps::requestServed, [&rig](const QString &route) {
        if (route == u"GET /api/export/{id}"_s)
            rig.clock.advanceSecs(20);
    });
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QVERIFY(!summary.ok());
    const QString error = rig.attempts(u"API"_s).first().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"TestOps did not prepare the export within 60 s (EXPORT_TIMEOUT)"_s),
             qPrintable(error));
    QCOMPARE(rig.fake.count(u"GET /api/export/{id}"_s), 3);
    QVERIFY(rig.fake.liveJobs().isEmpty());
    QVERIFY(rig.store.list().isEmpty());
}

void TestExportEngine::retriesWaitForTheirDelayAndRunNowRunsThem() {
    Rig rig({300, 600}, {api});
    rig.fake.addFault(Fault::CreateServerError, 2);
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    QCOMPARE(rig.runner->runNow(u"test"_s), ExportRunner::RunNow::Started);

    QTRY_VERIFY(rig.runner->nextRetry().isValid());
    QCOMPARE(rig.runner->nextRetry(), rig.clock.nowUtc().addSecs(300));
    const ExportRunner::GroupStatus waiting = rig.runner->statuses().first();
    QCOMPARE(waiting.state, ExportRunner::GroupState::WaitingRetry);
    QCOMPARE(waiting.attempt, 1);
    QCOMPARE(waiting.maxAttempts, 3);
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"nextRetry"_s).toString(),
             rig.clock.nowUtc().addSecs(300).toString(Qt::ISODateWithMs));
    QTest::qWait(50);
    QCOMPARE(rig.fake.count(u"POST /api/v2/test-case/bulk/export/csv"_s),
             1); // the timer waits, nothing is retried

    rig.clock.advanceSecs(10);
    QCOMPARE(rig.runner->runNow(u"user"_s), ExportRunner::RunNow::RetriesStarted);
    QTRY_COMPARE(rig.runner->statuses().first().attempt, 2);
    QTRY_VERIFY(rig.runner->nextRetry().isValid());
    QCOMPARE(rig.runner->nextRetry(), rig.clock.nowUtc().addSecs(600));

    QCOMPARE(rig.runner->runNow(u"user"_s), ExportRunner::RunNow::RetriesStarted);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ExportRunner::CycleSummary>().ok());
    QCOMPARE(rig.attempts(u"API"_s).size(), 3);
    QCOMPARE(rig.runner->statuses().first().state, ExportRunner::GroupState::Succeeded);
}

void TestExportEngine::hugeRetryAfterIsCapped() {
    // 503 with Retry-After: 3000000 (34 days) overflowed the retry timer: "Timers cannot have negative
    // intervals", a retry in 2027, and --export-now never ended.
    Rig rig({300}, {api});
    rig.fake.retryAfter = "3000000";
    rig.fake.addFault(Fault::CreateServerError, 1);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"asks to wait 3000000 s .*waiting 3600 s instead"_s));
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    rig.runner->runNow(u"test"_s);
    QTRY_VERIFY(rig.runner->nextRetry().isValid());
    QCOMPARE(rig.runner->nextRetry(), rig.clock.nowUtc().addSecs(ExportRunner::maxRetryAfterSecs));
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"nextRetry"_s).toString(),
             rig.clock.nowUtc().addSecs(3600).toString(Qt::ISODateWithMs));
    // A modest one is followed as it is.
    Rig modest({300}, {api});
    modest.fake.retryAfter = "900";
    modest.fake.addFault(Fault::CreateServerError, 1);
    modest.runner->runNow(u"test"_s);
    QTRY_VERIFY(modest.runner->nextRetry().isValid());
    QCOMPARE(modest.runner->nextRetry(), modest.clock.nowUtc().addSecs(900));
    modest.runner->runNow(u"retry now"_s);
    QSignalSpy modestFinished(modest.runner.get(), &ExportRunner::cycleFinished);
    QTRY_COMPARE(modestFinished.size(), 1);
    QVERIFY(modestFinished.first().first().value<ExportRunner::CycleSummary>().ok());
}

void TestExportEngine::retriesFollowTheClock() {
    Rig rig({300}, {api});
    rig.fake.addFault(Fault::CreateServerError, 1);
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    rig.runner->runNow(u"test"_s);
    QTRY_VERIFY(rig.runner->nextRetry().isValid());
    // Five minutes away: the timer sleeps a minute at most, then looks at the clock again.
    QTRY_COMPARE(rig.runner->retrySleepMs(), ExportRunner::maxRetrySleepMs);
    rig.clock.advanceSecs(299);
    rig.runner->checkRetries();
    QCOMPARE(rig.runner->retrySleepMs(), 1000);
    QCOMPARE(rig.runner->statuses().first().state, ExportRunner::GroupState::WaitingRetry);
    QCOMPARE(rig.fake.count(u"POST /api/v2/test-case/bulk/export/csv"_s), 1);
    // The machine slept through the retry time (timers stood still): the next look starts it.
    rig.clock.advanceSecs(3600);
    rig.runner->checkRetries();
    QCOMPARE(rig.runner->statuses().first().attempt, 2);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ExportRunner::CycleSummary>().ok());
    QCOMPARE(rig.runner->retrySleepMs(), -1);
}

void TestExportEngine::tokenWithFormCharactersAuthenticates() {
    Rig rig({}, {api});
    const QString token = u"ab+cd%41ef/gh=&ij kl~"_s;
    rig.fake.apiToken = token;
    TestOpsClient::Options options;
    options.baseUrl = rig.fake.url();
    options.apiToken = token;
    rig.client = std::make_unique<TestOpsClient>(options, &rig.network, rig.clock);
    rig.reconfigure([](ExportRunner::Options &) {});
    QVERIFY(rig.runCycle().ok());
    QCOMPARE(rig.store.list().size(), 1);
}

void TestExportEngine::tornJournalLineDoesNotSwallowTheNext() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"cycle\",\"id\":\"a\"}\n{\"type\":\"attempt\",\"gro"); // killed mid-write
    file.close();
    {
        History history(path);
        QCOMPARE(history.records().size(), 1);
        history.append({{u"type"_s, u"cycle"_s}, {u"id"_s, u"b"_s}});
    }
    History reread(path);
    QCOMPARE(reread.records().size(), 2);
    QCOMPARE(reread.records().last().value(u"id"_s).toString(), u"b"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("\"gro")); // the torn tail was cut off before the append
    file.close();
    // A torn line too long to cut is left, and the next record still starts a line of its own.
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(70 * 1024, 'x'));
    file.close();
    {
        History history(path);
        history.append({{u"type"_s, u"cycle"_s}, {u"id"_s, u"c"_s}});
    }
    History third(path);
    QCOMPARE(third.records().size(), 3);
    QCOMPARE(third.records().last().value(u"id"_s).toString(), u"c"_s);
}

void TestExportEngine::journalFollowsWhatIsKept() {
    // A year of daily exports of 10 groups, with 30 days kept: the journal holds what those 300 files need.
    QTemporaryDir dir;
    const ExportFileStore store(dir.filePath(u"exports"_s));
    QDir().mkpath(store.folder());
    const QString path = dir.filePath(u"history.jsonl"_s);
    const QDateTime start(QDate(2025, 12, 1), QTime(7, 0), Qt::UTC);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        qint64 job = 1;
        for (int day = 0; day < 365; ++day) {
            const QDateTime when = start.addDays(day);
            for (int g = 0; g < 10; ++g) {
                const QString group = u"G%1"_s.arg(g);
                const QString name = store.newFileName(group, when);
                const bool failsFirst = day % 7 == 0; // a failed attempt before the good one, weekly
                QList<QJsonObject> day_;
                if (failsFirst)
                    day_ << QJsonObject{{u"type"_s, u"attempt"_s},
                                        {u"group"_s, group},
                                        {u"outcome"_s, u"failed"_s},
                                        {u"error"_s, u"server error 502"_s},
                                        {u"jobId"_s, job++}};
                day_ << QJsonObject{{u"type"_s, u"job"_s},
                                    {u"group"_s, group},
                                    {u"jobId"_s, job},
                                    {u"state"_s, u"created"_s}}
                     << QJsonObject{{u"type"_s, u"attempt"_s},    {u"group"_s, group},
                                    {u"outcome"_s, u"success"_s}, {u"file"_s, name},
                                    {u"rows"_s, 100 + day},       {u"jobId"_s, job++}}
                     << QJsonObject{{u"type"_s, u"check"_s},
                                    {u"group"_s, group},
                                    {u"file"_s, name},
                                    {u"sha256"_s, QString(64, u'a')},
                                    {u"kept"_s, true}};
                for (const QJsonObject &record : std::as_const(day_))
                    file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
                if (day >= 365 - 30) { // retention kept these
                    QFile csv(store.filePath(name));
                    QVERIFY(csv.open(QIODevice::WriteOnly));
                    csv.write("allure_id\n1\n");
                }
            }
            file.write(QJsonDocument(QJsonObject{{u"type"_s, u"cycle"_s}, {u"outcome"_s, u"success"_s}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
        }
        // A run killed after making its job: the job stays until the next start deletes it.
        file.write(QJsonDocument(QJsonObject{{u"type"_s, u"job"_s},
                                             {u"group"_s, u"G3"_s},
                                             {u"jobId"_s, 999999},
                                             {u"state"_s, u"created"_s}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
        // The last attempt of G9 failed: its group's last result stays known.
        file.write(QJsonDocument(QJsonObject{{u"type"_s, u"attempt"_s},
                                             {u"group"_s, u"G9"_s},
                                             {u"outcome"_s, u"failed"_s},
                                             {u"error"_s, u"no access"_s}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
    }
    const qint64 before = QFileInfo(path).size();
    const QByteArray original = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    History history(path);
    QCOMPARE(history.records().size(), 365 * 10 * 3 + 53 * 10 + 365 + 2);
    // The loaded journal (as after retention) and the file at start, by the same rule, keep the same.
    const qsizetype dropped = JournalCompaction::compact(&history, store);
    const QByteArray compacted = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    QCOMPARE(JournalCompaction::compactFile(path, store), dropped);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), compacted);
    }
    History reread(path);
    QCOMPARE(reread.records().size(), history.records().size());
    // 300 attempts and 300 checks of the files kept, G9's failed last attempt, the open job, 100 cycles.
    QCOMPARE(history.records().size(), 300 + 300 + 1 + 1 + JournalCompaction::keptCycles);
    QCOMPARE(dropped, 365 * 10 * 3 + 53 * 10 + 365 + 2 - history.records().size());
    QVERIFY2(QFileInfo(path).size() < before / 10, qPrintable(QString::number(QFileInfo(path).size())));
    int openJobs = 0;
    for (const QJsonObject &record : history.records())
        openJobs += record.value(u"type"_s) == u"job"_s ? 1 : 0;
    QCOMPARE(openJobs, 1);
    // What the runner knows of each group is the same as before: G0's last file, G9's failure.
    ExportRunner::Options options;
    options.groups = {{u"G0"_s, 1, 1, 1}, {u"G9"_s, 1, 1, 9}};
    ManualClock clock(start.addYears(1));
    QNetworkAccessManager network;
    TestOpsClient client({QUrl(u"http://127.0.0.1:1"_s), u"token"_s, 1000, 1000, QString(), false}, &network,
                         clock);
    ExportRunner runner(options, &client, store, &reread, clock);
    const QList<ExportRunner::GroupStatus> statuses = runner.statuses();
    QVERIFY(statuses.at(0).lastOk);
    QCOMPARE(statuses.at(0).lastFile, u"testops_export_G0_2026-11-30_07-00-00.csv"_s);
    QCOMPARE(statuses.at(0).lastRows, 100 + 364);
    QVERIFY(!statuses.at(1).lastOk);
    QCOMPARE(statuses.at(1).lastError, u"no access"_s);
    // A second compaction finds nothing more to drop.
    QCOMPARE(JournalCompaction::compact(&reread, store), 0);
    QCOMPARE(JournalCompaction::compactFile(path, store), 0);
}

void TestExportEngine::journalIsLeftAloneWhileAnotherHoldsTheFolder() {
    // A service running on the folder appends to its journal: a --check or a refused second start builds an
    // ExportService on the same folder and must not rewrite the file under it.
    QTemporaryDir dir;
    const Config config = offlineConfig(dir);
    const QString journal = journalOf(config);
    QByteArray text;
    for (int i = 0; i < 50; ++i) // exports retention deleted long ago
        text += QJsonDocument(QJsonObject{{u"type"_s, u"attempt"_s},
                                          {u"group"_s, u"API"_s},
                                          {u"outcome"_s, u"success"_s},
                                          {u"file"_s, u"testops_export_API_2020-01-%1_07-00-00.csv"_s.arg(
                                                          i % 28 + 1, 2, 10, QLatin1Char('0'))}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    SystemClock clock;
    QNetworkAccessManager network;
    {
        ProcessLock running(QDir(ExportService::dataFolder(config)).filePath(u"lock"_s));
        QCOMPARE(running.tryLock(), ProcessLock::Result::Locked);
        ExportService check(config, clock, &network);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
        file.close();
    }
    ExportService alone(config, clock, &network); // nobody holds the folder: compacted to the last attempt
    QCOMPARE(alone.history()->records().size(), 1);
    QVERIFY(QFileInfo(journal).size() < text.size() / 10);
}

void TestExportEngine::aStartCompactsOnlyAJournalThatGrew() {
    // A start reads a journal twice when it compacts it: after a run that compacted it (after retention) and
    // appended little, it is read once. Once it grew by more than a quarter, the start compacts it again.
    QTemporaryDir dir;
    const Config config = offlineConfig(dir);
    const QString journal = journalOf(config);
    const auto name = [](int i) {
        return u"testops_export_API_2020-01-01_07-%1-00.csv"_s.arg(i, 2, 10, QLatin1Char('0'));
    };
    const auto append = [&](const QString &type, int first, int count) {
        QFile file(journal);
        QVERIFY(file.open(QIODevice::Append));
        for (int i = first; i < first + count; ++i)
            file.write(QJsonDocument(QJsonObject{{u"type"_s, type},
                                                 {u"group"_s, u"API"_s},
                                                 {u"outcome"_s, u"success"_s},
                                                 {u"file"_s, name(i)}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
    };
    const auto records = [&](const QString &type) {
        History history(journal);
        qsizetype count = 0;
        for (const QJsonObject &record : history.records())
            count += record.value(u"type"_s).toString() == type ? 1 : 0;
        return count;
    };
    append(u"check"_s, 0, 40);      // checks of exports deleted long ago
    for (int i = 40; i < 48; ++i) { // and eight that are in the folder
        QFile csv(QDir(config.exportPath).filePath(name(i)));
        QVERIFY(csv.open(QIODevice::WriteOnly));
    }
    append(u"attempt"_s, 40, 8);
    SystemClock clock;
    QNetworkAccessManager network;
    const auto start = [&] { ExportService service(config, clock, &network); };
    start(); // no word of an earlier compaction: compacted
    QCOMPARE(records(u"check"_s), 0);
    QCOMPARE(records(u"attempt"_s), 8);
    append(u"check"_s, 0, 1); // a little more: left as it is
    start();
    QCOMPARE(records(u"check"_s), 1);
    append(u"check"_s, 1, 2); // more than a quarter more than compaction left: compacted again
    start();
    QCOMPARE(records(u"check"_s), 0);
    QCOMPARE(records(u"attempt"_s), 8);
    // A journal put back from a backup (smaller than the one compacted) is judged afresh.
    QVERIFY(QFile::remove(journal));
    append(u"check"_s, 0, 3);
    start();
    QCOMPARE(records(u"check"_s), 0);
}

void TestExportEngine::theIndexTellsItsReadersOfEachFailedExportOnly() {
    // The window and the web page build their lists again when the index says it changed: a cycle that
    // failed nothing says nothing; each failed export does, also once the list holds its 100 and the
    // oldest leaves as the new one comes.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"exports"_s)));
    History history(dir.filePath(u"history.jsonl"_s));
    ExportIndex index(dir.filePath(u"exports"_s), &history);
    QSignalSpy changed(&index, &ExportIndex::changed);
    const QDateTime start(QDate(2026, 11, 1), QTime(7, 0), QTimeZone::utc());
    const auto cycle = [&](int i, const QStringList &failed) {
        JournalRecord::Cycle record;
        record.cycle = u"c%1"_s.arg(i);
        record.trigger = u"schedule"_s;
        record.start = start.addSecs(i * 60);
        record.end = record.start.addSecs(30);
        record.outcome =
            failed.isEmpty() ? JournalRecord::Cycle::Outcome::Success : JournalRecord::Cycle::Outcome::Failed;
        record.failed = failed;
        history.append(record.toJson());
    };
    cycle(0, {});
    QCOMPARE(changed.size(), 0);
    for (int i = 1; i <= ExportIndex::keptFailures; ++i)
        cycle(i, {u"API"_s});
    QCOMPARE(changed.size(), ExportIndex::keptFailures);
    QCOMPARE(index.failures().size(), ExportIndex::keptFailures);
    changed.clear();
    cycle(ExportIndex::keptFailures + 1, {u"UI"_s}); // the 101st: the list's size stays 100
    QCOMPARE(changed.size(), 1);
    QCOMPARE(index.failures().size(), ExportIndex::keptFailures);
    QCOMPARE(index.failures().constLast().group, u"UI"_s);
    cycle(ExportIndex::keptFailures + 2, {});
    QCOMPARE(changed.size(), 1);
}

void TestExportEngine::aFailureKeepsItsReasonWhenTheAttemptIsCompactedAway() {
    // Compaction keeps a group's last attempt only; the failures before it said "the reason is no longer in
    // the journal" after a restart. The cycle record keeps each failed group's reason itself.
    Rig rig({}, {api});
    rig.fake.addFault(Fault::JobFailed, -1);
    QVERIFY(!rig.runCycle().ok());
    QVERIFY(!rig.runCycle().ok());
    QJsonObject cycle;
    for (const QJsonObject &record : rig.history.records()) {
        if (record.value(u"type"_s) == u"cycle"_s)
            cycle = record;
    }
    QVERIFY2(cycle.value(u"errors"_s).toObject().value(u"API"_s).toString().contains(u"tree is locked"_s),
             QJsonDocument(cycle).toJson().constData());
    JournalCompaction::compact(&rig.history, rig.store);
    int attempts = 0;
    for (const QJsonObject &record : rig.history.records())
        attempts += record.value(u"type"_s) == u"attempt"_s ? 1 : 0;
    QCOMPARE(attempts, 1); // the first cycle's attempt is gone
    ExportIndex index(rig.store.folder(), &rig.history);
    QCOMPARE(index.failures().size(), 2);
    for (const FailedExport &failure : index.failures())
        QVERIFY2(failure.error.contains(u"tree is locked"_s), qPrintable(failure.error));
}

void TestExportEngine::runNowDuringACycleDoesNotStartAnother() {
    Rig rig;
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    QCOMPARE(rig.runner->runNow(u"first"_s), ExportRunner::RunNow::Started);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(rig.runner->runNow(u"again"_s), ExportRunner::RunNow::AlreadyRunning);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(rig.fake.count(u"POST /api/v2/test-case/bulk/export/csv"_s), 2);
    QCOMPARE(rig.store.list().size(), 2);
}

void TestExportEngine::unwritableFolderFailsBeforeAskingTheServer() {
    Rig rig({0}, {api});
    QFile blocker(rig.dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportFileStore blocked(rig.dir.filePath(u"blocker/exports"_s)); // a file where a folder should be
    rig.runner = std::make_unique<ExportRunner>(rig.runner->options(), rig.client.get(), blocked,
                                                &rig.history, rig.clock);
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QVERIFY(!summary.ok());
    const QString error = rig.attempts(u"API"_s).first().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"the export folder %1 cannot be created"_s.arg(blocked.folder())),
             qPrintable(error));
    QCOMPARE(rig.fake.count(u"POST /api/v2/test-case/bulk/export/csv"_s), 0);
}

void TestExportEngine::fullDiskEndsTheAttemptCleanly() {
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; the full-disk path is not exercised here");
    QTemporaryDir mountPoint;
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mountPoint.path()});
    if (!mount.waitForFinished() || mount.exitCode() != 0)
        QSKIP(qPrintable(u"this machine does not allow mounting a tmpfs: "_s +
                         QString::fromUtf8(mount.readAllStandardError())));
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint.path()}); });

    const QString earlier = u"testops_export_API_2026-11-20_07-00-00.csv"_s;
    QFile file(QDir(mountPoint.path()).filePath(earlier));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("allure_id\r\n1\r\n");
    file.close();

    Rig rig({}, {api}, mountPoint.path());
    rig.fake.group(api.groupId)->rows = 2000; // about 900 KB into 64 KB
    QVERIFY(!rig.runCycle().ok());
    const QString error = rig.attempts(u"API"_s).first().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"cannot write the export file: the disk of %1 is full"_s.arg(mountPoint.path())),
             qPrintable(error));
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden), QStringList{earlier});
    QVERIFY(rig.fake.liveJobs().isEmpty());
}

void TestExportEngine::progressIsThrottled() {
    // The tray and the window redraw on statusChanged: a download must not ask them to for every chunk.
    Rig rig({}, {api});
    rig.fake.group(api.groupId)->rows = 40000; // about 18 MB
    // Normal limits: an instrumented (ASan) fake, in this thread, takes a while to generate this much before
    // it answers (a 2 s connect limit failed once in CI under load).
    rig.client = std::make_unique<TestOpsClient>(
        TestOpsClient::Options{rig.fake.url(), rig.fake.apiToken, 30000, 60000, QString(), false},
        &rig.network, rig.clock);
    rig.runner = std::make_unique<ExportRunner>(rig.runner->options(), rig.client.get(), rig.store,
                                                &rig.history, rig.clock);
    QSignalSpy changed(rig.runner.get(), &ExportRunner::statusChanged);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(rig.runCycle().ok());
    const qint64 allowed =
        12 + timer.elapsed() / 250; // the phase changes, and at most 4 progress updates a second
    qInfo("statusChanged emitted %d times in %lld ms for an export of %lld bytes (allowed %lld)",
          int(changed.size()), timer.elapsed(), rig.attempts(u"API"_s).first().value(u"bytes"_s).toInteger(),
          allowed);
    QVERIFY2(changed.size() <= allowed, qPrintable(QString::number(changed.size())));
}

void TestExportEngine::folderDeletedBetweenGroups() {
    Rig rig;
    // Someone removes the whole export folder (and its journal) right after the first group's file appears.
    QObject::connect(&rig.history, &History::appended, [&rig](const QJsonObject &record) {
        if (record.value(u"group"_s) == u"API"_s && record.value(u"outcome"_s) == u"success"_s)
            QDir(rig.store.folder()).removeRecursively();
    });
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QVERIFY(summary.ok()); // the folder is made again for the next group
    const QList<ExportFile> files = rig.store.list();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().group, u"UI"_s);
    QCOMPARE(rig.fileBytes(files.first().fileName), rig.fake.expectedCsv(ui.groupId));
    QVERIFY(QFile::exists(rig.history.filePath())); // the journal goes on in a new file
}

void TestExportEngine::jobsLeftByAKilledRunAreDeletedOnce() {
    Rig rig({}, {api});
    // A run that was killed made job 4242 and never finished; job 4243 finished normally.
    rig.history.append(
        {{u"type"_s, u"job"_s}, {u"group"_s, u"API"_s}, {u"jobId"_s, 4242}, {u"state"_s, u"created"_s}});
    rig.history.append(
        {{u"type"_s, u"job"_s}, {u"group"_s, u"API"_s}, {u"jobId"_s, 4243}, {u"state"_s, u"created"_s}});
    rig.history.append({{u"type"_s, u"attempt"_s},
                        {u"group"_s, u"API"_s},
                        {u"jobId"_s, 4243},
                        {u"outcome"_s, u"success"_s}});
    QVERIFY(rig.runCycle().ok());
    // 4242 (the fake no longer knows it: 404 counts as gone) and this cycle's own job; 4243 is left alone.
    QCOMPARE(rig.fake.count(u"DELETE /api/export/{id}"_s), 2);
    bool recorded = false;
    for (const QJsonObject &record : rig.history.records())
        recorded = recorded ||
                   (record.value(u"jobId"_s).toInteger() == 4242 && record.value(u"state"_s) == u"deleted"_s);
    QVERIFY(recorded);
    // A later start finds nothing left to delete.
    ExportRunner later(rig.runner->options(), rig.client.get(), rig.store, &rig.history, rig.clock);
    QSignalSpy finished(&later, &ExportRunner::cycleFinished);
    later.runNow(u"test"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(rig.fake.count(u"DELETE /api/export/{id}"_s), 3); // only its own job
}

void TestExportEngine::readOnlyFolder() {
    if (::geteuid() != 0)
        QSKIP("mounting a read-only tmpfs needs root; read-only folders are not exercised here");
    QTemporaryDir mountPoint;
    if (QProcess::execute(u"mount"_s,
                          {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"tmpfs"_s, mountPoint.path()}) != 0)
        QSKIP("this machine does not allow mounting a tmpfs");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint.path()}); });
    const QString earlier = u"testops_export_API_2026-11-20_07-00-00.csv"_s;
    QFile file(QDir(mountPoint.path()).filePath(earlier));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("allure_id\n1\n");
    file.close();
    QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, mountPoint.path()}), 0);
    Rig rig({}, {api}, mountPoint.path());
    QVERIFY(!rig.runCycle().ok());
    const QString error = rig.attempts(u"API"_s).first().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"is not writable"_s) && error.contains(u"Read-only file system"_s),
             qPrintable(error));
    QCOMPARE(rig.fake.count(u"POST /api/v2/test-case/bulk/export/csv"_s), 0); // no job is asked for in vain
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::Files), QStringList{earlier});
}

void TestExportEngine::abortMidDownloadLeavesNothing() {
    Rig rig({300}, {api});
    rig.client = std::make_unique<TestOpsClient>(
        TestOpsClient::Options{rig.fake.url(), rig.fake.apiToken, 2000, 60000, QString(), false},
        &rig.network, rig.clock);
    rig.runner = std::make_unique<ExportRunner>(rig.runner->options(), rig.client.get(), rig.store,
                                                &rig.history, rig.clock);
    rig.fake.addFault(Fault::StallMidBody, 1);
    QSignalSpy stalled(&rig.fake, &FakeTestOps::downloadStalled);
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    rig.runner->runNow(u"test"_s);
    QTRY_COMPARE(stalled.size(), 1);
    QTRY_VERIFY(rig.runner->statuses().first().bytes > 0); // half the file has arrived
    rig.runner->abort();
    QTRY_COMPARE(finished.size(), 1);
    const ExportRunner::CycleSummary summary = finished.first().first().value<ExportRunner::CycleSummary>();
    QVERIFY(summary.aborted);
    QCOMPARE(rig.attempts(u"API"_s).first().value(u"outcome"_s).toString(), u"aborted"_s);
    QCOMPARE(rig.folderEntries(), QStringList());
    QVERIFY(rig.fake.liveJobs().isEmpty());
    QVERIFY(!rig.runner->nextRetry().isValid());
    // Stopped is not failed: no failed group, no failure listed, nothing said of a last result.
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(rig.runner->statuses().first().state, GroupState::Idle);
    QVERIFY(rig.runner->statuses().first().lastError.isEmpty());
    ExportIndex index(rig.store.folder(), &rig.history);
    QVERIFY(index.failures().isEmpty());
}

void TestExportEngine::staleGroupFailsLoudlyWithoutAFile() {
    // TestOps exports a group id it no longer has as a header and nothing else.
    Rig rig({300}, {{u"Gone"_s, 17, 937, 999}});
    const ExportRunner::CycleSummary summary = rig.runCycle();
    QCOMPARE(summary.failed, QStringList{u"Gone"_s});
    const QList<QJsonObject> attempts = rig.attempts(u"Gone"_s);
    QCOMPARE(attempts.size(), 1); // a retry cannot help
    QCOMPARE(attempts[0].value(u"errorKind"_s).toString(), u"no-test-cases"_s);
    const QString error = attempts[0].value(u"error"_s).toString();
    QVERIFY2(error.contains(u"Gone"_s) && error.contains(u"999"_s) && error.contains(u"stale"_s),
             qPrintable(error));
    QCOMPARE(rig.runner->statuses().first().lastError, error);
    QCOMPARE(rig.folderEntries(), QStringList()); // no empty file
    QVERIFY(rig.fake.liveJobs().isEmpty());
}

void TestExportEngine::secondExportKnowsWhatChanged() {
    Rig rig({}, {api});
    QVERIFY(rig.runCycle().ok());
    const QString first = rig.attempts(u"API"_s).last().value(u"file"_s).toString();
    // In TestOps meanwhile: 3 test cases added, 10 deleted, 16 edited.
    FakeTestOps::Group *group = rig.fake.group(api.groupId);
    group->rows += 3;
    for (qint64 row = 0; row < 10; ++row)
        group->edits.removed.insert(row);
    for (qint64 row = 40; row < 56; ++row)
        group->edits.edited.insert(row);
    rig.clock.advanceSecs(24 * 3600);
    QVERIFY(rig.runCycle().ok());
    const QString second = rig.attempts(u"API"_s).last().value(u"file"_s).toString();
    QVERIFY(second != first);

    const QJsonObject check = rig.records(u"check"_s, u"API"_s).last();
    QCOMPARE(check.value(u"file"_s).toString(), second);
    QCOMPARE(check.value(u"previous"_s).toString(), first);
    QCOMPARE(check.value(u"changes"_s).toObject(),
             (QJsonObject{{u"added"_s, 3}, {u"removed"_s, 10}, {u"changed"_s, 16}}));
    QCOMPARE(check.value(u"identical"_s).toBool(), false);
    QCOMPARE(rig.attempts(u"API"_s).last().value(u"expectedRows"_s).toInteger(), 113);

    // The cases themselves are kept for the change view, and lead back to both texts.
    QFile kept(rig.store.changesPath(second));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const ExportComparison::Result changes =
        ExportComparison::Result::fromJson(QJsonDocument::fromJson(kept.readAll()).object());
    const QByteArray id = [](qint64 row) {
        return CsvGenerator::cell(u"allure_id"_s, api.groupId, row, 0);
    }(40);
    QCOMPARE(changes.changed.first().id.toLatin1(), id);
    QCOMPARE(changes.changed.first().fields, QStringList{u"description"_s});
    QCOMPARE(changes.removed.first().name,
             QString::fromUtf8(CsvGenerator::cell(u"name"_s, api.groupId, 0, 0)));
    QCOMPARE(changes.added.size(), 3);
    const QList<QByteArray> before =
        ExportComparison::readRecordAt(rig.store.filePath(first), changes.changed.first().oldOffset, ';');
    const QList<QByteArray> after =
        ExportComparison::readRecordAt(rig.store.filePath(second), changes.changed.first().newOffset, ';');
    QCOMPARE(before.at(4), CsvGenerator::cell(u"description"_s, api.groupId, 40, 0));
    QCOMPARE(after.at(4), CsvGenerator::cell(u"description"_s, api.groupId, 40, 1));

    // The index the window and the web view read joins it all.
    ExportIndex index(rig.store.folder(), &rig.history);
    const ExportIndex::Entry &entry = index.entries().first();
    QCOMPARE(entry.file.fileName, second);
    QVERIFY(entry.checked);
    QCOMPARE(entry.previous, first);
    QCOMPARE((QList<qint64>{entry.added, entry.removed, entry.changed}), (QList<qint64>{3, 10, 16}));
    QCOMPARE(entry.rows, 113);
    QVERIFY(entry.warnings.isEmpty());
    QVERIFY(!index.entries().last().hasChanges()); // the first export

    // Once the previous file is gone (retention), the cases are still known, their old texts not.
    const QString firstCopy = rig.store.filePath(first) + u".kept"_s;
    QVERIFY(QFile::copy(rig.store.filePath(first), firstCopy));
    QVERIFY(QFile::remove(rig.store.filePath(first)));
    QString error;
    std::shared_ptr<const ChangeDetails> details = ChangeDetails::load(rig.store, second, &error);
    QVERIFY2(details, qPrintable(error));
    QVERIFY(!details->previousAvailable());
    QCOMPARE(details->result().changed.size(), 16);
    const QList<ChangeDetails::Field> fields = details->fields(details->result().changed.first());
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().before, QString());
    QCOMPARE(fields.first().after.toUtf8(), CsvGenerator::cell(u"description"_s, api.groupId, 40, 1));
    QVERIFY(QFile::rename(firstCopy, rig.store.filePath(first)));
    details = ChangeDetails::load(rig.store, second, &error);
    QVERIFY(details->previousAvailable());
    QCOMPARE(details->fields(details->result().changed.first()).first().before.toUtf8(),
             CsvGenerator::cell(u"description"_s, api.groupId, 40, 0));
    QVERIFY(!ChangeDetails::load(rig.store, u"testops_export_API_2020-01-01_00-00-00.csv"_s, &error));
    QVERIFY2(error.contains(u"has not been compared"_s), qPrintable(error));
    QVERIFY2(details->verifyFiles({}, &error), qPrintable(error)); // both files as they were compared

    // A previous file edited since (a row removed by a spreadsheet's "save"): the kept places point at other
    // records, which prove by their allure_id that they are not the case's; its old texts are left out.
    QFile edited(rig.store.filePath(first));
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QList<QByteArray> records = edited.readAll().split('\r');
    edited.close();
    records.removeAt(2);
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(records.join('\r'));
    edited.close();
    details = ChangeDetails::load(rig.store, second, &error);
    const ExportComparison::Case changedCase = details->result().changed.first();
    QString readError;
    const QList<ChangeDetails::Field> afterEdit = details->fields(changedCase, &readError);
    QVERIFY2(
        readError.contains(u"%1 changed since it was compared: at the place kept for test case %2 it holds "
                           "test case"_s.arg(first, changedCase.id)),
        qPrintable(readError));
    QCOMPARE(afterEdit.first().before, QString()); // never another case's text
    QVERIFY(!details->verifyFiles({}, &error));
    QVERIFY2(error.contains(u"%1 is no longer the file that was compared"_s.arg(first)), qPrintable(error));

    // Retention deletes what is kept beside a file with it.
    QVERIFY(rig.store.remove(second));
    QVERIFY(!QFile::exists(rig.store.changesPath(second)));
}

void TestExportEngine::unchangedExportIsMarkedAndSkippedWhenAsked() {
    Rig rig({}, {api});
    QVERIFY(rig.runCycle().ok());
    rig.clock.advanceSecs(3600);
    QVERIFY(rig.runCycle().ok());
    QJsonObject check = rig.records(u"check"_s, u"API"_s).last();
    QCOMPARE(check.value(u"identical"_s).toBool(), true);
    QCOMPARE(check.value(u"kept"_s).toBool(), true);
    QCOMPARE(rig.store.list().size(), 2);

    rig.reconfigure([](ExportRunner::Options &options) { options.skipUnchanged = true; });
    rig.clock.advanceSecs(3600);
    QVERIFY(rig.runCycle().ok());
    check = rig.records(u"check"_s, u"API"_s).last();
    QCOMPARE(check.value(u"identical"_s).toBool(), true);
    QCOMPARE(check.value(u"kept"_s).toBool(), false); // the check is still recorded
    QCOMPARE(rig.store.list().size(), 2);
    QVERIFY(!QFile::exists(rig.store.filePath(check.value(u"file"_s).toString())));
    QVERIFY(!QFile::exists(rig.store.changesPath(check.value(u"file"_s).toString())));
    // The group's last file is the one kept, also after a restart.
    QCOMPARE(rig.runner->statuses().first().lastFile, rig.store.list().first().fileName);
    rig.reconfigure([](ExportRunner::Options &) {});
    QCOMPARE(rig.runner->statuses().first().lastFile, rig.store.list().first().fileName);

    // A changed export is kept as ever.
    rig.fake.group(api.groupId)->edits.edited.insert(5);
    rig.clock.advanceSecs(3600);
    QVERIFY(rig.runCycle().ok());
    QCOMPARE(rig.records(u"check"_s, u"API"_s).last().value(u"kept"_s).toBool(), true);
    QCOMPARE(rig.store.list().size(), 3);
}

void TestExportEngine::rowsNotAsCountedAreAWarning() {
    Rig rig({}, {api});
    rig.fake.countOffset = 5;
    QVERIFY(rig.runCycle().ok()); // the file is kept: it is what TestOps sent
    const QJsonObject attempt = rig.attempts(u"API"_s).last();
    QCOMPARE(attempt.value(u"expectedRows"_s).toInteger(), 125);
    QCOMPARE(attempt.value(u"rows"_s).toInteger(), 120);
    const QString warning = attempt.value(u"warning"_s).toString();
    QVERIFY2(warning.contains(u"125"_s) && warning.contains(u"120"_s), qPrintable(warning));
    QCOMPARE(rig.runner->statuses().first().lastWarning, warning);
    ExportIndex index(rig.store.folder(), &rig.history);
    QCOMPARE(index.entries().first().warnings, QStringList{warning});
    // After a restart the group's warning is read back from the journal, with the check's problems joined
    // as when they were found.
    QJsonObject check = rig.records(u"check"_s, u"API"_s).last();
    check.insert(u"problems"_s, QJsonArray{u"2 rows without an allure_id"_s});
    rig.history.append(check);
    rig.reconfigure([](ExportRunner::Options &) {});
    QCOMPARE(rig.runner->statuses().first().lastWarning, warning + u"; 2 rows without an allure_id"_s);
}

void TestExportEngine::serverWithoutACountIsNoFailure() {
    Rig rig({}, {api});
    rig.fake.countUnknown = true;
    QVERIFY(rig.runCycle().ok());
    const QJsonObject attempt = rig.attempts(u"API"_s).last();
    QVERIFY(!attempt.contains(u"expectedRows"_s));
    QVERIFY(!attempt.contains(u"warning"_s));
}

void TestExportEngine::otherSeparatorIsAskedForAndRead() {
    Rig rig({}, {api});
    rig.reconfigure([](ExportRunner::Options &options) { options.job.separator = ','; });
    QVERIFY(rig.runCycle().ok());
    QCOMPARE(QJsonDocument::fromJson(rig.fake.exportRequests().last()).object().value(u"columnSeparator"_s),
             u","_s);
    rig.fake.group(api.groupId)->edits.edited.insert(7);
    rig.clock.advanceSecs(60);
    QVERIFY(rig.runCycle().ok());
    const QJsonObject check = rig.records(u"check"_s, u"API"_s).last();
    QCOMPARE(check.value(u"changes"_s).toObject(),
             (QJsonObject{{u"added"_s, 0}, {u"removed"_s, 0}, {u"changed"_s, 1}}));
    QVERIFY(!check.contains(u"problems"_s)); // every row as wide as the header
}

void TestExportEngine::twoGroupsAtATime() {
    Rig rig;
    ExportRunner::Options options = rig.runner->options();
    options.parallelGroups = 2;
    rig.runner =
        std::make_unique<ExportRunner>(options, rig.client.get(), rig.store, &rig.history, rig.clock);
    QSignalSpy finished(rig.runner.get(), &ExportRunner::cycleFinished);
    int mostRunning = 0;
    // Every change of a group's state is told: counting there sees each moment, no polling needed.
    connect(rig.runner.get(), &ExportRunner::statusChanged, this, [&] {
        int running = 0;
        for (const ExportRunner::GroupStatus &status : rig.runner->statuses())
            running += status.state == ExportRunner::GroupState::Running;
        mostRunning = qMax(mostRunning, running);
    });
    rig.runner->runNow(u"test"_s);
    QVERIFY(finished.wait(20000));
    QCOMPARE(mostRunning, 2);
    QCOMPARE(rig.store.list().size(), 2);
}

void TestExportEngine::rowCounter_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("rows");
    QTest::newRow("header only") << QByteArray("a;b\r\n") << 0;
    QTest::newRow("CRLF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << 2;
    QTest::newRow("LF, no final newline") << QByteArray("a;b\n1;2\n3;4") << 2;
    QTest::newRow("quoted line breaks") << QByteArray("a;b\n1;\"x\ny\r\nz\"\n2;\"\"\"q\"\"\"\n") << 2;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a\n1\n")
                         << 1;
    QTest::newRow("blank lines are not rows") << QByteArray("a\n\n1\n\n") << 1;
    // Found by fuzz_csv_rows: counted whole, CR CR LF was a row; split between the CRs, it was not.
    QTest::newRow("CR CR LF is a blank line") << QByteArray("a\r\r\n1\r\n") << 1;
    QTest::newRow("empty") << QByteArray() << 0;
}

void TestExportEngine::rowCounter() {
    QFETCH(QByteArray, csv);
    QFETCH(int, rows);
    for (int split = 0; split <= csv.size(); ++split) { // any split into pieces gives the same count
        CsvRowCounter counter;
        counter.feed(csv.left(split));
        counter.feed(csv.mid(split));
        QCOMPARE(counter.dataRows(), rows);
    }
}

QTEST_GUILESS_MAIN(TestExportEngine)
#include "tst_exportengine.moc"
