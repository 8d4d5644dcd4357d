// The tray icon and its menu. Shows the state in icon and tooltip, notifies of failures, and appears as soon
// as a tray does (a tray that starts after the app is looked for once a minute).
#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

class ExportFront;
class QAction;

class TrayController : public QObject {
    Q_OBJECT
public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // The front to show and drive; an unconfigured front (or null) shows why in the tooltip.
    void setFront(ExportFront *front);
    void setWebUrl(const QUrl &url);
    void setNotifyOnSuccess(bool notify) { m_notifyOnSuccess = notify; }

    // Shows the icon when a tray is there; true when it is shown.
    bool ensureShown();
    bool isShown() const { return m_icon.isVisible(); }
    QMenu *menu() { return &m_menu; }
    QSystemTrayIcon *icon() { return &m_icon; }
    // The text of the last notification shown (for tests: a notification cannot be read back from the tray).
    const QString &lastNotification() const { return m_lastNotification; }

public slots:
    void update();

signals:
    void openWindowRequested();
    // A click on a notification of removed test cases: the change view of that export.
    void changesRequested(const QString &fileName);
    void settingsRequested();
    void snapshotsRequested();
    void quitRequested();
    void trayAppeared();

private:
    void notifyCycle(bool ok, const QStringList &failed, const QStringList &succeeded);
    void notifyMassRemoval(const QString &group, const QString &file, qint64 removed, qint64 previousCases);
    // Shows a notification whose click opens `changesOf`'s change view, or the window when empty.
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon, int ms,
                const QString &changesOf = QString());

    QSystemTrayIcon m_icon;
    QString m_lastNotification;
    QString m_clickShowsChangesOf; // the export the last notification is about, when it is about removals
    QMenu m_menu;
    QAction *m_status = nullptr;
    QAction *m_runNow;
    QAction *m_openWindow;
    QAction *m_openWebPage;
    QAction *m_openFolder;
    QAction *m_pause;
    QAction *m_settings;
    QAction *m_snapshots;
    QAction *m_quit;
    QPointer<ExportFront> m_front;
    bool configured() const;
    QUrl m_webUrl;
    QString m_iconName;
    QTimer m_lookForTray;
    bool m_notifyOnSuccess = false;
};
