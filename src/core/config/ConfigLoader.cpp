#include "ConfigLoader.h"

#include <algorithm>

#include "DotEnv.h"
#include "ProjectsFile.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

void put(QHash<QString, RawSetting> &raw, QStringList &warnings, const QString &name, const QString &value,
         SettingSource source, const QString &where) {
    if (!SettingsTable::find(name)) {
        warnings.append(
            QCoreApplication::translate("Settings", "%1: unknown setting %2 is ignored").arg(where, name));
        return;
    }
    raw.insert(name, {value, source});
}

void readSettingsFile(const ConfigSources &sources, QHash<QString, RawSetting> &raw, LoadedConfig &result) {
    if (sources.settingsFile.isEmpty())
        return;
    const QFileInfo info(sources.settingsFile);
    if (!info.exists()) {
        if (sources.settingsFileRequired)
            result.problems.append({u"--config"_s, sources.settingsFile, SettingSource::CommandLine,
                                    QCoreApplication::translate("Settings", "the file does not exist"),
                                    QCoreApplication::translate("Settings", "the path of a settings file")});
        return;
    }
    if (!info.isReadable()) {
        result.problems.append({u"--config"_s, sources.settingsFile, SettingSource::CommandLine,
                                QCoreApplication::translate("Settings", "the file cannot be read"),
                                QCoreApplication::translate("Settings", "a readable settings file")});
        return;
    }
    QSettings file(sources.settingsFile, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        result.problems.append({u"--config"_s, sources.settingsFile, SettingSource::SettingsFile,
                                QCoreApplication::translate("Settings", "the file is not in INI format"),
                                QCoreApplication::translate("Settings", "NAME=value lines")});
        return;
    }
    const QStringList keys = file.allKeys();
    // QSettings reads anything; a line it cannot name (binary data, a stray "=value") means it is no INI
    // file.
    if (keys.contains(QString())) {
        result.problems.append({u"--config"_s, sources.settingsFile, SettingSource::SettingsFile,
                                QCoreApplication::translate(
                                    "Settings", "a line has no setting name: the file is not in INI format"),
                                QCoreApplication::translate("Settings", "NAME=value lines")});
        return;
    }
    for (const QString &key : keys) {
        if (key.startsWith(u"Desktop/"_s))
            continue; // the desktop app's own preferences (language, start at login)
        const QVariant value = file.value(key);
        // QSettings splits unquoted values at commas; the settings are plain text.
        const QString text =
            value.userType() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
        put(raw, result.warnings, key, text, SettingSource::SettingsFile, sources.settingsFile);
    }
}

// Control characters shown as escapes: a NUL or a line break in a value must not cut or split the report.
QString visible(QString text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != 0x7f)
            continue;
        const QString escape = c == u'\n'   ? u"\\n"_s
                               : c == u'\r' ? u"\\r"_s
                               : c == u'\t' ? u"\\t"_s
                               : c == 0     ? u"\\0"_s
                                            : u"\\x%1"_s.arg(int(c), 2, 16, QLatin1Char('0'));
        text.replace(i, 1, escape);
        i += escape.size() - 1;
    }
    return text;
}

// The groups of the projects file join those of EXPORT_GROUPS; a name both give is a problem naming both.
void addProjectsFile(const QHash<QString, RawSetting> &raw, LoadedConfig &result) {
    Config &config = result.config;
    if (config.projectsFile.isEmpty())
        return;
    const RawSetting setting = raw.value(u"PROJECTS_CONFIG"_s);
    QList<ProjectsFile::Group> found;
    const QString why = ProjectsFile::read(config.projectsFile, &found);
    if (!why.isEmpty()) {
        result.problems.append(
            {u"PROJECTS_CONFIG"_s, config.projectsFile, setting.source, why, ProjectsFile::expected()});
        return;
    }
    for (const ProjectsFile::Group &item : std::as_const(found)) {
        const auto clash =
            std::find_if(config.groups.cbegin(), config.groups.cend(), [&](const ExportGroup &g) {
                return g.name.compare(item.group.name, Qt::CaseInsensitive) == 0;
            });
        if (clash != config.groups.cend()) {
            result.problems.append(
                {u"PROJECTS_CONFIG"_s, config.projectsFile, setting.source,
                 QCoreApplication::translate(
                     "Settings", "the group name %1 is given twice: in EXPORT_GROUPS (%2:%3:%4) and "
                                 "at %5 of this file (%6:%7:%8)")
                     .arg(item.group.name)
                     .arg(clash->projectId)
                     .arg(clash->treeId)
                     .arg(clash->groupId)
                     .arg(item.where)
                     .arg(item.group.projectId)
                     .arg(item.group.treeId)
                     .arg(item.group.groupId),
                 QCoreApplication::translate(
                     "Settings", "each group name once, across EXPORT_GROUPS and projects.json")});
            continue;
        }
        config.groups.append(item.group);
    }
}

} // namespace

