#include "AppProcess.h"
#include "CsvGenerator.h"
#include "FakeTestOps.h"
#include "csv/ExportComparison.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Runs the real testops-export binary the way a user or a service manager does.
class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void helpAndVersion();
    void verifyNamesWhatChangedWentOrCameIn();
    void badConfigurationExitsTwoNamingEveryProblem();
    void brokenConfigurations_data();
    void brokenConfigurations();
    void tokenNeverPrinted();
    void exportNowWritesEveryGroup();
    void exportNowReadsDotEnvLikeTheGoTool();
    void goToolSettingsAndProjectsFileUnchanged();
    void exportNowPrintsWhatChanged();
    void exportNowWithAFailedGroupExitsOne();
    void checkReportsTheConnection();
    void sigtermMidDownloadLeavesNoFile();
    void headlessStopsOnSigterm();
    void desktopWithoutDisplayPointsToHeadless();
    void secondServiceOnTheSameFolderRefuses();
    void sigkillMidDownloadThenRestart();
    void restartAsTheSamePidAfterSigkill();
    void unusableFolderIsNamedNotAnotherInstance();
    void exportNowSaysNoChangesForAnExportNotKept();
    void desktopWithoutATrayStopsOnSigterm();
    void cleanupRulesShowsTheGridAndCompletesTheSetOnce();
    void cleanupRulesWithoutRightsWritesNothing();
    void cleanupRulesGlobalRefusalShowsTheServersWords();
    void cleanupRulesBadInput_data();
    void cleanupRulesBadInput();
    void restoreBringsBackDeletedCasesAndEditedFields();
    void restoreLeavesConflictsAndReportsFailures();
    void restoreStopsAtARefusal();
    void restoreBadInput();
    void aLostAnswerIsReadBackNeverSentTwice();
    void aScheduledCycleCutBySigtermIsFinishedAtTheNextStartOnce();
    void aCatchUpWaitsForTheFinishingOfAnInterruptedCycle();
    void restoreRefusesAnExportEditedSinceItWasCompared_data();
    void restoreRefusesAnExportEditedSinceItWasCompared();

private:
    QProcessEnvironment environment() const { return m_app->environment(); }
    QProcessEnvironment fakeEnvironment() const {
        QProcessEnvironment env = environment();
        env.insert(u"TESTOPS_BASE_URL"_s, m_fake->url().toString());
        env.insert(u"TESTOPS_TOKEN"_s, m_fake->apiToken);
        env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091,UI=17:937:24545654"_s);
        env.insert(u"RETRY_DELAYS"_s, QString());
        return env;
    }
    void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env) const {
        m_app->start(process, arguments, env);
    }
    // One group whose download stalls halfway; returns once half the file is on its way.
    QProcessEnvironment stalledExportEnvironment() {
        m_fake->group(26961091)->rows = 20000;
        m_fake->addFault(FakeTestOps::Fault::StallMidBody, 1);
        QProcessEnvironment env = fakeEnvironment();
        env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
        return env;
    }
    // Starts --headless and returns once its schedule runs.
    void startHeadless(QProcess &process, const QProcessEnvironment &env) {
        start(process, {u"--headless"_s}, env);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("next export at"), 10000);
    }
    bool startStalledExport(QProcess &process, const QProcessEnvironment &env) {
        QSignalSpy stalled(m_fake.get(), &FakeTestOps::downloadStalled);
        start(process, {u"--export-now"_s}, env);
        if (!stalled.wait(15000))
            return false;
        QTest::qWait(200);
        return true;
    }
    // Runs to the end with the event loop turning, so the in-process fake can answer.
    int run(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env,
            int timeoutMs = 30000) {
        const int code = m_app->run(process, arguments, env, timeoutMs);
        m_out = m_app->out();
        m_err = m_app->err();
        return code;
    }
    // The API group alone.
    QProcessEnvironment apiEnvironment() const {
        QProcessEnvironment env = fakeEnvironment();
        env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
        return env;
    }
    // Exports API, then deletes its first `removed` test cases and edits the `edited` after them in TestOps,
    // and exports again; `first` and `second` name the two files.
    bool exportDeleteEditExport(qint64 removed, qint64 edited, QString *first, QString *second) {
        QProcess process;
        if (run(process, {u"--export-now"_s}, apiEnvironment()) != 0)
            return false;
        *first = csvFiles().constLast();
        FakeTestOps::Group *api = m_fake->group(26961091);
        for (qint64 row = 0; row < removed + edited; ++row)
            (row < removed ? api->edits.removed : api->edits.edited).insert(row);
        QTest::qWait(1100); // a new file name (they count seconds)
        if (run(process, {u"--export-now"_s}, apiEnvironment()) != 0)
            return false;
        *second = csvFiles().constLast();
        return *second != *first;
    }
    QList<QString> csvFiles() const {
        return QDir(m_dir->filePath(u"exports"_s)).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppProcess> m_app; // the binary, run in m_dir (tests/support)
    std::unique_ptr<FakeTestOps> m_fake;
    QString m_out;
    QString m_err;
};

namespace {
// A project with 3 global rules and 14 of its own (two pages of 10), 2 of its 15 cells still missing.
int seedCleanupRules(FakeTestOps &fake) {
    fake.addCleanerRule(0, u"attachment"_s, u"passed"_s, 24);
    fake.addCleanerRule(0, u"scenario"_s, u"passed"_s, 24);
    fake.addCleanerRule(0, u"fixture"_s, u"failed"_s, 72);
    const QStringList targets{u"attachment"_s, u"scenario"_s, u"fixture"_s};
    const QStringList statuses{u"passed"_s, u"failed"_s, u"broken"_s, u"unknown"_s, u"skipped"_s};
    int made = 0;
    for (const QString &target : targets) {
        for (const QString &status : statuses) {
            if ((target == u"fixture"_s && (status == u"unknown"_s || status == u"skipped"_s)) ||
                (target == u"scenario"_s && status == u"passed"_s))
                continue; // fixture/unknown and fixture/skipped missing; scenario/passed covered globally
            fake.addCleanerRule(17, target, status,
                                target == u"attachment"_s && status == u"passed"_s ? 25 : 48);
            ++made;
        }
    }
    // Duplicates: nothing stops them.
    fake.addCleanerRule(17, u"scenario"_s, u"failed"_s, 48);
    fake.addCleanerRule(17, u"attachment"_s, u"failed"_s, 96);
    return made + 2;
}
} // namespace

