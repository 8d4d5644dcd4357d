// TestOps storage cleanup rules: the grid (rules add up, the earliest delay wins), the plan that completes
// the full set without duplicates, and the session against the fake TestOps: every page read, a rule created,
// changed and deleted, the runs started, a project TestOps does not know named.
#include "FakeTestOps.h"
#include "cleanup/CleanupSession.h"
#include "schedule/Clock.h"
#include "testops/TestOpsClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Cleanup::Rule;

class TestCleanup : public QObject {
    Q_OBJECT
private slots:
    void init();
    void theEarliestDelayWins();
    void thePlanCompletesOnlyWhatIsMissing();
    void everyPageIsReadAndTheGridIsRight();
    void applyCreatesOneAtATimeAndSaysWhatWasThere();
    void changeDeleteAndRun();
    void aProjectTestOpsDoesNotKnowIsNamed();

private:
    std::unique_ptr<CleanupSession> session(QList<qint64> projects = {17}) {
        return std::make_unique<CleanupSession>(m_client.get(), std::move(projects));
    }
    static void load(CleanupSession &session) {
        QSignalSpy loaded(&session, &CleanupSession::loaded);
        session.load();
        QVERIFY(loaded.wait(10000));
    }

    std::unique_ptr<FakeTestOps> m_fake;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestOpsClient> m_client;
};

void TestCleanup::init() {
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 10, 0, {}});
    QVERIFY(m_fake->listen());
    TestOpsClient::Options options;
    options.baseUrl = m_fake->url();
    options.apiToken = m_fake->apiToken;
    m_client = std::make_unique<TestOpsClient>(options, &m_network, m_clock);
}

void TestCleanup::theEarliestDelayWins() {
    const Cleanup::Grid grid =
        Cleanup::Grid::of({{1, 0, u"attachment"_s, u"passed"_s, 24}, {2, 0, u"scenario"_s, u"failed"_s, 24}},
                          {{3, 17, u"attachment"_s, u"passed"_s, 25},
                           {4, 17, u"scenario"_s, u"failed"_s, 12},
                           {5, 17, u"scenario"_s, u"failed"_s, 6}, // a duplicate with an earlier delay
                           {6, 17, u"video"_s, u"passed"_s, 1}});  // a target TestOps does not have: left out
    QCOMPARE(grid.cells.size(), 15);
    const Cleanup::Cell *attachment = grid.cell(u"attachment"_s, u"passed"_s);
    QCOMPARE(attachment->effectiveDelay(), 24); // global 24 h and project 25 h: 24 h, as TestOps' page says
    QCOMPARE(attachment->source(), u"global"_s);
    const Cleanup::Cell *scenario = grid.cell(u"scenario"_s, u"failed"_s);
    QCOMPARE(scenario->effectiveDelay(), 6);
    QCOMPARE(scenario->source(), u"project"_s);
    QCOMPARE(scenario->projectRuleIds, (QList<qint64>{4, 5}));
    QCOMPARE(grid.missingCount(), 13);
    QVERIFY(grid.cell(u"fixture"_s, u"skipped"_s)->missing());
    QCOMPARE(CleanupSession::cellText(*grid.cell(u"fixture"_s, u"skipped"_s)), u"—"_s);
    QCOMPARE(CleanupSession::cellText(*scenario), u"6 h P"_s);
}

void TestCleanup::thePlanCompletesOnlyWhatIsMissing() {
    const Cleanup::Grid grid = Cleanup::Grid::of({{1, 0, u"attachment"_s, u"passed"_s, 24}},
                                                 {{3, 17, u"fixture"_s, u"broken"_s, 48}});
    const QList<Rule> project = Cleanup::plan(grid, 17, 48);
    QCOMPARE(project.size(), 13);
    for (const Rule &rule : project) {
        QCOMPARE(rule.projectId, 17);
        QCOMPARE(rule.delayHours, 48);
        QVERIFY(grid.cell(rule.target, rule.status)->missing());
    }
    const QList<Rule> global = Cleanup::plan(grid, 0, 24);
    QCOMPARE(global.size(), 14); // every cell but the one a global rule covers
    QVERIFY(std::none_of(global.cbegin(), global.cend(), [](const Rule &rule) {
        return rule.target == u"attachment"_s && rule.status == u"passed"_s;
    }));
    const Cleanup::Grid full =
        Cleanup::Grid::of({}, project + QList<Rule>{{1, 17, u"attachment"_s, u"passed"_s, 1},
                                                    {3, 17, u"fixture"_s, u"broken"_s, 48}});
    QCOMPARE(full.missingCount(), 0);
    QVERIFY(Cleanup::plan(full, 17, 48).isEmpty());
}

