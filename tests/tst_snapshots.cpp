// Snapshots against the fake TestOps with a stored case model: every part of every case kept, a day later
// only what changed read again, odd answers noted, a failing server leaves no snapshot.
#include "FakeTestOps.h"
#include "schedule/Clock.h"
#include "snapshots/SnapshotSession.h"
#include "snapshots/SnapshotStore.h"
#include "snapshots/SnapshotVerify.h"
#include "testops/TestOpsApi.h"
#include "testops/TestOpsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshots : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aSnapshotHoldsEveryPartOfEveryCase();
    void aDayLaterOnlyChangedCasesAreRead();
    void aFullRunCountsChangesTestOpsDidNotDate();
    void oddAnswersAreNotedNotFailures();
    void aServerThatKeepsFailingLeavesNoSnapshot();
    void aPassingFailureIsTriedAgain();
    void aCallThisTestOpsLacksFailsTheSnapshotNamingIt();
    void pagesThatNeverEndAreNotFollowedForEver();

private:
    SnapshotSession::Result snapshot(bool full = false);
    QJsonObject document(const SnapshotCase &c);
    SnapshotIndex indexOf(const SnapshotManifest &m);
    int requests(const QString &part) const;

    std::unique_ptr<FakeTestOps> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotStore> m_store;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<TestOpsClient> m_client;
    std::unique_ptr<TestOpsApi> m_api;
    ExportGroup m_group{u"API"_s, 17, 937, 2001, false};
    QList<qint64> m_ids;
    QDateTime m_at = QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
};

void TestSnapshots::init() {
    m_fake = std::make_unique<FakeTestOps>();
    QVERIFY(m_fake->listen());
    FakeCaseShape shape;
    shape.attachmentBytes = 4096;
    m_ids = m_fake->addModelGroup(17, 937, 2001, u"API"_s, 20, shape);
    m_fake->logRequests = true;
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SnapshotStore>(m_dir->path());
    TestOpsClient::Options options;
    options.baseUrl = m_fake->url();
    options.apiToken = m_fake->apiToken;
    m_client = std::make_unique<TestOpsClient>(options, &m_network, m_clock);
    m_api = std::make_unique<TestOpsApi>(m_client.get());
}

void TestSnapshots::cleanup() {
    m_api.reset();
    m_client.reset();
    m_fake.reset();
}

SnapshotSession::Result TestSnapshots::snapshot(bool full) {
    m_fake->requestLog.clear();
    SnapshotSession::Options options;
    options.full = full;
    m_at = m_at.addDays(1);
    SnapshotSession session(m_api.get(), m_store.get(), m_group, options, m_at);
    QSignalSpy finished(&session, &SnapshotSession::finished);
    session.start();
    if (!finished.wait(20000))
        qWarning("the snapshot did not finish");
    return session.result();
}

SnapshotIndex TestSnapshots::indexOf(const SnapshotManifest &m) {
    QString error;
    const std::optional<SnapshotIndex> index = m_store->index(m, &error);
    if (!index)
        qWarning() << error;
    return index.value_or(SnapshotIndex());
}

QJsonObject TestSnapshots::document(const SnapshotCase &c) {
    QString error;
    return QJsonDocument::fromJson(m_store->read(c.document, &error).value_or(QByteArray())).object();
}

int TestSnapshots::requests(const QString &part) const {
    int n = 0;
    for (const QString &line : m_fake->requestLog)
        n += line.contains(part) ? 1 : 0;
    return n;
}

