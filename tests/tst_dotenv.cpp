#include "config/DotEnv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Pairs = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Pairs)

class TestDotEnv : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void reportsBadLines_data();
    void reportsBadLines();
    void missingFileIsNotAnError();
};

void TestDotEnv::parses_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Pairs>("expected");
    QTest::newRow("plain") << QByteArray("TESTOPS_TOKEN=abc\nWEB_PORT=9090\n")
                           << Pairs{{u"TESTOPS_TOKEN"_s, u"abc"_s}, {u"WEB_PORT"_s, u"9090"_s}};
    QTest::newRow("double quotes (the Go tool's README)")
        << QByteArray("TESTOPS_BASE_URL=\"https://your-testops.ru\"\n")
        << Pairs{{u"TESTOPS_BASE_URL"_s, u"https://your-testops.ru"_s}};
    QTest::newRow("single quotes are literal")
        << QByteArray("A='x \\n # y'\n") << Pairs{{u"A"_s, u"x \\n # y"_s}};
    QTest::newRow("double-quote escapes")
        << QByteArray("A=\"l1\\nl2 \\\"q\\\" \\\\\"\n") << Pairs{{u"A"_s, u"l1\nl2 \"q\" \\"_s}};
    QTest::newRow("multi-line double quotes")
        << QByteArray("A=\"one\ntwo\"\nB=3\n") << Pairs{{u"A"_s, u"one\ntwo"_s}, {u"B"_s, u"3"_s}};
    QTest::newRow("comments and blank lines")
        << QByteArray("# comment\n\n   # indented comment\nA=1\n") << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("inline comment after space")
        << QByteArray("CRON_SCHEDULE=0 7 * * * # daily\n") << Pairs{{u"CRON_SCHEDULE"_s, u"0 7 * * *"_s}};
    QTest::newRow("hash inside a value stays") << QByteArray("A=abc#def\n") << Pairs{{u"A"_s, u"abc#def"_s}};
    QTest::newRow("comment after quoted value")
        << QByteArray("A=\"x # y\" # note\n") << Pairs{{u"A"_s, u"x # y"_s}};
    QTest::newRow("export prefix") << QByteArray("export TESTOPS_TOKEN=abc\nexport\tB=2\n")
                                   << Pairs{{u"TESTOPS_TOKEN"_s, u"abc"_s}, {u"B"_s, u"2"_s}};
    QTest::newRow("variable named export...") << QByteArray("exported=1\n") << Pairs{{u"exported"_s, u"1"_s}};
    QTest::newRow("CRLF") << QByteArray("A=1\r\nB=\"two\"\r\n")
                          << Pairs{{u"A"_s, u"1"_s}, {u"B"_s, u"two"_s}};
    QTest::newRow("empty values") << QByteArray("A=\nB=\"\"\nC=''\n")
                                  << Pairs{{u"A"_s, QString()}, {u"B"_s, QString()}, {u"C"_s, QString()}};
    QTest::newRow("spaces around =") << QByteArray("A = 1 \n") << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "A=1\n")
                         << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("no final newline") << QByteArray("A=1") << Pairs{{u"A"_s, u"1"_s}};
    QTest::newRow("value with =") << QByteArray("EXPORT_GROUPS=API=26961091,UI=24545654\n")
                                  << Pairs{{u"EXPORT_GROUPS"_s, u"API=26961091,UI=24545654"_s}};
    QTest::newRow("Cyrillic") << QByteArray("NAME=\"Тест-кейсы\"\n") << Pairs{{u"NAME"_s, u"Тест-кейсы"_s}};
}

void TestDotEnv::parses() {
    QFETCH(QByteArray, content);
    QFETCH(Pairs, expected);
    const DotEnvResult result = DotEnv::parse(content);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    Pairs got;
    for (const DotEnvEntry &entry : result.entries)
        got.append({entry.key, entry.value});
    QCOMPARE(got, expected);
}

void TestDotEnv::reportsBadLines_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("goodEntries");
    QTest::newRow("no equals") << QByteArray("A=1\nJUSTAWORD\nB=2\n")
                               << u"line 2: expected \"=\" after JUSTAWORD"_s << 2;
    QTest::newRow("bad key") << QByteArray("1A=1\n") << u"line 1: expected KEY=VALUE"_s << 0;
    QTest::newRow("unclosed quote") << QByteArray("A=1\nB=\"open\nC=3\n")
                                    << u"line 2: the value of B opens a quote (\") that is never closed"_s
                                    << 1;
    QTest::newRow("text after quote")
        << QByteArray("A=\"x\" y\n") << u"line 1: unexpected text after the quoted value of A"_s << 0;
}

void TestDotEnv::reportsBadLines() {
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QFETCH(int, goodEntries);
    const DotEnvResult result = DotEnv::parse(content);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(error), qPrintable(result.errors.first()));
    QCOMPARE(result.entries.size(), goodEntries);
}

void TestDotEnv::missingFileIsNotAnError() {
    QTemporaryDir dir;
    const DotEnvResult result = DotEnv::read(dir.filePath(u".env"_s));
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
