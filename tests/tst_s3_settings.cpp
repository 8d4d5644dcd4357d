// The settings dialog's S3 page against a real S3 server program (s3rver behind the SigV4-checking proxy,
// started by tests/storage/with_s3.sh): Test connection writes, checks and deletes a probe object, and says
// what is wrong (a wrong secret) without showing the secret.
#include "S3SettingsPage.h"
#include "SettingsDialog.h"
#include "config/ConfigLoader.h"
#include "schedule/Clock.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestS3Settings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("S3_TEST_ENDPOINT"))
            QFAIL("run through tests/storage/with_s3.sh, which starts s3rver and the SigV4 proxy");
    }
    void testConnection_data() {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("said");
        QTest::newRow("right") << u"S3RVER"_s << true
                               << u"Connected: the bucket testops-exports takes exports"_s;
        QTest::newRow("wrong secret") << u"wrong-secret-value"_s << false << u"SignatureDoesNotMatch"_s;
    }
    void testConnection() {
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QFETCH(QString, said);
        QTemporaryDir dir;
        ConfigSources sources;
        sources.settingsFile = dir.filePath(u"settings.ini"_s);
        sources.environment.insert(u"S3_ENABLED"_s, u"yes"_s);
        SystemClock clock;
        QNetworkAccessManager network;
        SettingsDialog dialog(ConfigLoader::load(sources), nullptr, clock, &network);
        S3SettingsPage *page = dialog.s3Page();
        QVERIFY(!page->enabledCheck->isEnabled()); // set in the environment: shown, not editable
        QVERIFY(page->enabledCheck->isChecked());
        page->bucketEdit->setText(qEnvironmentVariable("S3_TEST_BUCKET"));
        page->endpointEdit->setText(qEnvironmentVariable("S3_TEST_ENDPOINT"));
        page->accessKeyEdit->setText(u"S3RVER"_s);
        page->secretKeyEdit->setText(secret);
        QCOMPARE(page->regionEdit->text(), u"us-east-1"_s); // the Go tool's default
        QCOMPARE(page->secretKeyEdit->echoMode(), QLineEdit::Password);
        QSignalSpy tested(page, &S3SettingsPage::tested);
        page->testButton->click();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), ok);
        QVERIFY2(page->resultLabel->text().contains(said), qPrintable(page->resultLabel->text()));
        QVERIFY(!page->resultLabel->text().contains(u"wrong-secret-value"_s));
        // Nothing about S3 stands in the way of saving (the TestOps settings are not filled in here).
        const QString problems = dialog.problems().join(u'\n');
        for (const QString &s3 : {u"S3_"_s, u"Bucket"_s, u"Endpoint"_s, u"Access key"_s, u"Secret key"_s})
            QVERIFY2(!problems.contains(s3), qPrintable(problems));
    }
    void requiredWhenOn() {
        ConfigSources sources;
        QTemporaryDir dir;
        sources.settingsFile = dir.filePath(u"settings.ini"_s);
        SystemClock clock;
        QNetworkAccessManager network;
        SettingsDialog dialog(ConfigLoader::load(sources), nullptr, clock, &network);
        dialog.s3Page()->enabledCheck->setChecked(true);
        // Named as the page labels them, and said what is expected.
        const QString problems = dialog.problems().join(u'\n');
        QVERIFY2(problems.contains(u"Bucket: it is required when S3_ENABLED is on"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Secret key"_s), qPrintable(problems));
    }
};

QTEST_MAIN(TestS3Settings)
#include "tst_s3_settings.moc"
