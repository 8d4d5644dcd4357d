// A full restore from a snapshot, with the real binary against the fake TestOps's stored model: a case
// deleted with force (nested steps, an expected result, an attachment step, a shared step that is deleted
// too, a relation), a soft-deleted one, one whose steps were rewritten and an attachment deleted, one moved
// out of its group by its custom field: planned, put back, and each read from the model and compared with
// the case as it was; a 500 in the middle of a re-created case, completed by a second run without a second
// case.
#include "ModelAppRig.h"
#include "exports/JournalRecord.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshotRestore : public QObject, protected ModelAppRig {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fourCasesComeBackWhole();
    void aFailedWriteIsCompletedByASecondRunWithoutASecondCase();
    void aLostAnswerToACreationIsReadBackNotSentAgain();
    void aRelationToACaseGoneAndNotRestoredIsLeftOutAndSaid();
    void badInputIsNamed();
    void aSharedStepLeftHalfBuiltIsArchivedAndBuiltAgain();
    void commentsArePostedOnceAcrossRuns();
    void attachmentsAreReadEveryPage();
    void aStepWhoseAttachmentWasNotKeptIsLeftOutAndSaid();
    void aScenarioThatLoopsIsNotFollowed();
    void anAttachmentsNameAndTypeCannotAddHeadersToTheUpload();
    void intoAnEmptySecondProject();
    void aRelationToACaseWhoseCreationFailedIsLeftOut();
    void lostAnswersToACommentAndASharedStepAreReadBack();
    void aSharedStepTheSnapshotLacksIsNotCreatedFromNothing();
    void aCaseChangedAfterTheNewestSnapshotIsAConflict();

private:
    QProcessEnvironment environment() const { return rigEnvironment(); }
    using ModelAppRig::run;
    int run(const QStringList &arguments) { return run(arguments, environment()); }
    QString snapshot() {
        if (run({u"--snapshot-now"_s}) != 0)
            return {};
        run({u"--snapshots"_s});
        return m_out.section(u' ', 0, 0);
    }
    // What a user sees of a case's scenario, one line per step, nesting by indent: bodies, expected results,
    // attachments by their bytes, shared steps by their name and their own scenario (walked the same way).
    QStringList steps(const FakeCaseModel::Case &c) const {
        QStringList lines;
        walk(c.steps, c.attachments, c.root, 0, &lines);
        return lines;
    }
    void walk(const QMap<qint64, FakeCaseModel::Step> &steps,
              const QList<FakeCaseModel::Attachment> &attachments, const QList<qint64> &ids, int depth,
              QStringList *lines) const {
        const QString indent(depth * 2, u' ');
        for (qint64 id : ids) {
            const FakeCaseModel::Step &step = steps[id];
            QString line = indent + step.body;
            if (step.attachmentId) {
                const auto a = std::find_if(attachments.cbegin(), attachments.cend(),
                                            [&](const auto &x) { return x.id == step.attachmentId; });
                line += a == attachments.cend() ? u"[attachment missing]"_s
                                                : u"[attachment %1 %2]"_s.arg(a->name, hash(a->bytes));
            }
            const auto &allShared = m_fake->model.sharedSteps();
            const auto shared = allShared.constFind(step.sharedStepId);
            if (step.sharedStepId)
                line += shared == allShared.cend()
                            ? u"[shared step missing]"_s
                            : u"[shared %1%2]"_s.arg(shared->name,
                                                     shared->archived ? u" (archived)"_s : QString());
            lines->append(line);
            if (step.sharedStepId && shared != allShared.cend())
                walk(shared->steps, shared->attachments, shared->root, depth + 1, lines);
            if (step.expectedResultId) {
                lines->append(indent + u"expected:"_s);
                walk(steps, attachments, steps[step.expectedResultId].children, depth + 1, lines);
            }
            walk(steps, attachments, step.children, depth + 1, lines);
        }
    }
    static QString hash(const QByteArray &bytes) {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    }
    static QStringList attachments(const FakeCaseModel::Case &c) {
        QStringList out;
        for (const auto &a : c.attachments)
            out.append(a.name + u' ' + hash(a.bytes));
        out.sort();
        return out;
    }
    qint64 sharedStepOf(const FakeCaseModel::Case &c) const {
        qint64 id = 0;
        for (const auto &step : c.steps)
            id = step.sharedStepId ? step.sharedStepId : id;
        return id;
    }
    QList<qint64> sharedStepsNamed(const QString &name) const {
        QList<qint64> ids;
        for (const FakeCaseModel::SharedStep &s : m_fake->model.sharedSteps())
            if (s.name == name)
                ids.append(s.id);
        return ids;
    }
    QList<qint64> casesNamed(const QString &name) const {
        QList<qint64> ids;
        for (const FakeCaseModel::Case &c : m_fake->model.cases())
            if (c.name == name)
                ids.append(c.id);
        return ids;
    }
};

