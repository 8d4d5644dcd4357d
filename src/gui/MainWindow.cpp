#include "MainWindow.h"

#include "ChangeViewDialog.h"
#include "CleanupDialog.h"
#include "ExportsFilterModel.h"
#include "ExportsModel.h"
#include "PreviewDialog.h"
#include "UserDialogs.h"
#include "service/ExportFront.h"
#include "service/SnapshotFront.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(UserDialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_dialogs(dialogs)
    , m_model(new ExportsModel(this))
    , m_proxy(new ExportsFilterModel(this)) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/testops-export.svg"_s));
    m_proxy->setSourceModel(m_model);
    m_ui->exportsView->setModel(m_proxy);
    m_ui->exportsView->sortByColumn(ExportsModel::TimeColumn, Qt::DescendingOrder);
    // Fit columns to what is on screen, not to all of 10,000 rows.
    m_ui->exportsView->horizontalHeader()->setResizeContentsPrecision(50);
    m_ui->exportsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->exportsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->exportsView->addActions({m_ui->actionOpen, m_ui->actionPreview, m_ui->actionShowChanges,
                                   m_ui->actionSaveCopy, m_ui->actionShowInFolder, m_ui->actionCopyPath,
                                   m_ui->actionDelete});
    // Keyboard: Enter opens, Del deletes (it asks), Ctrl+D shows the changes, Ctrl+F finds (Down goes on to
    // the list), F5 reads the folder again, Ctrl+, settings, Ctrl+Q quits, Ctrl+R runs now. The file actions
    // act on the list, not on whatever has the focus.
    m_ui->actionOpen->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_ui->actionDelete->setShortcut(QKeySequence::Delete);
    m_ui->actionShowChanges->setShortcut(QKeySequence(u"Ctrl+D"_s)); // "diff"
    for (QAction *action : m_ui->exportsView->actions())
        action->setShortcutContext(Qt::WidgetShortcut);
    m_ui->actionSettings->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_ui->actionQuit->setShortcut(QKeySequence(u"Ctrl+Q"_s));
    m_ui->actionRunNow->setShortcut(QKeySequence(u"Ctrl+R"_s));
    auto *find = new QAction(this);
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    // Down in the filter goes on to what it found: the list, its first row picked.
    m_ui->searchEdit->installEventFilter(this);
    auto *refresh = new QAction(this);
    refresh->setObjectName(u"actionRefresh"_s);
    // F5 by name: the standard Refresh is Ctrl+R too under the GNOME and GTK themes, which is Run now's.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_front)
            m_front->refreshExports();
    });
    addActions({find, refresh, m_ui->actionSettings, m_ui->actionQuit, m_ui->actionRunNow});
    // The failure banner: red enough to be seen, its text dark on light in any theme.
    m_banner = new QFrame(this);
    m_banner->setObjectName(u"failureBanner"_s);
    m_banner->setStyleSheet(
        u"#failureBanner { background: #fde8e8; border: 1px solid #c62828; border-radius: 4px; }"
        "#failureBanner QLabel { color: #5f1313; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("&Retry"), m_banner);
    auto *bannerSettings = new QPushButton(tr("Open se&ttings"), m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry);
    bannerLayout->addWidget(bannerSettings);
    m_ui->centralLayout->insertWidget(0, m_banner);
    m_banner->hide();
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::runNow);
    connect(bannerSettings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    m_ui->groupsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->groupsView->header()->setStretchLastSection(true);
    m_ui->progressBar->hide();
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateStatus);
    connectActions();
    updateGroupFilter();
    updateFileActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions() {
    connect(m_ui->runNowButton, &QPushButton::clicked, this, &MainWindow::runNow);
    connect(m_ui->actionRunNow, &QAction::triggered, this, &MainWindow::runNow);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_front)
            m_front->abort();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionWelcome, &QAction::triggered, this, &MainWindow::welcomeRequested);
    connect(m_ui->actionPause, &QAction::triggered, this, [this] { // as the tray's: the same schedule
        if (m_front && m_front->isConfigured())
            m_front->setPaused(!m_front->isPaused());
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        if (m_dialogs)
            m_dialogs->information(this, m_ui->actionAbout->text().remove(u'&'),
                                   tr("TestOps Export %1\n\nCopies the test cases of your Allure TestOps "
                                      "groups into CSV files every "
                                      "day: a backup, a record for audits, something to diff.\n\nThe manual: "
                                      "man testops-export, "
                                      "or the README beside the program's sources. Its log: %2")
                                       .arg(QCoreApplication::applicationVersion(),
                                            QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                                                         QStandardPaths::AppDataLocation) +
                                                                     u"/testops-export.log"_s)));
    });
    connect(m_ui->actionCleanup, &QAction::triggered, this, &MainWindow::showCleanup);
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::verifyExports);
    connect(m_ui->actionSnapshotNow, &QAction::triggered, this, &MainWindow::takeSnapshotNow);
    connect(m_ui->actionSnapshots, &QAction::triggered, this, &MainWindow::showSnapshots);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionOpenFolder, &QAction::triggered, this, [this] {
        if (!m_model->folder().isEmpty()) {
            QDir().mkpath(m_model->folder());
            m_dialogs->openUrl(QUrl::fromLocalFile(m_model->folder()));
        }
    });
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openSelected);
    connect(m_ui->actionPreview, &QAction::triggered, this, &MainWindow::previewSelected);
    connect(m_ui->actionShowChanges, &QAction::triggered, this, &MainWindow::showChangesOfSelected);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopyOfSelected);
    connect(m_ui->actionShowInFolder, &QAction::triggered, this, &MainWindow::showSelectedInFolder);
    connect(m_ui->actionCopyPath, &QAction::triggered, this, &MainWindow::copySelectedPath);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    // A double-click on the changes shows them; anywhere else it opens the file.
    connect(m_ui->exportsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString failure = index.data(ExportsModel::FailureRole).toString(); !failure.isEmpty())
            m_dialogs->information(
                this, tr("Failed export of %1").arg(index.data(ExportsModel::GroupRole).toString()), failure);
        else if (index.column() == ExportsModel::ChangesColumn &&
                 index.data(ExportsModel::HasChangesRole).toBool())
            showChangesOfSelected();
        else
            openSelected();
    });
    connect(m_ui->exportsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateFileActions);
    // The selection follows its files across refreshes (a new export or a check arriving replaces the rows).
    connect(m_model, &ExportsModel::aboutToRefresh, this, [this] {
        m_keptSelection.clear();
        for (const QModelIndex &row : m_ui->exportsView->selectionModel()->selectedRows()) {
            if (const QString name = row.data(ExportsModel::FileNameRole).toString(); !name.isEmpty())
                m_keptSelection.insert(name); // a failed export's row has none
        }
        m_keptCurrent = m_ui->exportsView->currentIndex().data(ExportsModel::FileNameRole).toString();
    });
    connect(m_model, &ExportsModel::refreshed, this, [this] {
        // Which tier keeps an export: a column only when RETENTION_DAYS or RETENTION_KEEP is set.
        m_ui->exportsView->setColumnHidden(ExportsModel::KeptColumn, !m_front || !m_front->retentionActive());
        updateGroupFilter();
        restoreSelection();
        updateFileActions();
        if (!m_changesWanted.isEmpty())
            showChangesOf(std::exchange(m_changesWanted, QString()));
    });
    connect(m_ui->groupFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_ui->groupFilter->currentData().toString()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &ExportsFilterModel::setText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateFileActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateFileActions);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
}