QString ConfigProblem::message() const {
    QString text = shownValue.isNull() && source == SettingSource::Default
                       ? QCoreApplication::translate("Settings", "%1 is not set: %2").arg(setting, reason)
                       : QCoreApplication::translate("Settings", "%1 = \"%2\" (%3): %4")
                             .arg(setting, shownValue, settingSourceName(source), reason);
    if (!expected.isEmpty())
        text += u". "_s + QCoreApplication::translate("Settings", "Expected: %1.").arg(expected);
    return visible(text);
}

QString LoadedConfig::problemReport() const {
    QStringList lines;
    lines.append(QCoreApplication::translate("Settings", "%n problem(s) in the configuration:", nullptr,
                                             int(problems.size())));
    for (const ConfigProblem &problem : problems)
        lines.append(u"  - "_s + problem.message());
    return lines.join(u'\n');
}

LoadedConfig ConfigLoader::load(const ConfigSources &sources) {
    LoadedConfig result;
    QHash<QString, RawSetting> raw;
    for (const SettingSpec &spec : SettingsTable::all()) {
        const QString value = sources.defaults.value(spec.name, spec.defaultValue);
        if (!value.isEmpty())
            raw.insert(spec.name, {value, SettingSource::Default});
    }
    for (auto it = sources.keychain.cbegin(); it != sources.keychain.cend(); ++it)
        raw.insert(it.key(), {it.value(), SettingSource::Keychain});
    readSettingsFile(sources, raw, result);

    if (!sources.dotEnvFile.isEmpty()) {
        const DotEnvResult dotEnv = DotEnv::read(sources.dotEnvFile);
        for (const QString &error : dotEnv.errors)
            result.problems.append({u".env"_s, sources.dotEnvFile, SettingSource::DotEnv, error,
                                    QCoreApplication::translate("Settings", "NAME=value lines")});
        for (const DotEnvEntry &entry : dotEnv.entries) {
            // A .env file is shared with other tools: names that are not ours are silently left alone.
            if (SettingsTable::find(entry.key))
                raw.insert(entry.key, {entry.value, SettingSource::DotEnv});
        }
    }
    for (const SettingSpec &spec : SettingsTable::all()) {
        if (sources.environment.contains(spec.name))
            raw.insert(spec.name, {sources.environment.value(spec.name), SettingSource::Environment});
    }
    for (const auto &[name, value] : sources.commandLine)
        put(raw, result.warnings, name, value, SettingSource::CommandLine, u"--set"_s);
    // As the Go tool: projects.json in the working directory (beside .env) is read without being named.
    if (!raw.contains(u"PROJECTS_CONFIG"_s) && !sources.dotEnvFile.isEmpty()) {
        const QString beside = QFileInfo(sources.dotEnvFile).absoluteDir().filePath(u"projects.json"_s);
        if (QFileInfo::exists(beside))
            raw.insert(u"PROJECTS_CONFIG"_s, {beside, SettingSource::Default});
    }

    LoadedConfig resolved = resolve(raw);
    resolved.problems = result.problems + resolved.problems;
    resolved.warnings = result.warnings + resolved.warnings;
    return resolved;
}

