// The front's writes to TestOps in process, against the fake TestOps, as a view drives them: a restore of
// what an export's comparison shows (ExportFront::restore, a TestOpsWrite) and the cleanup rules
// (ExportFront::cleanup, a CleanupBoard). Values only: the rows the plan dialog shows, the lines the command
// line prints, the counts; and a write planned before the settings change writes nothing after it.
#include "FakeTestOps.h"
#include "app/AppWiring.h"
#include "schedule/Clock.h"
#include "service/CleanupBoard.h"
#include "service/ExportFront.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFrontWrites : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aRestoreIsPlannedAndWrittenAsValues();
    void aRestorePlannedBeforeTheSettingsChangeWritesNothing();
    void aRestoreInFlightWhenTheSettingsChangeEndsAndSaysSo();
    void theCleanupBoardCompletesTheRuleSet();

private:
    Config config() const {
        Config c;
        c.baseUrl = m_fake->url();
        c.token = m_fake->apiToken;
        c.groups = {{u"API"_s, 17, 937, 26961091}};
        c.exportPath = m_dir->filePath(u"exports"_s);
        c.retryDelaysSeconds = {};
        c.webEnabled = false;
        c.snapshots.enabled = false;
        return c;
    }
    // Runs one export of every group; the file it made.
    QString exportNow() {
        QSignalSpy finished(m_wiring->front(), &ExportFront::cycleFinished);
        if (m_wiring->front()->runNow(u"test"_s) != RunNowResult::Started || !finished.wait(20000))
            return {};
        const QStringList files =
            QDir(m_dir->filePath(u"exports"_s)).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
        return files.isEmpty() ? QString() : files.constLast();
    }
    // Two exports with `removed` cases deleted and `edited` edited in TestOps between them; the second's
    // name.
    QString twoExportsApart(qint64 removed, qint64 edited) {
        if (exportNow().isEmpty())
            return {};
        FakeTestOps::Group *api = m_fake->group(26961091);
        for (qint64 row = 0; row < removed + edited; ++row)
            (row < removed ? api->edits.removed : api->edits.edited).insert(row);
        QTest::qWait(1100); // an export's name is its second
        return exportNow();
    }
    static bool waitFor(TestOpsWrite *write, void (TestOpsWrite::*signal)()) {
        QSignalSpy said(write, signal);
        return said.wait(20000);
    }
    // The front's restore of `file`, planned for everything its comparison shows; null (and why) if it fails.
    std::unique_ptr<TestOpsWrite> plannedRestore(const QString &file) {
        QString error;
        std::unique_ptr<TestOpsWrite> restore = m_wiring->front()->restore(file, &error);
        if (!restore) {
            qWarning("no restore: %s", qPrintable(error));
            return {};
        }
        restore->plan(RestoreChoice{});
        if (!waitFor(restore.get(), &TestOpsWrite::planned)) {
            qWarning("the plan never came");
            return {};
        }
        return restore;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeTestOps> m_fake;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<AppWiring> m_wiring;
};

void TestFrontWrites::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 40, 0, {}});
    m_fake->queuedPolls = 0;
    QVERIFY(m_fake->listen());
    m_wiring = std::make_unique<AppWiring>(m_clock, &m_network);
    m_wiring->build(config());
    QVERIFY(m_wiring->claimFolder(nullptr));
    m_wiring->startService();
}

void TestFrontWrites::cleanup() {
    m_wiring.reset();
    m_fake.reset();
}

void TestFrontWrites::aRestoreIsPlannedAndWrittenAsValues() {
    const QString second = twoExportsApart(2, 3);
    QVERIFY(!second.isEmpty());
    const std::unique_ptr<TestOpsWrite> restore = plannedRestore(second);
    QVERIFY(restore);
    QCOMPARE(restore->error(), QString());
    // The plan: a row and a line per case, what is written counted, and nothing written yet.
    QCOMPARE(restore->writes(), 5);
    const QList<TestOpsWrite::Row> rows = restore->rows();
    QCOMPARE(rows.size(), 5);
    QVERIFY(std::all_of(rows.cbegin(), rows.cend(),
                        [](const auto &row) { return row.state == TestOpsWrite::Row::State::Write; }));
    const QString firstId = QString::number(FakeTestOps::testCaseId(26961091, 0));
    QVERIFY2(rows.first().subject.startsWith(firstId + u"  "_s), qPrintable(rows.first().subject));
    QCOMPARE(restore->lines().join(u'\n').count(u"RESTORE   "_s), 2);
    QCOMPARE(restore->lines().join(u'\n').count(u"PATCH     "_s), 3);
    QVERIFY2(restore->summary().contains(second) &&
                 restore->summary().contains(u"Nothing is written until"_s),
             qPrintable(restore->summary()));
    QVERIFY(m_fake->testCaseWrites.isEmpty());

    restore->apply();
    QVERIFY(waitFor(restore.get(), &TestOpsWrite::applied));
    QVERIFY(restore->isApplied());
    QVERIFY(restore->succeeded());
    const QList<TestOpsWrite::Row> done = restore->rows();
    QVERIFY(std::all_of(done.cbegin(), done.cend(),
                        [](const auto &row) { return row.state == TestOpsWrite::Row::State::Done; }));
    QCOMPARE(restore->lines().join(u'\n').count(u"RESTORED  "_s), 2);
    QCOMPARE(restore->lines().join(u'\n').count(u"PATCHED   "_s), 3);
    QVERIFY2(restore->summary().startsWith(u"What was written to TestOps"_s), qPrintable(restore->summary()));
    QVERIFY(m_fake->group(26961091)->edits.removed.isEmpty()); // back, with their ids

    // The same write plans again for another choice: the removed ones, restored already.
    restore->plan(RestoreChoice{{}, true, false});
    QVERIFY(waitFor(restore.get(), &TestOpsWrite::planned));
    QVERIFY(!restore->isApplied());
    QCOMPARE(restore->writes(), 0);
    QCOMPARE(restore->lines().join(u'\n').count(u"restored already by an earlier restore"_s), 2);
}