void TestSnapshotRestore::init() {
    QVERIFY(setUpRig(QStringLiteral(TESTOPS_EXPORT_BINARY)));
}

void TestSnapshotRestore::cleanup() {
    if (QTest::currentTestFailed())
        qInfo().noquote() << "out:" << m_out << "\nerr:" << m_err.right(3000);
}

void TestSnapshotRestore::fourCasesComeBackWhole() {
    const QString id = snapshot();
    QVERIFY2(!id.isEmpty(), qPrintable(m_out + m_err));
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case gone = model.cases()[m_ids[1]];
    const FakeCaseModel::Case soft = model.cases()[m_ids[2]];
    const FakeCaseModel::Case edited = model.cases()[m_ids[3]];
    const FakeCaseModel::Case moved = model.cases()[m_ids[4]];
    QVERIFY(!gone.relations.isEmpty());
    const QStringList goneSteps = steps(gone);
    QVERIFY2(goneSteps.join(u'\n').contains(u"[attachment screen-1.png"_s) &&
                 goneSteps.join(u'\n').contains(u"[shared Log in as"_s) &&
                 goneSteps.contains(u"  Type the name"_s) && goneSteps.contains(u"expected:"_s),
             qPrintable(goneSteps.join(u'\n')));
    const QStringList editedSteps = steps(edited);
    qint64 sharedId = 0;
    for (const auto &step : gone.steps)
        sharedId = step.sharedStepId ? step.sharedStepId : sharedId;
    const FakeCaseModel::SharedStep shared = model.sharedSteps()[sharedId];

    model.forceDelete(gone.id);
    model.deleteSharedStep(sharedId);
    model.softDelete(soft.id);
    model.rewriteSteps(edited.id, {u"Something else"_s});
    model.removeAttachment(edited.id, edited.attachments.last().id);
    model.moveOut(moved.id);
    QVERIFY(!model.casesUnder(2001).contains(moved.id));
    const QString cases = u"%1,%2,%3,%4"_s.arg(gone.id).arg(soft.id).arg(edited.id).arg(moved.id);

    // The plan: nothing written.
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, cases}), 0);
    QVERIFY(model.writes.isEmpty());
    for (const QString &expected :
         {u"SHARED    %1  %2  (gone: created again with its steps)"_s.arg(sharedId).arg(shared.name),
          u"CREATE    %1  %2  (fields, customFields, tags"_s.arg(gone.id).arg(gone.name),
          u"RESTORE   %1  %2"_s.arg(soft.id).arg(soft.name),
          u"PUT BACK  %1  %2  (attachments, scenario)"_s.arg(edited.id).arg(edited.name),
          u"PUT BACK  %1  %2  (customFields)"_s.arg(moved.id).arg(moved.name),
          u"Dry run: nothing was written to TestOps. Add --apply to write these 4 case(s)."_s})
        QVERIFY2(m_out.contains(expected), qPrintable(expected));

    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--apply"_s}), 0);
    const QList<qint64> created = casesNamed(gone.name);
    QCOMPARE(created.size(), 1);
    const FakeCaseModel::Case back = model.cases()[created.first()];
    QVERIFY(back.id != gone.id);
    QVERIFY2(
        m_out.contains(u"OK    %1 -> %2  %3  written: created, "_s.arg(gone.id).arg(back.id).arg(gone.name)),
        qPrintable(m_out));
    QVERIFY2(m_out.count(u"; verified"_s) == 4, qPrintable(m_out));

    // The re-created case, part by part as it was (new ids mapped).
    QCOMPARE(back.description, gone.description);
    QCOMPARE(back.precondition, gone.precondition);
    QCOMPARE(back.automated, gone.automated);
    QCOMPARE(back.status, gone.status);
    QCOMPARE(back.layer, gone.layer);
    QCOMPARE(back.tags, gone.tags);
    QCOMPARE(back.links, gone.links);
    QCOMPARE(back.issues, gone.issues);
    QCOMPARE(back.members, gone.members);
    QCOMPARE(back.testKeys, gone.testKeys);
    QCOMPARE(back.customFields, gone.customFields);
    QCOMPARE(attachments(back), attachments(gone));
    QCOMPARE(back.relations.size(), 1);
    QCOMPARE(back.relations[0][u"target"_s][u"id"_s].toInteger(),
             gone.relations[0][u"target"_s][u"id"_s].toInteger());
    QCOMPARE(back.nodeId, gone.nodeId); // back in its group, by its custom field
    QCOMPARE(back.examples.size(), gone.examples.size());
    QCOMPARE(back.examples[0][u"parameters"_s], gone.examples[0][u"parameters"_s]);
    QCOMPARE(back.comments.size(), gone.comments.size());
    QVERIFY2(back.comments[0][u"body"_s].toString().startsWith(u"Written by bob on "_s) &&
                 back.comments[0][u"body"_s].toString().endsWith(u"\n\nReviewed"_s),
             qPrintable(back.comments[0][u"body"_s].toString()));
    // The shared step, created again with its steps and attachment, and the scenario pointing at it.
    QCOMPARE(steps(back), goneSteps);
    qint64 newShared = 0;
    for (const auto &step : back.steps)
        newShared = step.sharedStepId ? step.sharedStepId : newShared;
    QVERIFY(newShared != sharedId && model.sharedSteps().contains(newShared));
    const FakeCaseModel::SharedStep &sharedBack = model.sharedSteps()[newShared];
    QCOMPARE(sharedBack.name, shared.name);
    QCOMPARE(sharedBack.attachments.size(), 1);
    QCOMPARE(sharedBack.attachments[0].bytes, shared.attachments[0].bytes);
    QCOMPARE(sharedBack.root.size(), shared.root.size());

    // The soft-deleted one, with its id; the edited one's steps and attachment; the moved one in its group.
    QVERIFY(!model.cases()[soft.id].deleted);
    QCOMPARE(steps(model.cases()[soft.id]), steps(soft));
    QCOMPARE(steps(model.cases()[edited.id]), editedSteps);
    QCOMPARE(attachments(model.cases()[edited.id]), attachments(edited));
    QCOMPARE(model.versions.value(edited.id), 1); // a version saved before writing
    QVERIFY(model.casesUnder(2001).contains(moved.id));
    QCOMPARE(model.cases()[moved.id].nodeId, moved.nodeId);

    // Run again: nothing differs any more.
    const qsizetype writes = model.writes.size();
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"SAME"_s) || m_out.contains(u"Nothing to put back"_s), qPrintable(m_out));
    QCOMPARE(model.writes.size(), writes);
}