void TestSnapshots::aSnapshotHoldsEveryPartOfEveryCase() {
    const SnapshotSession::Result result = snapshot();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const SnapshotManifest &m = result.manifest;
    QCOMPARE(m.cases, 20);
    QCOMPARE(m.expected, 20);
    QCOMPARE(m.fetched, 20);
    QVERIFY(m.full);
    QVERIFY2(m.notes.isEmpty(), qPrintable(m.notes.join(u'\n')));
    QCOMPARE(m_store->manifests().size(), 1);
    const SnapshotIndex index = indexOf(m);
    QCOMPARE(index.cases.size(), 20);
    for (qint64 id : std::as_const(m_ids)) {
        const FakeCaseModel::Case &stored = m_fake->model.cases()[id];
        const SnapshotCase *kept = index.testCase(id);
        QVERIFY(kept);
        QCOMPARE(kept->name, stored.name);
        QCOMPARE(kept->lastModified, stored.lastModifiedDate);
        const QJsonObject doc = document(*kept);
        QCOMPARE(doc[u"overview"_s][u"description"_s].toString(), stored.description);
        QCOMPARE(doc[u"overview"_s][u"customFields"_s].toArray(), stored.customFields);
        QCOMPARE(doc[u"overview"_s][u"testKeys"_s].toArray(), stored.testKeys);
        QCOMPARE(doc[u"relations"_s].toArray(), stored.relations);
        QCOMPARE(doc[u"comments"_s].toArray(), stored.comments);
        // The scenario: each stored step with its children and expected result.
        const QJsonObject steps = doc[u"scenario"_s][u"scenarioSteps"_s].toObject();
        QCOMPARE(steps.size(), stored.steps.size());
        for (const FakeCaseModel::Step &step : stored.steps) {
            const QJsonObject kept_ = steps[QString::number(step.id)].toObject();
            QCOMPARE(kept_[u"body"_s].toString(), step.body);
            QCOMPARE(kept_[u"children"_s].toArray().size(), step.children.size());
            QCOMPARE(kept_[u"expectedResultId"_s].toInteger(), step.expectedResultId);
            QCOMPARE(kept_[u"sharedStepId"_s].toInteger(), step.sharedStepId);
        }
        // The attachments, byte for byte.
        QCOMPARE(kept->attachments.size(), stored.attachments.size());
        for (qsizetype i = 0; i < stored.attachments.size(); ++i) {
            QString error;
            QCOMPARE(kept->attachments[i].name, stored.attachments[i].name);
            QCOMPARE(m_store->read(kept->attachments[i].object, &error).value_or(QByteArray()),
                     stored.attachments[i].bytes);
        }
        QCOMPARE(kept->path.isEmpty(), stored.nodeId == 2001); // the sub-group's cases name it
    }
    // Every shared step the scenarios use, with its steps and attachment bytes.
    QCOMPARE(index.sharedSteps.size(), m_fake->model.sharedSteps().size());
    for (const FakeCaseModel::SharedStep &stored : m_fake->model.sharedSteps()) {
        const SnapshotCase *kept = index.sharedStep(stored.id);
        QVERIFY(kept);
        QCOMPARE(kept->name, stored.name);
        QString error;
        QCOMPARE(m_store->read(kept->attachments.value(0).object, &error).value_or(QByteArray()),
                 stored.attachments[0].bytes);
        QCOMPARE(document(*kept)[u"scenario"_s][u"scenarioSteps"_s].toObject().size(), stored.steps.size());
    }
    // The minimum the API allows: 5 requests a case and one per attachment, 2 per shared step.
    QCOMPARE(requests(u"/overview"_s), 20);
    QCOMPARE(requests(u"/content"_s), 20 * 2 + 3);
    QVERIFY(!SnapshotVerify::run(*m_store).damaged());
}

void TestSnapshots::aDayLaterOnlyChangedCasesAreRead() {
    QVERIFY(snapshot().ok);
    const qint64 storedBefore = m_store->storedBytes();
    m_fake->model.rename(m_ids[3], u"Login, renamed"_s);
    m_fake->model.rewriteSteps(m_ids[7], {u"Only one step now"_s});
    const qint64 added =
        m_fake->model.addAttachment(m_ids[9], u"log.txt"_s, QByteArray("a new log\n").repeated(50));
    const SnapshotSession::Result result = snapshot();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.manifest.cases, 20);
    QCOMPARE(result.manifest.fetched, 3);
    QCOMPARE(result.manifest.unchanged, 17);
    QVERIFY(!result.manifest.full);
    QCOMPARE(requests(u"/overview"_s), 3);
    QCOMPARE(requests(u"/api/testcase/attachment/"_s), 1); // the new one; the others are kept
    QCOMPARE(requests(u"/api/sharedstep/attachment/"_s), 0);
    const SnapshotIndex index = indexOf(result.manifest);
    QCOMPARE(index.testCase(m_ids[3])->name, u"Login, renamed"_s);
    QCOMPARE(document(*index.testCase(m_ids[7]))[u"scenario"_s][u"scenarioSteps"_s].toObject().size(), 1);
    QString error;
    QCOMPARE(
        m_store->read(index.testCase(m_ids[9])->attachments.last().object, &error).value_or(QByteArray()),
        m_fake->model.cases()[m_ids[9]].attachments.last().bytes);
    QCOMPARE(index.testCase(m_ids[9])->attachments.last().id, added);
    // The store grew by what changed: three documents, a case list and a small attachment.
    QVERIFY2(m_store->storedBytes() - storedBefore < 20000,
             qPrintable(QString::number(m_store->storedBytes() - storedBefore)));
    // The first snapshot is still whole, and both are listed.
    QCOMPARE(m_store->manifests().size(), 2);
    QVERIFY(!SnapshotVerify::run(*m_store).damaged());
}

