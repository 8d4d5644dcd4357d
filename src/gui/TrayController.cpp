#include "TrayController.h"

#include "log/LogCategories.h"
#include "service/ExportFront.h"

#include <QDesktopServices>
#include <QDir>

using namespace Qt::StringLiterals;

TrayController::TrayController(QObject *parent)
    : QObject(parent) {
    // A status header, as Syncthing Tray and the Nextcloud client have: the state in words, not clickable.
    m_status = m_menu.addAction(QString());
    m_status->setEnabled(false);
    m_status->setObjectName(u"status"_s);
    m_menu.addSeparator();
    m_runNow = m_menu.addAction(tr("Run export now"));
    m_openWindow = m_menu.addAction(tr("Open exports window"));
    m_openWebPage = m_menu.addAction(tr("Open web page"));
    m_openFolder = m_menu.addAction(tr("Open export folder"));
    m_snapshots = m_menu.addAction(tr("Snapshot browser…"));
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
    m_snapshots->setObjectName(u"snapshots"_s);
    m_quit->setObjectName(u"quit"_s);
    m_openWebPage->setVisible(false);
    m_icon.setContextMenu(&m_menu);
    // A click on a notification opens the window (its banner offers Retry and Open settings), or the change
    // view of the export a notification of removed test cases is about.
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_clickShowsChangesOf.isEmpty())
            emit openWindowRequested();
        else
            emit changesRequested(m_clickShowsChangesOf);
    });

    connect(m_runNow, &QAction::triggered, this, [this] {
        if (!configured()) {
            emit settingsRequested();
            return;
        }
        const RunNowResult result = m_front->runNow(u"tray menu"_s);
        if (!StateWords::runNowStarted(result)) // as the page's 409: the same results, the same words
            notify(tr("TestOps Export"), StateWords::runNowText(result), QSystemTrayIcon::Information, 4000);
    });
    connect(m_openWindow, &QAction::triggered, this, &TrayController::openWindowRequested);
    connect(m_snapshots, &QAction::triggered, this, &TrayController::snapshotsRequested);
    connect(m_openWebPage, &QAction::triggered, this, [this] { QDesktopServices::openUrl(m_webUrl); });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        if (configured()) {
            QDir().mkpath(m_front->exportFolder());
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_front->exportFolder()));
        }
    });
    connect(m_pause, &QAction::triggered, this, [this] {
        if (configured())
            m_front->setPaused(!m_front->isPaused());
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

void TrayController::setFront(ExportFront *front) {
    if (m_front)
        disconnect(m_front, nullptr, this, nullptr);
    m_front = front;
    if (front) {
        connect(front, &ExportFront::statusChanged, this, &TrayController::update);
        connect(front, &ExportFront::massRemoval, this, &TrayController::notifyMassRemoval);
        connect(front, &ExportFront::cycleStarted, this, [this] { m_clickShowsChangesOf.clear(); });
        connect(front, &ExportFront::cycleFinished, this, [this](const CycleSummary &summary) {
            if (!summary.aborted)
                notifyCycle(summary.ok(), summary.failed, summary.succeeded);
        });
    }
    update();
}

bool TrayController::configured() const {
    return m_front && m_front->isConfigured();
}

void TrayController::setWebUrl(const QUrl &url) {
    m_webUrl = url;
    m_openWebPage->setVisible(url.isValid());
}

void TrayController::update() {
    const StatusSummary summary = m_front ? m_front->summary() : StatusSummary::notConfigured(QString());
    // Set only what changed: a new icon means parsing an SVG and a round trip to the tray.
    if (summary.iconName() != m_iconName) {
        m_iconName = summary.iconName();
        m_icon.setIcon(QIcon(u":/icons/%1.svg"_s.arg(m_iconName)));
    }
    if (summary.headline != m_status->text())
        m_status->setText(summary.headline);
    const QString tooltip = summary.tooltip();
    if (tooltip != m_icon.toolTip())
        m_icon.setToolTip(tooltip);
    const bool paused = m_front && m_front->isPaused();
    m_pause->setText(paused ? tr("Resume schedule") : tr("Pause schedule"));
    m_pause->setEnabled(configured());
    m_openFolder->setEnabled(configured());
    // Not configured, Run now opens the settings.
    m_runNow->setEnabled(!configured() || m_front->canRunNow().allowed);
}

void TrayController::notifyCycle(bool ok, const QStringList &failed, const QStringList &succeeded) {
    if (!ok) {
        // The reason itself, and what a click does: the window, with its banner's Retry and Open settings.
        const QStringList reasons = m_front ? StateWords::failureLines(m_front->groups()) : QStringList();
        m_lastNotification = (reasons.isEmpty() ? tr("Failed: %1.").arg(failed.join(u", "_s))
                                                : reasons.mid(0, 2).join(u'\n')) +
                             u'\n' + tr("Click to retry or open the settings.");
        notify(tr("TestOps export failed"), m_lastNotification, QSystemTrayIcon::Warning, 10000);
    } else if (m_notifyOnSuccess && m_clickShowsChangesOf.isEmpty()) { // test cases removed says more
        m_lastNotification = tr("Exported: %1").arg(succeeded.join(u", "_s));
        notify(tr("TestOps export done"), m_lastNotification, QSystemTrayIcon::Information, 5000);
    }
}

void TrayController::notifyMassRemoval(const QString &group, const QString &file, qint64 removed,
                                       qint64 previousCases) {
    notify(tr("Test cases removed in TestOps"),
           tr("%1: %2 of %3 test cases removed since the previous export.")
                   .arg(group)
                   .arg(removed)
                   .arg(previousCases) +
               u'\n' + tr("Click to see which."),
           QSystemTrayIcon::Warning, 10000, file);
}

void TrayController::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon,
                            int ms, const QString &changesOf) {
    m_lastNotification = text;
    m_clickShowsChangesOf = changesOf;
    m_icon.showMessage(title, text, icon, ms);
}
