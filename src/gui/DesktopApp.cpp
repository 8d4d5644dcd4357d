#include "DesktopApp.h"

#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "service/ExportService.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

DesktopApp::DesktopApp(ConfigSources sources, LogSink *log, UserDialogs *dialogs, SecretStore *secrets,
                       QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_log(log)
    , m_ownDialogs(dialogs ? nullptr : std::make_unique<UserDialogs>())
    , m_dialogs(dialogs ? dialogs : m_ownDialogs.get())
    , m_secrets(secrets)
    , m_settings(m_sources.settingsFile, secrets) {
    if (!m_sources.defaults.contains(u"EXPORT_PATH"_s))
        m_sources.defaults.insert(u"EXPORT_PATH"_s, defaultExportFolder());
    m_tray = std::make_unique<TrayController>();
    connect(m_tray.get(), &TrayController::openWindowRequested, this, &DesktopApp::showWindow);
    connect(m_tray.get(), &TrayController::settingsRequested, this, &DesktopApp::openSettings);
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopApp::quit);
    connect(m_tray.get(), &TrayController::trayAppeared, this, [this] {
        if (m_window)
            m_window->setTrayAvailable(true);
    });
}

MainWindow *DesktopApp::window() {
    // Made when first needed: an app that only sits in the tray keeps no hidden window's widgets in memory.
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_dialogs);
        connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
        connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
        m_window->setTrayAvailable(m_tray->isShown());
        m_window->setService(m_service.get(), m_notConfigured);
        if (m_log) {
            for (const QString &line : m_log->recentLines())
                m_window->appendLog(line);
            connect(m_log, &LogSink::lineLogged, m_window.get(), &MainWindow::appendLog);
        }
    }
    return m_window.get();
}

DesktopApp::~DesktopApp() {
    if (m_window)
        m_window->setService(nullptr);
    m_tray->setService(nullptr);
}

QString DesktopApp::defaultExportFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(u"TestOps exports"_s);
}

void DesktopApp::start() {
    applyConfig();
    const bool trayShown = m_tray->ensureShown();
    if (m_window)
        m_window->setTrayAvailable(trayShown);
    // The window opens when there is no tray to find the app in, or when there is something to set up.
    if (!trayShown || !m_service)
        showWindow();
}

void DesktopApp::applyConfig() {
    const QString token = m_settings.readToken();
    if (!token.isEmpty())
        m_sources.keychain.insert(u"TESTOPS_TOKEN"_s, token);
    m_tray->setNotifyOnSuccess(m_settings.notifyOnSuccess());
    m_config = ConfigLoader::load(m_sources);
    for (const QString &warning : std::as_const(m_config.warnings))
        qCWarning(lcConfig, "%s", qUtf8Printable(warning));
    if (m_window)
        m_window->setService(nullptr);
    m_tray->setService(nullptr);
    m_tray->setWebUrl({});
    m_service.reset();
    if (!m_config.isValid()) {
        const QString why = m_config.problems.first().message();
        qCWarning(lcConfig, "%s", qUtf8Printable(m_config.problemReport()));
        m_notConfigured = why;
        if (m_window)
            m_window->setService(nullptr, why);
        m_tray->setService(nullptr, why);
        return;
    }
    if (m_log) {
        m_log->addSecret(m_config.config.token);
        m_log->addSecret(m_config.config.webAccessKey);
    }
    m_service = std::make_unique<ExportService>(m_config.config, m_clock, &m_network);
    QString taken;
    if (!m_service->claimFolder(&taken)) {
        qCWarning(lcGui, "%s", qUtf8Printable(taken));
        m_service.reset();
        m_notConfigured = taken;
        if (m_window)
            m_window->setService(nullptr, taken);
        m_tray->setService(nullptr, taken);
        return;
    }
    m_notConfigured.clear();
    if (m_window)
        m_window->setService(m_service.get());
    m_tray->setService(m_service.get());
    m_service->startSchedule();
    m_service->startWebView(m_webCatalogue);
    m_tray->setWebUrl(m_service->webUrl());
    qCInfo(lcGui, "exporting %d group(s) to %s", int(m_config.config.groups.size()),
           qUtf8Printable(m_config.config.exportPath));
}

void DesktopApp::reloadConfig() {
    if (m_service && m_service->runner()->isRunning()) {
        // The new settings apply once the running export has ended.
        connect(m_service->runner(), &ExportRunner::cycleFinished, this, &DesktopApp::reloadConfig,
                Qt::SingleShotConnection);
        return;
    }
    applyConfig();
}

void DesktopApp::showWindow() {
    MainWindow *shown = window();
    shown->showNormal();
    shown->raise();
    shown->activateWindow();
}

void DesktopApp::quit() {
    if (m_quitting)
        return;
    m_quitting = true;
    m_tray->icon()->hide();
    if (m_window)
        m_window->setQuitting(true);
    if (!m_service) {
        QCoreApplication::quit();
        return;
    }
    m_service->shutdown(10000, [] { QCoreApplication::quit(); });
}

void DesktopApp::openSettings() {
    if (auto *open = window()->findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_config, &m_settings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->tokenNote().isEmpty())
            m_dialogs->information(
                m_window.get(), tr("API token"),
                tr("No keychain answered (%1), so the token is kept in %2, readable only by you.")
                    .arg(dialog->tokenNote(), QDir::toNativeSeparators(m_settings.settingsFile())));
        m_sources.keychain.remove(u"TESTOPS_TOKEN"_s);
        reloadConfig();
    });
    if (!window()->isVisible())
        showWindow();
    dialog->open();
}
