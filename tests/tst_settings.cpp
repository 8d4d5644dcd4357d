#include "TestFiles.h"
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
    QVERIFY(TestFiles::write(path, content));
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
    void projectsFileOfTheGoTool();
    void projectsFileProblems_data();
    void projectsFileProblems();
    void groupNameThatLooksLikeAProject();
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
    row("healthcheck without scheme", u"HEALTHCHECK_URL"_s, u"hc-ping.com/0f3e"_s,
        u"not an http:// or https:// address"_s);
    row("healthcheck fragment", u"HEALTHCHECK_URL"_s, u"https://hc-ping.com/0f3e#x"_s,
        u"not an http:// or https:// address"_s);
    // A webhook's address is a secret: named masked, as the token is.
    row("webhook not http", u"ALERT_WEBHOOK_URL"_s,
        u"https://hooks.example.com/a,ftp://hooks.example.com/T0/B0"_s,
        u"\"ftp:\u20260/B0\" is not an http:// or https:// address"_s);
    row("alert format", u"ALERT_WEBHOOK_FORMAT"_s, u"discord"_s, u"not a format of alerts"_s);
    row("alert removed", u"ALERT_REMOVED"_s, u"many"_s, u"neither a percentage nor a count of test cases"_s);
    row("alert removed percent", u"ALERT_REMOVED"_s, u"150%"_s, u"not a percentage above 0 and up to 100"_s);
    row("retention keep", u"RETENTION_KEEP"_s, u"hourly:24"_s,
        u"\"hourly\" is not daily, weekly, monthly or yearly"_s);
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

void TestSettings::projectsFileOfTheGoTool() {
    // Found in the working directory (beside .env), as the Go tool reads it, without being named.
    const QString folder = m_dir.filePath(u"go-tool"_s);
    QDir().mkpath(folder);
    writeFile(folder + u"/projects.json"_s, R"({"projects": [
  {"project_id": 17, "tree_id": 937,
   "groups": [{"group_id": 26961091, "group_name": "API"}, {"group_id": 24545654, "group_name": "UI"}]},
  {"project_id": 15, "tree_id": 868, "groups": [{"group_id": 21360405, "group_name": "Seller-Analitics"}]}
]})");
    ConfigSources s = sources();
    s.environment.remove(u"EXPORT_GROUPS"_s);
    s.dotEnvFile = folder + u"/.env"_s;
    LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(loaded.config.projectsFile, folder + u"/projects.json"_s);
    ExportGroups expected{{u"API"_s, 17, 937, 26961091, true},
                          {u"UI"_s, 17, 937, 24545654, true},
                          {u"Seller-Analitics"_s, 15, 868, 21360405, true}};
    QCOMPARE(loaded.config.groups, expected);

    // EXPORT_GROUPS too: its groups come first, and keep the first README's file names.
    s.environment.insert(u"EXPORT_GROUPS"_s, u"Mobile=17:937:5"_s);
    loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    expected.prepend({u"Mobile"_s, 17, 937, 5, false});
    QCOMPARE(loaded.config.groups, expected);

    // A name both give is named with both places.
    s.environment.insert(u"EXPORT_GROUPS"_s, u"api=1:2:3"_s);
    loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(
        messages(loaded).first().contains(
            u"the group name API is given twice: in EXPORT_GROUPS (1:2:3) and at $.projects[0].groups[0] "
            "of this file (17:937:26961091)"_s),
        qPrintable(messages(loaded).first()));

    // PROJECTS_CONFIG names another file; a relative path is read from the working directory.
    writeFile(
        m_dir.filePath(u"other.json"_s),
        R"({"projects": [{"project_id": 3, "tree_id": 4, "groups": [{"group_id": 5, "group_name": "X"}]}]})");
    s.environment.remove(u"EXPORT_GROUPS"_s);
    s.environment.insert(u"PROJECTS_CONFIG"_s, u"other.json"_s);
    loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(loaded.config.groups, (ExportGroups{{u"X"_s, 3, 4, 5, true}}));
}