void TestCli::cleanupRulesShowsTheGridAndCompletesTheSetOnce() {
    QCOMPARE(seedCleanupRules(*m_fake), 14);
    const qsizetype before = m_fake->cleanerRules.size();
    QProcess dry;
    QCOMPARE(run(dry, {u"--cleanup-rules"_s}, fakeEnvironment()), 1); // cells are missing
    // The grid: the earliest delay wins (global 24 h over the project's 25 h), the missing cells shown.
    QVERIFY2(m_out.contains(u"Project 17 \"Project 17\": 13 of 15 covered, 2 missing"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"attachment  24 h G     48 h P"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"fixture     48 h P     48 h P     48 h P     —          —"_s),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"Launches close 1 h after they finish"_s), qPrintable(m_out));
    QCOMPARE(m_out.count(u"WOULD CREATE"_s), 2);
    QVERIFY(m_out.contains(u"WOULD CREATE  fixtures of unknown tests  48 h  project 17"_s));
    QVERIFY(m_out.contains(u"Dry run: nothing was written"_s));
    QCOMPARE(m_fake->cleanerRules.size(), before);
    QCOMPARE(m_fake->count(u"GET /api/cleanerschema"_s), 2); // two pages of 10

    QProcess apply;
    QCOMPARE(run(apply, {u"--cleanup-rules"_s, u"--apply"_s, u"--delay"_s, u"72"_s}, fakeEnvironment()), 0);
    QCOMPARE(m_out.count(u"CREATED  "_s), 2);
    QVERIFY2(m_out.contains(u"CREATED  fixtures of skipped tests  72 h  project 17 (rule "_s),
             qPrintable(m_out));
    QCOMPARE(m_fake->cleanerRules.size(), before + 2);
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 2);

    QProcess again;
    QCOMPARE(run(again, {u"--cleanup-rules"_s, u"--apply"_s}, fakeEnvironment()), 0);
    QVERIFY2(m_out.contains(u"15 of 15 covered, 0 missing"_s), qPrintable(m_out));
    QVERIFY(m_out.contains(u"The full rule set is in place: nothing to create."_s));
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 2); // none more
}

void TestCli::cleanupRulesWithoutRightsWritesNothing() {
    seedCleanupRules(*m_fake);
    m_fake->cleanupOwner = false;
    QProcess process;
    QCOMPARE(run(process, {u"--cleanup-rules"_s, u"--apply"_s}, fakeEnvironment()), 1);
    QCOMPARE(m_out.count(u"REFUSED  "_s), 2);
    QVERIFY2(m_out.contains(u"project owner role (permission project:configure)"_s), qPrintable(m_out));
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 0); // nothing is sent
}

void TestCli::cleanupRulesGlobalRefusalShowsTheServersWords() {
    m_fake->cleanupAdmin = false;
    m_fake->cleanupForbiddenBody = R"({"message":"Access is denied"})";
    QProcess process;
    QCOMPARE(run(process, {u"--cleanup-rules"_s, u"--apply"_s, u"--global"_s}, fakeEnvironment()), 1);
    // The first is refused; the 14 after it were never sent, and say so.
    QCOMPARE(m_out.count(u"REFUSED  "_s), 1);
    QCOMPARE(m_out.count(u"NOT TRIED  "_s), 14);
    QVERIFY2(
        m_out.contains(u"NOT TRIED  scenarios of passed tests  global: not tried: TestOps refused the rule "
                       "before it"_s),
        qPrintable(m_out));
    QVERIFY2(
        m_out.contains(u"REFUSED  attachments of passed tests  global: TestOps refused (HTTP 403): Access is "
                       "denied"_s),
        qPrintable(m_out));
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 1); // the first refusal stops the rest
    QVERIFY(m_fake->cleanerRules.isEmpty());
    // Without a body, the role that is needed.
    m_fake->cleanupForbiddenBody.clear();
    QProcess bare;
    QCOMPARE(run(bare, {u"--cleanup-rules"_s, u"--apply"_s, u"--global"_s}, fakeEnvironment()), 1);
    QVERIFY2(m_out.contains(u"global cleanup rules need the administrator role"_s), qPrintable(m_out));
}

void TestCli::cleanupRulesBadInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("html");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("delay zero")
        << QStringList{u"--cleanup-rules"_s, u"--delay"_s, u"0"_s} << false << 2
        << u"--delay wants a positive whole number of hours up to 87840, e.g. 48; got \"0\""_s;
    QTest::newRow("delay words") << QStringList{u"--cleanup-rules"_s, u"--delay"_s, u"two days"_s} << false
                                 << 2 << u"got \"two days\""_s;
    QTest::newRow("delay negative") << QStringList{u"--cleanup-rules"_s, u"--delay=-5"_s} << false << 2
                                    << u"got \"-5\""_s;
    QTest::newRow("delay past any limit")
        << QStringList{u"--cleanup-rules"_s, u"--delay"_s, u"9223372036854775808"_s} << false << 2
        << u"--delay wants a positive whole number"_s;
    QTest::newRow("apply alone") << QStringList{u"--apply"_s} << false << 2
                                 << u"--apply goes with --cleanup-rules"_s;
    QTest::newRow("unknown project") << QStringList{u"--cleanup-rules"_s, u"--project"_s, u"999"_s} << false
                                     << 2 << u"project 999 is not a configured project (configured: 17)"_s;
    QTest::newRow("server answers HTML")
        << QStringList{u"--cleanup-rules"_s} << true << 3 << u"the cleanup rules cannot be read: "_s;
}

void TestCli::cleanupRulesBadInput() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, html);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    m_fake->cleanupHtml = html;
    QProcess process;
    QCOMPARE(run(process, arguments, fakeEnvironment()), exitCode);
    QVERIFY2(m_err.contains(said), qPrintable(m_err + m_out));
    if (html)
        QVERIFY2(m_err.contains(u"web page"_s), qPrintable(m_err));
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 0);
}

namespace {
// The journal's restore records, in order.
QList<QJsonObject> restoreRecords(const QString &exportsFolder) {
    QList<QJsonObject> records;
    QFile journal(exportsFolder + u"/.testops-export/history.jsonl"_s);
    if (!journal.open(QIODevice::ReadOnly))
        return records;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(u"type"_s) == u"restore"_s)
            records.append(record);
    }
    return records;
}
} // namespace

