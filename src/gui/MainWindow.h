// The exports window: status of the schedule and each group, the exports of the folder with actions on them,
// and the recent log. A view and remote control over the front (ExportFront); no export logic lives here.
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class ExportFront;
struct GroupView;
class QFrame;
class QLabel;
class QPushButton;
class ExportsFilterModel;
class ExportsModel;
class UserDialogs;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UserDialogs *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The front to show and drive; an unconfigured one says why the app cannot export yet.
    void setFront(ExportFront *front);
    // With a tray icon, closing hides the window; without one it only minimises, so the app is never lost.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    // While the app quits, a close is a close: Qt 6 asks every visible window before it quits, and a
    // window that refuses (as closing it by hand does) would keep the app running.
    void setQuitting(bool quitting) { m_quitting = quitting; }
    void appendLog(const QString &line);
    // Selects the export named `fileName` (showing every group and file) and opens its change view.
    void showChangesOf(const QString &fileName);
    // File → Snapshot browser… (and the tray's): the snapshots of every group, a case at a snapshot, two
    // snapshots compared.
    void showSnapshots();

    ExportsModel *exportsModel() const { return m_model; }
    ExportsFilterModel *exportsProxy() const { return m_proxy; }
    Ui::MainWindow *ui() const { return m_ui.get(); }
    // Shown while groups failed their last export: what failed and why, with Retry and Settings.
    QFrame *failureBanner() const { return m_banner; }
    QLabel *failureText() const { return m_bannerText; }
    QPushButton *retryButton() const { return m_retry; }
    // The path of the selected export, or an empty string.
    QString selectedPath() const;

public slots:
    void runNow();
    void updateStatus();
    // The row of one group, as the front said it changed (made when new; the others are left as they are).
    void updateGroupRow(const GroupView &view);

signals:
    void settingsRequested();
    void welcomeRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The change views and cleanup dialogs open read (and may write) with the connection of the settings
    // that went: they close when the front is pointed at new ones.
    void closeWhatTheOldSettingsOpened();
    // "2 files", or "1 of 2 files" while the filter hides some.
    void updateCount();
    void connectActions();
    void restoreSelection();
    void updateGroupFilter();
    void updateFileActions();
    void openSelected();
    void previewSelected();
    void showChangesOfSelected();
    void saveCopyOfSelected();
    void showSelectedInFolder();
    void copySelectedPath();
    void deleteSelected();
    void showCleanup();
    void verifyExports();
    void takeSnapshotNow();
    void showVerifyResult(int exports, int intact, const QStringList &damaged);

    std::unique_ptr<Ui::MainWindow> m_ui;
    UserDialogs *m_dialogs;
    ExportsModel *m_model;
    ExportsFilterModel *m_proxy;
    QPointer<ExportFront> m_front;
    QString m_changesWanted; // showChangesOf's export, until the list has it
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_countdown; // ticks only while a retry is awaited and the window is shown
    QDate m_rowsDay;    // the day the group rows' words of time were made on
    bool m_quitting = false;
    bool m_trayAvailable = false;
    QSet<QString> m_keptSelection; // file names selected before the rows were replaced
    QString m_keptCurrent;
};
