// The change view's "Restore in TestOps": from the snapshot of the day it compares with when the group has
// one (each case whole), from the previous export's CSV otherwise (removed cases, changed fields).
#include "ChangeViewDialog.h"

#include "ChangeCasesModel.h"
#include "NoDefaultButton.h"
#include "SnapshotRestoreFlow.h"
#include "UserDialogs.h"

#include "exports/ChangeDetails.h"
#include "service/SnapshotFront.h"
#include "service/TestOpsWrite.h"
#include "ui_changeviewdialog.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

void ChangeViewDialog::setSnapshots(SnapshotFront *snapshots) {
    m_snapshots = snapshots;
    m_snapshotId.reset();
    if (!m_snapshotFlow && m_dialogs) {
        m_snapshotFlow = new SnapshotRestoreFlow(this, snapshots, m_dialogs);
        connect(m_snapshotFlow, &SnapshotRestoreFlow::ended, this, &ChangeViewDialog::updateRestoreButtons);
    }
    updateRestoreButtons();
}

QString ChangeViewDialog::snapshotOfTheDay() const {
    if (!m_snapshots || !m_snapshotFlow || !m_kept || m_kept->result().previousFile.isEmpty())
        return {};
    if (!m_snapshotId) {
        ExportFile previous, shown;
        const bool named = ExportFile::parse(m_kept->result().previousFile, &previous) &&
                           ExportFile::parse(m_fileName, &shown);
        // One that holds every case the comparison removed or changed (a snapshot of a group whose export ids
        // it does not know is no use here).
        QList<qint64> cases;
        for (const QList<ExportComparison::Case> *list :
             {&m_kept->result().removed, &m_kept->result().changed})
            for (const ExportComparison::Case &c : *list)
                cases.append(c.id.toLongLong());
        const std::optional<SnapshotManifest> found =
            named ? m_snapshots->ofDay(shown.group, previous.timestamp, cases) : std::nullopt;
        m_snapshotId = found ? found->id : QString();
    }
    return *m_snapshotId;
}

bool ChangeViewDialog::busy() const {
    return m_snapshotFlow && m_snapshotFlow->busy();
}

PlanDialog *ChangeViewDialog::restorePlan() const {
    return m_plan ? m_plan.data() : m_snapshotFlow ? m_snapshotFlow->plan() : nullptr;
}

void ChangeViewDialog::setRestore(std::unique_ptr<TestOpsWrite> restore, const QString &whyNot,
                                  UserDialogs *dialogs) {
    m_restore = std::move(restore);
    m_whyNoRestore = whyNot;
    m_dialogs = dialogs;
    if (!m_restoreSelected) {
        m_restoreSelected =
            m_ui->buttons->addButton(tr("&Restore selected in TestOps…"), QDialogButtonBox::ActionRole);
        m_restoreRemoved =
            m_ui->buttons->addButton(tr("Restore all re&moved in TestOps…"), QDialogButtonBox::ActionRole);
        connect(m_restoreSelected, &QPushButton::clicked, this, [this] { restoreInTestOps(false); });
        connect(m_restoreRemoved, &QPushButton::clicked, this, [this] { restoreInTestOps(true); });
        noDefaultButton(this);
        if (m_proxy)
            connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &ChangeViewDialog::updateRestoreButtons);
    }
    if (m_restore) {
        connect(m_restore.get(), &TestOpsWrite::planned, this, [this] {
            if (!m_restore->error().isEmpty()) {
                updateRestoreButtons();
                m_dialogs->information(this, windowTitle(), m_restore->error());
                return;
            }
            showRestorePlan();
        });
        connect(m_restore.get(), &TestOpsWrite::applied, this, [this] {
            updateRestoreButtons();
            if (m_plan)
                m_plan->showResults(m_restore->summary(), m_restore->rows());
        });
    }
    updateRestoreButtons();
}

void ChangeViewDialog::updateRestoreButtons() {
    if (!m_restoreSelected)
        return;
    int selected = 0;
    if (m_model) {
        for (const QModelIndex &row : m_ui->casesView->selectionModel()->selectedRows())
            selected += m_model->at(m_proxy->mapToSource(row).row()).second != 0 ? 1 : 0;
    }
    const bool removed = m_details && !m_details->result().removed.isEmpty();
    // Restoring undoes what the export changed since the previous one: the kept comparison.
    const bool kept = m_details && m_details == m_kept;
    const QString snapshot = kept ? snapshotOfTheDay() : QString();
    const bool can = (m_restore || !snapshot.isEmpty()) && !busy();
    m_restoreSelected->setEnabled(can && kept && selected > 0);
    m_restoreRemoved->setEnabled(can && kept && removed);
    const QString why = !m_restore && snapshot.isEmpty() ? m_whyNoRestore
                        : !kept ? tr("Restoring works on the comparison with the previous export.")
                                : QString();
    // Which the restore comes from: the snapshot of that day (whole cases) or the previous export's CSV.
    const QString source = snapshot.isEmpty()
                               ? tr("From the previous export's CSV: removed cases come back, changed fields "
                                    "are put back (no snapshot of that day holds these cases).")
                               : tr("From snapshot %1 of that day: each case whole, with its steps, "
                                    "attachments and custom fields.")
                                     .arg(snapshot);
    const QString shows = tr("Shows exactly what will be written to TestOps, then asks.") + u' ' + source;
    m_restoreSelected->setToolTip(!why.isEmpty() ? why
                                  : selected == 0
                                      ? tr("Select removed or changed cases (added ones cannot be "
                                           "undone here).")
                                      : shows);
    m_restoreRemoved->setToolTip(!why.isEmpty() ? why : removed ? shows : tr("No case was removed."));
}

void ChangeViewDialog::showRestorePlan() {
    updateRestoreButtons();
    PlanDialog::open(this, m_plan, tr("Restore in TestOps"), m_restore->summary(), m_restore->rows(),
                     m_dialogs, [this] {
                         m_restoreSelected->setEnabled(false);
                         m_restoreRemoved->setEnabled(false);
                         m_restore->apply();
                     });
}

void ChangeViewDialog::restoreInTestOps(bool allRemoved) {
    const QString snapshot = snapshotOfTheDay();
    if ((!m_restore && snapshot.isEmpty()) || busy())
        return;
    QStringList ids;
    if (!allRemoved) {
        for (const QModelIndex &row : m_ui->casesView->selectionModel()->selectedRows()) {
            const auto [c, kind] = m_model->at(m_proxy->mapToSource(row).row());
            if (kind != 0)
                ids.append(c->id);
        }
        if (ids.isEmpty())
            return;
    }
    m_restoreSelected->setEnabled(false);
    m_restoreRemoved->setEnabled(false);
    if (!snapshot.isEmpty()) { // whole cases, as that day's snapshot kept them
        RestoreChoice choice;
        if (allRemoved)
            for (const ExportComparison::Case &c : m_kept->result().removed)
                ids.append(c.id);
        choice.cases = ids;
        choice.changed = !allRemoved;
        const ExportComparison::Result &result = m_kept->result();
        m_snapshotFlow->start(snapshot, choice,
                              tr("What will be written to TestOps to undo the changes between %1 and %2, "
                                 "from snapshot %3 of that day: each case whole (steps, attachments, custom "
                                 "fields). A changed case is saved as a version in TestOps first. Nothing is "
                                 "written until you press Write to TestOps.")
                                  .arg(result.previousFile, result.file, snapshot));
        return;
    }
    RestoreChoice choice;
    choice.cases = ids;
    choice.changed = !allRemoved;
    m_restore->plan(choice);
}
