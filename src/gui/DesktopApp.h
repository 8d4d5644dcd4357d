// The desktop application: the front of the core (built by AppWiring, as for --headless) shown through the
// tray and the exports window. Starts without a usable configuration too (first run), and builds the core
// again when the settings change.
#pragma once

#include "DesktopSettings.h"
#include "SecretStore.h"
#include "UserDialogs.h"
#include "app/AppWiring.h"
#include "config/ConfigLoader.h"
#include "schedule/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class ExportFront;
class LogSink;
class MainWindow;
class TrayController;

class DesktopApp : public QObject {
    Q_OBJECT
public:
    // `secrets` may be null (tests): the token then lives in the settings file.
    DesktopApp(ConfigSources sources, LogSink *log, UserDialogs *dialogs = nullptr,
               SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~DesktopApp() override;

    // The folder the desktop app proposes for exports: "TestOps exports" in the user's documents.
    static QString defaultExportFolder();

    void start();
    const LoadedConfig &config() const { return m_config; }
    ExportFront *front() const { return m_wiring.front(); }
    AppWiring &wiring() { return m_wiring; }
    // The exports window, made on first use.
    MainWindow *window();
    TrayController *tray() const { return m_tray.get(); }

    DesktopSettings &settings() { return m_settings; }
    // Where the web view finds its translations (tests point it at the build's .qm files).
    void setWebCatalogue(const QString &folder) { m_webCatalogue = folder; }

public slots:
    void showWindow();
    // The settings dialog, or on a first run the welcome wizard (which leads to the dialog too).
    void openSettings();
    void openSettingsDialog();
    void openWelcome();
    void reloadConfig();
    void quit();

private:
    void applyConfig();
    // Nothing of the connection or the groups is set in any source yet.
    bool needsWelcome() const;
    // Says so when no keychain took the token (`note`: why), so that the user knows where it is.
    void tellWhereTheTokenWent(const QString &note);

    ConfigSources m_sources;
    LogSink *m_log;
    std::unique_ptr<UserDialogs> m_ownDialogs;
    UserDialogs *m_dialogs;
    SecretStore *m_secrets;
    DesktopSettings m_settings;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    LoadedConfig m_config;
    AppWiring m_wiring{m_clock, &m_network};
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    bool m_quitting = false;
    QString m_webCatalogue = QStringLiteral(":/i18n");
};