void TestSnapshotRestore::aFailedWriteIsCompletedByASecondRunWithoutASecondCase() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case gone = model.cases()[m_ids[5]];
    model.forceDelete(gone.id);
    model.failWrite = 3; // created, an attachment uploaded, the second one answers 500
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id), u"--apply"_s}), 1);
    QVERIFY2(m_out.contains(u"FAIL  %1 -> "_s.arg(gone.id)) &&
                 m_out.contains(u"written: created, attachments; failed: "_s),
             qPrintable(m_out));
    QCOMPARE(casesNamed(gone.name).size(), 1);
    // The journal says it as it happened: created (with the new id, at once), then failed.
    using Event = JournalRecord::SnapshotRestore::Event;
    QList<JournalRecord::SnapshotRestore> records;
    QFile journal(m_dir->filePath(u"exports/.testops-export/history.jsonl"_s));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    while (!journal.atEnd()) {
        const JournalRecord::Any any =
            JournalRecord::read(QJsonDocument::fromJson(journal.readLine()).object());
        if (const auto *record = std::get_if<JournalRecord::SnapshotRestore>(&any))
            records.append(*record);
    }
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].event, Event::Created);
    QCOMPARE(records[0].testCase, gone.id);
    QCOMPARE(records[0].target, casesNamed(gone.name).first());
    QCOMPARE(records[0].snapshot, id);
    QCOMPARE(records[0].project, gone.projectId);
    QCOMPARE(records[1].event, Event::Failed);
    QCOMPARE(records[1].written, (QStringList{u"created"_s, u"attachments"_s}));
    QVERIFY(!records[1].error.isEmpty());

    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id)}), 0);
    QVERIFY2(m_out.contains(u"PUT BACK  %1"_s.arg(gone.id)) && m_out.contains(u"by an earlier restore"_s),
             qPrintable(m_out));
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id), u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"verified"_s), qPrintable(m_out));
    const QList<qint64> named = casesNamed(gone.name);
    QCOMPARE(named.size(), 1);
    QCOMPARE(steps(model.cases()[named.first()]), steps(gone));
    QCOMPARE(attachments(model.cases()[named.first()]), attachments(gone));
}

void TestSnapshotRestore::aLostAnswerToACreationIsReadBackNotSentAgain() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case gone = m_fake->model.cases()[m_ids[6]];
    m_fake->model.forceDelete(gone.id);
    m_fake->addFault(FakeTestOps::Fault::DropWriteAnswer); // the case is created; its answer never arrives
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id), u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"verified"_s), qPrintable(m_out));
    QCOMPARE(casesNamed(gone.name).size(), 1);
    QCOMPARE(m_fake->model.writes.count(u"POST /api/testcase"_s), 1);
    QVERIFY2(m_out.contains(u"the answer was lost; reading TestOps back found the new test case "_s),
             qPrintable(m_out));
    QCOMPARE(steps(m_fake->model.cases()[casesNamed(gone.name).first()]), steps(gone));
}

