// Builds the configuration from its sources (later wins): defaults < settings file < .env < environment <
// command line, and reports every problem at once.
#pragma once

#include "Config.h"
#include "SettingsTable.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>

struct ConfigProblem {
    QString setting;
    QString shownValue; // secrets masked
    SettingSource source = SettingSource::Default;
    QString reason;
    QString expected;

    // "CRON_SCHEDULE = "61 * * * *" (environment): minute: 61 is outside 0-59. Expected: …"
    QString message() const;
};

struct RawSetting {
    QString value;
    SettingSource source = SettingSource::Default;
};

struct ConfigSources {
    QString settingsFile;              // INI file; empty: none
    bool settingsFileRequired = false; // given by --config: a missing file is a problem
    QString dotEnvFile;                // usually .env in the working directory; missing is fine
    QProcessEnvironment environment;
    QList<QPair<QString, QString>> commandLine; // --set NAME=VALUE, in order
    QHash<QString, QString> defaults;           // replaces table defaults (the desktop's export folder)
    QHash<QString, QString> keychain;           // secrets kept in the OS keychain (the desktop's token)
};

struct LoadedConfig {
    Config config;
    QList<ConfigProblem> problems; // the configuration cannot be used as it is
    QStringList warnings;          // worth telling, not blocking (unknown names)
    QHash<QString, RawSetting> raw;

    bool isValid() const { return problems.isEmpty(); }
    QString problemReport() const;
};

namespace ConfigLoader {

LoadedConfig load(const ConfigSources &sources);

// Validates raw values (as the settings dialog holds them) into a configuration.
LoadedConfig resolve(const QHash<QString, RawSetting> &raw);

// The per-user settings file: <config location>/testops-export/settings.ini.
QString defaultSettingsFile();

} // namespace ConfigLoader
