#include "schedule/CronExpression.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCronExpression : public QObject {
    Q_OBJECT
private slots:
    void nextFireTimes_data();
    void nextFireTimes();
    void rejects_data();
    void rejects();
    void macrosEqualTheirExpansion();
    void neverMatchingDayIsRejected();
};

static QDateTime utc(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

void TestCronExpression::nextFireTimes_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("expected");
    QFile file(QStringLiteral(TESTS_DATA_DIR "/cron_cases.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        QCOMPARE(cells.size(), 4);
        QTest::addRow("%s in %s from %s", qPrintable(cells[0]), qPrintable(cells[1]), qPrintable(cells[2]))
            << cells[0] << cells[1] << cells[2] << cells[3].split(u' ');
        ++rows;
    }
    QVERIFY2(rows >= 40, "the table must hold at least 40 rows");
}

void TestCronExpression::nextFireTimes() {
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(QStringList, expected);
    QString error;
    const CronExpression cron = CronExpression::parse(expression, &error);
    QVERIFY2(cron.isValid(), qPrintable(error));
    const QTimeZone tz = zone == u"UTC"_s ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    QVERIFY(tz.isValid());
    QDateTime at = utc(start);
    for (const QString &want : std::as_const(expected)) {
        at = cron.next(at, tz);
        QCOMPARE(at.toString(Qt::ISODate), utc(want).toString(Qt::ISODate));
    }
}

void TestCronExpression::rejects_data() {
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("minute out of range") << u"61 * * * *"_s << u"minute: 61 is outside 0-59"_s;
    QTest::newRow("hour out of range") << u"0 24 * * *"_s << u"hour: 24 is outside 0-23"_s;
    QTest::newRow("day zero") << u"0 0 0 * *"_s << u"day of month: 0 is outside 1-31"_s;
    QTest::newRow("month 13") << u"0 0 * 13 *"_s << u"month: 13 is outside 1-12"_s;
    QTest::newRow("weekday 8") << u"0 0 * * 8"_s << u"day of week: 8 is outside 0-7"_s;
    QTest::newRow("four fields")
        << u"* * * *"_s << u"five fields expected (minute hour day-of-month month day-of-week), found: 4"_s;
    QTest::newRow("six fields (seconds)") << u"0 0 7 * * *"_s << u"found: 6"_s;
    QTest::newRow("empty") << QString() << u"found: 0"_s;
    QTest::newRow("words") << u"a b c d e"_s << u"minute: \"a\" is not a number"_s;
    QTest::newRow("bad month name") << u"0 0 * foo *"_s
                                    << u"month: \"foo\" is not a number or a name such as jan"_s;
    QTest::newRow("zero step") << u"*/0 * * * *"_s << u"step \"0\""_s;
    QTest::newRow("backwards range") << u"5-1 * * * *"_s << u"range 5-1 runs backwards"_s;
    QTest::newRow("empty list item") << u"1,,2 * * * *"_s << u"empty item"_s;
    QTest::newRow("quartz L") << u"0 6 L * *"_s << u"day of month: \"L\" is not a number"_s;
    QTest::newRow("unknown macro") << u"@reboot"_s << u"unknown macro \"@reboot\""_s;
    QTest::newRow("30 February") << u"0 0 30 2 *"_s << u"never occurs"_s;
}

void TestCronExpression::rejects() {
    QFETCH(QString, expression);
    QFETCH(QString, messagePart);
    QString error;
    const CronExpression cron = CronExpression::parse(expression, &error);
    QVERIFY(!cron.isValid());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY(!cron.next(QDateTime::currentDateTimeUtc(), QTimeZone::utc()).isValid());
}

void TestCronExpression::macrosEqualTheirExpansion() {
    const QDateTime start = utc(u"2026-11-21T10:17:00Z"_s);
    const QList<QPair<QString, QString>> pairs = {{u"@hourly"_s, u"0 * * * *"_s},
                                                  {u"@daily"_s, u"0 0 * * *"_s},
                                                  {u"@weekly"_s, u"0 0 * * 0"_s},
                                                  {u"@monthly"_s, u"0 0 1 * *"_s},
                                                  {u"@yearly"_s, u"0 0 1 1 *"_s}};
    for (const auto &[macro, expansion] : pairs) {
        QDateTime a = start, b = start;
        for (int i = 0; i < 5; ++i) {
            a = CronExpression::parse(macro).next(a, QTimeZone::utc());
            b = CronExpression::parse(expansion).next(b, QTimeZone::utc());
            QCOMPARE(a, b);
        }
    }
}

void TestCronExpression::neverMatchingDayIsRejected() {
    // 31 in a month list that holds a 31-day month is fine; with only 30-day months it can never run.
    QVERIFY(CronExpression::parse(u"0 0 31 1,4 *"_s).isValid());
    QVERIFY(!CronExpression::parse(u"0 0 31 4,6,9,11 *"_s).isValid());
    // With a weekday restricted too, cron ORs the two: it still runs on the weekday.
    QVERIFY(CronExpression::parse(u"0 0 30 2 1"_s).isValid());
}

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
