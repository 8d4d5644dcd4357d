#include "DesktopSettings.h"
#include "SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs under tests/gui/with_keyring.sh: a real Secret Service (gnome-keyring) on a private session bus.
class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void tokenRoundTripsThroughTheKeychain();
    void savedTokenStaysOutOfTheSettingsFile();
};

void TestKeychain::tokenRoundTripsThroughTheKeychain() {
    SecretStore store(u"testops-export-test"_s);
    QString problem;
    QVERIFY2(store.write(u"api-token"_s, u"s3cret-token-value"_s, &problem), qPrintable(problem));
    QCOMPARE(store.read(u"api-token"_s), u"s3cret-token-value"_s);
    store.remove(u"api-token"_s);
    QCOMPARE(store.read(u"api-token"_s, &problem), QString());
}

void TestKeychain::savedTokenStaysOutOfTheSettingsFile() {
    QTemporaryDir dir;
    SecretStore store(u"testops-export-test"_s);
    DesktopSettings settings(dir.filePath(u"settings.ini"_s), &store);
    QFile(settings.settingsFile()).remove();
    const QString note = settings.save({{u"TESTOPS_BASE_URL"_s, u"https://t.example"_s},
                                        {u"TESTOPS_TOKEN"_s, u"kept-in-keychain-123"_s},
                                        {u"S3_SECRET_KEY"_s, u"s3-secret-in-keychain-456"_s}});
    QVERIFY2(note.isEmpty(), qPrintable(note)); // the keychain took them: nothing to tell the user
    const QHash<QString, QString> secrets = settings.readSecrets();
    QCOMPARE(secrets.value(u"TESTOPS_TOKEN"_s), u"kept-in-keychain-123"_s);
    QCOMPARE(secrets.value(u"S3_SECRET_KEY"_s), u"s3-secret-in-keychain-456"_s);
    QFile file(settings.settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("https://t.example"));
    QVERIFY(!text.contains("kept-in-keychain"));
    QVERIFY(!text.contains("s3-secret-in-keychain"));
    store.remove(QString::fromLatin1(DesktopSettings::tokenKey));
    store.remove(QString::fromLatin1(DesktopSettings::s3SecretKey));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