void TestSnapshotRestore::aRelationToACaseGoneAndNotRestoredIsLeftOutAndSaid() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case source = model.cases()[m_ids[1]];
    const qint64 target = source.relations[0][u"target"_s][u"id"_s].toInteger();
    model.forceDelete(target);
    model.forceDelete(source.id);
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(source.id)}), 0);
    QVERIFY2(m_out.contains(u"its relation to test case %1 is left out"_s.arg(target)), qPrintable(m_out));
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(source.id), u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"verified"_s), qPrintable(m_out));
    const QList<qint64> back = casesNamed(source.name);
    QCOMPARE(back.size(), 1);
    QVERIFY(model.cases()[back.first()].relations.isEmpty());
    QCOMPARE(steps(model.cases()[back.first()]), steps(source));
}

void TestSnapshotRestore::badInputIsNamed() {
    const QString id = snapshot();
    QCOMPARE(run({u"--restore-snapshot"_s, u"20200101T000000Z-API"_s}), 2);
    QVERIFY2(m_err.contains(u"no snapshot 20200101T000000Z-API"_s), qPrintable(m_err));
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, u"123"_s}), 2);
    QVERIFY2(m_err.contains(u"test case 123 is not in snapshot "_s), qPrintable(m_err));
    QCOMPARE(run({u"--restore-snapshot"_s, id}), 0);
    QVERIFY2(m_out.contains(u"Nothing to put back"_s), qPrintable(m_out));
    // A day and a group name the day's last snapshot of that group.
    const QString day = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(run({u"--restore-snapshot"_s, day, u"--group"_s, u"API"_s}), 0);
    QVERIFY2(m_out.startsWith(u"%1: snapshot %2, that day's last\n"_s.arg(day, id)), qPrintable(m_out));
    QVERIFY2(m_out.contains(
                 u"Nothing to put back: TestOps holds these test cases as snapshot %1 kept them."_s.arg(id)),
             qPrintable(m_out));
    QCOMPARE(run({u"--restore-snapshot"_s, day, u"--group"_s, u"Other"_s}), 2);
    QVERIFY2(m_err.contains(u"no snapshot %1 of group Other"_s.arg(day)), qPrintable(m_err));
    QCOMPARE(run({u"--group"_s, u"API"_s}), 2);
    QVERIFY2(m_err.contains(u"--group goes with --restore-snapshot"_s), qPrintable(m_err));
    QVERIFY(m_fake->model.writes.isEmpty());
}

void TestSnapshotRestore::aSharedStepLeftHalfBuiltIsArchivedAndBuiltAgain() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case gone = model.cases()[m_ids[1]];
    const qint64 sharedId = sharedStepOf(gone);
    QVERIFY(sharedId > 0);
    const FakeCaseModel::SharedStep shared = model.sharedSteps()[sharedId];
    const QStringList goneSteps = steps(gone);
    model.forceDelete(gone.id);
    model.deleteSharedStep(sharedId);
    const QString only = QString::number(gone.id);

    // The shared step is created, its attachment uploaded, its first step answers 500: the run stops before
    // the case, which would need it.
    model.failWriteTo = u"POST /api/sharedstep/step"_s;
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 1);
    QVERIFY2(m_out.contains(u"LEFT  %1  %2  stopped: "_s.arg(gone.id).arg(gone.name)), qPrintable(m_out));
    QVERIFY(casesNamed(gone.name).isEmpty());
    const QList<qint64> halfBuilt = sharedStepsNamed(shared.name);
    QCOMPARE(halfBuilt.size(), 1);
    QVERIFY(model.sharedSteps()[halfBuilt[0]].root.isEmpty());

    // The next run archives the half-built one and builds the shared step again, whole.
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only}), 0);
    QVERIFY2(m_out.contains(
                 u"an earlier restore left it half-built as %1: that one is archived"_s.arg(halfBuilt[0])),
             qPrintable(m_out));
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    QVERIFY(model.sharedSteps()[halfBuilt[0]].archived);
    QCOMPARE(casesNamed(gone.name).size(), 1);
    const FakeCaseModel::Case back = model.cases()[casesNamed(gone.name)[0]];
    const qint64 rebuilt = sharedStepOf(back);
    QVERIFY(rebuilt != halfBuilt[0] && rebuilt != sharedId);
    QCOMPARE(model.sharedSteps()[rebuilt].root.size(), shared.root.size());
    QCOMPARE(steps(back), goneSteps);

    // Archived later in TestOps: the next restore unarchives the one it made, not the snapshot's id.
    model.sharedStep(rebuilt)->archived = true;
    model.forceDelete(back.id);
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    QVERIFY(model.writes.contains(u"POST /api/sharedstep/%1/unarchive"_s.arg(rebuilt)));
    QVERIFY(!model.sharedSteps()[rebuilt].archived);
    QCOMPARE(sharedStepOf(model.cases()[casesNamed(gone.name).value(0)]), rebuilt);
}

