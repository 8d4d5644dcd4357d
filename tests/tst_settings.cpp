#include "config/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString token = u"tok3n-SECRET-value-1234"_s;

QProcessEnvironment minimalEnvironment() {
    QProcessEnvironment env;
    env.insert(u"TESTOPS_BASE_URL"_s, u"https://testops.example.com"_s);
    env.insert(u"TESTOPS_TOKEN"_s, token);
    env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
    return env;
}

void writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QStringList messages(const LoadedConfig &loaded) {
    QStringList list;
    for (const ConfigProblem &problem : loaded.problems)
        list.append(problem.message());
    return list;
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void init();
    void defaults();
    void precedence_data();
    void precedence();
    void badValues_data();
    void badValues();
    void everyProblemAtOnceAndTokenMasked();
    void missingRequiredSettings();
    void groupsTakeDefaultProjectAndTree();
    void groupsWithoutDefaults();
    void settingsFileListsStayText();
    void unknownNamesAreWarnings();
    void missingConfigFileGivenOnCommandLine();
    void brokenDotEnvIsReported();
    void desktopDefaultExportFolder();
    void tableIsComplete();
    void readmeDocumentsEverySetting();

private:
    ConfigSources sources() const {
        ConfigSources s;
        s.environment = minimalEnvironment();
        return s;
    }
    QTemporaryDir m_dir;
};

void TestSettings::init() {
    QVERIFY(m_dir.isValid());
    QDir::setCurrent(m_dir.path());
}

