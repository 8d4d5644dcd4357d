// The settings of watching the exports from outside (HEALTHCHECK_URL, ALERT_*), read into a configuration:
// each returns why the text is not valid, or an empty string (as SettingSpec::apply).
#pragma once

#include "Config.h"

namespace MonitoringSettings {

QString applyHealthcheckUrl(const QString &text, Config &config);
QString applyWebhooks(const QString &text, Config &config);
QString applyAlertFormat(const QString &text, Config &config);
QString applyAlertRemoved(const QString &text, Config &config);

} // namespace MonitoringSettings
