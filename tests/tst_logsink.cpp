#include "log/LogCategories.h"
#include "log/LogSink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestLogSink : public QObject {
    Q_OBJECT
private slots:
    void formatsOneUtcLinePerEvent();
    void secretsNeverLeave();
    void fileIsRotatedBySize();
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

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
