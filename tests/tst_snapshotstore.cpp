// The snapshot store on its own (no TestOps): objects kept once, compressed when that pays, checked as they
// are written and when read; manifests listed only when whole; leftovers collected; --verify's findings.
#include "snapshots/SnapshotCommands.h"
#include "snapshots/SnapshotStore.h"
#include "snapshots/SnapshotVerify.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray noise(int size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// A snapshot of one case with one attachment, as a session leaves it.
SnapshotManifest snapshotOf(SnapshotStore &store, const QString &group, const QByteArray &document,
                            const QByteArray &attachment, const QDateTime &at) {
    QString error;
    SnapshotCase c;
    c.id = 9000000001;
    c.name = u"Login"_s;
    c.document = store.put(document, &error);
    c.attachments.append(
        {42, u"screen.png"_s, u"image/png"_s, attachment.size(), store.put(attachment, &error), false});
    SnapshotIndex index;
    index.cases.append(c);
    SnapshotManifest m;
    m.group = group;
    m.takenAt = at;
    m.id = SnapshotManifest::idFor(group, at);
    m.index = store.put(index.toJson(), &error);
    m.cases = 1;
    m.attachments = 1;
    if (!store.writeManifest(m, &error))
        qWarning() << error;
    return m;
}
} // namespace

