#include "DesktopSettings.h"

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

QString DesktopSettings::readToken(QString *problem) const {
    return m_secrets ? m_secrets->read(QString::fromLatin1(tokenKey), problem) : QString();
}

QString DesktopSettings::save(const QHash<QString, QString> &values) {
    QDir().mkpath(QFileInfo(m_settingsFile).absolutePath());
    QSettings file(m_settingsFile, QSettings::IniFormat);
    QString tokenProblem;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == u"TESTOPS_TOKEN"_s)
            continue;
        if (it.value().isEmpty())
            file.remove(it.key());
        else
            file.setValue(it.key(), it.value());
    }
    const auto token = values.constFind(u"TESTOPS_TOKEN"_s);
    if (token != values.cend()) {
        if (m_secrets && m_secrets->write(QString::fromLatin1(tokenKey), token.value(), &tokenProblem)) {
            file.remove(u"TESTOPS_TOKEN"_s); // no copy left in plain text
        } else {
            if (!m_secrets)
                tokenProblem = QObject::tr("no keychain is used");
            file.setValue(u"TESTOPS_TOKEN"_s, token.value());
        }
    }
    file.sync();
    restrictToOwner(m_settingsFile); // it may hold the token, and it names the server
    return tokenProblem;
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
