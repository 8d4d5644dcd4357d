#include "SettingsTable.h"

#include "HttpAddress.h"
#include "MonitoringSettings.h"
#include "SnapshotSettings.h"
#include "log/Secret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString applyInteger(const QString &text, qint64 min, qint64 max, qint64 *out) {
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("Settings", "not a whole number");
    if (value < min || value > max)
        return QCoreApplication::translate("Settings", "%1 is outside %2-%3").arg(value).arg(min).arg(max);
    *out = value;
    return QString();
}

template <typename T> QString applyIntTo(const QString &text, qint64 min, qint64 max, T *out) {
    qint64 value = 0;
    QString why = applyInteger(text, min, max, &value);
    if (why.isEmpty())
        *out = T(value);
    return why;
}

QString applyOptionalId(const QString &text, qint64 *out) {
    if (text.trimmed().isEmpty()) {
        *out = 0;
        return QString();
    }
    return applyInteger(text, 1, std::numeric_limits<qint64>::max(), out);
}

QString applyBool(const QString &text, bool *out) {
    return SettingsTable::parseBool(text, out)
               ? QString()
               : QCoreApplication::translate("Settings", "not a yes/no value");
}

QString applyDuration(const QString &text, int min, int *out) {
    int seconds = 0;
    if (!SettingsTable::parseDuration(text, &seconds))
        return QCoreApplication::translate("Settings", "\"%1\" is not a duration").arg(text);
    if (seconds < min)
        return QCoreApplication::translate("Settings", "%1 is too short").arg(text);
    *out = seconds;
    return QString();
}

QString applyBaseUrl(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Settings", "no value was given");
    QUrl url = httpAddress(trimmed);
    if (url.isEmpty())
        return QCoreApplication::translate("Settings", "not an http:// or https:// address");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("Settings", "the address must not have a query or fragment");
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    config.baseUrl = url;
    return QString();
}

QString applyToken(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Settings", "no value was given");
    if (trimmed.contains(QRegularExpression(u"\\s"_s)))
        return QCoreApplication::translate("Settings", "the token contains white space");
    config.token = trimmed;
    return QString();
}

QString applyExportPath(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Settings", "no value was given");
    QString path = trimmed;
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    config.exportPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return QString();
}

QString applySeparator(const QString &text, Config &config) {
    const QString value = text == u"\\t"_s || text == u"tab"_s ? u"\t"_s : text;
    if (value.size() != 1 || !QStringLiteral(";,\t|").contains(value))
        return QCoreApplication::translate("Settings", "\"%1\" is not one of ; , | or tab").arg(text);
    config.csvSeparator = value.at(0).toLatin1();
    return QString();
}

QString applySchedule(const QString &text, Config &config) {
    QString why;
    CronExpression cron = CronExpression::parse(text, &why);
    if (!cron.isValid())
        return why;
    config.schedule = cron;
    return QString();
}

QString applyVerifySchedule(const QString &text, Config &config) {
    config.verifySchedule = CronExpression();
    if (text.trimmed().isEmpty())
        return QString();
    QString why;
    const CronExpression cron = CronExpression::parse(text, &why);
    if (!cron.isValid())
        return why;
    config.verifySchedule = cron;
    return QString();
}

QString applyTimeZone(const QString &text, Config &config) {
    const QByteArray id = text.trimmed().toUtf8();
    if (id == "UTC" || id == "Etc/UTC") {
        config.timeZone = QTimeZone::utc();
        return QString();
    }
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return QCoreApplication::translate("Settings", "unknown time zone \"%1\"").arg(text);
    config.timeZone = QTimeZone(id);
    return QString();
}

QString applyRetryDelays(const QString &text, Config &config) {
    config.retryDelaysSeconds.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"none"_s)
        return QString();
    const QStringList parts = trimmed.split(u',');
    if (parts.size() > 20)
        return QCoreApplication::translate("Settings", "at most 20 retries");
    for (const QString &part : parts) {
        int seconds = 0;
        if (!SettingsTable::parseDuration(part, &seconds))
            return QCoreApplication::translate("Settings", "\"%1\" is not a duration").arg(part.trimmed());
        config.retryDelaysSeconds.append(seconds);
    }
    return QString();
}