void TestSettings::defaults() {
    const LoadedConfig loaded = ConfigLoader::load(sources());
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    const Config &c = loaded.config;
    QCOMPARE(c.baseUrl.toString(), u"https://testops.example.com"_s);
    QCOMPARE(c.schedule.text(), u"0 7 * * *"_s);
    QCOMPARE(c.timeZone, QTimeZone::utc());
    QCOMPARE(c.retryDelaysSeconds, (QList<int>{300, 600, 900}));
    QCOMPARE(c.retentionDays, 30);
    QCOMPARE(c.exportPath, QDir(m_dir.path()).filePath(u"exports"_s));
    QCOMPARE(c.webEnabled, true);
    QCOMPARE(c.webBind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(c.webPort, quint16(9090));
    QVERIFY(c.webAccessKey.isEmpty());
    QCOMPARE(c.catchUpMissed, true);
    QCOMPARE(c.exportTimeoutSeconds, 600);
    QCOMPARE(c.inactivityTimeoutSeconds, 60);
    QCOMPARE(c.parallelGroups, 1);
    QCOMPARE(c.tlsInsecure, false);
    QCOMPARE(c.groups, (ExportGroups{{u"API"_s, 17, 937, 26961091}}));
}

// Each row names the sources that carry WEB_PORT; the value of the last (highest) one must win.
void TestSettings::precedence_data() {
    QTest::addColumn<QStringList>("sourcesSet");
    QTest::addColumn<int>("port");
    QTest::newRow("default only") << QStringList{} << 9090;
    QTest::newRow("file") << QStringList{u"file"_s} << 1001;
    QTest::newRow("file < .env") << QStringList{u"file"_s, u"dotenv"_s} << 1002;
    QTest::newRow(".env < environment") << QStringList{u"dotenv"_s, u"env"_s} << 1003;
    QTest::newRow("file < environment") << QStringList{u"file"_s, u"env"_s} << 1003;
    QTest::newRow("environment < command line") << QStringList{u"env"_s, u"cli"_s} << 1004;
    QTest::newRow("all four") << QStringList{u"file"_s, u"dotenv"_s, u"env"_s, u"cli"_s} << 1004;
    QTest::newRow("file and command line") << QStringList{u"file"_s, u"cli"_s} << 1004;
}

void TestSettings::precedence() {
    QFETCH(QStringList, sourcesSet);
    QFETCH(int, port);
    ConfigSources s = sources();
    s.settingsFile = m_dir.filePath(u"settings.ini"_s);
    s.dotEnvFile = m_dir.filePath(u".env"_s);
    QFile::remove(s.settingsFile);
    QFile::remove(s.dotEnvFile);
    if (sourcesSet.contains(u"file"_s))
        writeFile(s.settingsFile, "[General]\nWEB_PORT=1001\n");
    if (sourcesSet.contains(u"dotenv"_s))
        writeFile(s.dotEnvFile, "WEB_PORT=1002\n");
    if (sourcesSet.contains(u"env"_s))
        s.environment.insert(u"WEB_PORT"_s, u"1003"_s);
    if (sourcesSet.contains(u"cli"_s))
        s.commandLine.append({u"WEB_PORT"_s, u"1004"_s});
    const LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(int(loaded.config.webPort), port);
}

void TestSettings::badValues_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *tag, const QString &name, const QString &value, const QString &message) {
        QTest::newRow(tag) << name << value << message;
    };
    row("url without scheme", u"TESTOPS_BASE_URL"_s, u"testops.example.com"_s,
        u"TESTOPS_BASE_URL = \"testops.example.com\" (environment): not an http:// or https:// address. Expected: an http:// or https:// address"_s);
    row("url ftp", u"TESTOPS_BASE_URL"_s, u"ftp://x"_s, u"not an http:// or https:// address"_s);
    row("url with query", u"TESTOPS_BASE_URL"_s, u"https://x/?a=1"_s, u"must not have a query"_s);
    row("url empty", u"TESTOPS_BASE_URL"_s, QString(), u"no value was given"_s);
    row("token empty", u"TESTOPS_TOKEN"_s, u"  "_s,
        u"TESTOPS_TOKEN = \"…\" (environment): no value was given"_s);
    row("project id", u"TESTOPS_PROJECT_ID"_s, u"abc"_s,
        u"TESTOPS_PROJECT_ID = \"abc\" (environment): not a whole number"_s);
    row("tree id negative", u"TESTOPS_TREE_ID"_s, u"-4"_s, u"-4 is outside 1-"_s);
    row("groups no equals", u"EXPORT_GROUPS"_s, u"API"_s, u"\"API\" has no \"=\" between name and id"_s);
    row("groups bad id", u"EXPORT_GROUPS"_s, u"API=12x"_s,
        u"group API: \"12x\" is not a positive whole number"_s);
    row("groups two ids", u"EXPORT_GROUPS"_s, u"API=1:2"_s,
        u"neither GROUP_ID nor PROJECT_ID:TREE_ID:GROUP_ID"_s);
    row("groups unsafe name", u"EXPORT_GROUPS"_s, u"../etc=1:2:3"_s,
        u"group name \"../etc\" may hold only letters"_s);
    row("groups duplicate", u"EXPORT_GROUPS"_s, u"API=1:2:3,api=1:2:4"_s,
        u"group name \"api\" is used twice"_s);
    row("groups empty", u"EXPORT_GROUPS"_s, u""_s, u"no groups were given"_s);
    row("columns", u"EXPORT_COLUMNS"_s, u"priority=12"_s, u"\"priority=12\" is not KIND:ID=Header"_s);
    row("path empty", u"EXPORT_PATH"_s, u""_s, u"EXPORT_PATH = \"\" (environment): no value was given"_s);
    row("cron", u"CRON_SCHEDULE"_s, u"61 * * * *"_s,
        u"CRON_SCHEDULE = \"61 * * * *\" (environment): minute: 61 is outside 0-59. Expected: a 5-field cron expression"_s);
    row("cron seconds", u"CRON_SCHEDULE"_s, u"0 0 7 * * *"_s,
        u"five fields expected (minute hour day-of-month month day-of-week), found: 6"_s);
    row("zone", u"SCHEDULE_TIMEZONE"_s, u"Mars/Olympus"_s, u"unknown time zone \"Mars/Olympus\""_s);
    row("catch up", u"CATCH_UP_MISSED"_s, u"maybe"_s, u"not a yes/no value"_s);
    row("retry unit", u"RETRY_DELAYS"_s, u"5m,10x"_s, u"\"10x\" is not a duration"_s);
    row("retry bare number", u"RETRY_DELAYS"_s, u"300"_s, u"\"300\" is not a duration"_s);
    row("retention", u"RETENTION_DAYS"_s, u"-1"_s, u"-1 is outside 0-36500"_s);
    row("retention word", u"RETENTION_DAYS"_s, u"month"_s, u"not a whole number"_s);
    row("export timeout", u"EXPORT_TIMEOUT"_s, u"5s"_s, u"5s is too short"_s);
    row("inactivity", u"INACTIVITY_TIMEOUT"_s, u"soon"_s, u"\"soon\" is not a duration"_s);
    row("connect", u"CONNECT_TIMEOUT"_s, u"0s"_s, u"0s is too short"_s);
    row("parallel", u"PARALLEL_GROUPS"_s, u"3"_s, u"3 is outside 1-2"_s);
    row("ca file", u"TLS_CA_FILE"_s, u"/nonexistent/ca.pem"_s, u"no readable file at this path"_s);
    row("insecure", u"TLS_INSECURE"_s, u"sometimes"_s, u"not a yes/no value"_s);
    row("web enabled", u"WEB_ENABLED"_s, u"2"_s, u"not a yes/no value"_s);
    row("web bind", u"WEB_BIND"_s, u"my-host"_s,
        u"WEB_BIND = \"my-host\" (environment): not an IP address"_s);
    row("web port", u"WEB_PORT"_s, u"70000"_s, u"70000 is outside 0-65535"_s);
    row("web port word", u"WEB_PORT"_s, u"http"_s, u"not a whole number"_s);
    row("access key short", u"WEB_ACCESS_KEY"_s, u"abc"_s,
        u"WEB_ACCESS_KEY = \"…\" (environment): shorter than 8 characters"_s);
}

