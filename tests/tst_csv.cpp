// The CSV reader's corner cases (RFC 4180 as TestOps writes it, and worse), and the comparison of two exports
// by allure_id.
#include "csv/CsvReader.h"
#include "csv/CsvTableModel.h"
#include "csv/ExportComparison.h"

#include "CsvGenerator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QList<QByteArray>>;

namespace {

// Reads all of `text`, handing the reader `chunk` bytes per read so records straddle every boundary.
class ChunkedBuffer : public QBuffer {
public:
    ChunkedBuffer(QByteArray *data, qint64 chunk)
        : m_chunk(chunk) {
        setBuffer(data);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        return QBuffer::readData(data, qMin(maxSize, m_chunk));
    }

private:
    qint64 m_chunk;
};

Records readAll(QByteArray text, char separator = ';', qint64 chunk = 1 << 20, QString *error = nullptr,
                QList<qint64> *offsets = nullptr) {
    ChunkedBuffer buffer(&text, chunk);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    Records records;
    QList<QByteArray> cells;
    while (reader.readRecord(&cells)) {
        records.append(cells);
        if (offsets)
            offsets->append(reader.recordOffset());
    }
    if (error)
        *error = reader.errorString();
    return records;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void reader_data();
    void reader();
    void readerIsIndifferentToHowBytesArrive();
    void readerReportsAnUnclosedQuote();
    void readerGivesOffsetsToReadARecordAgain();
    void readerMatchesTheGenerator();

    void firstExportHasFactsButNoChanges();
    void addedRemovedAndChangedById();
    void identicalExportsAreIdentical();
    void rowOrderAndColumnOrderDoNotMatter();
    void columnSetsThatDiffer();
    void otherSeparatorAndBom();
    void withoutAnIdColumnTheFilesAreNotCompared();
    void raggedRowsDuplicatesAndMissingIdsAreReported();
    void resultSurvivesJson();
    void missingFilesAreNamed();
    void tableModelReadsAsTheViewScrolls();
    void tableModelOfABrokenFile();

private:
    QString write(const QString &name, const QByteArray &content) {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestCsv::reader_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("separator");
    QTest::addColumn<Records>("expected");
    QTest::newRow("plain CRLF") << QByteArray("a;b\r\n1;2\r\n") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("plain LF") << QByteArray("a;b\n1;2\n") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("bare CR") << QByteArray("a;b\r1;2\r") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line break") << QByteArray("a;b\n1;2") << ';' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("empty cells") << QByteArray(";;\n;x;\n") << ';' << Records{{"", "", ""}, {"", "x", ""}};
    QTest::newRow("quoted separator") << QByteArray("\"a;b\";c\n") << ';' << Records{{"a;b", "c"}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\";\"\"\"\"\n") << ';'
                                    << Records{{"say \"hi\"", "\""}};
    QTest::newRow("empty quoted") << QByteArray("\"\";x\n") << ';' << Records{{"", "x"}};
    QTest::newRow("line breaks in quotes")
        << QByteArray("id;scenario\r\n1;\"1. Открыть\r\n2. Войти\n3. Выйти\"\r\n") << ';'
        << Records{{"id", "scenario"}, {"1", "1. Открыть\r\n2. Войти\n3. Выйти"}};
    QTest::newRow("blank lines skipped")
        << QByteArray("\r\n\na\n\r\n\nb\n\n") << ';' << Records{{"a"}, {"b"}};
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBF"
                                               "allure_id;name\n1;x\n")
                                 << ';' << Records{{"allure_id", "name"}, {"1", "x"}};
    QTest::newRow("BOM only at the start") << QByteArray("a\n\xEF\xBB\xBF"
                                                         "b\n")
                                           << ';'
                                           << Records{{"a"},
                                                      {"\xEF\xBB\xBF"
                                                       "b"}};
    QTest::newRow("comma separator") << QByteArray("a,\"b,c\";d\n") << ',' << Records{{"a", "b,c;d"}};
    QTest::newRow("tab separator") << QByteArray("a\tb c\n") << '\t' << Records{{"a", "b c"}};
    QTest::newRow("stray quote kept") << QByteArray("5\" disk;x\n") << ';' << Records{{"5\" disk", "x"}};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd;x\n") << ';' << Records{{"abcd", "x"}};
    QTest::newRow("ragged rows") << QByteArray("a;b;c\n1\n1;2;3;4\n") << ';'
                                 << Records{{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}};
    QTest::newRow("HTML is just text") << QByteArray("<html><body>Login</body></html>") << ';'
                                       << Records{{"<html><body>Login</body></html>"}};
    QTest::newRow("empty input") << QByteArray() << ';' << Records{};
}

void TestCsv::reader() {
    QFETCH(QByteArray, text);
    QFETCH(char, separator);
    QFETCH(Records, expected);
    QString error;
    QCOMPARE(readAll(text, separator, 1 << 20, &error), expected);
    QCOMPARE(error, QString());
}

void TestCsv::readerIsIndifferentToHowBytesArrive() {
    QByteArray text = "\xEF\xBB\xBF"
                      "id;text\r\n1;\"a \"\"quoted\"\"; multi\r\nline\"\r\n2;plain\r\n\r\n3;\"\"\r";
    const Records whole = readAll(text);
    QCOMPARE(whole.size(), 4);
    QCOMPARE(whole.at(1).at(1), QByteArray("a \"quoted\"; multi\r\nline"));
    for (qint64 chunk = 1; chunk <= 7; ++chunk)
        QCOMPARE(readAll(text, ';', chunk), whole);
}

void TestCsv::readerReportsAnUnclosedQuote() {
    QString error;
    const Records records = readAll("a;b\n1;\"never\nclosed", ';', 1 << 20, &error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1), (QList<QByteArray>{"1", "never\nclosed"}));
    QVERIFY2(error.contains(u"not closed"_s) && error.contains(u"line 2"_s), qPrintable(error));
}