void TestSnapshotRestore::commentsArePostedOnceAcrossRuns() {
    FakeCaseModel &model = m_fake->model;
    model.testCase(m_ids[7])->comments.append(QJsonObject{{u"id"_s, 77},
                                                          {u"body"_s, u"Second look"_s},
                                                          {u"createdBy"_s, u"carol"_s},
                                                          {u"createdDate"_s, model.now}});
    // Someone's comment that merely looks like a restored one is still said to be theirs.
    model.testCase(m_ids[7])->comments.append(QJsonObject{
        {u"id"_s, 78},
        {u"body"_s,
         u"Written by alice on 2025-01-01 00:00 UTC (restored from snapshot X-API):\n\nTrust me"_s},
        {u"createdBy"_s, u"mallory"_s},
        {u"createdDate"_s, model.now}});
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case gone = model.cases()[m_ids[7]];
    model.forceDelete(gone.id);
    const QString only = QString::number(gone.id);

    model.failWriteTo = u"POST /api/comment"_s;
    model.failWriteToNth = 2; // the first comment posted, the second answers 500
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 1);
    QVERIFY2(m_out.contains(u"comments; failed: "_s), qPrintable(m_out));
    QCOMPARE(casesNamed(gone.name).size(), 1);
    const qint64 back = casesNamed(gone.name)[0];
    QCOMPARE(model.cases()[back].comments.size(), 1);

    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only}), 0);
    QVERIFY2(m_out.contains(u"PUT BACK  %1  %2  (comments)"_s.arg(gone.id).arg(gone.name)),
             qPrintable(m_out));
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"written: comments; verified"_s), qPrintable(m_out));
    const QJsonArray comments = model.cases()[back].comments;
    QCOMPARE(comments.size(), 3);
    QVERIFY(comments[0][u"body"_s].toString().endsWith(u"\n\nReviewed"_s));
    QVERIFY2(comments[1][u"body"_s].toString().startsWith(u"Written by carol on "_s) &&
                 comments[1][u"body"_s].toString().endsWith(u"\n\nSecond look"_s),
             qPrintable(comments[1][u"body"_s].toString()));
    QVERIFY2(comments[2][u"body"_s].toString().startsWith(u"Written by mallory on "_s) &&
                 comments[2][u"body"_s].toString().contains(u"\n\nWritten by alice on "_s),
             qPrintable(comments[2][u"body"_s].toString()));

    // Nothing left to post: a third run writes nothing.
    const qsizetype writes = model.writes.size();
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QCOMPARE(model.writes.size(), writes);

    // The copy is kept by a later snapshot, then deleted too: restored from that snapshot, its comments
    // (each already saying who wrote it and when) are posted as they are, not wrapped in a second header.
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_KEEP"_s, QString());
    QTest::qWait(1100); // a snapshot's id is its second
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    QCOMPARE(run({u"--snapshots"_s}, env), 0);
    const QString newer = m_out.trimmed().split(u'\n').constLast().section(u' ', 0, 0);
    QVERIFY2(newer != id, qPrintable(m_out));
    model.forceDelete(back);
    QCOMPARE(run({u"--restore-snapshot"_s, newer, u"--cases"_s, QString::number(back), u"--apply"_s}), 0);
    const qint64 third = casesNamed(gone.name).constLast();
    QVERIFY(third != back);
    const QJsonArray again = model.cases()[third].comments;
    QCOMPARE(again.size(), 3);
    for (qsizetype i = 0; i < again.size(); ++i)
        QCOMPARE(again[i][u"body"_s].toString(), comments[i][u"body"_s].toString());
}

void TestSnapshotRestore::attachmentsAreReadEveryPage() {
    FakeCaseModel &model = m_fake->model;
    model.pageSizeAtMost = 1; // a server that gives one row a page whatever is asked
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case edited = model.cases()[m_ids[3]];
    QVERIFY(edited.attachments.size() >= 2);
    model.rewriteSteps(edited.id, {u"Something else"_s});
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(edited.id), u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"PUT BACK  %1  %2  (scenario)"_s.arg(edited.id).arg(edited.name)),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"written: scenario; verified"_s), qPrintable(m_out));
    // Every attachment on a later page was seen as there: none uploaded twice.
    QCOMPARE(model.writes.count(u"POST /api/testcase/attachment"_s), 0);
    QCOMPARE(attachments(model.cases()[edited.id]), attachments(edited));
    QCOMPARE(steps(model.cases()[edited.id]), steps(edited));
}

