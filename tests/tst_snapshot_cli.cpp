// Snapshots from the command line, with the real binary against the fake TestOps's stored case model:
// --snapshot-now, --snapshots, --show-case, --extract-snapshot, --verify, and --export-now taking one beside
// its exports; a snapshot killed half-way lists nothing and loses nothing.
#include "ModelAppRig.h"
#include "exports/JournalRecord.h"

#include <QDir>
#include <QDirIterator>
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

class TestSnapshotCli : public QObject, protected ModelAppRig {
    Q_OBJECT
private slots:
    void init();
    void snapshotNowThenListShowAndExtract();
    void exportNowTakesASnapshotBesideAndExitsByTheExports();
    void aSnapshotKilledHalfWayListsNothingAndLosesNothing();
    void verifyNamesAFlippedByte();
    void diffCaseShowsWhatChangedBetweenTwoDays();
    void badInputIsNamed();
    void anUnreachableTestOpsExitsThree();

private:
    QProcessEnvironment environment() const { return rigEnvironment(); }
    using ModelAppRig::run;
    int run(const QStringList &arguments) { return run(arguments, environment()); }
    void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env) const {
        m_app->start(process, arguments, env);
    }
    QString storePath() const { return m_dir->filePath(u"exports/snapshots"_s); }
    QStringList files(const QString &under) const {
        QStringList found;
        QDirIterator it(under, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    }
};

void TestSnapshotCli::init() {
    QVERIFY(setUpRig(QStringLiteral(TESTOPS_EXPORT_BINARY)));
}

void TestSnapshotCli::snapshotNowThenListShowAndExtract() {
    // A name that would be a path, with a control character.
    const qint64 odd =
        m_fake->model.addAttachment(m_ids[2], u"../../etc/passwd\x01.txt"_s, "not a password\n");
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    QVERIFY2(m_out.startsWith(u"OK    API  10 cases: 10 read, 0 unchanged; "_s), qPrintable(m_out + m_err));
    QVERIFY2(m_out.contains(u"verified: TestOps counts 10"_s), qPrintable(m_out));

    QCOMPARE(run({u"--snapshots"_s}), 0);
    QCOMPARE(m_out.trimmed().split(u'\n').size(), 1);
    QVERIFY2(m_out.contains(u"-API  API  "_s) && m_out.contains(u"10 cases"_s), qPrintable(m_out));
    QCOMPARE(run({u"--snapshots"_s, u"--json"_s}), 0);
    const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject first = list[0].toObject();
    for (const QString &field : {u"id"_s, u"group"_s, u"takenAt"_s, u"cases"_s, u"attachments"_s, u"bytes"_s})
        QVERIFY2(first.contains(field), qPrintable(field));
    QCOMPARE(first[u"cases"_s].toInt(), 10);
    const QString id = first[u"id"_s].toString();

    const FakeCaseModel::Case &c = m_fake->model.cases()[m_ids[0]];
    QCOMPARE(run({u"--show-case"_s, QString::number(c.id)}), 0);
    QVERIFY2(m_out.startsWith(u"%1  %2\n"_s.arg(c.id).arg(c.name)), qPrintable(m_out));
    for (const QString &expected :
         {u"Steps:\n  1. Open the page 1\n"_s, u"     Expected: The page shows the form\n"_s,
          u"  2. Fill the form\n     2.1. Type the name"_s, u"  3. [attachment] screen-1.png"_s,
          u"  4. [shared step "_s, u"     4.1. Open the login page\n        4.1.1. Accept the cookies\n"_s,
          // The shared step's own expected result, as a case's.
          u"     4.2. Enter the password\n          Expected: The dashboard opens\n"_s,
          u"     4.3. [attachment] login.png"_s, u"Attachments:"_s, u"Custom fields: Team: Team 0"_s,
          u"Comment by bob"_s})
        QVERIFY2(m_out.contains(expected), qPrintable(expected + u"\n---\n"_s + m_out));
    QCOMPARE(run({u"--show-case"_s, u"42"_s, u"--at"_s, id}), 1);
    QVERIFY2(m_err.contains(u"snapshot %1 holds no test case 42"_s.arg(id)), qPrintable(m_err));
    QCOMPARE(run({u"--show-case"_s, QString::number(c.id), u"--json"_s, u"--at"_s, id}), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object()[u"overview"_s][u"name"_s].toString(), c.name);

    const QString out = m_dir->filePath(u"plain"_s);
    QCOMPARE(run({u"--extract-snapshot"_s, id, out}), 0);
    QVERIFY2(m_out.contains(u"10 test cases and 3 shared steps written"_s), qPrintable(m_out));
    for (qint64 caseId : std::as_const(m_ids)) {
        const FakeCaseModel::Case &stored = m_fake->model.cases()[caseId];
        QFile json(u"%1/API/%2/case.json"_s.arg(out).arg(caseId));
        QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(json.fileName()));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc[u"overview"_s][u"name"_s].toString(), stored.name);
        QCOMPARE(doc[u"scenario"_s][u"scenarioSteps"_s].toObject().size(), stored.steps.size());
        for (const FakeCaseModel::Attachment &a : stored.attachments) {
            const QString name = a.id == odd ? u"_.._etc_passwd_.txt"_s : a.name;
            QFile bytes(u"%1/API/%2/attachments/%3-%4"_s.arg(out).arg(caseId).arg(a.id).arg(name));
            QVERIFY2(bytes.open(QIODevice::ReadOnly), qPrintable(bytes.fileName()));
            QCOMPARE(bytes.readAll(), a.bytes);
        }
    }
    for (const QString &file : files(out)) // nothing outside the folder it was given
        QVERIFY2(file.startsWith(out + u"/API/"_s), qPrintable(file));
    QVERIFY(!QFile::exists(m_dir->filePath(u"etc/passwd"_s)));
}