void TestCli::restoreBringsBackDeletedCasesAndEditedFields() {
    const QProcessEnvironment env = apiEnvironment();
    QProcess process;
    // In TestOps meanwhile: 10 test cases deleted, 16 edited (a colleague cleaned the wrong folder).
    QString first, second;
    QVERIFY(exportDeleteEditExport(10, 16, &first, &second));
    QVERIFY2(m_out.contains(u"  190 test cases  \u221210 ~16\n"_s), qPrintable(m_out));
    FakeTestOps::Group *api = m_fake->group(26961091);

    // The plan: exactly what will be written, and nothing written yet.
    QCOMPARE(run(process, {u"--restore"_s, second}, env), 0);
    QCOMPARE(m_out.count(u"RESTORE   "_s), 10);
    QCOMPARE(m_out.count(u"PATCH     "_s), 16);
    const qint64 firstId = FakeTestOps::testCaseId(26961091, 0);
    QVERIFY2(
        m_out.contains(u"RESTORE   %1  Проверка входа №1 / Login check 1\n    deleted in TestOps: restored "
                       "with its id"_s.arg(firstId)),
        qPrintable(m_out));
    QVERIFY2(m_out.contains(u"description: \"Описание теста 11 (ред. 1) ↵ Вторая строка; с разделителем и "
                            "\"кавычками\"\" → \"Описание теста 11 ↵ Вторая строка; с разделителем и "
                            "\"кавычками\"\""_s),
             qPrintable(m_out));
    QVERIFY(
        m_out.contains(u"Dry run: nothing was written to TestOps. Add --apply to write these 26 cases."_s));
    QVERIFY(m_fake->testCaseWrites.isEmpty());

    QCOMPARE(run(process, {u"--restore"_s, u"exports/"_s + second, u"--apply"_s}, env), 0);
    QCOMPARE(m_out.count(u"RESTORED  "_s), 10);
    QCOMPARE(m_out.count(u"PATCHED   "_s), 16);
    QVERIFY(m_out.contains(u"PATCHED   %1  "_s.arg(firstId + 10)));
    QVERIFY(api->edits.removed.isEmpty()); // back, with their ids
    int versions = 0;
    for (const QByteArray &write : std::as_const(m_fake->testCaseWrites))
        versions += write.startsWith("VERSION ") ? 1 : 0;
    QCOMPARE(versions, 16); // a version of each case before its fields were written
    const QList<QJsonObject> journaled = restoreRecords(m_dir->filePath(u"exports"_s));
    QCOMPARE(journaled.size(), 26);
    QCOMPARE(journaled.first().value(u"action"_s).toString(), u"restore"_s);
    QCOMPARE(journaled.first().value(u"outcome"_s).toString(), u"done"_s);
    QCOMPARE(journaled.last().value(u"fields"_s).toArray(), QJsonArray{u"description"_s});
    // Asked again, the cases restored say so, not that they "left the group".
    QCOMPARE(run(process, {u"--restore"_s, u"exports/"_s + second, u"--removed"_s}, env), 0);
    QCOMPARE(m_out.count(u"restored already by an earlier restore from this export: nothing to do"_s), 10);
    QVERIFY(!m_out.contains(u"left the group"_s));

    // The next export is the first one again.
    QTest::qWait(1100);
    QCOMPARE(run(process, {u"--export-now"_s}, env), 0);
    const QString third = csvFiles().constLast();
    const ExportComparison::Result againstFirst = ExportComparison::compare(
        m_dir->filePath(u"exports/"_s + first), m_dir->filePath(u"exports/"_s + third), ';');
    QVERIFY2(againstFirst.identical(),
             qPrintable(QString::fromUtf8(QJsonDocument(againstFirst.toJson()).toJson())));
}

void TestCli::restoreLeavesConflictsAndReportsFailures() {
    const QProcessEnvironment env = apiEnvironment();
    QProcess process;
    m_fake->forceDeleted.insert(FakeTestOps::testCaseId(26961091, 1)); // deleted with force: gone for good
    QString first, second;
    QVERIFY(exportDeleteEditExport(2, 4, &first, &second));
    // After the export, someone edits case 3 again.
    const qint64 again = FakeTestOps::testCaseId(26961091, 3);
    m_fake->editTestCase(again, u"description"_s, "Переписано после выгрузки");
    // Writes: restore of case 0, creation of case 1, version of case 2, then its PATCH answers 500.
    m_fake->failTestCaseWrite = 4;
    QCOMPARE(run(process, {u"--restore"_s, second, u"--apply"_s}, env), 1);
    QVERIFY2(m_out.contains(u"CONFLICT  %1  "_s.arg(again)), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"changed again in TestOps since the export (description): left alone"_s),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"CREATED   %1  "_s.arg(FakeTestOps::testCaseId(26961091, 1))),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"as a new test case 9000001"_s), qPrintable(m_out));
    QCOMPARE(m_fake->createdTestCases.value(9000001).value(u"name"_s).toString(),
             QString::fromUtf8(CsvGenerator::cell(u"name"_s, 26961091, 1, 0)));
    QVERIFY2(m_out.contains(u"FAILED    %1  "_s.arg(FakeTestOps::testCaseId(26961091, 2))) &&
                 m_out.contains(u"server error 500"_s),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"PATCHED   %1  "_s.arg(FakeTestOps::testCaseId(26961091, 4))),
             qPrintable(m_out));
    QCOMPARE(m_fake->group(26961091)->edits.fields.value(3).value(u"description"_s),
             QByteArray("Переписано после выгрузки")); // left alone
    // Every case is accounted for: the conflict, the failure and the rest.
    QCOMPARE(restoreRecords(m_dir->filePath(u"exports"_s)).size(), 6);
}

void TestCli::restoreStopsAtARefusal() {
    const QProcessEnvironment env = apiEnvironment();
    QProcess process;
    QString first, second;
    QVERIFY(exportDeleteEditExport(2, 3, &first, &second));
    // A token that may not write: the first refusal stops the run, and every case says what became of it.
    m_fake->testCaseWritesForbidden = true;
    QCOMPARE(run(process, {u"--restore"_s, second, u"--apply"_s}, env), 1);
    QVERIFY2(m_out.contains(u"FAILED    %1  "_s.arg(FakeTestOps::testCaseId(26961091, 0))) &&
                 m_out.contains(
                     u"TestOps refused (HTTP 403): writing test cases needs the project:write permission "
                     "in project 17"_s),
             qPrintable(m_out));
    QCOMPARE(m_out.count(u"NOT TRIED "_s), 4);
    QVERIFY(m_fake->testCaseWrites.isEmpty());
    QCOMPARE(restoreRecords(m_dir->filePath(u"exports"_s)).size(), 5); // nothing half-done is left unreported
}

void TestCli::restoreBadInput() {
    const QProcessEnvironment env = apiEnvironment();
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, env), 0);
    const QString first = csvFiles().constLast();
    QCOMPARE(run(process, {u"--restore"_s, first}, env), 2);
    QVERIFY2(m_err.contains(u"is the first export of group API: there is nothing to undo"_s),
             qPrintable(m_err));
    QCOMPARE(run(process, {u"--restore"_s, u"testops_export_API_2020-01-01_07-00-00.csv"_s}, env), 2);
    QVERIFY2(m_err.contains(u"there is no export named testops_export_API_2020-01-01_07-00-00.csv"_s),
             qPrintable(m_err));
    QCOMPARE(run(process, {u"--restore"_s, u"/etc/passwd"_s}, env), 2);
    QVERIFY2(m_err.contains(u"/etc/passwd is not in the export folder"_s), qPrintable(m_err));
    QCOMPARE(run(process, {u"--restore"_s, first, u"--cases"_s, u"12,abc"_s}, env), 2);
    QVERIFY2(m_err.contains(u"\"abc\" is not one"_s), qPrintable(m_err));
    QCOMPARE(run(process, {u"--restore"_s, first, u"--removed"_s, u"--changed"_s}, env), 2);
    QVERIFY(m_err.contains(u"choose one of --cases, --removed and --changed"_s));
    // An id the change view does not list.
    m_fake->group(26961091)->edits.removed.insert(0);
    QTest::qWait(1100);
    QCOMPARE(run(process, {u"--export-now"_s}, env), 0);
    QCOMPARE(run(process, {u"--restore"_s, csvFiles().constLast(), u"--cases"_s, u"777"_s}, env), 2);
    QVERIFY2(m_err.contains(u"does not list these test cases as removed or changed: 777"_s),
             qPrintable(m_err));
    QVERIFY(m_fake->testCaseWrites.isEmpty());
}

