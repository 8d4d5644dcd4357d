// The change view's "Restore in TestOps": from the snapshot of the day it compares with when the group has
// one (each case whole), from the previous export's CSV otherwise (removed cases, changed fields).
#include "ChangeViewDialog.h"

#include "ChangeCasesModel.h"
#include "NoDefaultButton.h"
#include "SnapshotRestoreFlow.h"
#include "UserDialogs.h"
#include "restore/RestoreWords.h"

#include "exports/ChangeDetails.h"
#include "service/SnapshotFront.h"
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

void ChangeViewDialog::setRestore(std::unique_ptr<RestoreSession> session, const QString &whyNot,
                                  UserDialogs *dialogs) {
    m_restore = std::move(session);
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
        connect(m_restore.get(), &RestoreSession::planned, this, [this] {
            if (!m_restore->error().isEmpty()) {
                updateRestoreButtons();
                m_dialogs->information(this, windowTitle(), m_restore->error());
                return;
            }
            showRestorePlan();
        });
        connect(m_restore.get(), &RestoreSession::applied, this, [this] {
            updateRestoreButtons();
            if (m_plan)
                m_plan->showResults(restoreSummary(true), restoreRows());
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

QList<PlanDialog::Row> ChangeViewDialog::restoreRows() const {
    using State = PlanDialog::Row::State;
    using Outcome = RestoreSession::Step::Outcome;
    using Action = RestoreSession::Step::Action;
    QList<PlanDialog::Row> rows;
    for (const RestoreSession::Step &step : m_restore->steps()) {
        State state =
            step.action == Action::Conflict || step.action == Action::Skip ? State::Leave : State::Write;
        if (step.outcome == Outcome::Done)
            state = State::Done;
        else if (step.outcome == Outcome::Failed)
            state = State::Failed;
        else if (step.outcome == Outcome::NotTried)
            state = State::NotTried;
        else if (step.outcome == Outcome::Left)
            state = State::Left;
        rows.append({step.caseId + u"  "_s + step.name, RestoreWords::what(step), RestoreWords::details(step),
                     state});
    }
    return rows;
}

QString ChangeViewDialog::restoreSummary(bool done) const {
    const ExportComparison::Result &result = m_kept->result();
    if (done)
        return tr("What was written to TestOps from the comparison of %1 with %2.")
            .arg(result.file, result.previousFile);
    const bool patches =
        std::any_of(m_restore->steps().cbegin(), m_restore->steps().cend(),
                    [](const auto &step) { return step.action == RestoreSession::Step::Action::Patch; });
    return tr("What will be written to TestOps to undo the changes between %1 and %2. Nothing is written "
              "until you press Write to TestOps.")
               .arg(result.previousFile, result.file) +
           (patches ? u' ' + tr("A case whose fields are put back is saved as a version in TestOps first.")
                    : QString());
}

void ChangeViewDialog::showRestorePlan() {
    updateRestoreButtons();
    PlanDialog::open(this, m_plan, tr("Restore in TestOps"), restoreSummary(false), restoreRows(), m_dialogs,
                     [this] {
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
        SnapshotRestore::Options options;
        if (allRemoved)
            for (const ExportComparison::Case &c : m_kept->result().removed)
                ids.append(c.id);
        for (const QString &id : std::as_const(ids))
            options.cases.append(id.toLongLong());
        options.changed = !allRemoved;
        const ExportComparison::Result &result = m_kept->result();
        m_snapshotFlow->start(snapshot, options,
                              tr("What will be written to TestOps to undo the changes between %1 and %2, "
                                 "from snapshot %3 of that day: each case whole (steps, attachments, custom "
                                 "fields). A changed case is saved as a version in TestOps first. Nothing is "
                                 "written until you press Write to TestOps.")
                                  .arg(result.previousFile, result.file, snapshot));
        return;
    }
    m_restore->plan(allRemoved ? RestoreSession::Selection::Removed : RestoreSession::Selection::Both, ids);
}