void TestSnapshotCli::exportNowTakesASnapshotBesideAndExitsByTheExports() {
    QCOMPARE(run({u"--export-now"_s}), 0);
    QVERIFY2(m_out.startsWith(u"OK    API"_s), qPrintable(m_out + m_err));
    QVERIFY2(m_out.contains(u"\nSNAPSHOT OK    API  10 cases"_s), qPrintable(m_out));
    // A snapshot that fails does not fail the export.
    m_fake->addFault(FakeTestOps::Fault::CaseReadError, -1);
    m_fake->model.rename(m_ids[0], u"Renamed"_s);
    QCOMPARE(run({u"--export-now"_s}), 0);
    QVERIFY2(m_out.startsWith(u"OK    API"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"\nSNAPSHOT FAIL  API  "_s), qPrintable(m_out));
    QCOMPARE(QDir(m_dir->filePath(u"exports"_s)).entryList({u"*.csv"_s}).size(), 2);
    QCOMPARE(run({u"--snapshots"_s}), 0);
    QCOMPARE(m_out.trimmed().split(u'\n').size(), 1); // the failed one is not listed
    // The journal has both, typed.
    QFile journal(m_dir->filePath(u"exports/.testops-export/history.jsonl"_s));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QList<JournalRecord::Snapshot> records;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"type"_s).toString() == u"snapshot"_s)
            records.append(JournalRecord::Snapshot::fromJson(object));
    }
    QCOMPARE(records.size(), 2);
    QVERIFY(records[0].ok);
    QCOMPARE(records[0].cases, 10);
    QCOMPARE(records[0].expected, 10);
    QVERIFY(records[0].id.endsWith(u"-API"_s));
    QVERIFY(!records[1].ok);
    QVERIFY(!records[1].error.isEmpty());
}