void TestSnapshots::aFullRunCountsChangesTestOpsDidNotDate() {
    QVERIFY(snapshot().ok);
    const qint64 attachment = m_fake->model.cases()[m_ids[5]].attachments[0].id;
    m_fake->model.replaceAttachmentBytes(attachment, "new bytes, same date", false);
    const SnapshotSession::Result incremental = snapshot();
    QCOMPARE(incremental.manifest.fetched, 0); // the date did not move: nothing read
    const SnapshotSession::Result full = snapshot(true);
    QVERIFY(full.ok);
    QVERIFY(full.manifest.full);
    QCOMPARE(full.manifest.fetched, 20);
    QCOMPARE(full.manifest.changedWithoutDate, 1);
    QVERIFY(full.manifest.notes.join(u'\n').contains(
        u"test case %1 (%2) changed without a new lastModifiedDate"_s.arg(m_ids[5]).arg(
            m_fake->model.cases()[m_ids[5]].name)));
    QString error;
    QCOMPARE(m_store->read(indexOf(full.manifest).testCase(m_ids[5])->attachments[0].object, &error)
                 .value_or(QByteArray()),
             QByteArray("new bytes, same date"));
}

void TestSnapshots::oddAnswersAreNotedNotFailures() {
    FakeCaseModel::Case *withMissed = m_fake->model.testCase(m_ids[1]);
    withMissed->attachments[1].missed = true;
    const qint64 missedId = withMissed->attachments[1].id;
    // A shared step deleted: the steps that use it still name it.
    const qint64 shared = m_fake->model.cases()[m_ids[0]].steps.last().sharedStepId
                              ? m_fake->model.cases()[m_ids[0]].steps.last().sharedStepId
                              : m_fake->model.sharedSteps().firstKey();
    m_fake->model.deleteSharedStep(shared);
    // A case deleted while the snapshot runs: once its overview is asked for, it is gone.
    const qint64 deleted = m_ids[12];
    connect(m_fake.get(), &FakeTestOps::requestServed, this, [this, deleted](const QString &route) {
        if (route == u"GET /api/testcase/{id}/overview"_s)
            m_fake->model.forceDelete(deleted);
    });
    // An attachment whose content answers 204 with no body: not kept as empty bytes, said, and asked again next time.
    const qint64 empty = m_fake->model.cases()[m_ids[3]].attachments[0].id;
    m_fake->model.noContent.insert(empty);
    const SnapshotSession::Result result = snapshot();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const QString notes = result.manifest.notes.join(u'\n');
    QVERIFY2(notes.contains(u"attachment %1 (screen-1.png) is not kept: the server answered 204"_s.arg(empty)),
             qPrintable(notes));
    QVERIFY(indexOf(result.manifest).testCase(m_ids[3])->attachments[0].object.isEmpty());
    QVERIFY2(notes.contains(
                 u"attachment %1 (screen-2.png) has no bytes in TestOps (marked missed)"_s.arg(missedId)),
             qPrintable(notes));
    QVERIFY2(notes.contains(u"which TestOps does not return"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"test case %1"_s.arg(deleted)) &&
                 notes.contains(u"was deleted while the snapshot was taken"_s),
             qPrintable(notes));
    QCOMPARE(result.manifest.cases, 19);
    const SnapshotIndex index = indexOf(result.manifest);
    QVERIFY(index.testCase(m_ids[1])->attachments[1].missed);
    QVERIFY(index.testCase(m_ids[1])->attachments[1].object.isEmpty());
    QVERIFY(!index.sharedStep(shared));
}

void TestSnapshots::aServerThatKeepsFailingLeavesNoSnapshot() {
    m_fake->addFault(FakeTestOps::Fault::CaseReadError, -1);
    const SnapshotSession::Result result = snapshot();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.httpStatus, 502);
    QVERIFY(result.reachedTestOps);
    QVERIFY(m_store->manifests().isEmpty());
    // What it stored before it failed is not listed, and is collected.
    m_store->collect(std::chrono::seconds(0));
    QCOMPARE(m_store->storedBytes(), 0);
}

void TestSnapshots::aPassingFailureIsTriedAgain() {
    m_fake->addFault(FakeTestOps::Fault::CaseReadError, 2);
    const SnapshotSession::Result result = snapshot();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.manifest.cases, 20);
    QCOMPARE(result.manifest.requests, qint64(m_fake->requestLog.size()) - 1); // less the token exchange
}

void TestSnapshots::aCallThisTestOpsLacksFailsTheSnapshotNamingIt() {
    // An older TestOps without comments: every case's comments answer 404 while the case is there. Taking
    // that for "deleted" would list an empty snapshot as good.
    m_fake->missingCalls = {u"/api/comment"_s};
    const SnapshotSession::Result result = snapshot();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(u"TestOps answers 404 for the comments of test case"_s),
             qPrintable(result.error.message));
    QVERIFY(m_store->manifests().isEmpty());
}

void TestSnapshots::pagesThatNeverEndAreNotFollowedForEver() {
    // Every page says there is another and repeats the first: the listing and the rows stop when nothing new
    // comes, and the snapshot is whole.
    m_fake->model.pagesNeverEnd = true;
    const SnapshotSession::Result result = snapshot();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.manifest.cases, 20);
    QCOMPARE(indexOf(result.manifest).testCase(m_ids[0])->attachments.size(), 2);
    QVERIFY(result.manifest.requests < 20 * 12); // a second page each, no more
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
