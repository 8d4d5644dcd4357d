// Snapshots in the S3 bucket, with the real binary, a real S3 server program (s3rver, tests/storage) and
// Debian's s3cmd: each snapshot goes to snapshots/ in the store's own layout, only what the bucket lacks;
// a copy of that prefix is a store the app reads again; --verify --remote names a damaged and a missing
// object; a bucket that cannot be reached fails the copy (not the snapshot) and the next pass catches up;
// retention and collection in the bucket delete only what no kept snapshot uses.
#include "ModelAppRig.h"
#include "S3TestServer.h"
#include "schedule/Clock.h"
#include "snapshots/SnapshotCopy.h"
#include "snapshots/SnapshotStore.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshotS3 : public QObject, protected ModelAppRig {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSnapshotGoesToTheBucketAsAStoreTheAppReadsAgain();
    void verifyRemoteNamesADamagedAndAMissingObject();
    void anUnreachableBucketFailsTheCopyNotTheSnapshotAndTheNextPassCatchesUp();
    void retentionAndCollectionInTheBucketKeepWhatIsUsed();

private:
    QProcessEnvironment environment() const {
        QProcessEnvironment env = rigEnvironment();
        env.insert(u"SNAPSHOT_KEEP"_s, QString()); // every snapshot kept (two a second apart are one day's)
        S3TestServer::addSettings(&env);
        return env;
    }
    using ModelAppRig::run;
    int run(const QStringList &arguments) { return run(arguments, environment()); }
    // The keys under snapshots/ in the bucket.
    QStringList bucketKeys() {
        QString out;
        if (S3TestServer::s3cmd({u"ls"_s, u"--recursive"_s, bucket() + u"/snapshots/"_s}, &out) != 0)
            return {u"s3cmd failed: "_s + out};
        QStringList keys;
        static const QRegularExpression key(u"s3://[^/]+/(snapshots/\\S+)"_s);
        for (const QString &line : out.split(u'\n')) {
            const QRegularExpressionMatch m = key.match(line);
            if (m.hasMatch())
                keys.append(m.captured(1));
        }
        return keys;
    }
    static QString bucket() { return u"s3://"_s + qEnvironmentVariable("S3_TEST_BUCKET"); }
    // The number in "N object(s)" of the copy's line.
    int objectsCopied() const {
        static const QRegularExpression copied(u"OK    S3  \\d+ snapshots? copied: (\\d+) objects?"_s);
        const QRegularExpressionMatch m = copied.match(m_out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
};

void TestSnapshotS3::initTestCase() {
    if (qEnvironmentVariableIsEmpty("S3_TEST_ENDPOINT"))
        QFAIL("run it through tests/storage/with_s3.sh (ctest does)");
}

void TestSnapshotS3::init() {
    QCOMPARE(S3TestServer::s3cmd({u"del"_s, u"--recursive"_s, u"--force"_s, bucket() + u"/snapshots/"_s}), 0);
    QVERIFY(setUpRig(QStringLiteral(TESTOPS_EXPORT_BINARY)));
}

void TestSnapshotS3::cleanup() {
    if (QTest::currentTestFailed())
        qInfo().noquote() << "out:" << m_out << "\nerr:" << m_err;
}

void TestSnapshotS3::aSnapshotGoesToTheBucketAsAStoreTheAppReadsAgain() {
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    QVERIFY2(m_out.contains(u"OK    S3  1 snapshot copied: "_s), qPrintable(m_out));
    const int first = objectsCopied();
    const QStringList keys = bucketKeys();
    // Every file of the local store is in the bucket, under the same name.
    const QString store = m_dir->filePath(u"exports/snapshots"_s);
    QStringList local;
    QDirIterator it(store, {u"*"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(store).relativeFilePath(it.next());
        if (!path.startsWith(u"tmp/"_s))
            local.append(u"snapshots/"_s + path);
    }
    local.sort();
    QStringList inBucket = keys;
    inBucket.sort();
    QCOMPARE(inBucket, local);
    QCOMPARE(first, int(local.size()) - 1); // every object, then the manifest

    // A colleague renames one case: the next snapshot sends its new document and the new case list only.
    m_fake->model.rename(m_ids[3], u"Renamed in TestOps"_s);
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    QVERIFY2(m_out.contains(u"OK    S3  1 snapshot copied: 2 objects"_s), qPrintable(m_out));

    // What s3cmd brings back from the bucket is a store: the app verifies it and shows the renamed case.
    const QString copy = m_dir->filePath(u"from-bucket"_s);
    QString said;
    QVERIFY2(S3TestServer::s3cmd({u"sync"_s, bucket() + u"/snapshots/"_s, copy + u"/"_s}, &said) == 0,
             qPrintable(said));
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_PATH"_s, copy);
    env.insert(u"EXPORT_PATH"_s, m_dir->filePath(u"elsewhere"_s));
    env.remove(u"S3_ENABLED"_s);
    QCOMPARE(run({u"--verify"_s}, env), 0);
    QVERIFY2(m_out.contains(u"2 snapshot(s), "_s) && m_out.contains(u", 0 problem(s)"_s), qPrintable(m_out));
    QCOMPARE(run({u"--show-case"_s, QString::number(m_ids[3])}, env), 0);
    QVERIFY2(m_out.startsWith(u"%1  Renamed in TestOps\n"_s.arg(m_ids[3])), qPrintable(m_out));

    QCOMPARE(run({u"--verify"_s, u"--remote"_s}), 0);
    QVERIFY2(m_out.contains(u"S3 2 snapshot(s), %1 object(s) intact"_s.arg(first + 2)), qPrintable(m_out));
}

void TestSnapshotS3::verifyRemoteNamesADamagedAndAMissingObject() {
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    const FakeCaseModel::Case &c = m_fake->model.cases()[m_ids[1]];
    const QByteArray bytes = c.attachments.constFirst().bytes;
    // The attachment's object: found by its bytes' SHA-256.
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QStringList keys = bucketKeys();
    const auto found =
        std::find_if(keys.cbegin(), keys.cend(), [&sha](const QString &key) { return key.contains(sha); });
    QVERIFY2(found != keys.cend(), qPrintable(keys.join(u'\n')));
    const QString damaged = *found;
    // One byte changed in the bucket (uploaded over it by s3cmd).
    QByteArray changed = bytes;
    changed[10] = char(changed[10] ^ 0x20);
    const QString path = m_dir->filePath(u"changed.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damaged.endsWith(u".gz"_s) ? qCompress(changed) : changed); // .gz: not even gzip now
    file.close();
    QCOMPARE(S3TestServer::s3cmd({u"put"_s, path, bucket() + u'/' + damaged}), 0);
    // And another case's document gone.
    const SnapshotStore store(m_dir->filePath(u"exports/snapshots"_s));
    QString error;
    const std::optional<SnapshotIndex> index = store.index(*store.newest(u"API"_s), &error);
    QVERIFY2(index, qPrintable(error));
    const QString document = QString::fromLatin1(index->testCase(m_ids[2])->document);
    const QString gone =
        *std::find_if(keys.cbegin(), keys.cend(), [&](const QString &key) { return key.contains(document); });
    QCOMPARE(S3TestServer::s3cmd({u"del"_s, bucket() + u'/' + gone}), 0);

    QCOMPARE(run({u"--verify"_s, u"--remote"_s}), 1);
    QVERIFY2(m_out.contains(u"S3 DAMAGED     %1  "_s.arg(damaged)), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"used by "_s) && m_out.contains(u"attachment "_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"S3 MISSING     snapshots/objects/%1/%2  not in the bucket; used by "_s.arg(
                 document.left(2), document)),
             qPrintable(m_out));
    QVERIFY2(m_out.contains(u" case %1 ("_s.arg(m_ids[2])), qPrintable(m_out));
    QVERIFY2(m_out.contains(u", 2 problem(s)"_s), qPrintable(m_out));
    // The local store is intact: its half of --verify says nothing.
    QVERIFY2(m_out.contains(u"\n1 snapshot(s), "_s) && m_out.contains(u" intact ("), qPrintable(m_out));

    // The next pass does not see a damaged object it has (it is listed): --verify --remote is how it is
    // found. The missing one is sent again with the next snapshot that uses it.
    QCOMPARE(run({u"--snapshot-now"_s}), 0);
    QVERIFY2(objectsCopied() >= 1, qPrintable(m_out));
}

void TestSnapshotS3::anUnreachableBucketFailsTheCopyNotTheSnapshotAndTheNextPassCatchesUp() {
    QProcessEnvironment env = environment();
    QProcessEnvironment reachable = env;
    QTcpServer closed; // a port nobody answers on
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    env.insert(u"S3_ENDPOINT"_s, u"http://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(run({u"--snapshot-now"_s}, env), 1);
    QVERIFY2(m_out.contains(u"OK    API  10 cases"_s), qPrintable(m_out));
    QVERIFY2(m_out.contains(u"FAIL  S3  the bucket cannot be listed: "_s), qPrintable(m_out));
    QVERIFY2(!m_out.contains(u"S3_SECRET_KEY"_s) && !m_out.contains(u"S3RVER"_s), qPrintable(m_out));
    QVERIFY(bucketKeys().isEmpty());
    QCOMPARE(run({u"--verify"_s, u"--remote"_s}), 1); // the bucket lacks the snapshot kept here
    QVERIFY2(m_out.contains(u"S3 MISSING     snapshots/snapshots/"_s) &&
                 m_out.contains(u"kept here, not copied to the bucket yet"_s),
             qPrintable(m_out));

    QCOMPARE(run({u"--snapshot-now"_s}, reachable), 0);
    QVERIFY2(m_out.contains(u"OK    S3  2 snapshots copied: "_s), qPrintable(m_out));
    QCOMPARE(run({u"--verify"_s, u"--remote"_s}), 0);
}

void TestSnapshotS3::retentionAndCollectionInTheBucketKeepWhatIsUsed() {
    QProcessEnvironment env = environment();
    env.insert(u"SNAPSHOT_KEEP"_s, u"daily:1"_s); // one a day: the day's newest
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    m_fake->model.rename(m_ids[0], u"Renamed"_s);
    QTest::qWait(1100); // a snapshot's id is its second
    QCOMPARE(run({u"--snapshot-now"_s}, env), 0);
    QVERIFY2(m_out.contains(u"1 in the bucket; 1 deleted by SNAPSHOT_KEEP"_s), qPrintable(m_out));
    QStringList keys = bucketKeys();
    QCOMPARE(keys.filter(u"snapshots/snapshots/"_s).size(), 1);
    const qsizetype objectsBefore = keys.size() - 1;

    // A pass that collects at once (the app waits a day: another replica may be copying): the first
    // snapshot's case list and the renamed case's old document are no kept snapshot's, and go; the rest
    // stays and verifies.
    SystemClock clock;
    QNetworkAccessManager network;
    const SnapshotStore store(m_dir->filePath(u"exports/snapshots"_s));
    SnapshotCopy copy(S3TestServer::options(), store, RetentionKeep{1, 0, 0, 0}, &network, clock);
    copy.setCollectAfter(std::chrono::seconds(0));
    QSignalSpy finished(&copy, &SnapshotCopy::finished);
    copy.sync();
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<SnapshotCopyResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.deleted, 2);
    keys = bucketKeys();
    QCOMPARE(keys.size() - 1, objectsBefore - 2);
    QCOMPARE(run({u"--verify"_s, u"--remote"_s}, env), 0);
}

QTEST_GUILESS_MAIN(TestSnapshotS3)
#include "tst_snapshot_s3.moc"