void TestSnapshotCli::aSnapshotKilledHalfWayListsNothingAndLosesNothing() {
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_KEEP"_s, QString()); // every snapshot kept, two of one day too
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    QCOMPARE(run({u"--snapshots"_s}), 0);
    const QString before = m_out;
    for (qint64 id : std::as_const(m_ids))
        m_fake->model.rename(id, u"changed %1"_s.arg(id));
    m_fake->latencyMs = 100; // slow enough to be killed in the middle
    QProcess process;
    const int downloaded = m_fake->count(u"GET /api/testcase/attachment/{id}/content"_s);
    start(process, {u"--snapshot-now"_s, u"--full"_s}, env);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->count(u"GET /api/testcase/attachment/{id}/content"_s) >= downloaded + 3,
                             15000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    m_fake->latencyMs = 0;
    QCOMPARE(run({u"--snapshots"_s}), 0);
    QCOMPARE(m_out, before); // nothing new listed, nothing old lost
    QCOMPARE(run({u"--verify"_s}), 0);
    QVERIFY2(m_out.contains(u"1 snapshot(s)"_s) && m_out.contains(u"0 problem(s)"_s), qPrintable(m_out));
    QVERIFY(!files(storePath() + u"/tmp"_s).isEmpty()); // it was killed while writing
    // The next snapshot collects what the killed one left, once it is a day old (younger, it could be another
    // process's snapshot under way).
    for (const QString &file : files(storePath())) {
        QFile old(file);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(
            old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    }
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    QVERIFY(QDir(storePath() + u"/tmp"_s).isEmpty());
    QCOMPARE(run({u"--snapshots"_s}), 0);
    QCOMPARE(m_out.trimmed().split(u'\n').size(), 2);
}

void TestSnapshotCli::verifyNamesAFlippedByte() {
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    const FakeCaseModel::Attachment picture = m_fake->model.cases()[m_ids[4]].attachments[1];
    const QByteArray sha = QCryptographicHash::hash(picture.bytes, QCryptographicHash::Sha256).toHex();
    QFile object(storePath() + u"/objects/"_s + QString::fromLatin1(sha.left(2)) + u'/' +
                 QString::fromLatin1(sha));
    QVERIFY2(object.open(QIODevice::ReadWrite), qPrintable(object.fileName()));
    object.seek(100);
    const char byte = object.read(1).at(0);
    object.seek(100);
    object.write(QByteArray(1, char(byte ^ 0x20)));
    object.close();
    QCOMPARE(run({u"--verify"_s}), 1);
    QVERIFY2(m_out.contains(u"DAMAGED     objects/%1/%2"_s.arg(QString::fromLatin1(sha.left(2)),
                                                               QString::fromLatin1(sha))),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u"case %1 (%2) attachment %3"_s.arg(m_ids[4]).arg(
                 m_fake->model.cases()[m_ids[4]].name, picture.name)),
             qPrintable(m_out));

    // A snapshot whose index is gone is said to be unreadable, not to lack the case.
    QCOMPARE(run({u"--snapshots"_s, u"--json"_s}), 0);
    const QString id = QJsonDocument::fromJson(m_out.toUtf8()).array()[0][u"id"_s].toString();
    QFile manifest(storePath() + u"/snapshots/"_s + id + u".json"_s);
    QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
    const QString index = QJsonDocument::fromJson(manifest.readAll())[u"index"_s].toString();
    QVERIFY(!index.isEmpty());
    const QString indexFile = storePath() + u"/objects/"_s + index.left(2) + u'/' + index;
    QVERIFY(QFile::remove(indexFile) || QFile::remove(indexFile + u".gz"_s));
    QCOMPARE(run({u"--show-case"_s, QString::number(m_ids[4]), u"--at"_s, id}), 1);
    QVERIFY2(!m_err.contains(u"holds no test case"_s) && m_err.contains(index), qPrintable(m_err));
}

void TestSnapshotCli::diffCaseShowsWhatChangedBetweenTwoDays() {
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_KEEP"_s, QString()); // both of the same day kept
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    const qint64 id = m_ids[3];
    m_fake->model.rewriteSteps(id, {u"Open the page 4"_s, u"Press the new button"_s});
    QTest::qWait(1100); // a snapshot's id is its second
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    QCOMPARE(run({u"--snapshots"_s, u"--json"_s}, env), 0);
    const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    const QString first = list[0][u"id"_s].toString();
    const QString second = list[1][u"id"_s].toString();

    QVERIFY2(run({u"--diff-case"_s, QString::number(id), u"--from"_s, first, u"--to"_s, second}) == 1,
             qPrintable(m_err.right(500)));
    QVERIFY2(m_out.startsWith(u"%1  "_s.arg(id)), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"\n- Kept in %1"_s.arg(first)) &&
                 m_out.contains(u"\n+ Kept in %1"_s.arg(second)),
             qPrintable(m_out));
    for (const QString &expected :
         {u"\n    1. Open the page 4\n"_s, u"\n-      Expected: The page shows the form"_s,
          u"\n-   2. Fill the form"_s, u"\n+   2. Press the new button"_s})
        QVERIFY2(m_out.contains(expected), qPrintable(expected + u"\n---\n"_s + m_out));
    // What was comes before what came after, as in diff -u.
    QVERIFY2(m_out.indexOf(u"\n-   2. Fill the form"_s) < m_out.indexOf(u"\n+   2. Press the new button"_s),
             qPrintable(m_out));
    QVERIFY2(!m_out.contains(u"Custom fields"_s), qPrintable(m_out)); // unchanged parts are not shown

    // Another case did not change; a date picks that day's snapshot.
    const QString day = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    QCOMPARE(run({u"--diff-case"_s, QString::number(m_ids[0]), u"--from"_s, first, u"--to"_s, day}), 0);
    QVERIFY2(m_out.contains(u"No difference."_s), qPrintable(m_out));
    // One snapshot by two names is not compared with itself.
    QCOMPARE(run({u"--diff-case"_s, QString::number(id), u"--from"_s, second, u"--to"_s, day}), 2);
    QVERIFY2(m_err.contains(u"--from %1 and --to %2 both name snapshot %1"_s.arg(second, day)),
             qPrintable(m_err));
    QCOMPARE(run({u"--diff-case"_s, u"42"_s, u"--from"_s, first, u"--to"_s, second}), 2);
    QVERIFY2(m_err.contains(u"42"_s), qPrintable(m_err));
    QCOMPARE(run({u"--diff-case"_s, QString::number(id), u"--from"_s, first}), 2);
    QVERIFY2(m_err.contains(u"--diff-case wants both --from SNAPSHOT and --to SNAPSHOT"_s),
             qPrintable(m_err));
}