void TestSnapshotRestore::aStepWhoseAttachmentWasNotKeptIsLeftOutAndSaid() {
    FakeCaseModel &model = m_fake->model;
    FakeCaseModel::Case *c = model.testCase(m_ids[1]);
    qint64 shown = 0;
    for (const auto &step : c->steps)
        shown = step.attachmentId ? step.attachmentId : shown;
    QVERIFY(shown > 0);
    QString name;
    for (FakeCaseModel::Attachment &a : c->attachments) {
        if (a.id == shown) {
            a.missed = true; // listed, its bytes gone: the snapshot cannot keep them
            name = a.name;
        }
    }
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case gone = *c;
    model.forceDelete(gone.id);
    // Exit 1: the case is back, but not as the snapshot holds it.
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id), u"--apply"_s}), 1);
    QVERIFY2(
        m_out.contains(u"attachment %1 was not kept (its bytes were missing): not uploaded"_s.arg(name)) &&
            m_out.contains(u"a step showing attachment %1 is left out: its bytes were not kept"_s.arg(shown)),
        qPrintable(m_out));
    QVERIFY2(m_out.contains(u"DIFF  %1 -> "_s.arg(gone.id)) && m_out.contains(u"still differs: attachments, "
                                                                              u"scenario"_s),
             qPrintable(m_out));
    // Written without it: the rest of the case is there, and no step points at an attachment it lacks.
    const FakeCaseModel::Case back = model.cases()[casesNamed(gone.name).value(0)];
    QCOMPARE(back.attachments.size(), gone.attachments.size() - 1);
    QCOMPARE(steps(back).size(), steps(gone).size() - 1);
    QVERIFY(!steps(back).join(u'\n').contains(u"[attachment missing]"_s));
}

void TestSnapshotRestore::aScenarioThatLoopsIsNotFollowed() {
    FakeCaseModel &model = m_fake->model;
    FakeCaseModel::Case *c = model.testCase(m_ids[8]);
    const qint64 first = c->root.first();
    c->steps[first].children.append(first); // a step among its own children, as a broken server might say
    const QString id = snapshot();
    QVERIFY2(!id.isEmpty(), qPrintable(m_out + m_err));
    const FakeCaseModel::Case gone = *c;
    model.forceDelete(gone.id);
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(gone.id), u"--apply"_s}), 1);
    QVERIFY2(m_out.contains(u"FAIL  %1 -> "_s.arg(gone.id)) &&
                 m_out.contains(u"the snapshot's scenario nests steps deeper than 32"_s),
             qPrintable(m_out));
    QVERIFY(model.writes.count(u"POST /api/testcase/step"_s) < 100);
}

void TestSnapshotRestore::anAttachmentsNameAndTypeCannotAddHeadersToTheUpload() {
    FakeCaseModel &model = m_fake->model;
    model.addAttachment(m_ids[9], u"quote\"d\r\nX-Injected: yes.txt"_s, "notes",
                        u"text/plain\r\nX-Injected: yes"_s);
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case gone = model.cases()[m_ids[9]];
    model.forceDelete(gone.id);
    const QString only = QString::number(gone.id);
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    const FakeCaseModel::Case back = model.cases()[casesNamed(gone.name).value(0)];
    const auto sent = std::find_if(back.attachments.cbegin(), back.attachments.cend(),
                                   [](const auto &a) { return a.bytes == "notes"; });
    QVERIFY2(sent != back.attachments.cend(), qPrintable(m_out));
    // The name comes back as it was (RFC 5987's filename*), no header added; a content type that is not
    // type/subtype is not sent.
    QCOMPARE(sent->name, u"quote\"d\r\nX-Injected: yes.txt"_s);
    QCOMPARE(sent->contentType, u"application/octet-stream"_s);
    QCOMPARE(back.attachments.size(), gone.attachments.size());
    // So a second run finds it and uploads nothing again.
    const qsizetype writes = model.writes.size();
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QCOMPARE(model.writes.size(), writes);
}

void TestSnapshotRestore::aRelationToACaseWhoseCreationFailedIsLeftOut() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case source = model.cases()[m_ids[1]];
    const qint64 target = source.relations[0][u"target"_s][u"id"_s].toInteger();
    QCOMPARE(target, m_ids[0]);
    model.forceDelete(target);
    model.forceDelete(source.id);
    model.failWriteTo = u"POST /api/testcase"_s; // the target's creation (the first) answers 500
    QCOMPARE(
        run({u"--restore-snapshot"_s, id, u"--cases"_s, u"%1,%2"_s.arg(target).arg(source.id), u"--apply"_s}),
        1);
    QVERIFY2(m_out.contains(u"FAIL  %1  "_s.arg(target)), qPrintable(m_out));
    // Never its id in the source (gone), nor another's: left out, and said.
    QVERIFY2(
        m_out.contains(u"its relation to test case %1 is left out: that case was not created"_s.arg(target)),
        qPrintable(m_out));
    const QList<qint64> back = casesNamed(source.name);
    QCOMPARE(back.size(), 1);
    QVERIFY(model.cases()[back[0]].relations.isEmpty());
    QCOMPARE(steps(model.cases()[back[0]]), steps(source));
}