void TestCli::aLostAnswerIsReadBackNeverSentTwice() {
    // Each write below is done by TestOps, then its answer is lost (the connection closes before it). Qt
    // would send it again on its own; the app must not, and must find out by reading TestOps back.
    const QProcessEnvironment env = apiEnvironment();
    QProcess process;
    const qint64 gone = FakeTestOps::testCaseId(26961091, 0);
    const qint64 softDeleted = FakeTestOps::testCaseId(26961091, 1);
    const qint64 edited = FakeTestOps::testCaseId(26961091, 2);
    m_fake->forceDeleted.insert(gone);
    QString first, second;
    QVERIFY(exportDeleteEditExport(2, 1, &first, &second));
    const auto writes = [this](const char *kind) {
        int n = 0;
        for (const QByteArray &write : std::as_const(m_fake->testCaseWrites))
            n += write.startsWith(kind) ? 1 : 0;
        return n;
    };

    // A test case created again.
    m_fake->addFault(FakeTestOps::Fault::DropWriteAnswer, 1);
    QCOMPARE(run(process, {u"--restore"_s, second, u"--cases"_s, QString::number(gone), u"--apply"_s}, env),
             0);
    QCOMPARE(m_fake->createdTestCases.size(), 1);
    QCOMPARE(writes("CREATE "), 1);
    QVERIFY2(m_out.contains(u"CREATED   %1  "_s.arg(gone)) && m_out.contains(u"as a new test case 9000001"_s),
             qPrintable(m_out));
    QVERIFY2(
        m_out.contains(u"the answer was lost; reading TestOps back found the new test case 9000001, kept "
                       "(not created twice)"_s),
        qPrintable(m_out));

    // The version taken before a case's fields are put back.
    m_fake->addFault(FakeTestOps::Fault::DropWriteAnswer, 1);
    QCOMPARE(run(process, {u"--restore"_s, second, u"--cases"_s, QString::number(edited), u"--apply"_s}, env),
             0);
    QCOMPARE(writes("VERSION "), 1);
    QCOMPARE(writes("PATCH "), 1);
    QVERIFY2(m_out.contains(u"PATCHED   %1  "_s.arg(edited)), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"the answer to the version was lost; reading back found it saved"_s),
             qPrintable(m_out));

    // A soft-deleted case restored with its id: a POST without a body, which Qt sends again after a lost
    // answer (TestOps refuses the second: "not deleted"); the case read back settles it, restored once.
    m_fake->addFault(FakeTestOps::Fault::DropWriteAnswer, 1);
    const int restored =
        run(process, {u"--restore"_s, second, u"--cases"_s, QString::number(softDeleted), u"--apply"_s}, env);
    QVERIFY2(restored == 0, qPrintable(m_out + m_err));
    QCOMPARE(writes("RESTORE "), 1);
    QVERIFY2(m_out.contains(u"RESTORED  %1  "_s.arg(softDeleted)) &&
                 m_out.contains(u"reading the case back shows it done"_s),
             qPrintable(m_out));

    // A cleanup rule.
    seedCleanupRules(*m_fake);
    const qsizetype before = m_fake->cleanerRules.size();
    m_fake->addFault(FakeTestOps::Fault::DropWriteAnswer, 1);
    QCOMPARE(run(process, {u"--cleanup-rules"_s, u"--apply"_s}, fakeEnvironment()), 0);
    QCOMPARE(m_fake->cleanerRules.size(), before + 2); // two cells were missing: one rule each
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 2);
    QVERIFY2(m_out.contains(
                 u"CREATED  fixtures of unknown tests  48 h  project 17: the answer was lost; the rules "
                 "read again have it"_s),
             qPrintable(m_out));

    // A write lost before TestOps did it: reported as not done, not sent again; the next run does it once.
    const qint64 alsoGone = FakeTestOps::testCaseId(26961091, 0);
    m_fake->createdTestCases.clear();
    m_fake->testCaseWrites.clear();
    m_fake->addFault(FakeTestOps::Fault::LoseWrite, 1);
    QCOMPARE(
        run(process, {u"--restore"_s, second, u"--cases"_s, QString::number(alsoGone), u"--apply"_s}, env),
        1);
    QVERIFY(m_fake->createdTestCases.isEmpty());
    QVERIFY2(m_out.contains(u"FAILED    %1  "_s.arg(alsoGone)) &&
                 m_out.contains(u"not created: the answer was lost, and TestOps has no new test case by this "
                                "name; run the restore again"_s),
             qPrintable(m_out));
    QCOMPARE(
        run(process, {u"--restore"_s, second, u"--cases"_s, QString::number(alsoGone), u"--apply"_s}, env),
        0);
    QCOMPARE(m_fake->createdTestCases.size(), 1);
}

void TestCli::aScheduledCycleCutBySigtermIsFinishedAtTheNextStartOnce() {
    // The day's run (a catch-up of 07:00 here) is under way when the service manager stops the app (an
    // update, a reboot). That day must still get its export: the next start finishes the cycle, once.
    QProcessEnvironment env = stalledExportEnvironment();
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    env.insert(u"CRON_SCHEDULE"_s, u"0 7 * * *"_s);
    const QString data = m_dir->filePath(u"exports/.testops-export"_s);
    QDir().mkpath(data);
    QFile state(data + u"/schedule.json"_s);
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(R"({"handledUntil":"2020-01-01T00:00:00.000Z"})");
    state.close();
    QSignalSpy stalled(m_fake.get(), &FakeTestOps::downloadStalled);
    QProcess first;
    QSignalSpy firstFinished(&first, &QProcess::finished);
    start(first, {u"--headless"_s}, env);
    QVERIFY(stalled.wait(15000));
    first.terminate();
    QVERIFY(firstFinished.wait(15000));
    QCOMPARE(first.exitCode(), 0);
    QVERIFY(csvFiles().isEmpty());
    QVERIFY(QFile::exists(data + u"/cycle.json"_s)); // what is still owed

    // The next start: the cycle is finished (no stall this time), and only once.
    QProcess second;
    QSignalSpy secondFinished(&second, &QProcess::finished);
    QByteArray log;
    start(second, {u"--headless"_s}, env);
    QTRY_VERIFY_WITH_TIMEOUT((log += second.readAllStandardError()).contains("export cycle") &&
                                 log.contains("ended: success"),
                             20000);
    QVERIFY2(log.contains("was not finished: exporting API now"), log.constData());
    QCOMPARE(csvFiles().size(), 1);
    QVERIFY(!QFile::exists(data + u"/cycle.json"_s));
    second.terminate();
    QVERIFY(secondFinished.wait(15000));
    // A third start owes nothing.
    QProcess third;
    QSignalSpy thirdFinished(&third, &QProcess::finished);
    startHeadless(third, env);
    QTest::qWait(1500);
    third.terminate();
    QVERIFY(thirdFinished.wait(15000));
    QCOMPARE(csvFiles().size(), 1);
    QCOMPARE(m_fake->downloads.size(), 2); // the cut one and the one that finished the cycle
}