void TestCleanup::everyPageIsReadAndTheGridIsRight() {
    for (int i = 0; i < 23; ++i) // three pages of 10 for the project, duplicates included
        m_fake->addCleanerRule(17, Cleanup::targets().at(i % 3), Cleanup::statuses().at(i % 5), 48 + i);
    m_fake->addCleanerRule(0, u"scenario"_s, u"unknown"_s, 12);
    auto session = this->session();
    load(*session);
    QVERIFY2(session->error().isEmpty(), qPrintable(session->error()));
    QCOMPARE(m_fake->count(u"GET /api/cleanerschema"_s), 3);
    QCOMPARE(session->globalRules().size(), 1);
    const CleanupSession::Project *project = session->project(17);
    QVERIFY(project);
    QCOMPARE(project->rules.size(), 23);
    QCOMPARE(project->grid.missingCount(), 0);
    QCOMPARE(project->grid.cell(u"scenario"_s, u"unknown"_s)->effectiveDelay(), 12);
    QVERIFY(project->canConfigure);
    QCOMPARE(project->launchClose.finishedTimeout, 3600);
}

void TestCleanup::applyCreatesOneAtATimeAndSaysWhatWasThere() {
    auto session = this->session();
    load(*session);
    const QList<Rule> plan = Cleanup::plan(session->project(17)->grid, 17, 48);
    QCOMPARE(plan.size(), 15);
    // Someone adds a rule between the plan and its application: it is not created twice.
    m_fake->addCleanerRule(0, u"attachment"_s, u"broken"_s, 24);
    QSignalSpy applied(session.get(), &CleanupSession::applied);
    session->apply(plan);
    QVERIFY(applied.wait(10000));
    const auto outcomes = applied.last().at(0).value<QList<CleanupSession::Outcome>>();
    QCOMPARE(outcomes.size(), 15);
    const auto count = [&](CleanupSession::Outcome::Kind kind) {
        return std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [kind](const auto &o) { return o.kind == kind; });
    };
    QCOMPARE(count(CleanupSession::Outcome::Kind::Created), 14);
    QCOMPARE(count(CleanupSession::Outcome::Kind::AlreadyThere), 1);
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 14);
    QCOMPARE(session->project(17)->grid.missingCount(), 0); // read again after
    for (const auto &outcome : outcomes) {
        if (outcome.kind == CleanupSession::Outcome::Kind::Created)
            QVERIFY(outcome.rule.id > 0);
        else
            QCOMPARE(
                CleanupSession::outcomeLine(outcome),
                u"EXISTS   attachments of broken tests  project 17: already covered by a global rule (24 h)"_s);
    }
}

void TestCleanup::changeDeleteAndRun() {
    const qint64 id = m_fake->addCleanerRule(17, u"fixture"_s, u"passed"_s, 48);
    auto session = this->session();
    load(*session);
    QSignalSpy done(session.get(), &CleanupSession::done);
    session->changeDelay(id, 12);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(0).toBool(), true);
    QCOMPARE(m_fake->cleanerRules.first().delay, 12);
    QCOMPARE(session->project(17)->grid.cell(u"fixture"_s, u"passed"_s)->effectiveDelay(), 12);

    session->deleteRule(id);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(0).toBool(), true);
    QVERIFY(m_fake->cleanerRules.isEmpty());
    QVERIFY(session->project(17)->grid.cell(u"fixture"_s, u"passed"_s)->missing());

    session->run(TestOpsApi::CleanupRun::ProjectRules);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(1).toString(), u"TestOps started the collection by project rules"_s);
    session->run(TestOpsApi::CleanupRun::BlobRemoval);
    QVERIFY(done.wait(10000));
    QCOMPARE(m_fake->cleanupRuns, (QStringList{u"/api/cleanup/scheduler/cleaner_schema_project"_s,
                                               u"/api/cleanup/scheduler/blob_remove_task"_s}));
    // A refusal is said as the role that is needed.
    m_fake->cleanupAdmin = false;
    session->run(TestOpsApi::CleanupRun::GlobalRules);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(0).toBool(), false);
    QVERIFY2(done.last().at(1).toString().contains(u"administrator role"_s),
             qPrintable(done.last().at(1).toString()));
}

void TestCleanup::aProjectTestOpsDoesNotKnowIsNamed() {
    auto session = this->session({17, 404});
    load(*session);
    QVERIFY(session->error().isEmpty());
    QCOMPARE(session->project(404)->error, u"project 404 is not in TestOps (HTTP 404)"_s);
    QVERIFY(session->project(17)->error.isEmpty());
    QVERIFY2(
        CleanupSession::report(*session->project(404)).join(u'\n').contains(u"cannot be read: project 404"_s),
        qPrintable(CleanupSession::report(*session->project(404)).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