void TestFrontWrites::aRestorePlannedBeforeTheSettingsChangeWritesNothing() {
    const QString second = twoExportsApart(1, 1);
    QVERIFY(!second.isEmpty());
    const std::unique_ptr<TestOpsWrite> restore = plannedRestore(second);
    QVERIFY(restore);
    QCOMPARE(restore->writes(), 2);

    m_wiring->build(config()); // the settings saved again: another service, another client
    restore->apply();
    QVERIFY(waitFor(restore.get(), &TestOpsWrite::applied));
    QVERIFY(!restore->succeeded());
    QVERIFY2(restore->error().contains(u"the settings changed"_s), qPrintable(restore->error()));
    QCOMPARE(restore->summary(), restore->error());
    QVERIFY(m_fake->testCaseWrites.isEmpty());
    // Planned again, it says the same at once and reads nothing.
    restore->plan(RestoreChoice{});
    QVERIFY(waitFor(restore.get(), &TestOpsWrite::planned));
    QVERIFY2(restore->error().contains(u"the settings changed"_s), qPrintable(restore->error()));
}

void TestFrontWrites::aRestoreInFlightWhenTheSettingsChangeEndsAndSaysSo() {
    const QString second = twoExportsApart(1, 1);
    QVERIFY(!second.isEmpty());
    QString error;
    std::unique_ptr<TestOpsWrite> restore = m_wiring->front()->restore(second, &error);
    QVERIFY2(restore, qPrintable(error));
    // Reading TestOps for the plan, the settings are saved: the plan ends at once, and says why.
    QSignalSpy planned(restore.get(), &TestOpsWrite::planned);
    restore->plan(RestoreChoice{});
    m_wiring->build(config());
    QVERIFY(planned.wait(5000));
    QVERIFY2(restore->error().contains(u"the settings changed since it was opened"_s),
             qPrintable(restore->error()));

    // Writing, the same: it ends (no plan dialog left spinning) and says that what is not marked done was not
    // written.
    restore = plannedRestore(second);
    QVERIFY(restore);
    QCOMPARE(restore->writes(), 2);
    QSignalSpy applied(restore.get(), &TestOpsWrite::applied);
    restore->apply();
    m_wiring->build(config());
    QVERIFY(applied.wait(5000));
    QVERIFY(!restore->succeeded());
    QVERIFY2(restore->summary().contains(u"the settings changed while it was written"_s),
             qPrintable(restore->summary()));
    QCOMPARE(restore->rows().size(), 2); // the rows as they stood
}

void TestFrontWrites::theCleanupBoardCompletesTheRuleSet() {
    m_fake->addCleanerRule(0, u"attachment"_s, u"passed"_s, 24); // global
    m_fake->addCleanerRule(17, u"scenario"_s, u"failed"_s, 48);  // the project's
    const std::unique_ptr<CleanupBoard> board = m_wiring->front()->cleanup();
    QVERIFY(board);
    QCOMPARE(board->view().state, CleanupView::State::Loading);
    QSignalSpy loaded(board.get(), &CleanupBoard::loaded);
    board->load();
    QVERIFY(loaded.wait(10000));
    const CleanupView view = board->view();
    QCOMPARE(view.state, CleanupView::State::Ready);
    QCOMPARE(view.projects.size(), 1);
    QCOMPARE(view.projects.first().missing, 13);
    const auto cell =
        std::find_if(view.projects.first().cells.cbegin(), view.projects.first().cells.cend(),
                     [](const auto &c) { return c.target == u"scenario"_s && c.status == u"failed"_s; });
    QVERIFY(cell != view.projects.first().cells.cend());
    QCOMPARE(cell->source, u"project"_s);
    QCOMPARE(cell->projectRuleIds.size(), 1); // what the window's Change and Delete act on
    QVERIFY(!board->complete(false));

    const QList<CleanupBoard::Row> plan = board->plan({17}, 48);
    QCOMPARE(plan.size(), 13);
    QCOMPARE(board->planLines().size(), 13);
    QVERIFY2(board->planLines().first().startsWith(u"WOULD CREATE"_s),
             qPrintable(board->planLines().first()));
    QSignalSpy applied(board.get(), &CleanupBoard::applied);
    board->apply();
    QVERIFY(applied.wait(10000));
    const QList<CleanupBoard::Row> results = board->results();
    QCOMPARE(results.size(), 13);
    QVERIFY(std::all_of(results.cbegin(), results.cend(),
                        [](const auto &row) { return row.state == CleanupBoard::Row::State::Done; }));
    QCOMPARE(board->resultLines().size(), 13);
    QTRY_VERIFY(board->complete(false));
    QCOMPARE(board->view().projects.first().missing, 0);
}

QTEST_MAIN(TestFrontWrites)
#include "tst_front_writes.moc"
