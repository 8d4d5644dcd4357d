// The API token in the OS keychain (qtkeychain). Where no keychain answers (no secret service), the token
// goes to the settings file with 0600 permissions instead, and the caller is told so: never a silent
// fallback.
#pragma once

#include <QString>

class SecretStore {
public:
    enum class Location { Keychain, SettingsFile };

    explicit SecretStore(QString service = QStringLiteral("testops-export"));

    // The stored secret, or an empty string; *problem says why the keychain could not be read.
    QString read(const QString &key, QString *problem = nullptr) const;
    // True when the keychain took the secret; false with *problem when it could not (the caller falls back).
    bool write(const QString &key, const QString &value, QString *problem = nullptr) const;
    void remove(const QString &key) const;

private:
    QString m_service;
};