void TestCli::aCatchUpWaitsForTheFinishingOfAnInterruptedCycle() {
    // The app was stopped mid-cycle (API still owed), and was off over the next scheduled run: at the next
    // start both are due. The catch-up must not be skipped as "a cycle already running".
    QProcessEnvironment env = fakeEnvironment(); // API and UI
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    const QString data = m_dir->filePath(u"exports/.testops-export"_s);
    QDir().mkpath(data);
    for (const auto &[name, text] :
         {std::pair{u"/schedule.json"_s, QByteArray(R"({"handledUntil":"2020-01-01T00:00:00.000Z"})")},
          std::pair{u"/cycle.json"_s,
                    QByteArray(R"({"cycle":"c0ffee00","trigger":"schedule","groups":["API"]})")}}) {
        QFile file(data + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QProcess app;
    QSignalSpy finished(&app, &QProcess::finished);
    QByteArray log;
    start(app, {u"--headless"_s}, env);
    QTRY_VERIFY_WITH_TIMEOUT((log += app.readAllStandardError()).count("ended: success") == 2, 30000);
    QVERIFY2(log.contains("waits for the interrupted cycle to be finished"), log.constData());
    QVERIFY2(!log.contains("was skipped"), log.constData());
    app.terminate();
    QVERIFY(finished.wait(15000));
    const QStringList files = csvFiles();
    QCOMPARE(files.filter(u"_API_"_s).size(), 2); // the finished cycle's, then the catch-up's
    QCOMPARE(files.filter(u"_UI_"_s).size(), 1);
}

void TestCli::restoreRefusesAnExportEditedSinceItWasCompared_data() {
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("previous"); // the previous export is edited (else the new one)
    QTest::newRow("a row removed from the previous export") << u"remove"_s << true;
    QTest::newRow("rows reordered in the previous export") << u"reorder"_s << true;
    QTest::newRow("a cell changed in the previous export") << u"cell"_s << true;
    QTest::newRow("a row removed from the new export") << u"remove"_s << false;
}

void TestCli::restoreRefusesAnExportEditedSinceItWasCompared() {
    // The values written back are read from the files at places kept when they were compared: a file
    // "saved" by a spreadsheet since would hand other cases' values to TestOps.
    QFETCH(QString, edit);
    QFETCH(bool, previous);
    const QProcessEnvironment env = apiEnvironment();
    m_fake->forceDeleted.insert(FakeTestOps::testCaseId(26961091, 1));
    QString first, second;
    QVERIFY(exportDeleteEditExport(2, 5, &first, &second));
    const QString path = m_dir->filePath(u"exports/"_s + (previous ? first : second));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    // Rows of the generator end with "\r\n" and hold "\n" inside quoted cells only.
    QList<QByteArray> rows = text.split('\r');
    if (edit == u"remove"_s)
        rows.removeAt(3);
    else if (edit == u"reorder"_s)
        rows.swapItemsAt(2, 4);
    text = rows.join('\r');
    if (edit == u"cell"_s)
        text.replace("Пользователь создан", "Пользователь удалён");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();

    QProcess process;
    for (const QString &kind : {u"--changed"_s, u"--removed"_s}) {
        QCOMPARE(run(process, {u"--restore"_s, second, kind, u"--apply"_s}, env), 2);
        QVERIFY2(m_err.contains(
                     u"nothing can be restored from %1: %2 is no longer the file that was compared"_s.arg(
                         second, previous ? first : second)),
                 qPrintable(m_err));
    }
    QVERIFY(m_fake->testCaseWrites.isEmpty());
    QVERIFY(m_fake->createdTestCases.isEmpty());
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<AppProcess>(QStringLiteral(TESTOPS_EXPORT_BINARY), m_dir->path());
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 200, 0, {}});
    m_fake->addGroup({17, 937, 24545654, u"UI"_s, 50, 0, {}});
    m_fake->queuedPolls = 0;
    QVERIFY(m_fake->listen());
}

void TestCli::helpAndVersion() {
    QProcess process;
    QCOMPARE(run(process, {u"--version"_s}, environment()), 0);
    QCOMPARE(m_out.trimmed(), u"testops-export " TESTOPS_VERSION ""_s);
    QCOMPARE(run(process, {u"--help"_s}, environment()), 0);
    QVERIFY2(m_out.startsWith(u"Usage: testops-export [options]"_s), qPrintable(m_out.left(80)));
    for (const QString &option :
         {u"--headless"_s, u"--export-now"_s, u"--check"_s, u"--config"_s, u"--set"_s})
        QVERIFY2(m_out.contains(option), qPrintable(option));
    QCOMPARE(run(process, {u"--help-settings"_s}, environment()), 0);
    QVERIFY(m_out.contains(u"CRON_SCHEDULE"_s) && m_out.contains(u"Default: 0 7 * * *"_s));
    QCOMPARE(run(process, {u"--bogus"_s}, environment()), 2);
    QVERIFY(m_err.contains(u"Unknown option 'bogus'"_s));
    // The mistake and where the options are; not a hundred lines of help under it.
    QVERIFY2(m_err.contains(u"testops-export --help lists the options."_s), qPrintable(m_err));
    QVERIFY2(!m_err.contains(u"Usage:"_s) && m_err.count(u'\n') <= 3, qPrintable(m_err));
}

void TestCli::badConfigurationExitsTwoNamingEveryProblem() {
    QProcessEnvironment env = environment();
    env.insert(u"CRON_SCHEDULE"_s, u"61 * * * *"_s);
    env.insert(u"TESTOPS_BASE_URL"_s, u"testops.example.com"_s);
    env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
    env.insert(u"EXPORT_PATH"_s, m_dir->filePath(u"exports"_s));
    QProcess process;
    QCOMPARE(run(process, {u"--headless"_s}, env), 2);
    QVERIFY2(m_err.contains(u"3 problems in the configuration:"_s), qPrintable(m_err));
    QVERIFY(m_err.contains(u"CRON_SCHEDULE = \"61 * * * *\" (environment): minute: 61 is outside 0-59"_s));
    QVERIFY(m_err.contains(
        u"TESTOPS_BASE_URL = \"testops.example.com\" (environment): not an http:// or https:// address"_s));
    QVERIFY(m_err.contains(u"TESTOPS_TOKEN is not set: it is required"_s));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"exports"_s))); // nothing touched on disk
    QCOMPARE(run(process, {u"--export-now"_s}, env), 2);
}

void TestCli::brokenConfigurations_data() {
    QTest::addColumn<QString>("folder");
    const QDir corpus(QStringLiteral(TESTS_DATA_DIR "/config_corpus"));
    const QStringList cases = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 10);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << corpus.filePath(name);
}