LoadedConfig ConfigLoader::resolve(const QHash<QString, RawSetting> &raw) {
    LoadedConfig result;
    result.raw = raw;
    for (const SettingSpec &spec : SettingsTable::all()) {
        const auto it = raw.constFind(spec.name);
        if (it == raw.constEnd()) {
            if (spec.required)
                result.problems.append({spec.name, QString(), SettingSource::Default,
                                        QCoreApplication::translate("Settings", "it is required"),
                                        spec.translatedExpected()});
            continue;
        }
        // No setting takes a control character; a NUL would even cut a number short ("90\090" read as 90).
        const bool control = std::any_of(it->value.cbegin(), it->value.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != u'\t';
        });
        const QString why =
            control ? QCoreApplication::translate(
                          "Settings", "it holds a control character (the file may be damaged or not text)")
                    : spec.apply(it->value, result.config);
        if (!why.isEmpty())
            result.problems.append(
                {spec.name, spec.shown(it->value), it->source, why, spec.translatedExpected()});
    }

    // Groups that name only a group id take the default project and tree.
    Config &config = result.config;
    QStringList incomplete;
    for (ExportGroup &group : config.groups) {
        if (group.projectId)
            continue;
        if (config.defaultProjectId && config.defaultTreeId) {
            group.projectId = config.defaultProjectId;
            group.treeId = config.defaultTreeId;
        } else {
            incomplete.append(group.name);
        }
    }
    if (!incomplete.isEmpty()) {
        const RawSetting groups = raw.value(u"EXPORT_GROUPS"_s);
        result.problems.append(
            {u"EXPORT_GROUPS"_s, groups.value, groups.source,
             QCoreApplication::translate(
                 "Settings",
                 "%1 name only a group id, but TESTOPS_PROJECT_ID and TESTOPS_TREE_ID are not both set")
                 .arg(incomplete.join(u", "_s)),
             QCoreApplication::translate(
                 "Settings",
                 "Name=PROJECT_ID:TREE_ID:GROUP_ID, or set TESTOPS_PROJECT_ID and TESTOPS_TREE_ID")});
    }
    addProjectsFile(raw, result);
    // S3 on: where to and with which credentials must be known.
    if (config.s3.enabled) {
        for (const auto &[name, value] :
             {std::pair{u"S3_BUCKET"_s, config.s3.bucket}, std::pair{u"S3_ACCESS_KEY"_s, config.s3.accessKey},
              std::pair{u"S3_SECRET_KEY"_s, config.s3.secretKey}}) {
            if (value.isEmpty())
                result.problems.append(
                    {name, QString(), SettingSource::Default,
                     QCoreApplication::translate("Settings", "it is required when S3_ENABLED is on"),
                     SettingsTable::find(name)->translatedExpected()});
        }
    }
    // client-go's rule: lease duration > renew deadline > retry period, or two leaders could overlap.
    const auto shorter = [&result, &raw](const QString &name, int seconds, const QString &why) {
        const RawSetting given = raw.value(name, {QString::number(seconds) + u's', SettingSource::Default});
        result.problems.append(
            {name, given.value, given.source, why, SettingsTable::find(name)->translatedExpected()});
    };
    const LeaderSettings &leader = config.leader;
    if (leader.leaseDurationSeconds <= leader.renewDeadlineSeconds)
        shorter(
            u"LEADER_RENEW_DEADLINE"_s, leader.renewDeadlineSeconds,
            QCoreApplication::translate("Settings", "it must be shorter than LEADER_LEASE_DURATION (%1 s)")
                .arg(leader.leaseDurationSeconds));
    else if (leader.renewDeadlineSeconds <= leader.retryPeriodSeconds)
        shorter(
            u"LEADER_RETRY_PERIOD"_s, leader.retryPeriodSeconds,
            QCoreApplication::translate("Settings", "it must be shorter than LEADER_RENEW_DEADLINE (%1 s)")
                .arg(leader.renewDeadlineSeconds));
    if (config.groups.isEmpty() &&
        !std::any_of(result.problems.cbegin(), result.problems.cend(), [](const ConfigProblem &p) {
            return p.setting == u"EXPORT_GROUPS"_s || p.setting == u"PROJECTS_CONFIG"_s;
        }))
        result.problems.append(
            {u"EXPORT_GROUPS"_s, QString(), SettingSource::Default,
             QCoreApplication::translate("Settings", "it is required"),
             QCoreApplication::translate(
                 "Settings", "EXPORT_GROUPS, or a projects.json file (PROJECTS_CONFIG) with groups")});
    if (config.tlsInsecure)
        result.warnings.append(QCoreApplication::translate(
            "Settings", "TLS_INSECURE is on: the TestOps server's certificate is not verified"));
    return result;
}

QString ConfigLoader::defaultSettingsFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/testops-export/settings.ini"_s;
}