void TestSettings::badValues() {
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ConfigSources s = sources();
    s.environment.insert(name, value);
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.first().setting, name);
    const QString text = loaded.problems.first().message();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(u"Expected: "_s), qPrintable(text));
}

void TestSettings::everyProblemAtOnceAndTokenMasked() {
    ConfigSources s;
    s.environment.insert(u"CRON_SCHEDULE"_s, u"0 25 * * *"_s);
    s.environment.insert(u"TESTOPS_BASE_URL"_s, u"not a url"_s);
    s.environment.insert(u"EXPORT_GROUPS"_s, u"API=1:2:3"_s);
    s.environment.insert(u"WEB_ACCESS_KEY"_s, u"k3y!"_s);
    s.commandLine.append({u"TESTOPS_TOKEN"_s, u"has white space "_s + token});
    const LoadedConfig loaded = ConfigLoader::load(s);
    const QStringList list = messages(loaded);
    QCOMPARE(list.size(), 4);
    const QString report = loaded.problemReport();
    QVERIFY(report.contains(u"CRON_SCHEDULE"_s));
    QVERIFY(report.contains(u"TESTOPS_BASE_URL"_s));
    QVERIFY(
        report.contains(u"TESTOPS_TOKEN = \"has …1234\" (command line): the token contains white space"_s));
    QVERIFY(!report.contains(token));
    QVERIFY(!report.contains(u"k3y!"_s));
}

void TestSettings::missingRequiredSettings() {
    ConfigSources s;
    const LoadedConfig loaded = ConfigLoader::load(s);
    const QString report = loaded.problemReport();
    QCOMPARE(loaded.problems.size(), 3);
    QVERIFY2(report.contains(
                 u"TESTOPS_BASE_URL is not set: it is required. Expected: an http:// or https:// address"_s),
             qPrintable(report));
    QVERIFY(report.contains(u"TESTOPS_TOKEN is not set: it is required"_s));
    QVERIFY(report.contains(u"EXPORT_GROUPS is not set: it is required"_s));
}

void TestSettings::groupsTakeDefaultProjectAndTree() {
    ConfigSources s = sources();
    s.environment.insert(u"EXPORT_GROUPS"_s, u"API=26961091, UI=24545654,Other=5:6:7"_s);
    s.environment.insert(u"TESTOPS_PROJECT_ID"_s, u"17"_s);
    s.environment.insert(u"TESTOPS_TREE_ID"_s, u"937"_s);
    const LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(
        loaded.config.groups,
        (ExportGroups{{u"API"_s, 17, 937, 26961091}, {u"UI"_s, 17, 937, 24545654}, {u"Other"_s, 5, 6, 7}}));
    QCOMPARE(SettingsTable::formatGroups(loaded.config.groups),
             u"API=17:937:26961091,UI=17:937:24545654,Other=5:6:7"_s);
}

void TestSettings::groupsWithoutDefaults() {
    ConfigSources s = sources();
    s.environment.insert(u"EXPORT_GROUPS"_s, u"API=26961091,UI=24545654"_s);
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(
        loaded.problems.first().message().contains(
            u"API, UI name only a group id, but TESTOPS_PROJECT_ID and TESTOPS_TREE_ID are not both set"_s),
        qPrintable(loaded.problems.first().message()));
}