void TestCli::brokenConfigurations() {
    // tests/data/config_corpus/README.md describes a case.
    QFETCH(QString, folder);
    const QDir from(folder);
    const QDir work(m_dir->path());
    QStringList tokens;
    QProcessEnvironment env = environment();
    QStringList arguments{u"--check"_s};
    for (const QString &name : from.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(from.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (name == u"expected"_s)
            continue;
        static const QRegularExpression token(u"TESTOPS_TOKEN\\s*=\\s*\"?([^\"\\r\\n]{8,})"_s);
        for (auto match = token.globalMatch(QString::fromUtf8(bytes)); match.hasNext();)
            tokens.append(match.next().captured(1).trimmed());
        if (name == u"environment"_s) {
            for (const QByteArray &line : bytes.split('\n')) {
                const qsizetype equals = line.indexOf('=');
                if (equals > 0)
                    env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
            }
            continue;
        }
        QFile copy(work.filePath(name));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        if (name == u"settings.ini"_s)
            arguments += {u"--config"_s, copy.fileName()};
    }
    QFile expectedFile(from.filePath(u"expected"_s));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "every case names what it expects");
    QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(expected.size() >= 2 && expected.first().startsWith(u"exit "_s));
    const int exitCode = expected.takeFirst().mid(5).toInt();

    QProcess process;
    QCOMPARE(run(process, arguments, env), exitCode); // -2 would be a crash
    const QString said = m_out + m_err;
    for (const QString &line : std::as_const(expected))
        QVERIFY2(said.contains(line), qPrintable(u"missing: "_s + line + u"\nsaid:\n"_s + said));
    for (const QString &token : std::as_const(tokens))
        QVERIFY2(!said.contains(token), "a token was printed");
    QVERIFY(!QFileInfo::exists(work.filePath(u"exports"_s))); // nothing touched on disk
}

void TestCli::tokenNeverPrinted() {
    const QString secret = u"SECRET-token-value-with space-9876"_s;
    QProcessEnvironment env = environment();
    env.insert(u"TESTOPS_TOKEN"_s, secret);
    env.insert(u"CRON_SCHEDULE"_s, u"bad"_s);
    QProcess process;
    QCOMPARE(run(process, {u"--headless"_s}, env), 2);
    QVERIFY(m_err.contains(u"TESTOPS_TOKEN = \"SECR…9876\" (environment): the token contains white space"_s));
    QVERIFY(!m_err.contains(u"token-value"_s));
    // A token the server refuses is not printed either.
    env = fakeEnvironment();
    env.insert(u"TESTOPS_TOKEN"_s, u"wrong-token-0000-1111-2222"_s);
    QCOMPARE(run(process, {u"--export-now"_s}, env), 1);
    QVERIFY(m_err.contains(u"the server refused the API token (HTTP 401: Bad credentials)"_s));
    QVERIFY(!m_err.contains(u"0000-1111"_s) && !m_out.contains(u"0000-1111"_s));
}

void TestCli::exportNowWritesEveryGroup() {
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, fakeEnvironment()), 0);
    const QStringList files = csvFiles();
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        QFile file(m_dir->filePath(u"exports/"_s + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_fake->expectedCsv(name.contains(u"_API_"_s) ? 26961091 : 24545654));
    }
    QVERIFY(m_fake->liveJobs().isEmpty());
    QVERIFY(m_err.contains(u"export cycle"_s) && m_err.contains(u"ended: success (2 succeeded, 0 failed)"_s));
    QVERIFY(!m_err.contains(m_fake->apiToken));
    // Each log line starts with a UTC ISO 8601 time.
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(QRegularExpression(
                     u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (info|warning) testops\\."_s)
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
}

void TestCli::exportNowReadsDotEnvLikeTheGoTool() {
    QFile dotEnv(m_dir->filePath(u".env"_s));
    QVERIFY(dotEnv.open(QIODevice::WriteOnly));
    dotEnv.write("# as in the Go tool's README\r\nTESTOPS_TOKEN=" + m_fake->apiToken.toUtf8() +
                 "\r\nTESTOPS_BASE_URL=\"" + m_fake->url().toString().toUtf8() +
                 "\"\r\nexport EXPORT_GROUPS=API=26961091\r\n"
                 "TESTOPS_PROJECT_ID=17\r\nTESTOPS_TREE_ID=937\r\n");
    dotEnv.close();
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, environment()), 0);
    QCOMPARE(csvFiles().size(), 1);
    QVERIFY(csvFiles().first().startsWith(u"testops_export_API_"_s));
}

void TestCli::goToolSettingsAndProjectsFileUnchanged() {
    // A team's files from the Go tool's later versions, as they are: .env without EXPORT_GROUPS,
    // projects.json beside it, and an export the Go tool left in the folder.
    m_fake->addGroup({15, 868, 21360405, u"Seller-Analitics"_s, 30, 0, {}});
    QFile dotEnv(m_dir->filePath(u".env"_s));
    QVERIFY(dotEnv.open(QIODevice::WriteOnly));
    dotEnv.write("TESTOPS_TOKEN=" + m_fake->apiToken.toUtf8() + "\nTESTOPS_BASE_URL=" +
                 m_fake->url().toString().toUtf8() + "\nEXPORT_PATH=./exports\nWEB_PORT=0\n");
    dotEnv.close();
    QFile projects(m_dir->filePath(u"projects.json"_s));
    QVERIFY(projects.open(QIODevice::WriteOnly));
    projects.write(R"({"projects": [
  {"project_id": 17, "tree_id": 937, "groups": [{"group_id": 26961091, "group_name": "API"}]},
  {"project_id": 15, "tree_id": 868, "groups": [{"group_id": 21360405, "group_name": "Seller-Analitics"}]}
]})");
    projects.close();
    QDir().mkpath(m_dir->filePath(u"exports"_s));
    // Yesterday's: retention (30 days) would delete an older one after the cycle, as it should.
    const QString leftName = u"testops_export_17_API_%1.csv"_s.arg(
        QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyy-MM-dd_HH-mm-ss"_s));
    QFile left(m_dir->filePath(u"exports/"_s + leftName));
    QVERIFY(left.open(QIODevice::WriteOnly));
    left.write(m_fake->expectedCsv(26961091));
    left.close();
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, environment()), 0);
    QStringList files = csvFiles();
    QCOMPARE(files.size(), 3); // the Go tool's file is kept: it is API's previous export
    QVERIFY(files.contains(leftName));
    QVERIFY2(m_out.contains(u"  200 test cases  no changes\n"_s), qPrintable(m_out)); // compared with it
    QVERIFY2(files.filter(QRegularExpression(u"^testops_export_17_API_"_s)).size() == 2,
             qPrintable(files.join(u' ')));
    QVERIFY2(files.filter(QRegularExpression(u"^testops_export_15_Seller-Analitics_"_s)).size() == 1,
             qPrintable(files.join(u' ')));
    QVERIFY2(m_out.contains(u"OK    Seller-Analitics  testops_export_15_Seller-Analitics_"_s),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"  30 test cases  first export"_s), qPrintable(m_out));
    // The next export of API is compared with the previous one, whichever names they carry.
    FakeTestOps::Group *api = m_fake->group(26961091);
    api->rows += 2;
    QCOMPARE(run(process, {u"--export-now"_s}, environment()), 0);
    QVERIFY2(m_out.contains(u"  202 test cases  +2\n"_s), qPrintable(m_out));
}

