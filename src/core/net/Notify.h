// A POST that tells something outside the app and that nothing waits for (a health-check ping, an alert to a
// webhook): a 10-second timeout, and why it failed in words that never quote the address, whose path may be a
// secret (a webhook's token, a check's uuid).
#pragma once

#include <QByteArray>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Notify {

constexpr int timeoutMs = 10000;

// `done` runs in `context`'s thread (not at all once `context` is gone) with an empty `failure` when the
// other end took it (2xx), else "HTTP 500" or the network error's name ("ConnectionRefusedError").
void post(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
          const QByteArray &contentType, QObject *context,
          std::function<void(const QByteArray &failure)> done);

} // namespace Notify
