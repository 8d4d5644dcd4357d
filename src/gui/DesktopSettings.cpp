#include "DesktopSettings.h"

#include "config/SettingsTable.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString appId = u"io.github.testops_export.TestOpsExport"_s;

void restrictToOwner(const QString &path) {
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

DesktopSettings::DesktopSettings(QString settingsFile, SecretStore *secrets)
    : m_settingsFile(std::move(settingsFile))
    , m_secrets(secrets) {}

const QList<std::pair<QString, QString>> &DesktopSettings::secretSettings() {
    static const QList<std::pair<QString, QString>> secrets = {
        {u"TESTOPS_TOKEN"_s, QString::fromLatin1(tokenKey)},
        {u"S3_SECRET_KEY"_s, QString::fromLatin1(s3SecretKey)}};
    return secrets;
}

QHash<QString, QString> DesktopSettings::readSecrets() const {
    QHash<QString, QString> found;
    if (!m_secrets)
        return found;
    for (const auto &[setting, key] : secretSettings()) {
        const QString value = m_secrets->read(key);
        if (!value.isEmpty())
            found.insert(setting, value);
    }
    return found;
}

QString DesktopSettings::save(const QHash<QString, QString> &values) {
    QDir().mkpath(QFileInfo(m_settingsFile).absolutePath());
    QSettings file(m_settingsFile, QSettings::IniFormat);
    const auto isSecret = [](const QString &name) {
        return std::any_of(secretSettings().cbegin(), secretSettings().cend(),
                           [&](const auto &secret) { return secret.first == name; });
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isSecret(it.key()))
            continue;
        const SettingSpec *spec = SettingsTable::find(it.key());
        if (it.value().isEmpty() && !(spec && spec->emptyIsAChoice()))
            file.remove(it.key());
        else // an empty RETRY_DELAYS stays as "RETRY_DELAYS=": no retries, not the default
            file.setValue(it.key(), it.value());
    }
    QString problem;
    for (const auto &[setting, key] : secretSettings()) {
        const auto value = values.constFind(setting);
        if (value == values.cend())
            continue;
        QString why;
        if (m_secrets && m_secrets->write(key, value.value(), &why)) {
            file.remove(setting); // no copy left in plain text
        } else {
            if (!m_secrets)
                why = QObject::tr("no keychain is used");
            if (problem.isEmpty())
                problem = why;
            file.setValue(setting, value.value());
        }
    }
    file.sync();
    restrictToOwner(m_settingsFile); // it may hold the secrets, and it names the servers
    return problem;
}

QString DesktopSettings::language() const {
    return QSettings(m_settingsFile, QSettings::IniFormat).value(u"Desktop/language"_s).toString();
}

void DesktopSettings::setLanguage(const QString &language) {
    QSettings file(m_settingsFile, QSettings::IniFormat);
    file.setValue(u"Desktop/language"_s, language);
}

bool DesktopSettings::notifyOnSuccess() const {
    return QSettings(m_settingsFile, QSettings::IniFormat)
        .value(u"Desktop/notifyOnSuccess"_s, false)
        .toBool();
}

void DesktopSettings::setNotifyOnSuccess(bool notify) {
    QSettings file(m_settingsFile, QSettings::IniFormat);
    file.setValue(u"Desktop/notifyOnSuccess"_s, notify);
}

QString DesktopSettings::autostartFile() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"autostart/"_s + appId + u".desktop"_s);
}

bool DesktopSettings::startsAtLogin() {
    return QFileInfo::exists(autostartFile());
}

bool DesktopSettings::setStartAtLogin(bool enabled, const QString &executable) {
    const QString path = autostartFile();
    if (!enabled)
        return !QFileInfo::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("[Desktop Entry]\nType=Application\nName=TestOps Export\nComment=Daily CSV exports of Allure "
               "TestOps test cases\n"
               "Exec=" +
               (executable.contains(u' ') ? u"\"%1\""_s.arg(executable) : executable).toUtf8() +
               "\nIcon=" + appId.toUtf8() + "\nTerminal=false\nX-GNOME-Autostart-enabled=true\n");
    return true;
}
