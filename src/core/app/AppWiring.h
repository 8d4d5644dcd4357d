// The one place the core is put together, the same for --headless, --export-now, --check and the desktop app:
// the export service for a configuration, the front over it, and the web view handed that front. Views get
// the front, the clock and the network manager from here, and nothing else.
#pragma once

#include "config/Config.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class Clock;
class ConnectionCheck;
class ExportFront;
class ExportService;
class QNetworkAccessManager;
class WebServer;

class AppWiring : public QObject {
    Q_OBJECT
public:
    AppWiring(const Clock &clock, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AppWiring() override;

    const Clock &clock() const { return m_clock; }
    QNetworkAccessManager *network() const { return m_network; }

    // Builds the service for `config`; nothing exports or listens yet. Replaces what was built before; the
    // front stays the same object, pointed at the new service (ExportFront::configurationChanged).
    void build(const Config &config);
    // No usable configuration (yet): the front says why, and can do nothing.
    void buildUnconfigured(const QString &why);
    // Takes the export folder for this process (see ExportService::claimFolder). On failure the service is
    // dropped and the front tells why; *heldByOther, when given, whether another process has the folder.
    bool claimFolder(QString *why, bool *heldByOther = nullptr);
    // Follows the schedule and, when the configuration turns it on, serves the web view.
    void startService(const QString &catalogueFolder = QStringLiteral(":/i18n"));
    // Stops taking work and ends the cycle in flight; `done` runs when all is closed, or after timeoutMs.
    void shutdown(int timeoutMs, std::function<void()> done);
    // Drops the service and the web view; the front says `why` (nothing runs).
    void clear(const QString &why);

    // The front, for the whole life of the wiring: unconfigured until build().
    ExportFront *front() const { return m_front.get(); }
    // Where the web view opens on this computer; invalid when it is not running.
    QUrl webUrl() const;
    // The check of the connection, the token, each project and group (--check); null when not configured.
    std::unique_ptr<ConnectionCheck> connectionCheck() const;

private:
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ExportService> m_service;
    std::unique_ptr<ExportFront> m_front;
    std::unique_ptr<WebServer> m_web;
};