void TestCsv::readerGivesOffsetsToReadARecordAgain() {
    const QByteArray text = "\xEF\xBB\xBF"
                            "id;t\r\n\r\n1;\"x\r\ny\"\r\n2;z\n";
    QList<qint64> offsets;
    const Records records = readAll(text, ';', 3, nullptr, &offsets);
    QCOMPARE(offsets, (QList<qint64>{3, 11, 21}));
    const QString path = write(u"offsets.csv"_s, text);
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(ExportComparison::readRecordAt(path, offsets.at(i), ';'), records.at(i));
}

void TestCsv::readerMatchesTheGenerator() {
    // The fake server's CSV (Cyrillic, quoted multi-line cells with separators and quotes) reads back cell
    // for cell.
    const QStringList columns = CsvGenerator::standardColumns();
    const Records records = readAll(CsvGenerator(columns, 42, 50, true).all(), ';', 1000);
    QCOMPARE(records.size(), 51);
    QCOMPARE(records.first().size(), columns.size());
    for (qint64 row = 0; row < 50; ++row) {
        for (int c = 0; c < columns.size(); ++c)
            QCOMPARE(records.at(row + 1).at(c), CsvGenerator::cell(columns.at(c), 42, row, 0));
    }
}

// Test cases in the shape TestOps writes them.
static QByteArray exportText(const QList<QList<QByteArray>> &rows,
                             const QByteArray &header = "allure_id;name;status;scenario") {
    QByteArray text = header + "\r\n";
    for (const auto &row : rows) {
        QByteArray line;
        for (int i = 0; i < row.size(); ++i) {
            if (i)
                line += ';';
            const QByteArray &cell = row.at(i);
            line += cell.contains(';') || cell.contains('\n') || cell.contains('"')
                        ? '"' + QByteArray(cell).replace("\"", "\"\"") + '"'
                        : cell;
        }
        text += line + "\r\n";
    }
    return text;
}

