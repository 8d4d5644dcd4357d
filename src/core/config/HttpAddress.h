// An http:// or https:// address with a host, as the settings that name a server take it (TESTOPS_BASE_URL,
// S3_ENDPOINT, HEALTHCHECK_URL, ALERT_WEBHOOK_URL): the address, or an invalid one when the text is not such.
#pragma once

#include <QString>
#include <QUrl>

inline QUrl httpAddress(const QString &text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool http = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && http && !url.host().isEmpty() ? url : QUrl();
}
