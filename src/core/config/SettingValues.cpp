// The syntax of setting values shared by the table, the settings dialog and the command line: yes/no words,
// durations ("90s", "5m", "2h"), group names and the EXPORT_GROUPS list; the words of a setting's source.
#include "SettingsTable.h"

#include "log/Secret.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

bool SettingsTable::parseBool(const QString &text, bool *value) {
    const QString lower = text.trimmed().toLower();
    static const QStringList yes = {u"true"_s, u"1"_s, u"yes"_s, u"on"_s};
    static const QStringList no = {u"false"_s, u"0"_s, u"no"_s, u"off"_s};
    if (yes.contains(lower)) {
        *value = true;
        return true;
    }
    if (no.contains(lower)) {
        *value = false;
        return true;
    }
    return false;
}

bool SettingsTable::parseDuration(const QString &text, int *seconds) {
    static const QRegularExpression pattern(u"^\\s*(\\d{1,6})\\s*([smh])\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const qint64 number = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 total = number * (unit == u'h' ? 3600 : unit == u'm' ? 60 : 1);
    if (total > 7 * 24 * 3600)
        return false;
    *seconds = int(total);
    return true;
}

QString SettingsTable::formatDuration(int seconds) {
    if (seconds > 0 && seconds % 3600 == 0)
        return QString::number(seconds / 3600) + u'h';
    if (seconds > 0 && seconds % 60 == 0)
        return QString::number(seconds / 60) + u'm';
    return QString::number(seconds) + u's';
}

bool SettingsTable::isSafeGroupName(const QString &name) {
    if (name.isEmpty() || name.size() > 64)
        return false;
    // "2024_Q1" would read back from a file name as group Q1 of project 2024 (the Go tool's later names).
    static const QRegularExpression projectLike(u"^\\d+_"_s);
    if (projectLike.match(name).hasMatch())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

QString SettingsTable::parseGroups(const QString &text, ExportGroups *groups) {
    groups->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Settings", "no groups were given");
    QSet<QString> names;
    for (const QString &rawItem : trimmed.split(u',')) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            return QCoreApplication::translate("Settings", "\"%1\" has no \"=\" between name and id")
                .arg(item);
        ExportGroup group;
        group.name = item.left(eq).trimmed();
        if (!isSafeGroupName(group.name))
            return QCoreApplication::translate(
                       "Settings",
                       "group name \"%1\" may hold only letters, digits, '-' and '_' (at most 64), and may "
                       "not start with digits and '_'")
                .arg(group.name);
        if (names.contains(group.name.toLower()))
            return QCoreApplication::translate("Settings", "group name \"%1\" is used twice").arg(group.name);
        names.insert(group.name.toLower());
        const QStringList ids = item.mid(eq + 1).trimmed().split(u':');
        if (ids.size() != 1 && ids.size() != 3)
            return QCoreApplication::translate(
                       "Settings", "group %1: \"%2\" is neither GROUP_ID nor PROJECT_ID:TREE_ID:GROUP_ID")
                .arg(group.name, item.mid(eq + 1));
        qint64 numbers[3] = {0, 0, 0};
        for (int i = 0; i < ids.size(); ++i) {
            bool ok = false;
            numbers[i] = ids.at(i).trimmed().toLongLong(&ok);
            if (!ok || numbers[i] <= 0)
                return QCoreApplication::translate("Settings",
                                                   "group %1: \"%2\" is not a positive whole number")
                    .arg(group.name, ids.at(i));
        }
        if (ids.size() == 3) {
            group.projectId = numbers[0];
            group.treeId = numbers[1];
            group.groupId = numbers[2];
        } else {
            group.groupId = numbers[0];
        }
        groups->append(group);
    }
    return QString();
}

QString SettingsTable::formatGroups(const ExportGroups &groups) {
    QStringList items;
    for (const ExportGroup &group : groups) {
        if (group.projectId && group.treeId)
            items.append(
                u"%1=%2:%3:%4"_s.arg(group.name).arg(group.projectId).arg(group.treeId).arg(group.groupId));
        else
            items.append(u"%1=%2"_s.arg(group.name).arg(group.groupId));
    }
    return items.join(u',');
}

QString SettingsTable::parseRetentionKeep(const QString &text, RetentionKeep *keep) {
    *keep = RetentionKeep();
    QSet<QString> given;
    for (const QString &rawItem : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed().toLower();
        const qsizetype colon = item.indexOf(u':');
        const QString tier = item.left(colon).trimmed();
        bool ok = false;
        const int count = colon < 0 ? 0 : item.mid(colon + 1).trimmed().toInt(&ok);
        int *slot = tier == u"daily"_s     ? &keep->daily
                    : tier == u"weekly"_s  ? &keep->weekly
                    : tier == u"monthly"_s ? &keep->monthly
                    : tier == u"yearly"_s  ? &keep->yearly
                                           : nullptr;
        if (!slot)
            return QCoreApplication::translate("Settings", "\"%1\" is not daily, weekly, monthly or yearly")
                .arg(tier);
        if (!ok || count < 1 || count > 100000)
            return QCoreApplication::translate("Settings", "%1: \"%2\" is not a count from 1 to 100000")
                .arg(tier, item.mid(colon + 1).trimmed());
        if (given.contains(tier))
            return QCoreApplication::translate("Settings", "%1 is given twice").arg(tier);
        given.insert(tier);
        *slot = count;
    }
    return QString();
}

QString settingSourceName(SettingSource source) {
    switch (source) {
    case SettingSource::Default:
        return QCoreApplication::translate("Settings", "default");
    case SettingSource::Keychain:
        return QCoreApplication::translate("Settings", "keychain");
    case SettingSource::SettingsFile:
        return QCoreApplication::translate("Settings", "settings file");
    case SettingSource::DotEnv:
        return QCoreApplication::translate("Settings", ".env file");
    case SettingSource::Environment:
        return QCoreApplication::translate("Settings", "environment");
    case SettingSource::CommandLine:
        return QCoreApplication::translate("Settings", "command line");
    }
    return QString();
}

QString SettingSpec::translatedDescription() const {
    return QCoreApplication::translate("Settings", description);
}

QString SettingSpec::translatedExpected() const {
    return QCoreApplication::translate("Settings", expected);
}

QString SettingSpec::shown(const QString &value) const {
    return secret ? Secret::mask(value) : value;
}