void TestSettings::settingsFileListsStayText() {
    ConfigSources s;
    s.settingsFile = m_dir.filePath(u"list.ini"_s);
    writeFile(s.settingsFile, "[General]\nTESTOPS_BASE_URL=https://t.example\nTESTOPS_TOKEN=abcdefgh12345\n"
                              "EXPORT_GROUPS=API=1:2:3,UI=1:2:4\nRETRY_DELAYS=1m,2m\n");
    const LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(loaded.config.groups.size(), 2);
    QCOMPARE(loaded.config.retryDelaysSeconds, (QList<int>{60, 120}));
    QCOMPARE(loaded.raw.value(u"RETRY_DELAYS"_s).source, SettingSource::SettingsFile);
}

void TestSettings::unknownNamesAreWarnings() {
    ConfigSources s = sources();
    s.settingsFile = m_dir.filePath(u"unknown.ini"_s);
    writeFile(s.settingsFile, "[General]\nWEB_PROT=1\n");
    s.dotEnvFile = m_dir.filePath(u"unknown.env"_s);
    writeFile(s.dotEnvFile, "DATABASE_URL=postgres://x\n"); // another tool's: not ours to judge
    s.commandLine.append({u"CRON"_s, u"x"_s});
    const LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY(loaded.isValid());
    QCOMPARE(loaded.warnings.size(), 2);
    QVERIFY(loaded.warnings.at(0).contains(u"unknown setting WEB_PROT"_s));
    QVERIFY(loaded.warnings.at(1).contains(u"unknown setting CRON"_s));
}

void TestSettings::missingConfigFileGivenOnCommandLine() {
    ConfigSources s = sources();
    s.settingsFile = m_dir.filePath(u"nope.ini"_s);
    QVERIFY(ConfigLoader::load(s).isValid()); // the default file may be missing
    s.settingsFileRequired = true;
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY(loaded.problems.first().message().contains(u"the file does not exist"_s));
}

void TestSettings::brokenDotEnvIsReported() {
    ConfigSources s = sources();
    s.dotEnvFile = m_dir.filePath(u"broken.env"_s);
    writeFile(s.dotEnvFile, "WEB_PORT=1002\nTESTOPS_TOKEN=\"unclosed\n");
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(
        loaded.problems.first().message().contains(u"line 2: the value of TESTOPS_TOKEN opens a quote"_s),
        qPrintable(loaded.problems.first().message()));
    QCOMPARE(loaded.config.webPort, quint16(1002));
}

void TestSettings::desktopDefaultExportFolder() {
    ConfigSources s = sources();
    s.defaults.insert(u"EXPORT_PATH"_s, m_dir.filePath(u"Documents/TestOps exports"_s));
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.config.exportPath, m_dir.filePath(u"Documents/TestOps exports"_s));
    s.environment.insert(u"EXPORT_PATH"_s, u"./exports"_s);
    QCOMPARE(ConfigLoader::load(s).config.exportPath, QDir(m_dir.path()).filePath(u"exports"_s));
}

void TestSettings::tableIsComplete() {
    const QStringList goNames = {u"TESTOPS_TOKEN"_s, u"TESTOPS_BASE_URL"_s, u"EXPORT_PATH"_s, u"WEB_PORT"_s,
                                 u"CRON_SCHEDULE"_s};
    for (const QString &name : goNames)
        QVERIFY2(SettingsTable::find(name), qPrintable(name));
    for (const SettingSpec &spec : SettingsTable::all()) {
        QVERIFY2(spec.apply && spec.description && spec.expected, qPrintable(spec.name));
        if (!spec.defaultValue.isEmpty()) {
            Config config;
            QVERIFY2(spec.apply(spec.defaultValue, config).isEmpty(), qPrintable(spec.name));
        }
    }
}

void TestSettings::readmeDocumentsEverySetting() {
    QFile readme(QStringLiteral(TESTS_DATA_DIR "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const SettingSpec &spec : SettingsTable::all()) {
        const qsizetype row = text.indexOf(u"| `%1` |"_s.arg(spec.name));
        QVERIFY2(row >= 0, qPrintable(spec.name + u" is missing from the README's table"_s));
        const QString line = text.mid(row, text.indexOf(u'\n', row) - row);
        if (!spec.defaultValue.isEmpty())
            QVERIFY2(line.contains(u"`%1`"_s.arg(spec.defaultValue)), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