void TestSnapshotRestore::lostAnswersToACommentAndASharedStepAreReadBack() {
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case gone = model.cases()[m_ids[1]];
    const qint64 sharedId = sharedStepOf(gone);
    const FakeCaseModel::SharedStep shared = model.sharedSteps()[sharedId];
    const QStringList goneSteps = steps(gone);
    model.forceDelete(gone.id);
    model.deleteSharedStep(sharedId);
    const QString only = QString::number(gone.id);

    // The shared step is made, its answer lost: read back, used, not made twice.
    m_fake->dropAnswerTo = u"POST /api/sharedstep"_s;
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    QCOMPARE(sharedStepsNamed(shared.name).size(), 1);
    QVERIFY(m_fake->dropAnswerTo.isEmpty()); // its answer was indeed lost
    QCOMPARE(model.writes.count(u"POST /api/sharedstep"_s), 1);
    const FakeCaseModel::Case back = model.cases()[casesNamed(gone.name).value(0)];
    QCOMPARE(steps(back), goneSteps);

    // A comment is posted, its answer lost: read back, not posted twice.
    model.forceDelete(back.id);
    m_fake->dropAnswerTo = u"POST /api/comment"_s;
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, only, u"--apply"_s}), 0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    const FakeCaseModel::Case again = model.cases()[casesNamed(gone.name).value(0)];
    QCOMPARE(again.comments.size(), gone.comments.size());
    QVERIFY(m_fake->dropAnswerTo.isEmpty()); // the answer was indeed dropped
}

void TestSnapshotRestore::aSharedStepTheSnapshotLacksIsNotCreatedFromNothing() {
    FakeCaseModel &model = m_fake->model;
    const FakeCaseModel::Case c = model.cases()[m_ids[1]];
    const qint64 sharedId = sharedStepOf(c);
    model.deleteSharedStep(sharedId); // gone before the snapshot: the case still names it
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    m_fake->addModelGroup(18, 938, 3001, u"API"_s, 0);
    QCOMPARE(
        run({u"--restore-snapshot"_s, id, u"--cases"_s, QString::number(c.id), u"--to-project"_s, u"18"_s}),
        3);
    QVERIFY2(m_err.contains(
                 u"shared step %1 is not in the snapshot, so it cannot be created (again)"_s.arg(sharedId)),
             qPrintable(m_err));
    QVERIFY(model.writes.isEmpty());
}