QString applyWebBind(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (trimmed == u"localhost"_s) {
        config.webBind = QHostAddress(QHostAddress::LocalHost);
        return QString();
    }
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return QCoreApplication::translate("Settings", "not an IP address");
    config.webBind = address;
    return QString();
}

QString applyAllowedHosts(const QString &text, Config &config) {
    static const QRegularExpression hostName(
        u"^(\\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?)$"_s);
    QStringList names;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (!hostName.match(name).hasMatch())
            return QCoreApplication::translate("Settings", "\"%1\" is not a host name").arg(name);
        names.append(name.toLower());
    }
    config.webAllowedHosts = names;
    return QString();
}

QString applyAccessKey(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() < 8)
        return QCoreApplication::translate("Settings", "shorter than 8 characters");
    config.webAccessKey = trimmed;
    return QString();
}

QString applyCaFile(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !QFileInfo(trimmed).isReadable())
        return QCoreApplication::translate("Settings", "no readable file at this path");
    config.caFile = trimmed;
    return QString();
}

QString applyExtraColumns(const QString &text, Config &config) {
    config.extraColumns.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression item(
        u"^\\s*(custom_field|cf|role|issue_integration|integration)\\s*:\\s*(\\d+)\\s*=\\s*(.+?)\\s*$"_s);
    for (const QString &part : trimmed.split(u',')) {
        const QRegularExpressionMatch match = item.match(part);
        if (!match.hasMatch())
            return QCoreApplication::translate("Settings", "\"%1\" is not KIND:ID=Header")
                .arg(part.trimmed());
        QString field = match.captured(1);
        if (field == u"cf"_s)
            field = u"custom_field"_s;
        else if (field == u"integration"_s)
            field = u"issue_integration"_s;
        config.extraColumns.append({field, match.captured(2).toLongLong(), match.captured(3)});
    }
    return QString();
}

QString applyBucket(const QString &text, Config &config) {
    config.s3.bucket = text.trimmed();
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    return config.s3.bucket.isEmpty() || name.match(config.s3.bucket).hasMatch()
               ? QString()
               : QCoreApplication::translate("Settings", "not a bucket name");
}