void TestCli::verifyNamesWhatChangedWentOrCameIn() {
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, fakeEnvironment()), 0);
    QCOMPARE(run(process, {u"--export-now"_s}, fakeEnvironment()), 0);
    const QStringList files = csvFiles();
    QCOMPARE(files.size(), 4);
    // Untouched: every export is the file its check recorded.
    QCOMPARE(run(process, {u"--verify"_s}, fakeEnvironment()), 0);
    QVERIFY2(m_out.contains(u"\n4 export(s): 4 intact, 0 changed, 0 missing, 0 unrecorded\n"_s),
             qPrintable(m_out));
    // Then the snapshot store: the newest of each group (SNAPSHOT_KEEP keeps one a day), empty in this fake.
    QVERIFY2(m_out.endsWith(u"2 snapshot(s), 1 object(s) intact (29 bytes), 0 problem(s)\n"_s),
             qPrintable(m_out));
    for (const QString &file : files)
        QVERIFY2(m_out.contains(u"OK          "_s + file + u'\n'), qPrintable(m_out));
    // One byte changed in one, another deleted behind the app's back, a foreign file named as ours.
    const QDir exports(m_dir->filePath(u"exports"_s));
    {
        QFile edited(exports.filePath(files.at(0)));
        QVERIFY(edited.open(QIODevice::ReadWrite));
        edited.seek(20);
        edited.write("#");
    }
    QVERIFY(QFile::remove(exports.filePath(files.at(1))));
    const QString foreign = u"testops_export_API_2020-01-01_07-00-00.csv"_s;
    {
        QFile copied(exports.filePath(foreign));
        QVERIFY(copied.open(QIODevice::WriteOnly));
        copied.write("allure_id;name\n1;x\n");
    }
    QCOMPARE(run(process, {u"--verify"_s}, fakeEnvironment()), 1);
    QVERIFY2(m_out.contains(u"CHANGED     "_s + files.at(0) + u"  its SHA-256 is "_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"MISSING     "_s + files.at(1) + u"  the journal recorded it"_s),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"UNRECORDED  "_s + foreign), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"OK          "_s + files.at(2)), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"\n5 export(s): 2 intact, 1 changed, 1 missing, 1 unrecorded\n"_s),
             qPrintable(m_out));
    // Read-only: nothing was changed or deleted.
    QVERIFY(QFile::exists(exports.filePath(foreign)));
    QCOMPARE(csvFiles().size(), 4);
}

void TestCli::exportNowPrintsWhatChanged() {
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, fakeEnvironment()), 0);
    static const QRegularExpression first(
        u"^OK    API  testops_export_API_\\S+\\.csv  200 test cases  first export$"_s,
        QRegularExpression::MultilineOption);
    QVERIFY2(first.match(m_out).hasMatch(), qPrintable(m_out));
    QVERIFY(m_out.contains(u"  50 test cases  first export"_s));
    // In TestOps meanwhile: 3 test cases of API added, 10 deleted, 16 edited; UI untouched.
    FakeTestOps::Group *api = m_fake->group(26961091);
    api->rows += 3;
    for (qint64 row = 0; row < 26; ++row)
        (row < 10 ? api->edits.removed : api->edits.edited).insert(row);
    QCOMPARE(run(process, {u"--export-now"_s}, fakeEnvironment()), 0);
    QVERIFY2(m_out.contains(u"  193 test cases  +3 \u221210 ~16\n"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"  50 test cases  no changes\n"_s), qPrintable(m_out));
    // A stale group fails loudly on stdout too, and the exit code says so.
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091,Gone=17:937:5"_s);
    QCOMPARE(run(process, {u"--export-now"_s}, env), 1);
    QVERIFY2(m_out.contains(u"FAIL  Gone  the export of group Gone (id 5) has no test cases"_s),
             qPrintable(m_out));
}

void TestCli::exportNowWithAFailedGroupExitsOne() {
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091,Wrong=99:1:2"_s);
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, env), 1);
    QCOMPARE(csvFiles().size(), 1);
    QVERIFY2(
        m_err.contains(
            u"Wrong: attempt 1 of 1 failed: creating the export failed: not found (HTTP 404): Project not found: check the project, tree and group ids"_s),
        qPrintable(m_err));
}

void TestCli::checkReportsTheConnection() {
    QProcess process;
    QCOMPARE(run(process, {u"--check"_s}, fakeEnvironment()), 0);
    QVERIFY2(m_out.contains(u"OK    connected to %1; the token is accepted (user fake.user)"_s.arg(
                 m_fake->url().toString())),
             qPrintable(m_out));
    QVERIFY(m_out.contains(u"OK    project 17 (Project 17) is accessible"_s));
    QVERIFY(m_out.contains(u"OK    group API (project 17, tree 937, group 26961091) holds 200 test cases"_s));
    QVERIFY(m_fake->jobs().isEmpty()); // a check exports nothing

    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091,Stale=17:937:5"_s);
    QCOMPARE(run(process, {u"--check"_s}, env), 1);
    QVERIFY(m_out.contains(
        u"FAIL  group Stale (project 17, tree 937, group 5) holds no test cases: is the group id still right?"_s));
    env.insert(u"TESTOPS_TOKEN"_s, u"wrong-token-0000-1111-2222"_s);
    QCOMPARE(run(process, {u"--check"_s}, env), 1);
    QVERIFY(m_out.contains(u"FAIL  connection to"_s) && m_out.contains(u"Bad credentials"_s));
}

void TestCli::sigtermMidDownloadLeavesNoFile() {
    const QProcessEnvironment env = stalledExportEnvironment();
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(startStalledExport(process, env));
    QElapsedTimer timer;
    timer.start();
    process.terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1); // the export did not complete
    QVERIFY(csvFiles().isEmpty());
    QCOMPARE(QDir(m_dir->filePath(u"exports"_s)).entryList(QDir::Files), QStringList());
    QVERIFY(m_fake->liveJobs().isEmpty());
}

void TestCli::headlessStopsOnSigterm() {
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startHeadless(process, env);
    QVERIFY(!QTest::currentTestFailed());
    process.terminate();
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"exports/.testops-export/schedule.json"_s)));
}

void TestCli::desktopWithoutDisplayPointsToHeadless() {
    QProcess process;
    QCOMPARE(run(process, {}, fakeEnvironment()), 2);
    QVERIFY2(m_err.contains(u"no display found"_s) && m_err.contains(u"testops-export --headless"_s),
             qPrintable(m_err));
}