void TestSnapshotCli::badInputIsNamed() {
    QCOMPARE(run({u"--snapshot-now"_s, u"Nope"_s}), 2);
    QVERIFY2(m_err.contains(u"Nope is not a configured group (configured: API)"_s), qPrintable(m_err));
    QCOMPARE(run({u"--full"_s}), 2);
    QVERIFY2(m_err.contains(u"--full goes with --snapshot-now"_s), qPrintable(m_err));
    QCOMPARE(run({u"--show-case"_s, u"abc"_s}), 2);
    QVERIFY2(m_err.contains(u"--show-case wants a test case id"_s), qPrintable(m_err));
    QCOMPARE(run({u"--extract-snapshot"_s, u"x"_s}), 2);
    QVERIFY2(m_err.contains(u"--extract-snapshot wants an id and a folder"_s), qPrintable(m_err));
    QCOMPARE(run({u"--show-case"_s, u"12345"_s}), 1);
    QVERIFY2(m_err.contains(u"no snapshot holds test case 12345"_s), qPrintable(m_err));
    // A snapshot that is not there is named as such, not as a missing case.
    QCOMPARE(run({u"--show-case"_s, u"12345"_s, u"--at"_s, u"bogus"_s}), 1);
    QVERIFY2(m_err.contains(u"there is no snapshot bogus: an id of --snapshots, or a date yyyy-MM-dd"_s),
             qPrintable(m_err));
    QCOMPARE(run({u"--show-case"_s, u"12345"_s, u"--at"_s, u"2026-13-45"_s}), 1);
    QVERIFY2(m_err.contains(u"there is no snapshot 2026-13-45"_s), qPrintable(m_err));
    QCOMPARE(run({u"--show-case"_s, u"12345"_s, u"--at"_s, u"2020-01-01"_s}), 1);
    QVERIFY2(m_err.contains(u"no snapshot was taken on 2020-01-01 (see --snapshots)"_s), qPrintable(m_err));
    // A group that is neither configured nor kept is a mistake; a configured one without snapshots is not.
    QCOMPARE(run({u"--snapshots"_s, u"Nope"_s}), 2);
    QVERIFY2(
        m_err.contains(u"Nope is not a configured group, and no snapshot of it is kept (configured: API)"_s),
        qPrintable(m_err));
    QCOMPARE(run({u"--snapshots"_s, u"API"_s}), 0);
    QVERIFY2(m_out.contains(u"No snapshot of group API in "_s), qPrintable(m_out));
    QCOMPARE(run({u"--extract-snapshot"_s, u"20990101T000000Z-API"_s, m_dir->filePath(u"x"_s)}), 1);
    QVERIFY2(m_err.contains(u"no snapshot 20990101T000000Z-API"_s), qPrintable(m_err));
    QCOMPARE(run({u"--snapshot-now"_s},
                 [this] {
                     QProcessEnvironment env = environment();
                     env.insert(u"SNAPSHOT_CONCURRENCY"_s, u"0"_s);
                     return env;
                 }()),
             2);
    QVERIFY2(m_err.contains(u"SNAPSHOT_CONCURRENCY"_s) && m_err.contains(u"from 1 to 32"_s),
             qPrintable(m_err));
}

void TestSnapshotCli::anUnreachableTestOpsExitsThree() {
    QProcessEnvironment env = environment();
    env.insert(u"TESTOPS_BASE_URL"_s, u"http://127.0.0.1:1"_s);
    QCOMPARE(run({u"--snapshot-now"_s}, env), 3);
    QVERIFY2(m_out.startsWith(u"FAIL  API  "_s), qPrintable(m_out + m_err));
    QVERIFY(!m_out.contains(m_fake->apiToken));
}

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshot_cli.moc"
