#include "MonitoringSettings.h"

#include "HttpAddress.h"
#include "log/Secret.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString MonitoringSettings::applyHealthcheckUrl(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    config.healthcheckUrl = QUrl();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url = httpAddress(trimmed);
    if (url.isEmpty() || url.hasFragment())
        return QCoreApplication::translate("Settings", "not an http:// or https:// address");
    config.healthcheckUrl = url;
    return QString();
}

QString MonitoringSettings::applyWebhooks(const QString &text, Config &config) {
    config.alerts.webhooks.clear();
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QUrl url = httpAddress(item);
        if (url.isEmpty() || url.hasFragment())
            return QCoreApplication::translate("Settings", "\"%1\" is not an http:// or https:// address")
                .arg(Secret::mask(item.trimmed())); // a webhook's address is a secret
        config.alerts.webhooks.append(url);
    }
    return QString();
}

QString MonitoringSettings::applyAlertFormat(const QString &text, Config &config) {
    const QString format = text.trimmed().toLower();
    using Format = AlertSettings::Format;
    if (format == u"slack"_s)
        config.alerts.format = Format::Slack;
    else if (format == u"teams"_s)
        config.alerts.format = Format::Teams;
    else if (format == u"json"_s)
        config.alerts.format = Format::Json;
    else
        return QCoreApplication::translate("Settings", "not a format of alerts");
    return QString();
}

QString MonitoringSettings::applyAlertRemoved(const QString &text, Config &config) {
    const QString trimmed = text.trimmed();
    bool ok = false;
    if (trimmed.endsWith(u'%')) {
        const double percent = trimmed.chopped(1).trimmed().toDouble(&ok);
        if (!ok || percent <= 0 || percent > 100)
            return QCoreApplication::translate("Settings", "not a percentage above 0 and up to 100");
        config.alerts.removedPercent = percent;
        config.alerts.removedCount = -1;
        return QString();
    }
    const qint64 count = trimmed.toLongLong(&ok);
    if (!ok || count < 0)
        return QCoreApplication::translate("Settings", "neither a percentage nor a count of test cases");
    config.alerts.removedCount = count;
    config.alerts.removedPercent = -1;
    return QString();
}