void TestSettings::projectsFileProblems_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    const auto project = [](const QByteArray &fields) {
        return R"({"projects": [{"project_id": 17, "tree_id": 937, )" + fields + "}]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"projects\": [\n    {,}")
                              << u"line 3, column 7: not valid JSON"_s;
    QTest::newRow("a list") << QByteArray("[]") << u"$ is a list, not an object with \"projects\""_s;
    QTest::newRow("no projects") << QByteArray(R"({"groups": []})")
                                 << u"$.projects is missing, not a list of projects"_s;
    QTest::newRow("projects an object")
        << QByteArray(R"({"projects": {}})") << u"$.projects is an object, not a list of projects"_s;
    QTest::newRow("project id as text")
        << QByteArray(R"({"projects": [{"project_id": "17", "tree_id": 937, "groups": []}]})")
        << u"$.projects[0].project_id is \"17\", not a positive whole number"_s;
    QTest::newRow("tree id a fraction")
        << QByteArray(R"({"projects": [{"project_id": 17, "tree_id": 9.5, "groups": []}]})")
        << u"$.projects[0].tree_id is 9.5, not a positive whole number"_s;
    QTest::newRow("negative group id")
        << project(R"("groups": [{"group_id": -5, "group_name": "API"}])")
        << u"$.projects[0].groups[0].group_id is -5, not a positive whole number"_s;
    QTest::newRow("group id beyond 2^53")
        << project(R"("groups": [{"group_id": 1e300, "group_name": "API"}])")
        << u"$.projects[0].groups[0].group_id is 1e+300, not a positive whole number"_s;
    QTest::newRow("name with a space") << project(R"("groups": [{"group_id": 1, "group_name": "a b"}])")
                                       << u"$.projects[0].groups[0].group_name is \"a b\", not a name"_s;
    QTest::newRow("name missing") << project(R"("groups": [{"group_id": 1}])")
                                  << u"$.projects[0].groups[0].group_name is missing, not a name"_s;
    QTest::newRow("a name twice")
        << QByteArray(
               R"({"projects": [{"project_id": 1, "tree_id": 2, "groups": [{"group_id": 3, "group_name": "API"}]},
                      {"project_id": 4, "tree_id": 5, "groups": [{"group_id": 6, "group_name": "api"}]}]})")
        << u"$.projects[1].groups[0].group_name \"api\" is taken by $.projects[0].groups[0] already"_s;
    QTest::newRow("no groups") << QByteArray(R"({"projects": []})") << u"no group is listed"_s;
    QTest::newRow("groups not a list")
        << project(R"("groups": "API")") << u"$.projects[0].groups is \"API\", not a list of groups"_s;
}

void TestSettings::projectsFileProblems() {
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString path = m_dir.filePath(u"broken.json"_s);
    writeFile(path, content);
    ConfigSources s = sources();
    s.environment.insert(u"PROJECTS_CONFIG"_s, path);
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    const QString message = loaded.problems.first().message();
    QVERIFY2(message.startsWith(u"PROJECTS_CONFIG = \"%1\" (environment): "_s.arg(path)),
             qPrintable(message));
    QVERIFY2(message.contains(said), qPrintable(message));
    QVERIFY2(message.contains(u"Expected: {\"projects\": [{\"project_id\": 17"_s), qPrintable(message));

    s.environment.insert(u"PROJECTS_CONFIG"_s, m_dir.filePath(u"missing.json"_s));
    QVERIFY(ConfigLoader::load(s).problems.first().message().contains(u"the file cannot be read"_s));
}

void TestSettings::groupNameThatLooksLikeAProject() {
    // testops_export_2024_Q1_….csv would read back as group Q1 of project 2024.
    ConfigSources s = sources();
    s.environment.insert(u"EXPORT_GROUPS"_s, u"2024_Q1=17:937:1"_s);
    const LoadedConfig loaded = ConfigLoader::load(s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(messages(loaded).first().contains(u"may not start with digits and '_'"_s),
             qPrintable(messages(loaded).first()));
    s.environment.insert(u"EXPORT_GROUPS"_s, u"Q1_2024=17:937:1,2024Q1=17:937:2"_s);
    QVERIFY(ConfigLoader::load(s).isValid());
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