void TestSnapshotRestore::intoAnEmptySecondProject() {
    FakeCaseModel &model = m_fake->model;
    // Project 18: no test cases; its tree has groups named as the snapshot's, and one of the Team values.
    m_fake->addModelGroup(18, 938, 3001, u"API"_s, 0);
    model.addCustomFieldValue(18, 5, u"Team"_s, 1501, u"Team 1"_s);
    const QString id = snapshot();
    QVERIFY(!id.isEmpty());
    const FakeCaseModel::Case source = model.cases()[m_ids[1]];
    const FakeCaseModel::Case related = model.cases()[m_ids[0]];
    QCOMPARE(source.relations[0][u"target"_s][u"id"_s].toInteger(), related.id);
    const QStringList sourceSteps = steps(source);
    const qint64 sourceShared = sharedStepOf(source);
    const QString cases = u"%1,%2"_s.arg(related.id).arg(source.id);
    const qint64 sourceModified = source.lastModifiedDate;

    // A project TestOps does not have is named as such before anything is planned (exit 2, as bad input).
    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--to-project"_s, u"999"_s}), 2);
    QVERIFY2(m_err.contains(u"there is no project 999 in TestOps"_s), qPrintable(m_err + m_out));
    QVERIFY2(!m_out.contains(u"CREATE"_s), qPrintable(m_out));

    QCOMPARE(run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--to-project"_s, u"18"_s}), 0);
    QVERIFY(model.writes.isEmpty());
    for (const QString &expected :
         {u"SHARED    %1  %2  (created in project 18 with its steps)"_s.arg(sourceShared)
              .arg(model.sharedSteps()[sourceShared].name),
          u"CREATE    %1  %2"_s.arg(related.id).arg(related.name),
          u"CREATE    %1  %2"_s.arg(source.id).arg(source.name), u"created in project 18 with a new id"_s,
          u"custom field Team: the target project has no value Team 0; left out"_s})
        QVERIFY2(m_out.contains(expected), qPrintable(expected + u"\n"_s + m_out));

    QCOMPARE(
        run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--to-project"_s, u"18"_s, u"--apply"_s}), 0);
    QVERIFY2(m_out.count(u"; verified"_s) == 2, qPrintable(m_out));
    QList<qint64> copies;
    for (const FakeCaseModel::Case &c : model.cases())
        if (c.projectId == 18)
            copies.append(c.id);
    QCOMPARE(copies.size(), 2);
    const FakeCaseModel::Case back = model.cases()[casesNamed(source.name).constLast()];
    const FakeCaseModel::Case relatedBack = model.cases()[casesNamed(related.name).constLast()];
    QVERIFY(copies.contains(back.id) && copies.contains(relatedBack.id));
    // Whole: steps (the shared step made in project 18), attachments byte for byte, the relation to the
    // other copy, in the group of the same name there, its Team value by name.
    QCOMPARE(steps(back), sourceSteps);
    QCOMPARE(model.sharedSteps()[sharedStepOf(back)].projectId, 18);
    QVERIFY(sharedStepOf(back) != sourceShared);
    QCOMPARE(attachments(back), attachments(source));
    QCOMPARE(back.relations.size(), 1);
    QCOMPARE(back.relations[0][u"target"_s][u"id"_s].toInteger(), relatedBack.id);
    QCOMPARE(back.nodeId, source.nodeId == 2001 ? 3001 : 30011);
    QVERIFY(back.customFields.contains(
        QJsonValue(QJsonObject{{u"id"_s, 1501},
                               {u"name"_s, u"Team 1"_s},
                               {u"customField"_s, QJsonObject{{u"id"_s, 5}, {u"name"_s, u"Team"_s}}}})));
    QCOMPARE(relatedBack.customFields.size(), 1); // Team 0 is not in project 18
    QCOMPARE(back.comments.size(), source.comments.size());
    // The source project is as it was.
    QCOMPARE(model.cases()[source.id].lastModifiedDate, sourceModified);
    QCOMPARE(steps(model.cases()[source.id]), sourceSteps);

    // Run again: the copies are complete; nothing is written.
    const qsizetype writes = model.writes.size();
    QCOMPARE(
        run({u"--restore-snapshot"_s, id, u"--cases"_s, cases, u"--to-project"_s, u"18"_s, u"--apply"_s}), 0);
    QCOMPARE(model.writes.size(), writes);
    QCOMPARE(casesNamed(source.name).size(), 2);
}

void TestSnapshotRestore::aCaseChangedAfterTheNewestSnapshotIsAConflict() {
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_KEEP"_s, QString()); // both snapshots of the day kept
    FakeCaseModel &model = m_fake->model;
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    run({u"--snapshots"_s}, env);
    const QString older = m_out.section(u' ', 0, 0);
    // Between the two snapshots a colleague rewrites two cases' steps (seen in the newer snapshot); after the
    // newer one, one of them is renamed too (not seen anywhere).
    const qint64 seen = m_ids[3], again = m_ids[4];
    const QStringList seenSteps = steps(model.cases()[seen]), againSteps = steps(model.cases()[again]);
    model.rewriteSteps(seen, {u"Rewritten"_s});
    model.rewriteSteps(again, {u"Rewritten"_s});
    QTest::qWait(1100); // a snapshot's id is its second
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    run({u"--snapshots"_s}, env);
    const QString newer = m_out.split(u'\n').value(1).section(u' ', 0, 0);
    QVERIFY(newer != older && !newer.isEmpty());
    model.rename(again, u"Renamed after the snapshot"_s);
    const QString cases = u"%1,%2"_s.arg(seen).arg(again);

    QCOMPARE(run({u"--restore-snapshot"_s, older, u"--cases"_s, cases, u"--apply"_s}, env), 0);
    QVERIFY2(m_out.contains(u"PUT BACK  %1"_s.arg(seen)) && m_out.contains(u"CONFLICT  %1"_s.arg(again)),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"after snapshot %1: left alone (--force puts it back)"_s.arg(newer)),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"LEFT  %1  "_s.arg(again)), qPrintable(m_out));
    QCOMPARE(steps(model.cases()[seen]), seenSteps); // put back
    QCOMPARE(model.cases()[again].root.size(), 1);   // left alone
    QCOMPARE(model.cases()[again].name, u"Renamed after the snapshot"_s);
    // --force puts it back too.
    QCOMPARE(run({u"--restore-snapshot"_s, older, u"--cases"_s, QString::number(again), u"--force"_s,
                  u"--apply"_s},
                 env),
             0);
    QVERIFY2(m_out.contains(u"; verified"_s), qPrintable(m_out));
    QCOMPARE(steps(model.cases()[again]), againSteps);
    QVERIFY(model.cases()[again].name != u"Renamed after the snapshot"_s);
    // A newer snapshot named that is not one: said, exit 2.
    QCOMPARE(run({u"--restore-snapshot"_s, newer, u"--cases"_s, cases}, env), 0); // the newest: nothing newer
    QCOMPARE(run({u"--force"_s}, env), 2);
    QVERIFY2(m_err.contains(u"--force goes with --restore-snapshot"_s), qPrintable(m_err));
}

QTEST_GUILESS_MAIN(TestSnapshotRestore)
#include "tst_snapshot_restore.moc"