void TestCsv::firstExportHasFactsButNoChanges() {
    const QByteArray text = exportText({{"1", "Вход", "Ready", "1. a\n2. b"}, {"2", "Выход", "Draft", ""}});
    const QString path = write(u"first.csv"_s, text);
    const ExportComparison::Result result = ExportComparison::compare(QString(), path, ';');
    QCOMPARE(result.error, QString());
    QVERIFY(!result.compared());
    QVERIFY(result.counts().isNull());
    QCOMPARE(result.rows, 2);
    QCOMPARE(result.columns, (QStringList{u"allure_id"_s, u"name"_s, u"status"_s, u"scenario"_s}));
    QCOMPARE(result.sha256, QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

void TestCsv::addedRemovedAndChangedById() {
    const QString before = write(u"before.csv"_s, exportText({{"1", "Вход", "Ready", "1. a\n2. b"},
                                                              {"2", "Выход", "Draft", ""},
                                                              {"3", "Поиск", "Ready", "x"},
                                                              {"4", "Корзина", "Ready", "y"}}));
    const QString after = write(u"after.csv"_s, exportText({{"1", "Вход", "Ready", "1. a\n2. b"},
                                                            {"3", "Поиск", "Outdated", "x"},
                                                            {"4", "Корзина (новая)", "Ready", "y\nz"},
                                                            {"5", "Оплата", "Draft", ""},
                                                            {"6", "Возврат", "Draft", ""}}));
    const ExportComparison::Result result = ExportComparison::compare(before, after, ';');
    QCOMPARE(result.error, QString());
    QCOMPARE(result.previousFile, u"before.csv"_s);
    QCOMPARE(result.counts().toObject(),
             (QJsonObject{{u"added"_s, 2}, {u"removed"_s, 1}, {u"changed"_s, 2}}));
    QCOMPARE(result.added.at(0).id, u"5"_s);
    QCOMPARE(result.added.at(1).name, u"Возврат"_s);
    QCOMPARE(result.removed.at(0).id, u"2"_s);
    QCOMPARE(result.removed.at(0).name, u"Выход"_s); // the name it had
    QCOMPARE(result.changed.at(0).id, u"3"_s);
    QCOMPARE(result.changed.at(0).fields, QStringList{u"status"_s});
    QCOMPARE(result.changed.at(1).fields, (QStringList{u"name"_s, u"scenario"_s}));
    QCOMPARE(result.changed.at(1).name, u"Корзина (новая)"_s);
    // The offsets lead back to old and new texts.
    const ExportComparison::Case &cart = result.changed.at(1);
    QCOMPARE(ExportComparison::readRecordAt(before, cart.oldOffset, ';').at(3), QByteArray("y"));
    QCOMPARE(ExportComparison::readRecordAt(after, cart.newOffset, ';').at(3), QByteArray("y\nz"));
    QCOMPARE(ExportComparison::readRecordAt(before, result.removed.at(0).oldOffset, ';').at(1),
             QByteArray("Выход"));
    QVERIFY(!result.identical());
}

void TestCsv::identicalExportsAreIdentical() {
    const QByteArray text = CsvGenerator(CsvGenerator::standardColumns(), 7, 300).all();
    const ExportComparison::Result result =
        ExportComparison::compare(write(u"a.csv"_s, text), write(u"b.csv"_s, text), ';');
    QVERIFY(result.identical());
    QCOMPARE(result.rows, 300);
    QCOMPARE(result.counts().toObject(),
             (QJsonObject{{u"added"_s, 0}, {u"removed"_s, 0}, {u"changed"_s, 0}}));
}

void TestCsv::rowOrderAndColumnOrderDoNotMatter() {
    const QString before =
        write(u"o1.csv"_s, exportText({{"1", "a", "Ready", "s"}, {"2", "b", "Draft", "t"}}));
    const QString after = write(u"o2.csv"_s, "status;allure_id;scenario;name\nDraft;2;t;b\nReady;1;s;a\n");
    QVERIFY(ExportComparison::compare(before, after, ';').identical());
}

void TestCsv::columnSetsThatDiffer() {
    // A column added in Settings between two exports: the shared columns are compared, the others named.
    const QString before = write(u"c1.csv"_s, "allure_id;name;tag\n1;a;smoke\n2;b;x\n");
    const QString after = write(u"c2.csv"_s, "allure_id;name;Priority\n1;a;High\n2;B;Low\n");
    const ExportComparison::Result result = ExportComparison::compare(before, after, ';');
    QCOMPARE(result.columnsAdded, QStringList{u"Priority"_s});
    QCOMPARE(result.columnsRemoved, QStringList{u"tag"_s});
    QCOMPARE(result.changed.size(), 1);
    QCOMPARE(result.changed.at(0).fields, QStringList{u"name"_s});
    QVERIFY(!result.identical());
}

void TestCsv::otherSeparatorAndBom() {
    const QString before = write(u"s1.csv"_s, "\xEF\xBB\xBF"
                                              "allure_id,name\r\n1,\"a, b\"\r\n2,c\r\n");
    const QString after = write(u"s2.csv"_s, "allure_id,name\r\n1,\"a, b\"\r\n2,d\r\n");
    const ExportComparison::Result result = ExportComparison::compare(before, after, ',');
    QCOMPARE(result.error, QString());
    QCOMPARE(result.changed.size(), 1);
    QCOMPARE(result.changed.at(0).id, u"2"_s);
}

void TestCsv::withoutAnIdColumnTheFilesAreNotCompared() {
    const QString before = write(u"n1.csv"_s, "id;name\n1;a\n");
    const QString after = write(u"n2.csv"_s, "id;name\n1;b\n");
    const ExportComparison::Result result = ExportComparison::compare(before, after, ';');
    QVERIFY(result.error.contains(u"allure_id"_s));
    QVERIFY(!result.compared());
    QVERIFY(result.counts().isNull());
    QCOMPARE(result.rows, 1);
}

void TestCsv::raggedRowsDuplicatesAndMissingIdsAreReported() {
    const QString before = write(u"r1.csv"_s, "allure_id;name\n1;a\n");
    const QString after = write(u"r2.csv"_s, "allure_id;name\n1;a\n2;b;extra\n1;again\n;nameless\n3\n");
    const ExportComparison::Result result = ExportComparison::compare(before, after, ';');
    QCOMPARE(result.rows, 5);
    QCOMPARE(result.raggedRows, 2);
    QCOMPARE(result.firstRaggedLine, 3);
    QCOMPARE(result.duplicateIds, 1);
    QCOMPARE(result.rowsWithoutId, 1);
    QCOMPARE(result.added.size(), 2);
    const QStringList problems = result.problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(u"line 3"_s), qPrintable(problems.at(0)));
}

void TestCsv::resultSurvivesJson() {
    const QString before = write(u"j1.csv"_s, exportText({{"1", "a", "x", ""}, {"2", "b", "x", ""}}));
    const QString after = write(u"j2.csv"_s, exportText({{"1", "a", "y", ""}, {"3", "c", "x", ""}}));
    const ExportComparison::Result result = ExportComparison::compare(before, after, ';');
    const ExportComparison::Result back = ExportComparison::Result::fromJson(result.toJson());
    QCOMPARE(back.toJson(), result.toJson());
    QCOMPARE(back.changed.at(0).fields, QStringList{u"status"_s});
    QCOMPARE(back.removed.at(0).oldOffset, result.removed.at(0).oldOffset);
}

void TestCsv::missingFilesAreNamed() {
    const QString after = write(u"m.csv"_s, "allure_id;name\n1;a\n");
    ExportComparison::Result result =
        ExportComparison::compare(QDir(m_dir.path()).filePath(u"gone.csv"_s), after, ';');
    QVERIFY2(result.error.contains(u"gone.csv"_s), qPrintable(result.error));
    QCOMPARE(result.rows, 1); // the new file's facts are still known
    result = ExportComparison::compare(QString(), QDir(m_dir.path()).filePath(u"nothing.csv"_s), ';');
    QVERIFY2(result.error.contains(u"nothing.csv"_s), qPrintable(result.error));
}

void TestCsv::tableModelReadsAsTheViewScrolls() {
    const QStringList columns = CsvGenerator::standardColumns();
    const QString path = write(u"big.csv"_s, CsvGenerator(columns, 9, 5000, true).all());
    CsvTableModel model;
    QVERIFY(model.open(path, ';'));
    QCOMPARE(model.columnCount(), columns.size());
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"allure_id"_s); // BOM skipped
    QCOMPARE(model.rowCount(), CsvTableModel::fetchSize); // the first rows at once
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CsvTableModel::fetchSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5000);
    QVERIFY(model.atEnd());
    // Any row, in any order, reads back as written; a multi-line cell shows on one line, whole in its
    // tooltip.
    for (int row : {4999, 0, 2500, 257, 255, 4321}) {
        QCOMPARE(model.index(row, 0).data().toString().toUtf8(),
                 CsvGenerator::cell(u"allure_id"_s, 9, row, 0));
        const QByteArray scenario = CsvGenerator::cell(u"scenario"_s, 9, row, 0);
        QCOMPARE(model.index(row, 8).data(Qt::ToolTipRole).toString().toUtf8(), scenario);
        QVERIFY(!model.index(row, 8).data().toString().contains(u'\n'));
    }
    QCOMPARE(model.raggedRows(), 0);
}

void TestCsv::tableModelOfABrokenFile() {
    CsvTableModel model;
    QVERIFY(!model.open(QDir(m_dir.path()).filePath(u"absent.csv"_s), ';'));
    QVERIFY(model.errorString().contains(u"absent.csv"_s));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.open(write(u"ragged.csv"_s, "a;b;c\n1;2\n1;2;3;4\n\"open"), ';'));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.raggedRows(), 3);
    QCOMPARE(model.index(0, 2).data(), QVariant()); // a missing cell is empty, not a crash
    QCOMPARE(model.index(2, 0).data().toString(), u"open"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