QString applyEndpoint(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url = httpAddress(trimmed);
    if (url.isEmpty() || url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("Settings", "not an http:// or https:// address");
    config.s3.endpoint = url;
    return QString();
}

QString applyGroups(const QString &text, Config &config) {
    return SettingsTable::parseGroups(text, &config.groups);
}

// clang-format off
const QList<SettingSpec> table = {
    {u"TESTOPS_BASE_URL"_s, QString(), true, false,
     QT_TRANSLATE_NOOP("Settings", "Address of the TestOps server"),
     QT_TRANSLATE_NOOP("Settings", "an http:// or https:// address such as https://testops.example.com"),
     &applyBaseUrl},
    {u"TESTOPS_TOKEN"_s, QString(), true, true,
     QT_TRANSLATE_NOOP("Settings", "Personal API token of TestOps (Profile → API tokens)"),
     QT_TRANSLATE_NOOP("Settings", "the API token created in your TestOps profile"),
     &applyToken},
    {u"TESTOPS_PROJECT_ID"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Project of groups that name only a group id"),
     QT_TRANSLATE_NOOP("Settings", "a project id (a positive whole number), or nothing"),
     [](const QString &t, Config &c) { return applyOptionalId(t, &c.defaultProjectId); }},
    {u"TESTOPS_TREE_ID"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Tree of groups that name only a group id"),
     QT_TRANSLATE_NOOP("Settings", "a tree id (a positive whole number), or nothing"),
     [](const QString &t, Config &c) { return applyOptionalId(t, &c.defaultTreeId); }},
    {u"EXPORT_GROUPS"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Tree groups to export, each to its own file"),
     QT_TRANSLATE_NOOP("Settings", "Name=GROUP_ID or Name=PROJECT_ID:TREE_ID:GROUP_ID, comma-separated, e.g. API=26961091,UI=24545654; names unique, of letters, digits, '-' and '_'"),
     &applyGroups},
    {u"PROJECTS_CONFIG"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "The Go tool's projects file: groups of several projects, added to EXPORT_GROUPS (default: projects.json in the working directory, when there is one)"),
     QT_TRANSLATE_NOOP("Settings", "the path of a projects.json file"),
     [](const QString &t, Config &c) { c.projectsFile = t.trimmed(); return QString(); }},
    {u"EXPORT_COLUMNS"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Columns added to the standard ones: custom fields, roles, issue integrations"),
     QT_TRANSLATE_NOOP("Settings", "KIND:ID=Header, comma-separated, KIND one of custom_field, role, issue_integration, e.g. custom_field:12=Priority"),
     &applyExtraColumns},
    {u"EXPORT_PATH"_s, u"./exports"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Folder the CSV files are written to"),
     QT_TRANSLATE_NOOP("Settings", "a folder path"),
     &applyExportPath},
    {u"CSV_SEPARATOR"_s, u";"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Separator of the CSV cells TestOps writes"),
     QT_TRANSLATE_NOOP("Settings", "one of ; , | or tab"),
     &applySeparator},
    {u"SKIP_UNCHANGED"_s, u"false"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Do not keep an export identical to the group's previous one (the check is still recorded)"),
     QT_TRANSLATE_NOOP("Settings", "true or false"),
     [](const QString &t, Config &c) { return applyBool(t, &c.skipUnchanged); }},
    {u"CRON_SCHEDULE"_s, u"0 7 * * *"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "When exports run (cron: minute hour day-of-month month day-of-week)"),
     QT_TRANSLATE_NOOP("Settings", "a 5-field cron expression such as \"0 7 * * *\", or @daily, @hourly, …"),
     &applySchedule},
    {u"VERIFY_SCHEDULE"_s, u"30 5 * * 0"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "When every export is read again against the SHA-256 the journal recorded (as --verify), with an alert when one changed, went or came in"),
     QT_TRANSLATE_NOOP("Settings", "a 5-field cron expression (default: Sundays at 05:30), or nothing for never"),
     &applyVerifySchedule},
    {u"SCHEDULE_TIMEZONE"_s, u"UTC"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Time zone the schedule is read in"),
     QT_TRANSLATE_NOOP("Settings", "an IANA time zone such as UTC or Europe/Moscow"),
     &applyTimeZone},
    {u"CATCH_UP_MISSED"_s, u"true"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Run once at start when a scheduled time passed while the app was not running"),
     QT_TRANSLATE_NOOP("Settings", "true or false"),
     [](const QString &t, Config &c) { return applyBool(t, &c.catchUpMissed); }},
    {u"RETRY_DELAYS"_s, u"5m,10m,15m"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Delays before each retry of a failed group; their number is the number of retries"),
     QT_TRANSLATE_NOOP("Settings", "durations with s, m or h, comma-separated, e.g. 5m,10m,15m; empty for no retries"),
     &applyRetryDelays},
    {u"RETENTION_DAYS"_s, u"30"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Delete own exports older than this many days (0 keeps everything)"),
     QT_TRANSLATE_NOOP("Settings", "a whole number of days from 0 to 36500"),
     [](const QString &t, Config &c) { return applyIntTo(t, 0, 36500, &c.retentionDays); }},
    {u"RETENTION_KEEP"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Keep by tiers instead of by age: the last export of each of the newest N days, weeks, months and years of a group (RETENTION_DAYS then does not apply)"),
     QT_TRANSLATE_NOOP("Settings", "nothing, or tiers such as daily:30,weekly:12,monthly:24 (also yearly:N)"),
     [](const QString &t, Config &c) { return SettingsTable::parseRetentionKeep(t, &c.retentionKeep); }},
    {u"SNAPSHOTS"_s, u"on"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Keep every test case whole (steps, attachments, custom fields, relations, comments) after each export"),
     QT_TRANSLATE_NOOP("Settings", "on or off"), [](const QString &t, Config &c) { return applyBool(t, &c.snapshots.enabled); }},
    {u"SNAPSHOT_PATH"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Folder of the snapshot store (empty: snapshots/ inside the export folder)"),
     QT_TRANSLATE_NOOP("Settings", "an absolute path, or nothing"), &SnapshotSettings::applyPath},
    {u"SNAPSHOT_ATTACHMENTS"_s, u"on"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Keep the bytes of attachments in snapshots (off: their names and sizes only)"),
     QT_TRANSLATE_NOOP("Settings", "on or off"), [](const QString &t, Config &c) { return applyBool(t, &c.snapshots.attachments); }},
    {u"SNAPSHOT_CONCURRENCY"_s, u"4"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Requests a snapshot keeps in flight to TestOps"),
     QT_TRANSLATE_NOOP("Settings", "a whole number from 1 to 32"), &SnapshotSettings::applyConcurrency},
    {u"SNAPSHOT_FULL_EVERY"_s, u"7d"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "How often a snapshot reads every case again, not only those with a new modification date"),
     QT_TRANSLATE_NOOP("Settings", "a duration such as 7d, 2w or 12h; 0: every time"), &SnapshotSettings::applyFullEvery},
    {u"SNAPSHOT_KEEP"_s, u"daily:14,weekly:8,monthly:24"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Which snapshots to keep: the last of each of the newest N days, weeks, months and years of a group (empty: all)"),
     QT_TRANSLATE_NOOP("Settings", "tiers such as daily:14,weekly:8,monthly:24 (also yearly:N), or nothing"),
     [](const QString &t, Config &c) { return SettingsTable::parseRetentionKeep(t, &c.snapshots.keep); }},
    {u"EXPORT_TIMEOUT"_s, u"10m"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "How long to wait for TestOps to prepare one export"),
     QT_TRANSLATE_NOOP("Settings", "a duration of at least 10s, e.g. 10m"),
     [](const QString &t, Config &c) { return applyDuration(t, 10, &c.exportTimeoutSeconds); }},
    {u"INACTIVITY_TIMEOUT"_s, u"60s"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "An attempt ends when the server sends nothing for this long"),
     QT_TRANSLATE_NOOP("Settings", "a duration of at least 1s, e.g. 60s"),
     [](const QString &t, Config &c) { return applyDuration(t, 1, &c.inactivityTimeoutSeconds); }},
    {u"CONNECT_TIMEOUT"_s, u"30s"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "An attempt ends when the server cannot be reached within this time"),
     QT_TRANSLATE_NOOP("Settings", "a duration of at least 1s, e.g. 30s"),
     [](const QString &t, Config &c) { return applyDuration(t, 1, &c.connectTimeoutSeconds); }},
    {u"PARALLEL_GROUPS"_s, u"1"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "How many groups export at the same time"),
     QT_TRANSLATE_NOOP("Settings", "1 or 2"),
     [](const QString &t, Config &c) { return applyIntTo(t, 1, 2, &c.parallelGroups); }},
    {u"TLS_CA_FILE"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Extra certificate authority (PEM file) trusted for the TestOps server"),
     QT_TRANSLATE_NOOP("Settings", "the path of a readable PEM file, or nothing"),
     &applyCaFile},
    {u"TLS_INSECURE"_s, u"false"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Do not verify the server's TLS certificate (unsafe; logged on every cycle)"),
     QT_TRANSLATE_NOOP("Settings", "true or false"),
     [](const QString &t, Config &c) { return applyBool(t, &c.tlsInsecure); }},
    {u"WEB_ENABLED"_s, u"true"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Serve the web view"),
     QT_TRANSLATE_NOOP("Settings", "true or false"),
     [](const QString &t, Config &c) { return applyBool(t, &c.webEnabled); }},
    {u"WEB_BIND"_s, u"127.0.0.1"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Address the web view listens on (0.0.0.0 shares it on the LAN)"),
     QT_TRANSLATE_NOOP("Settings", "an IP address such as 127.0.0.1 or 0.0.0.0"),
     &applyWebBind},
    {u"WEB_PORT"_s, u"9090"_s, true, false,
     QT_TRANSLATE_NOOP("Settings", "Port of the web view"),
     QT_TRANSLATE_NOOP("Settings", "a port number from 1 to 65535 (0: any free port)"),
     [](const QString &t, Config &c) { return applyIntTo(t, 0, 65535, &c.webPort); }},
    {u"WEB_ALLOWED_HOSTS"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Host names the web view answers to besides localhost, this computer's name "
                                   "and IP addresses (others get 421, against DNS rebinding)"),
     QT_TRANSLATE_NOOP("Settings", "host names separated by commas, such as exports.example.com, or * for any"),
     &applyAllowedHosts},
    {u"WEB_ACCESS_KEY"_s, QString(), false, true,
     QT_TRANSLATE_NOOP("Settings", "When set, the web view asks for this key"),
     QT_TRANSLATE_NOOP("Settings", "nothing, or a key of at least 8 characters"),
     &applyAccessKey},
    {u"S3_ENABLED"_s, u"false"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Keep a second copy of every export in an S3 bucket (AWS, MinIO, Ceph, Yandex Object Storage…)"),
     QT_TRANSLATE_NOOP("Settings", "true, 1 or yes to turn it on; false, 0 or no"),
     [](const QString &t, Config &c) { return applyBool(t, &c.s3.enabled); }},
    {u"S3_BUCKET"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "The bucket the exports go to, as exports/<YYYY-MM-DD>/<file name>"),
     QT_TRANSLATE_NOOP("Settings", "a bucket name: 3 to 63 lower-case letters, digits, '.' and '-'"),
     &applyBucket},
    {u"HEALTHCHECK_URL"_s, QString(), false, true,
     QT_TRANSLATE_NOOP("Settings", "A dead man's switch (healthchecks.io, Uptime Kuma): pinged when an export cycle starts (/start), ends well, and fails (/fail, with the reasons)"),
     QT_TRANSLATE_NOOP("Settings", "nothing, or an http:// or https:// address such as https://hc-ping.com/your-check-uuid"),
     &MonitoringSettings::applyHealthcheckUrl},
    {u"ALERT_WEBHOOK_URL"_s, QString(), false, true,
     QT_TRANSLATE_NOOP("Settings", "Webhooks that hear of a failed or recovered group, of many removed test cases and of an overdue export (Slack, Mattermost, Rocket.Chat, Teams, or any)"),
     QT_TRANSLATE_NOOP("Settings", "nothing, or http:// or https:// addresses separated by commas"),
     &MonitoringSettings::applyWebhooks},
    {u"ALERT_WEBHOOK_FORMAT"_s, u"slack"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "The shape of an alert: slack ({\"text\"}, also Mattermost and Rocket.Chat), teams (a message card) or json"),
     QT_TRANSLATE_NOOP("Settings", "slack, teams or json"),
     &MonitoringSettings::applyAlertFormat},
    {u"ALERT_REMOVED"_s, u"5%"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "An export that lacks more test cases than this since the group's previous one raises an alert"),
     QT_TRANSLATE_NOOP("Settings", "a percentage of the previous export's cases such as 5%, or a count such as 20"),
     &MonitoringSettings::applyAlertRemoved},
    {u"ALERT_OVERDUE"_s, u"26h"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "A group with no good export for longer than this raises an alert"),
     QT_TRANSLATE_NOOP("Settings", "a duration such as 26h (at most 7 days)"),
     [](const QString &t, Config &c) { return applyDuration(t, 60, &c.alerts.overdueSeconds); }},
    {u"S3_ENDPOINT"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "Address of an S3-compatible server; empty for AWS"),
     QT_TRANSLATE_NOOP("Settings", "nothing (AWS), or an http:// or https:// address such as https://storage.yandexcloud.net"),
     &applyEndpoint},
    {u"S3_REGION"_s, u"us-east-1"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "The region requests are signed for"),
     QT_TRANSLATE_NOOP("Settings", "a region name such as us-east-1 or ru-central1"),
     [](const QString &t, Config &c) {
         c.s3.region = t.trimmed();
         static const QRegularExpression region(u"^[a-z0-9-]{1,40}$"_s);
         return region.match(c.s3.region).hasMatch() ? QString()
                                                     : QCoreApplication::translate("Settings", "not a region name");
     }},
    {u"S3_ACCESS_KEY"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "The access key id of the bucket's credentials"),
     QT_TRANSLATE_NOOP("Settings", "the access key id your storage gave you"),
     [](const QString &t, Config &c) { c.s3.accessKey = t.trimmed(); return QString(); }},
    {u"S3_SECRET_KEY"_s, QString(), false, true,
     QT_TRANSLATE_NOOP("Settings", "The secret key of the bucket's credentials; never shown"),
     QT_TRANSLATE_NOOP("Settings", "the secret key your storage gave you"),
     [](const QString &t, Config &c) { c.s3.secretKey = t.trimmed(); return QString(); }},
    {u"LEADER_ELECTION"_s, u"off"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "Several replicas on Kubernetes: only the holder of a Lease exports, every replica serves the web view"),
     QT_TRANSLATE_NOOP("Settings", "off, auto (on when running in a Kubernetes pod) or on"),
     [](const QString &t, Config &c) {
         const QString mode = t.trimmed().toLower();
         c.leader.mode = mode == u"on"_s ? LeaderSettings::Mode::On
                         : mode == u"auto"_s ? LeaderSettings::Mode::Auto : LeaderSettings::Mode::Off;
         return mode == u"on"_s || mode == u"auto"_s || mode == u"off"_s
                    ? QString() : QCoreApplication::translate("Settings", "not off, auto or on");
     }},
    {u"LEADER_LEASE_NAME"_s, u"testops-export"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "The Lease the replicas elect a leader on"),
     QT_TRANSLATE_NOOP("Settings", "a Kubernetes object name: lower-case letters, digits, '-' and '.'"),
     [](const QString &t, Config &c) {
         c.leader.leaseName = t.trimmed();
         static const QRegularExpression name(u"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"_s);
         return name.match(c.leader.leaseName).hasMatch() ? QString()
                    : QCoreApplication::translate("Settings", "not a Kubernetes object name");
     }},
    {u"LEADER_LEASE_NAMESPACE"_s, QString(), false, false,
     QT_TRANSLATE_NOOP("Settings", "The namespace of the Lease; empty: the pod's own"),
     QT_TRANSLATE_NOOP("Settings", "nothing, or a namespace name"),
     [](const QString &t, Config &c) {
         c.leader.leaseNamespace = t.trimmed();
         static const QRegularExpression name(u"^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)?$"_s);
         return name.match(c.leader.leaseNamespace).hasMatch() ? QString()
                    : QCoreApplication::translate("Settings", "not a namespace name");
     }},
    {u"LEADER_LEASE_DURATION"_s, u"15s"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "How long followers wait after the lease was last renewed before they take it"),
     QT_TRANSLATE_NOOP("Settings", "a duration such as 15s, longer than LEADER_RENEW_DEADLINE"),
     [](const QString &t, Config &c) { return applyDuration(t, 1, &c.leader.leaseDurationSeconds); }},
    {u"LEADER_RENEW_DEADLINE"_s, u"10s"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "A leader that could not renew for this long stops exporting"),
     QT_TRANSLATE_NOOP("Settings", "a duration such as 10s, longer than LEADER_RETRY_PERIOD"),
     [](const QString &t, Config &c) { return applyDuration(t, 1, &c.leader.renewDeadlineSeconds); }},
    {u"LEADER_RETRY_PERIOD"_s, u"2s"_s, false, false,
     QT_TRANSLATE_NOOP("Settings", "How often the lease is read, renewed or tried"),
     QT_TRANSLATE_NOOP("Settings", "a duration such as 2s"),
     [](const QString &t, Config &c) { return applyDuration(t, 1, &c.leader.retryPeriodSeconds); }},
};
// clang-format on

} // namespace

const QList<SettingSpec> &SettingsTable::all() {
    return table;
}

const SettingSpec *SettingsTable::find(const QString &name) {
    for (const SettingSpec &spec : table) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}
