#include "TrayController.h"

#include "log/LogCategories.h"
#include "schedule/Scheduler.h"
#include "service/ExportService.h"
#include "service/StatusSummary.h"

#include <QDesktopServices>
#include <QDir>

using namespace Qt::StringLiterals;

TrayController::TrayController(QObject *parent)
    : QObject(parent) {
    m_runNow = m_menu.addAction(tr("Run export now"));
    m_openWindow = m_menu.addAction(tr("Open exports window"));
    m_openWebPage = m_menu.addAction(tr("Open web page"));
    m_openFolder = m_menu.addAction(tr("Open export folder"));
    m_menu.addSeparator();
    m_pause = m_menu.addAction(tr("Pause schedule"));
    m_settings = m_menu.addAction(tr("Settings…"));
    m_menu.addSeparator();
    m_quit = m_menu.addAction(tr("Quit"));
    m_runNow->setObjectName(u"runNow"_s);
    m_openWindow->setObjectName(u"openWindow"_s);
    m_openWebPage->setObjectName(u"openWebPage"_s);
    m_openFolder->setObjectName(u"openFolder"_s);
    m_pause->setObjectName(u"pause"_s);
    m_settings->setObjectName(u"settings"_s);
    m_quit->setObjectName(u"quit"_s);
    m_openWebPage->setVisible(false);
    m_icon.setContextMenu(&m_menu);

    connect(m_runNow, &QAction::triggered, this, [this] {
        if (!m_service) {
            emit settingsRequested();
            return;
        }
        if (m_service->runner()->runNow(u"tray menu"_s) == ExportRunner::RunNow::AlreadyRunning)
            m_icon.showMessage(tr("TestOps Export"), tr("An export is already running."),
                               QSystemTrayIcon::Information, 4000);
    });
    connect(m_openWindow, &QAction::triggered, this, &TrayController::openWindowRequested);
    connect(m_openWebPage, &QAction::triggered, this, [this] { QDesktopServices::openUrl(m_webUrl); });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        if (m_service) {
            QDir().mkpath(m_service->config().exportPath);
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_service->config().exportPath));
        }
    });
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_service)
            m_service->scheduler()->setPaused(!m_service->scheduler()->isPaused());
    });
    connect(m_settings, &QAction::triggered, this, &TrayController::settingsRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openWindowRequested();
    });
    m_lookForTray.setInterval(60 * 1000);
    connect(&m_lookForTray, &QTimer::timeout, this, [this] {
        if (ensureShown())
            emit trayAppeared();
    });
    update();
}

TrayController::~TrayController() = default;

bool TrayController::ensureShown() {
    if (m_icon.isVisible())
        return true;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_lookForTray.isActive()) {
            qCInfo(lcGui, "no system tray yet: the window stays open, and the icon appears when a tray does");
            m_lookForTray.start();
        }
        return false;
    }
    m_lookForTray.stop();
    m_icon.show();
    qCInfo(lcGui, "tray icon shown");
    return true;
}

void TrayController::setService(ExportService *service, const QString &why) {
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_notConfigured = why;
    if (service) {
        connect(service->runner(), &ExportRunner::statusChanged, this, &TrayController::update);
        connect(service->scheduler(), &Scheduler::nextRunChanged, this, &TrayController::update);
        connect(service->scheduler(), &Scheduler::pausedChanged, this, &TrayController::update);
        connect(service->runner(), &ExportRunner::cycleFinished, this,
                [this](const ExportRunner::CycleSummary &summary) {
                    if (!summary.aborted)
                        notifyCycle(summary.ok(), summary.failed, summary.succeeded);
                });
    }
    update();
}

void TrayController::setWebUrl(const QUrl &url) {
    m_webUrl = url;
    m_openWebPage->setVisible(url.isValid());
}

void TrayController::update() {
    StatusSummary summary;
    if (m_service) {
        summary =
            StatusSummary::compute(m_service->runner()->statuses(), m_service->runner()->isRunning(),
                                   m_service->scheduler()->isPaused(), m_service->scheduler()->nextRun());
    } else {
        summary = StatusSummary::notConfigured(m_notConfigured);
    }
    // Set only what changed: a new icon means parsing an SVG and a round trip to the tray.
    if (summary.iconName() != m_iconName) {
        m_iconName = summary.iconName();
        m_icon.setIcon(QIcon(u":/icons/%1.svg"_s.arg(m_iconName)));
    }
    const QString tooltip = summary.tooltip();
    if (tooltip != m_icon.toolTip())
        m_icon.setToolTip(tooltip);
    const bool paused = m_service && m_service->scheduler()->isPaused();
    m_pause->setText(paused ? tr("Resume schedule") : tr("Pause schedule"));
    m_pause->setEnabled(m_service);
    m_openFolder->setEnabled(m_service);
    m_runNow->setEnabled(!m_service || !m_service->runner()->isRunning() || summary.nextRetry.isValid());
}

void TrayController::notifyCycle(bool ok, const QStringList &failed, const QStringList &succeeded) {
    if (!ok) {
        m_icon.showMessage(
            tr("TestOps export failed"),
            tr("Failed: %1. Open the exports window for the reason.").arg(failed.join(u", "_s)),
            QSystemTrayIcon::Warning, 10000);
    } else if (m_notifyOnSuccess) {
        m_icon.showMessage(tr("TestOps export done"), tr("Exported: %1").arg(succeeded.join(u", "_s)),
                           QSystemTrayIcon::Information, 5000);
    }
}