void TestCli::secondServiceOnTheSameFolderRefuses() {
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    QProcess first;
    QSignalSpy firstFinished(&first, &QProcess::finished);
    startHeadless(first, env);
    QVERIFY(!QTest::currentTestFailed());
    QProcess second;
    QCOMPARE(run(second, {u"--export-now"_s}, env), 2);
    QVERIFY2(
        m_err.contains(u"another testops-export (process %1) already exports to %2"_s.arg(first.processId())
                           .arg(m_dir->filePath(u"exports"_s))),
        qPrintable(m_err));
    // A snapshot from here while it runs: refused, and where to take one instead.
    QCOMPARE(run(second, {u"--snapshot-now"_s}, env), 2);
    QVERIFY2(m_err.contains(u"The one running takes the snapshots: on its schedule after each export"_s),
             qPrintable(m_err));
    QCOMPARE(run(second, {u"--headless"_s}, env), 2);
    QVERIFY(csvFiles().isEmpty()); // the refused one exported nothing
    first.terminate();
    QVERIFY(firstFinished.wait(10000));
    QCOMPARE(run(second, {u"--export-now"_s}, env), 0); // free again
    QCOMPARE(csvFiles().size(), 2);
}

void TestCli::sigkillMidDownloadThenRestart() {
    const QProcessEnvironment env = stalledExportEnvironment();
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(startStalledExport(process, env));
    process.kill(); // SIGKILL: no chance to clean up
    QVERIFY(finished.wait(5000));
    // Nothing partial: the file being written had no name yet (O_TMPFILE), or is removed at the next start.
    QCOMPARE(QDir(m_dir->filePath(u"exports"_s)).entryList(QDir::Files), QStringList());
    // The restart takes over the dead process's lock and exports once.
    QProcess again;
    QCOMPARE(run(again, {u"--export-now"_s}, env), 0);
    QCOMPARE(csvFiles().size(), 1);
    QFile file(m_dir->filePath(u"exports/"_s + csvFiles().first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_fake->expectedCsv(26961091));
    QCOMPARE(QDir(m_dir->filePath(u"exports"_s)).entryList(QDir::Files), QStringList{csvFiles().first()});
    // The killed run's job was left on the server; the restart found it in the journal and deleted it.
    QVERIFY(m_fake->liveJobs().isEmpty());
    QCOMPARE(m_fake->jobs().size(), 2);
    QVERIFY(m_err.contains(u"deleting export job 1991, left on the server by a run that was killed"_s));
}

void TestCli::restartAsTheSamePidAfterSigkill() {
    // In a container the app is PID 1. After a SIGKILL, the next start is PID 1 again: the dead one's lock
    // must not look like its own living holder. A PID namespace makes PID 1 here, as Docker does.
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    // --mount-proc: /proc shows the namespace, as in a container, so that PID 1 there is the app itself.
    const auto startAsPidOne = [&](QProcess &process, const QString &mode) {
        process.setProgram(u"unshare"_s);
        process.setArguments({u"--user"_s, u"--map-root-user"_s, u"--pid"_s, u"--fork"_s, u"--mount-proc"_s,
                              QStringLiteral(TESTOPS_EXPORT_BINARY), mode});
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        process.start();
    };
    QProcess first;
    QSignalSpy firstFinished(&first, &QProcess::finished);
    startAsPidOne(first, u"--headless"_s);
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("next export at"), 10000);
    // The app itself, not unshare: SIGKILL leaves its lock file behind, holding "1".
    QFile children(u"/proc/%1/task/%1/children"_s.arg(first.processId()));
    QVERIFY(children.open(QIODevice::ReadOnly));
    const qint64 app = children.readAll().trimmed().toLongLong();
    QVERIFY(app > 0);
    QCOMPARE(::kill(pid_t(app), SIGKILL), 0);
    QVERIFY(firstFinished.wait(5000));
    QFile lock(m_dir->filePath(u"exports/.testops-export/lock"_s));
    QVERIFY(lock.open(QIODevice::ReadOnly));
    QCOMPARE(lock.readAll().split('\n').first(), QByteArray("1"));
    lock.close();

    QProcess again;
    QSignalSpy finished(&again, &QProcess::finished);
    startAsPidOne(again, u"--export-now"_s);
    QVERIFY(finished.wait(30000));
    const QString err = QString::fromUtf8(again.readAllStandardError());
    QVERIFY2(again.exitCode() == 0, qPrintable(err));
    QVERIFY(!err.contains(u"already exports"_s));
    QCOMPARE(csvFiles().size(), 2);
}

void TestCli::unusableFolderIsNamedNotAnotherInstance() {
    QFile inTheWay(m_dir->filePath(u"blocker"_s)); // a file where the folder's parent should be
    QVERIFY(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"EXPORT_PATH"_s, m_dir->filePath(u"blocker/exports"_s));
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, env), 2);
    QVERIFY2(m_err.contains(
                 u"the export folder %1 cannot be created"_s.arg(m_dir->filePath(u"blocker/exports"_s))),
             qPrintable(m_err));
    QVERIFY(!m_err.contains(u"another testops-export"_s));
    QCOMPARE(run(process, {u"--headless"_s}, env), 2);
    QVERIFY(m_err.contains(u"cannot be created"_s) && !m_err.contains(u"another testops-export"_s));
}

void TestCli::exportNowSaysNoChangesForAnExportNotKept() {
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"SKIP_UNCHANGED"_s, u"true"_s);
    QProcess process;
    QCOMPARE(run(process, {u"--export-now"_s}, env), 0);
    QVERIFY2(m_out.contains(u"  200 test cases  first export\n"_s), qPrintable(m_out));
    const QStringList firstFiles = csvFiles();
    QCOMPARE(run(process, {u"--export-now"_s}, env), 0);
    QCOMPARE(csvFiles(), firstFiles); // identical: not kept
    QVERIFY2(m_out.contains(u"  200 test cases  no changes (identical to the previous export, not kept)\n"_s),
             qPrintable(m_out));
    QVERIFY(!m_out.contains(u"first export"_s));
}

void TestCli::desktopWithoutATrayStopsOnSigterm() {
    // The desktop app where no tray is (offscreen): its window is the only way in, and it stays open. A
    // SIGTERM must still end the app within the 10 s the README promises.
    QProcessEnvironment env = fakeEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"runtime"_s));
    env.insert(u"WEB_ENABLED"_s, u"false"_s);
    QDir().mkpath(m_dir->filePath(u"runtime"_s));
    QFile::setPermissions(m_dir->filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(process, {}, env);
    QByteArray log;
    // Logged by the same call that then shows the window, before the event loop runs: once it is read, the
    // window is up when the signal is handled.
    QTRY_VERIFY_WITH_TIMEOUT((log += process.readAllStandardError()).contains("exporting 2 group(s)"), 15000);
    QElapsedTimer timer;
    timer.start();
    process.terminate();
    QVERIFY2(finished.wait(12000), "the desktop app did not stop on SIGTERM");
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
