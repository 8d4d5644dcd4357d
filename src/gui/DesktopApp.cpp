#include "DesktopApp.h"

#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "WelcomeWizard.h"
#include "config/SettingsTable.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "service/ExportFront.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>

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
    // On a desktop "at 7:00" means the user's 7:00: the schedule is read in the system's time zone unless
    // set (the service and the command line keep UTC, as the Go tool did).
    // Only a zone the settings take by name: an odd system setting must not leave the app unconfigured.
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    Config probe;
    if (!m_sources.defaults.contains(u"SCHEDULE_TIMEZONE"_s) &&
        SettingsTable::find(u"SCHEDULE_TIMEZONE"_s)->apply(systemZone, probe).isEmpty())
        m_sources.defaults.insert(u"SCHEDULE_TIMEZONE"_s, systemZone);
    m_tray = std::make_unique<TrayController>();
    m_tray->setFront(m_wiring.front()); // one front for the app's life; a settings change re-points it
    connect(m_tray.get(), &TrayController::openWindowRequested, this, &DesktopApp::showWindow);
    connect(m_tray.get(), &TrayController::changesRequested, this, [this](const QString &fileName) {
        showWindow();
        window()->showChangesOf(fileName);
    });
    connect(m_tray.get(), &TrayController::settingsRequested, this, &DesktopApp::openSettings);
    connect(m_tray.get(), &TrayController::snapshotsRequested, this, [this] {
        showWindow();
        window()->showSnapshots();
    });
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
        connect(m_window.get(), &MainWindow::welcomeRequested, this, &DesktopApp::openWelcome);
        connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
        m_window->setTrayAvailable(m_tray->isShown());
        m_window->setFront(m_wiring.front());
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
        m_window->setFront(nullptr);
    m_tray->setFront(nullptr);
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
    // The window opens when there is no tray to find the app in, or when there is something to set up; on
    // the first run the welcome opens over it.
    if (!trayShown || !m_wiring.front()->isConfigured())
        showWindow();
    if (needsWelcome())
        openWelcome();
}

bool DesktopApp::needsWelcome() const {
    // Nothing about the connection or the groups is set anywhere: a first run, not a broken configuration
    // (which the settings dialog shows in place).
    if (m_wiring.front() && m_wiring.front()->isConfigured())
        return false;
    for (const QString &name :
         {u"TESTOPS_BASE_URL"_s, u"TESTOPS_TOKEN"_s, u"EXPORT_GROUPS"_s, u"PROJECTS_CONFIG"_s}) {
        const auto it = m_config.raw.constFind(name);
        if (it != m_config.raw.constEnd() && it->source != SettingSource::Default && !it->value.isEmpty())
            return false;
    }
    return true;
}

void DesktopApp::openWelcome() {
    if (auto *open = window()->findChild<WelcomeWizard *>()) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *wizard = new WelcomeWizard(&m_settings, m_clock, &m_network, m_config.config.exportPath, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setOption(QWizard::HaveCustomButton1);
    wizard->setButtonText(QWizard::CustomButton1, tr("&All settings…"));
    connect(wizard, &QWizard::customButtonClicked, this, [this, wizard] {
        wizard->reject();
        openSettingsDialog();
    });
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        tellWhereTheTokenWent(wizard->tokenNote());
        applyConfig();
        if (wizard->runFirstExportNow() && m_wiring.front()->isConfigured())
            m_wiring.front()->runNow(u"user"_s);
    });
    if (!window()->isVisible())
        showWindow();
    wizard->open();
}

void DesktopApp::applyConfig() {
    const QHash<QString, QString> secrets = m_settings.readSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_sources.keychain.insert(it.key(), it.value());
    m_tray->setNotifyOnSuccess(m_settings.notifyOnSuccess());
    m_config = ConfigLoader::load(m_sources);
    for (const QString &warning : std::as_const(m_config.warnings))
        qCWarning(lcConfig, "%s", qUtf8Printable(warning));
    m_tray->setWebUrl({});
    if (!m_config.isValid()) {
        qCWarning(lcConfig, "%s", qUtf8Printable(m_config.problemReport()));
        // A desktop user who has not connected yet is told what to do, not which variable is missing.
        const bool notConnected = std::all_of(
            m_config.problems.cbegin(), m_config.problems.cend(), [](const ConfigProblem &problem) {
                return problem.shownValue.isEmpty() && problem.source == SettingSource::Default;
            });
        m_wiring.buildUnconfigured(
            notConnected
                ? tr("not connected to TestOps yet: Help → Welcome connects it in three steps, or File → "
                     "Settings…")
                : tr("the settings need a look (File → Settings…): %1")
                      .arg(m_config.problems.first().message()));
    } else {
        if (m_log) {
            m_log->addSecret(m_config.config.token);
            m_log->addSecret(m_config.config.webAccessKey);
            m_log->addSecret(m_config.config.s3.secretKey);
        }
        m_wiring.build(m_config.config);
        QString taken;
        if (m_wiring.claimFolder(&taken)) {
            m_wiring.startService(m_webCatalogue);
            qCInfo(lcGui, "exporting %d group(s) to %s", int(m_config.config.groups.size()),
                   qUtf8Printable(m_config.config.exportPath));
        } else {
            qCWarning(lcGui, "%s", qUtf8Printable(taken));
        }
    }
    m_tray->setWebUrl(m_wiring.webUrl());
}

void DesktopApp::reloadConfig() {
    if (ExportFront *front = m_wiring.front(); front && front->isRunning()) {
        // The new settings apply once the running export has ended.
        connect(front, &ExportFront::cycleFinished, this, &DesktopApp::reloadConfig,
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
    m_wiring.shutdown(10000, [] { QCoreApplication::quit(); });
}

void DesktopApp::tellWhereTheTokenWent(const QString &note) {
    if (!note.isEmpty())
        m_dialogs->information(
            m_window.get(), tr("API token"),
            tr("No keychain answered (%1), so the token is kept in %2, readable only by you.")
                .arg(note, QDir::toNativeSeparators(m_settings.settingsFile())));
}

void DesktopApp::openSettings() {
    if (needsWelcome())
        openWelcome();
    else
        openSettingsDialog();
}

void DesktopApp::openSettingsDialog() {
    if (auto *open = window()->findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_config, &m_settings, m_clock, &m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        tellWhereTheTokenWent(dialog->tokenNote());
        for (const auto &[setting, key] : DesktopSettings::secretSettings())
            m_sources.keychain.remove(setting);
        reloadConfig();
    });
    if (!window()->isVisible())
        showWindow();
    dialog->open();
}
