// One state everywhere: for the same journal, the window's Changes column, /api/exports and the lines of
// --export-now say the same thing of an export, because all three ask the front. Five situations: a group's
// first export, an export compared with the previous one, one identical to it, one whose check failed, and
// one whose previous export retention has deleted since.
#include "ExportsModel.h"
#include "app/AppWiring.h"
#include "schedule/Clock.h"
#include "service/ExportFront.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString previousFile = u"testops_export_API_2026-11-20_07-00-00.csv"_s;
const QString newFile = u"testops_export_API_2026-11-21_07-00-00.csv"_s;

QByteArray line(const QJsonObject &record) {
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject attempt(const QString &file) {
    return {{u"type"_s, u"attempt"_s},
            {u"cycle"_s, u"c1"_s},
            {u"group"_s, u"API"_s},
            {u"attempt"_s, 1},
            {u"start"_s, u"2026-11-21T07:00:00.000Z"_s},
            {u"end"_s, u"2026-11-21T07:00:01.000Z"_s},
            {u"outcome"_s, u"success"_s},
            {u"file"_s, file},
            {u"bytes"_s, 20},
            {u"rows"_s, 1}};
}

QJsonObject check(const QString &previous, const QJsonValue &changes, const QString &error = QString()) {
    QJsonObject record{{u"type"_s, u"check"_s},
                       {u"cycle"_s, u"c1"_s},
                       {u"group"_s, u"API"_s},
                       {u"file"_s, newFile},
                       {u"previous"_s, previous.isEmpty() ? QJsonValue() : QJsonValue(previous)},
                       {u"sha256"_s, QString(64, u'0')},
                       {u"checkedRows"_s, 1},
                       {u"changes"_s, changes},
                       {u"identical"_s, false},
                       {u"kept"_s, true}};
    if (!error.isEmpty())
        record.insert(u"error"_s, error);
    return record;
}

QJsonObject counts(int added, int removed, int changed) {
    return {{u"added"_s, added}, {u"removed"_s, removed}, {u"changed"_s, changed}};
}
} // namespace

class TestOneState : public QObject {
    Q_OBJECT
private slots:
    void sameChangeStateInEveryView_data();
    void sameChangeStateInEveryView();
};

void TestOneState::sameChangeStateInEveryView_data() {
    QTest::addColumn<bool>("previousExists");
    QTest::addColumn<QJsonObject>("checkRecord");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("first export") << false << check({}, {}) << u"first-export"_s << u"first export"_s;
    QTest::newRow("compared") << true << check(previousFile, counts(3, 10, 16)) << u"changed"_s
                              << u"+3 \u221210 ~16"_s;
    QTest::newRow("identical") << true << check(previousFile, counts(0, 0, 0)) << u"no-changes"_s
                               << u"no changes"_s;
    // The page once said "first export" here, the window "not compared".
    QTest::newRow("check failed") << false << check({}, {}, u"cannot read the file"_s) << u"not-compared"_s
                                  << u"not compared"_s;
    QTest::newRow("previous deleted")
        << false << check(previousFile, counts(1, 0, 2)) << u"changed"_s << u"+1 ~2"_s; // no "−0"
}

void TestOneState::sameChangeStateInEveryView() {
    QFETCH(bool, previousExists);
    QFETCH(QJsonObject, checkRecord);
    QFETCH(QString, state);
    QFETCH(QString, text);

    QTemporaryDir dir;
    const QString folder = dir.filePath(u"exports"_s);
    QDir().mkpath(folder + u"/.testops-export"_s);
    QStringList files{newFile};
    if (previousExists)
        files.append(previousFile);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("allure_id;name\r\n1;Вход\r\n");
    }
    QFile journal(folder + u"/.testops-export/history.jsonl"_s);
    QVERIFY(journal.open(QIODevice::WriteOnly));
    if (previousExists)
        journal.write(line(attempt(previousFile)));
    journal.write(line(attempt(newFile)) + line(checkRecord));
    journal.close();

    Config config;
    config.exportPath = folder;
    config.groups = {{u"API"_s, 17, 937, 26961091}};
    config.webBind = QHostAddress(QHostAddress::LocalHost);
    config.webPort = 0;
    SystemClock clock;
    QNetworkAccessManager network;
    AppWiring wiring(clock, &network);
    wiring.build(config);
    QVERIFY(wiring.claimFolder(nullptr));
    wiring.startService();
    ExportFront *front = wiring.front();
    QVERIFY(wiring.webUrl().isValid());

    // The front's own words.
    const ExportEntry *entry = front->exportNamed(newFile);
    QVERIFY(entry);
    QCOMPARE(StateWords::changeStateName(StateWords::changeState(*entry)), state);
    QCOMPARE(StateWords::changesText(*entry), text);

    // The window.
    ExportsModel model;
    model.setSource(front);
    int row = 0;
    while (row < model.rowCount() &&
           model.index(row, 0).data(ExportsModel::FileNameRole).toString() != newFile)
        ++row;
    QVERIFY(row < model.rowCount());
    QCOMPARE(model.index(row, ExportsModel::ChangesColumn).data().toString(), text);

    // The web view.
    QNetworkReply *reply = network.get(QNetworkRequest(wiring.webUrl().resolved(QUrl(u"/api/exports"_s))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QJsonObject item;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray()) {
        if (value.toObject().value(u"file"_s).toString() == newFile)
            item = value.toObject();
    }
    QCOMPARE(item.value(u"changesState"_s).toString(), state);

    // --export-now's line for the group.
    const QStringList report = front->cycleReport();
    QCOMPARE(report.size(), 1);
    QVERIFY2(report.first().startsWith(u"OK    API  "_s + newFile), qPrintable(report.first()));
    QVERIFY2(report.first().endsWith(u"  "_s + text), qPrintable(report.first()));
}

QTEST_MAIN(TestOneState)
#include "tst_onestate.moc"