class TestSnapshotStore : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QDir(m_dir.path()).removeRecursively(); }

    void eachThingIsKeptOnceCompressedWhenThatPays() {
        SnapshotStore store(m_dir.path());
        QString error;
        const QByteArray text = QByteArray("{\"name\": \"Login works\", \"steps\": []}\n").repeated(2000);
        qint64 stored = -1;
        const QByteArray sha = store.put(text, &error, &stored);
        QVERIFY2(!sha.isEmpty(), qPrintable(error));
        QCOMPARE(sha, QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
        QVERIFY(store.path(sha).endsWith(u".gz"_s));
        QVERIFY(stored > 0 && stored < text.size() / 10);
        // Pictures do not compress: kept as they came, readable without this program.
        const QByteArray picture = noise(200 * 1024, 7);
        const QByteArray pictureSha = store.put(picture, &error, &stored);
        QVERIFY(!store.path(pictureSha).endsWith(u".gz"_s));
        QFile raw(store.path(pictureSha));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), picture);
        // The same bytes again: nothing new on disk.
        QCOMPARE(store.put(picture, &error, &stored), pictureSha);
        QCOMPARE(stored, 0);
        QCOMPARE(store.read(sha, &error).value_or(QByteArray()), text);
        QVERIFY(QDir(m_dir.path() + u"/tmp"_s).isEmpty());
    }

    void aStreamedObjectIsNeverHeldWhole() {
        SnapshotStore store(m_dir.path());
        QString error;
        std::unique_ptr<SnapshotStore::Writer> writer = store.newObject(&error);
        QVERIFY(writer);
        QByteArray all;
        for (int i = 0; i < 48; ++i) { // 3 MB in 64 KB pieces, as a download arrives
            const QByteArray piece = noise(64 * 1024, quint32(i));
            all += piece;
            QCOMPARE(writer->write(piece), piece.size());
        }
        const QByteArray sha = writer->commit(&error);
        QVERIFY2(!sha.isEmpty(), qPrintable(error));
        QVERIFY(writer->isNew());
        QCOMPARE(writer->taken(), all.size());
        QBuffer copy;
        copy.open(QIODevice::WriteOnly);
        QVERIFY(store.copy(sha, &copy, &error));
        QCOMPARE(copy.data(), all);
    }

    void aWriterThatIsNotCommittedLeavesNothing() {
        SnapshotStore store(m_dir.path());
        QString error;
        {
            std::unique_ptr<SnapshotStore::Writer> writer = store.newObject(&error);
            writer->write(noise(100 * 1024, 3));
        } // a download that failed half-way
        QVERIFY(QDir(m_dir.path() + u"/tmp"_s).isEmpty());
        QVERIFY(!QDir(m_dir.path() + u"/objects"_s).exists());
    }

    void manifestsAreListedOldestFirstAndABadOneIsNamed() {
        SnapshotStore store(m_dir.path());
        const QDateTime day = QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
        snapshotOf(store, u"UI"_s, "{\"id\":2}", noise(1000, 2), day.addDays(1));
        const SnapshotManifest first = snapshotOf(store, u"API"_s, "{\"id\":1}", noise(1000, 1), day);
        QFile bad(m_dir.path() + u"/snapshots/20261203T020000Z-API.json"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": 1, \"id\":");
        bad.close();
        QStringList unreadable;
        const QList<SnapshotManifest> list = store.manifests(&unreadable);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, u"20261201T020000Z-API"_s);
        QCOMPARE(list[1].group, u"UI"_s);
        QCOMPARE(unreadable.size(), 1);
        QVERIFY(unreadable[0].contains(u"20261203T020000Z-API.json"_s));
        QCOMPARE(store.newest(u"API"_s)->id, first.id);
        QString error;
        const std::optional<SnapshotIndex> index = store.index(first, &error);
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(index->testCase(9000000001)->attachments[0].name, u"screen.png"_s);
        QVERIFY(!index->testCase(9000000002));
    }

    void whatNoSnapshotUsesIsCollected() {
        SnapshotStore store(m_dir.path());
        const QDateTime day = QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
        const SnapshotManifest kept = snapshotOf(store, u"API"_s, "{\"id\":1}", noise(5000, 1), day);
        // A snapshot killed half-way: an object in place without a manifest, and one still in tmp/.
        QString error;
        const QByteArray orphan = store.put(noise(7000, 9), &error);
        QVERIFY(QDir().mkpath(m_dir.path() + u"/tmp"_s));
        QFile half(m_dir.path() + u"/tmp/123-abc"_s);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half");
        half.close();
        QFile other(m_dir.path() + u"/objects/notes.txt"_s); // not ours: left alone
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        // Young files stay: another process may be writing a snapshot whose manifest is not there yet.
        QCOMPARE(store.collect().files, 0);
        QVERIFY(store.has(orphan));
        const SnapshotStore::Collected collected = store.collect(std::chrono::seconds(0));
        QCOMPARE(collected.files, 2);
        QVERIFY(!store.has(orphan));
        QVERIFY(QFile::exists(other.fileName()));
        QVERIFY(SnapshotVerify::run(store).findings.isEmpty());
        // A damaged case list: what it refers to is not known, so nothing is deleted.
        const QByteArray orphan2 = store.put(noise(7000, 10), &error);
        QFile index(store.path(kept.index));
        QVERIFY(index.open(QIODevice::ReadWrite));
        index.write("x");
        index.close();
        QCOMPARE(store.collect(std::chrono::seconds(0)).files, 0);
        QVERIFY(store.has(orphan2));
    }

    void aScenarioThatLoopsIsShownCutNotForever() {
        // A hostile (or broken) answer: a step that is its own child, an expected result that is its own
        // line.
        const QJsonObject scenario = QJsonDocument::fromJson(R"({"root":{"children":[1,2]},
            "scenarioSteps":{"1":{"id":1,"body":"Open","expectedResultId":3},"2":{"id":2,"body":"Loop","children":[2,2]},
                             "3":{"id":3,"children":[3]}}})")
                                         .object();
        const QStringList lines = SnapshotCommands::stepLines(scenario);
        QVERIFY(lines.size() <= 5001);
        QCOMPARE(lines.first(), u"  1. Open"_s);
        QVERIFY(lines.join(u'\n').contains(u"… (nested too deep, or too many steps, to show)"_s));
        // A step that is its own expected result and its own child (found by fuzz_snapshot): the expected
        // results said on the way back out of 16 levels once pushed it past the bound.
        const QJsonObject selfExpected = QJsonDocument::fromJson(R"({"root":{"children":[1,2]},
            "scenarioSteps":{"1":{"id":1,"body":"Open","expectedResultId":1,"children":[1]}}})")
                                             .object();
        const QStringList cut = SnapshotCommands::stepLines(selfExpected);
        QVERIFY2(cut.size() <= 5001, qPrintable(QString::number(cut.size())));
        QVERIFY(cut.constLast().contains(u"… (nested too deep, or too many steps, to show)"_s));
        // Names made file names: never a path.
        QCOMPARE(SnapshotCommands::safeFileName(u"../../etc/passwd"_s), u"_.._etc_passwd"_s);
        QCOMPARE(SnapshotCommands::safeFileName(u"..."_s), u"attachment"_s);
        QCOMPARE(SnapshotCommands::safeFileName(u"a\nb\\c.txt"_s), u"a_b_c.txt"_s);
        QVERIFY(SnapshotCommands::safeFileName(QString(300, u'я')).toUtf8().size() <= 200);
    }

    void verifyNamesADamagedOrMissingObjectAndWhoUsesIt() {
        SnapshotStore store(m_dir.path());
        const QDateTime day = QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);
        const QByteArray picture = noise(300 * 1024, 4);
        snapshotOf(store, u"API"_s, QByteArray("{\"name\":\"Login\"}").repeated(100), picture, day);
        SnapshotVerify::Report report = SnapshotVerify::run(store);
        QVERIFY(!report.damaged());
        QCOMPARE(report.snapshots, 1);
        QCOMPARE(report.objects, 3);
        QVERIFY(report.bytes > picture.size());

        // One byte flipped in the picture's object.
        const QByteArray pictureSha = QCryptographicHash::hash(picture, QCryptographicHash::Sha256).toHex();
        QFile file(store.path(pictureSha));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(1000);
        const char byte = file.read(1).at(0);
        file.seek(1000);
        file.write(QByteArray(1, char(byte ^ 0x01)));
        file.close();
        report = SnapshotVerify::run(store);
        QCOMPARE(report.findings.size(), 1);
        const QString line = SnapshotVerify::lineOf(report.findings[0]);
        QVERIFY2(line.startsWith(u"DAMAGED     objects/"_s + QString::fromLatin1(pictureSha.left(2))),
                 qPrintable(line));
        QVERIFY2(line.contains(u"20261201T020000Z-API case 9000000001 (Login) attachment screen.png"_s),
                 qPrintable(line));
        QVERIFY(SnapshotVerify::summaryOf(report).contains(u"1 problem(s)"_s));
        QString error;
        QVERIFY(!store.read(pictureSha, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));

        // A compressed object cut short, and one gone.
        QVERIFY(QFile::remove(store.path(pictureSha)));
        report = SnapshotVerify::run(store);
        QCOMPARE(report.findings.size(), 1);
        QVERIFY(SnapshotVerify::lineOf(report.findings[0]).startsWith(u"MISSING     objects/"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
