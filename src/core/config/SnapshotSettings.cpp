#include "SnapshotSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString SnapshotSettings::applyPath(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && QDir::isRelativePath(trimmed))
        return QCoreApplication::translate("Settings", "not an absolute path");
    config.snapshots.path = QDir::cleanPath(trimmed);
    if (trimmed.isEmpty())
        config.snapshots.path.clear();
    return QString();
}

QString SnapshotSettings::applyConcurrency(const QString &text, Config &config) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > 32)
        return QCoreApplication::translate("Settings", "\"%1\" is not a whole number from 1 to 32")
            .arg(text.trimmed());
    config.snapshots.concurrency = value;
    return QString();
}

bool SnapshotSettings::parseLongDuration(const QString &text, qint64 *seconds) {
    static const QRegularExpression pattern(u"^\\s*(\\d{1,5})\\s*([hdw]?)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(1).toLongLong() != 0))
        return false;
    const QString unit = match.captured(2);
    *seconds = match.captured(1).toLongLong() * (unit == u"w"_s ? 7 * 86400 : unit == u"d"_s ? 86400 : 3600);
    return true;
}

QString SnapshotSettings::applyFullEvery(const QString &text, Config &config) {
    if (!parseLongDuration(text, &config.snapshots.fullEverySeconds))
        return QCoreApplication::translate("Settings", "\"%1\" is not a duration in hours, days or weeks")
            .arg(text.trimmed());
    return QString();
}
