// Where the desktop app keeps what the settings dialog edits: settings in the INI file, the token in the
// keychain (or, without one, in the INI file with 0600 permissions), the language, and start at login.
#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <QString>

class DesktopSettings {
public:
    static constexpr const char *tokenKey = "api-token";

    DesktopSettings(QString settingsFile, SecretStore *secrets);

    const QString &settingsFile() const { return m_settingsFile; }
    static constexpr const char *s3SecretKey = "s3-secret-key";
    // The settings kept in the keychain (the API token, the S3 secret key), with their keychain keys.
    static const QList<std::pair<QString, QString>> &secretSettings();

    // Every secret setting the keychain holds, by setting name.
    QHash<QString, QString> readSecrets() const;

    // Writes the settings; the secrets go to the keychain when one answers. Returns an empty string, or why
    // a secret had to go to the settings file (shown to the user).
    QString save(const QHash<QString, QString> &values);

    QString language() const; // "" (system), "en" or "ru"
    void setLanguage(const QString &language);
    bool notifyOnSuccess() const;
    void setNotifyOnSuccess(bool notify);

    // The XDG autostart entry (~/.config/autostart/<app id>.desktop).
    static QString autostartFile();
    static bool startsAtLogin();
    static bool setStartAtLogin(bool enabled, const QString &executable);

private:
    QString m_settingsFile;
    SecretStore *m_secrets;
};