void MainWindow::setFront(ExportFront *front) {
    if (m_front)
        disconnect(m_front, nullptr, this, nullptr);
    m_front = front;
    if (front) {
        connect(front, &ExportFront::groupChanged, this, &MainWindow::updateGroupRow);
        connect(front, &ExportFront::statusChanged, this, &MainWindow::updateStatus);
        connect(front, &ExportFront::configurationChanged, this, &MainWindow::closeWhatTheOldSettingsOpened);
        connect(front, &ExportFront::verifyFinished, this, &MainWindow::showVerifyResult);
    }
    m_model->setSource(front); // an unconfigured front lists nothing
    m_ui->groupsView->clear();
    if (front) {
        for (const GroupView &view : front->groups())
            updateGroupRow(view);
    }
    updateStatus();
}

void MainWindow::updateGroupRow(const GroupView &view) {
    const GroupStatus &group = view.status;
    QTreeWidgetItem *item = nullptr;
    for (int row = 0; row < m_ui->groupsView->topLevelItemCount() && !item; ++row) {
        if (m_ui->groupsView->topLevelItem(row)->text(0) == group.group.name)
            item = m_ui->groupsView->topLevelItem(row);
    }
    if (!item)
        item = new QTreeWidgetItem(m_ui->groupsView, {group.group.name});
    item->setText(1, view.stateText);
    item->setText(2, view.details);
    item->setText(3, view.snapshot);
    item->setToolTip(2, view.details);
    item->setToolTip(3, view.snapshot);
    const bool warned = group.lastOk && !group.lastWarning.isEmpty() && group.state != GroupState::Running;
    item->setIcon(1, warned ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void MainWindow::closeWhatTheOldSettingsOpened() {
    m_ui->groupsView->clear(); // the groups of the new settings are said next (ExportFront::groupChanged)
    for (QDialog *dialog : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (qobject_cast<ChangeViewDialog *>(dialog) || qobject_cast<CleanupDialog *>(dialog)) {
            dialog->hide();
            dialog->deleteLater();
        }
    }
}

void MainWindow::appendLog(const QString &line) {
    m_ui->logView->appendPlainText(line);
}

void MainWindow::runNow() {
    if (!m_front || !m_front->isConfigured()) {
        emit settingsRequested();
        return;
    }
    statusBar()->showMessage(StateWords::runNowText(m_front->runNow(u"user"_s)), 5000);
}

void MainWindow::updateStatus() {
    if (!m_front || !m_front->isConfigured()) {
        const StatusSummary summary = m_front ? m_front->summary() : StatusSummary::notConfigured(QString());
        m_ui->headlineLabel->setText(summary.headline);
        m_ui->actionPause->setEnabled(false);
        m_ui->scheduleLabel->setText(StateWords::runNowText(RunNowResult::NotConfigured));
        m_ui->runNowButton->setEnabled(true);
        m_ui->runNowButton->setText(tr("Settings…"));
        m_ui->stopButton->setEnabled(false);
        m_ui->groupsView->clear();
        m_ui->progressBar->hide();
        m_banner->hide();
        m_countdown.stop();
        return;
    }
    const StatusSummary summary = m_front->summary();
    m_ui->actionPause->setEnabled(true);
    m_ui->actionPause->setText(m_front->isPaused() ? tr("Resu&me schedule") : tr("&Pause schedule"));
    m_ui->headlineLabel->setText(u"<b>%1</b>"_s.arg(summary.headline.toHtmlEscaped()));
    const QString folder = QDir::toNativeSeparators(m_front->exportFolder());
    // Paused means no next export.
    m_ui->scheduleLabel->setText(m_front->isPaused()
                                     ? tr("Schedule: %1 (%2), paused · files in %3")
                                           .arg(m_front->scheduleWords(), m_front->timeZoneId(), folder)
                                     : tr("Schedule: %1 (%2) · next export %3 · files in %4")
                                           .arg(m_front->scheduleWords(), m_front->timeZoneId(),
                                                StateWords::localTime(summary.nextRun), folder));
    // Several replicas: a follower says who exports, and since when.
    if (const ExportFront::Cluster cluster = m_front->cluster(); cluster.enabled && !cluster.leading)
        m_ui->scheduleLabel->setText(
            m_ui->scheduleLabel->text() + u" · "_s +
            (cluster.leader.isEmpty()
                 ? tr("no replica leads at the moment")
                 : tr("exports run on %1 (leading since %2)")
                       .arg(cluster.leader, StateWords::localTime(cluster.leaderSince))));
    const ExportFront::RunNowCheck runNow = m_front->canRunNow();
    m_ui->runNowButton->setText(tr("Run now"));
    m_ui->runNowButton->setEnabled(runNow.allowed);
    m_ui->runNowButton->setToolTip(runNow.reason);
    m_ui->stopButton->setEnabled(m_front->isRunning());

    // Every test case whole, beside the CSV: a column only when snapshots are on.
    m_ui->groupsView->setColumnHidden(3, !m_front->snapshots()->enabled());
    m_ui->actionSnapshotNow->setEnabled(m_front->snapshots()->enabled() && !m_front->snapshots()->isBusy());
    const QList<GroupView> groups = m_front->groups();
    const QStringList failures = StateWords::failureLines(groups);
    m_banner->setVisible(!failures.isEmpty() && !m_front->isRunning());
    if (!failures.isEmpty())
        m_bannerText->setText(tr("The last export failed:") + u'\n' + failures.join(u'\n'));
    // A row follows groupChanged; all of them are said again on a new day, whose words of time ("today at
    // 07:00") moved on without a status change (the window shown again from the tray the next morning).
    const bool newDay = m_rowsDay != QDate::currentDate();
    m_rowsDay = QDate::currentDate();
    int finished = 0;
    for (const GroupView &view : groups) {
        if (newDay)
            updateGroupRow(view);
        finished +=
            view.status.state == GroupState::Succeeded || view.status.state == GroupState::Failed ? 1 : 0;
    }
    if (m_front->isRunning()) {
        m_ui->progressBar->setRange(0, summary.groupsTotal);
        m_ui->progressBar->setValue(finished);
        m_ui->progressBar->setFormat(tr("%v of %m groups"));
        m_ui->progressBar->show();
    } else {
        m_ui->progressBar->hide();
    }
    // A countdown only while there is one to show: an idle app does not wake up every second.
    if (summary.nextRetry.isValid() && isVisible())
        m_countdown.start();
    else
        m_countdown.stop();
}

void MainWindow::updateGroupFilter() {
    const QString current = m_ui->groupFilter->currentData().toString();
    const QSignalBlocker blocker(m_ui->groupFilter);
    m_ui->groupFilter->clear();
    m_ui->groupFilter->addItem(tr("All groups"), QString());
    for (const QString &group : m_model->groups())
        m_ui->groupFilter->addItem(group, group);
    m_ui->groupFilter->setCurrentIndex(qMax(0, m_ui->groupFilter->findData(current)));
    updateCount();
}

void MainWindow::updateCount() {
    const int all = m_model->fileCount();
    int shown = all; // unfiltered: no row to look at (10,000 of them, on every refresh and sort)
    if (m_proxy->rowCount() != m_model->rowCount()) {
        shown = 0; // the files among the rows the filter keeps (the others are failed exports)
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown += m_proxy->index(row, 0).data(ExportsModel::FailureRole).isValid() ? 0 : 1;
    }
    m_ui->countLabel->setText(shown == all ? tr("%n file(s)", nullptr, all)
                                           : tr("%1 of %n file(s)", nullptr, all).arg(shown));
}

void MainWindow::updateFileActions() {
    const bool selected = !selectedPath().isEmpty();
    for (QAction *action :
         {m_ui->actionOpen, m_ui->actionPreview, m_ui->actionShowChanges, m_ui->actionSaveCopy,
          m_ui->actionShowInFolder, m_ui->actionCopyPath, m_ui->actionDelete})
        action->setEnabled(selected);
}

void MainWindow::restoreSelection() {
    if (m_keptSelection.isEmpty() && m_keptCurrent.isEmpty())
        return;
    QItemSelectionModel *selection = m_ui->exportsView->selectionModel();
    QItemSelection rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString name = index.data(ExportsModel::FileNameRole).toString();
        if (name.isEmpty())
            continue; // a failed export
        if (name == m_keptCurrent)
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (m_keptSelection.contains(name))
            rows.select(index, m_proxy->index(row, ExportsModel::ColumnCount - 1));
    }
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_ui->exportsView->setFocus(Qt::TabFocusReason);
        m_ui->exportsView->selectRow(0);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::hideEvent(QHideEvent *event) {
    m_model->markSeen(); // what was new has been seen
    QMainWindow::hideEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // At logout the session manager closes every window: a window that refuses would block the logout.
    if (m_quitting || qGuiApp->isSavingSession()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_trayAvailable)
        hide(); // the app goes on in the tray
    else
        showMinimized(); // no tray: never hide the only way back in
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateStatus();
}
