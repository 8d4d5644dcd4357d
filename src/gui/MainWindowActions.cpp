// The window's actions on the selected export and on the folder: open, preview, changes, save a copy, show in
// the folder, copy the path, delete; verify every export; the storage cleanup in TestOps.
#include "MainWindow.h"

#include "service/SnapshotFront.h"

#include "ChangeViewDialog.h"
#include "CleanupDialog.h"
#include "ExportsFilterModel.h"
#include "ExportsModel.h"
#include "PreviewDialog.h"
#include "SnapshotBrowser.h"
#include "UserDialogs.h"
#include "service/ExportFront.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

QString MainWindow::selectedPath() const {
    const QModelIndexList rows = m_ui->exportsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ExportsModel::PathRole).toString();
}

void MainWindow::openSelected() {
    const QString path = selectedPath();
    if (!path.isEmpty() && !m_dialogs->openUrl(QUrl::fromLocalFile(path)))
        m_dialogs->information(this, tr("Open"), tr("No application is set up to open CSV files."));
}

void MainWindow::previewSelected() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    auto *dialog = new PreviewDialog(path, m_front ? m_front->csvSeparator() : ';', this);
    dialog->show();
}

void MainWindow::showChangesOf(const QString &fileName) {
    m_ui->groupFilter->setCurrentIndex(0); // all groups
    m_ui->searchEdit->clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(ExportsModel::FileNameRole).toString() == fileName) {
            m_ui->exportsView->selectRow(row);
            showChangesOfSelected();
            return;
        }
    }
    m_changesWanted = fileName; // not listed yet (a window just made): when the list comes
}

void MainWindow::showChangesOfSelected() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!m_front)
        return; // nothing is listed without one
    auto *dialog = new ChangeViewDialog(m_front, info.fileName(), this);
    QString whyNot;
    std::unique_ptr<TestOpsWrite> restore = m_front->restore(info.fileName(), &whyNot);
    dialog->setRestore(std::move(restore), whyNot, m_dialogs);
    if (m_front->snapshots()->enabled())
        dialog->setSnapshots(m_front->snapshots());
    ExportFile parsed;
    ExportFile::parse(info.fileName(), &parsed);
    const QString group = parsed.group;
    QPointer<ExportFront> front = m_front;
    dialog->setTestOpsLinks(
        [front, group](const QString &caseId) { return front ? front->testCaseUrl(group, caseId) : QUrl(); },
        m_dialogs);
    dialog->show();
}

void MainWindow::saveCopyOfSelected() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = m_dialogs->saveFileName(this, tr("Save a copy"),
                                                   QDir(documents).filePath(QFileInfo(path).fileName()));
    if (target.isEmpty() || QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return;
    QFile::remove(target); // the dialog asked before overwriting
    if (QFile::copy(path, target))
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), 5000);
    else
        m_dialogs->information(this, tr("Save a copy"),
                               tr("Could not write %1.").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::showSelectedInFolder() {
    const QString path = selectedPath();
    if (!path.isEmpty())
        m_dialogs->openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MainWindow::copySelectedPath() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    statusBar()->showMessage(tr("Path copied"), 3000);
}

void MainWindow::deleteSelected() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    const QString question = m_front && m_front->s3Enabled()
                                 ? tr("Delete %1 from the export folder? Its copy in S3 is kept.").arg(name)
                                 : tr("Delete %1? This cannot be undone.").arg(name);
    if (!m_dialogs->confirm(this, tr("Delete export"), question))
        return;
    QString error = tr("Connect to TestOps in Settings first.");
    if (!m_front || !m_front->deleteExport(name, &error))
        m_dialogs->information(this, tr("Delete export"), error);
}

void MainWindow::takeSnapshotNow() {
    if (!m_front)
        return;
    const QString why = m_front->snapshots()->takeNow({}, false);
    if (!why.isEmpty()) {
        if (m_dialogs)
            m_dialogs->information(this, m_ui->actionSnapshotNow->text().remove(u'&'), why);
        return;
    }
    m_ui->actionSnapshotNow->setEnabled(false); // until they end: the Snapshot column shows how far
    statusBar()->showMessage(tr("Taking a snapshot of every group…"), 5000);
}

void MainWindow::showSnapshots() {
    if (!m_front) {
        m_dialogs->information(this, tr("Snapshots"), tr("Connect to TestOps in Settings first."));
        return;
    }
    auto *browser = new SnapshotBrowser(m_front->snapshots(), m_dialogs, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setObjectName(u"snapshotBrowser"_s);
    browser->show();
    browser->activateWindow(); // over the window the tray menu has just raised: the keys go to Find
}

void MainWindow::verifyExports() {
    if (!m_front)
        return;
    m_ui->actionVerify->setEnabled(false); // until it ends: every byte of every export is read
    statusBar()->showMessage(tr("Verifying the exports…"));
    m_front->startVerify();
}

void MainWindow::showVerifyResult(int exports, int intact, const QStringList &damaged) {
    const bool asked = !m_ui->actionVerify->isEnabled(); // not the schedule's verify
    m_ui->actionVerify->setEnabled(true);
    statusBar()->clearMessage();
    if (!asked || !m_dialogs)
        return;
    const QString title = m_ui->actionVerify->text().remove(u'&');
    if (damaged.isEmpty()) {
        m_dialogs->information(this, title,
                               exports == 0 ? tr("There are no exports to verify yet.")
                                            : tr("All %n export(s) are as they were written.", "", exports));
        return;
    }
    m_dialogs->information(
        this, title,
        tr("%1 of %2 exports are not as they were written:").arg(exports - intact).arg(exports) + u"\n\n"_s +
            damaged.join(u'\n'));
}

void MainWindow::showCleanup() {
    std::unique_ptr<CleanupBoard> session = m_front ? m_front->cleanup() : nullptr;
    if (!session) {
        m_dialogs->information(this, tr("Storage cleanup in TestOps"),
                               tr("Connect to TestOps in Settings first: the cleanup rules are read with the "
                                  "export's token."));
        return;
    }
    auto *dialog = new CleanupDialog(std::move(session), m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
