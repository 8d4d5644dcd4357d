#include "log/LogCategories.h"
#include "log/LogSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestLogSink : public QObject {
    Q_OBJECT
private slots:
    void formatsOneUtcLinePerEvent();
    void secretsNeverLeave();
    void fileIsRotatedBySize();
    void linesFromManyThreadsStayWhole();
};

void TestLogSink::formatsOneUtcLinePerEvent() {
    const QDateTime moscow(QDate(2026, 11, 21), QTime(10, 0, 0, 123), QTimeZone("Europe/Moscow"));
    QCOMPARE(LogSink::formatLine(QtWarningMsg, "testops.export", u"API: attempt 1\nfailed"_s, moscow),
             u"2026-11-21T07:00:00.123Z warning testops.export: API: attempt 1\\nfailed"_s);
}

void TestLogSink::secretsNeverLeave() {
    QTemporaryDir dir;
    LogSink sink({false, dir.filePath(u"app.log"_s), 1 << 20, 3, 10});
    sink.install();
    sink.addSecret(u"tok3n-SECRET-value-1234"_s);
    qCInfo(lcApi, "server said: bad token tok3n-SECRET-value-1234");
    QCOMPARE(sink.recentLines().size(), 1);
    QVERIFY(sink.recentLines().first().endsWith(u"info testops.api: server said: bad token tok3…1234"_s));
    QFile file(dir.filePath(u"app.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("SECRET"));
}

void TestLogSink::fileIsRotatedBySize() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app.log"_s);
    {
        LogSink sink({false, path, 2000, 3, 5});
        sink.install();
        for (int i = 0; i < 200; ++i)
            qCInfo(lcExport, "line %d with some padding to fill the file quickly", i);
        QCOMPARE(sink.recentLines().size(), 5); // the window's log tab keeps the newest lines only
        QVERIFY(sink.recentLines().last().contains(u"line 199 "_s));
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"app.log"_s, u"app.log.1"_s, u"app.log.2"_s}));
    for (const QString &name : files)
        QVERIFY2(QFileInfo(dir.filePath(name)).size() <= 2000, qPrintable(name));
    QFile newest(path);
    QVERIFY(newest.open(QIODevice::ReadOnly));
    QVERIFY(newest.readAll().contains("line 199 "));
}

namespace {
// The child's part: threads logging at once, long lines among short ones, while the sink is replaced at the
// end (as at exit); every line must reach stderr whole, in the sink's format.
int logFromManyThreads() {
    auto *sink = new LogSink({});
    sink->install();
    QList<QThread *> threads;
    for (int t = 0; t < 8; ++t) {
        threads.append(QThread::create([t] {
            for (int i = 0; i < 400; ++i)
                qCWarning(lcExport, "thread %d line %d %s end", t, i,
                          QByteArray(i % 7 == 0 ? 9000 : 40 + i % 50, char('a' + t)).constData());
        }));
        threads.last()->start();
    }
    QThread::msleep(5);
    delete sink; // as at exit, while threads still log
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    return 0;
}
} // namespace

void TestLogSink::linesFromManyThreadsStayWhole() {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TST_LOGSINK_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QList<QByteArray> lines = child.readAllStandardError().split('\n');
    static const QRegularExpression whole(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z warning testops\\.export: thread (\\d) line \\d+ ([a-h])+ end$"_s);
    int count = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = whole.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch() && match.captured(2).at(0).unicode() - u'a' == match.captured(1).toInt(),
                 line.left(200).constData());
        ++count;
    }
    QCOMPARE(count, 8 * 400);
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TST_LOGSINK_CHILD"))
        return logFromManyThreads();
    TestLogSink test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_logsink.moc"
