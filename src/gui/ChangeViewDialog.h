// What changed in an export since the group's previous one, or since any earlier export of the group the user
// picks: every test case added, removed and changed (coloured by kind), and for the one picked, its fields (a
// changed case: the fields that differ, old beside new, what differs inside a cell marked). The list can be
// saved as CSV or HTML for a stand-up or an audit.
#pragma once

#include "PlanDialog.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ChangeViewDialog;
}
class ChangeDetails;
class ChangeCasesModel;
class ExportFront;
class QPushButton;
class QSortFilterProxyModel;
class SnapshotFront;
class TestOpsWrite;
class SnapshotRestoreFlow;
class UserDialogs;

class ChangeViewDialog : public QDialog {
    Q_OBJECT
public:
    // The window compares two exports of up to 4 GiB together (minutes of reading); the page, less.
    static constexpr qint64 maxComparedBytes = qint64(4) << 30;

    // The changes of `fileName`, a listed export of `front`'s folder: the kept comparison with the previous
    // export, or with any earlier export of the group the user picks (compared through the front).
    ChangeViewDialog(ExportFront *front, const QString &fileName, QWidget *parent = nullptr);
    ~ChangeViewDialog() override;

    Ui::ChangeViewDialog *ui() const { return m_ui.get(); }
    QSortFilterProxyModel *cases() const { return m_proxy; }

    // Offers "Open in TestOps" (also a double click on a case) for cases whose page `link` gives.
    void setTestOpsLinks(std::function<QUrl(const QString &caseId)> link, UserDialogs *dialogs);
    // Opens the current case's page in TestOps.
    void openCaseInTestOps();

    // Offers "Restore in TestOps…" through `restore`, as the front hands it out (null: the button is off and
    // says `whyNot`).
    void setRestore(std::unique_ptr<TestOpsWrite> restore, const QString &whyNot, UserDialogs *dialogs);
    QPushButton *restoreSelectedButton() const { return m_restoreSelected; }
    QPushButton *restoreRemovedButton() const { return m_restoreRemoved; }
    // The restore's plan (then its result) while it is open.
    PlanDialog *restorePlan() const;
    // Offers the restore from the group's snapshot of the day the comparison goes back to, when there is one
    // (each case whole); the CSV restore otherwise. After setRestore.
    void setSnapshots(SnapshotFront *snapshots);
    // The plan for the selected removed and changed cases (or, with `allRemoved`, every removed one), in a
    // PlanDialog: written when the user presses Write to TestOps, its result shown in the same table.
    void restoreInTestOps(bool allRemoved);
    // Compares with another earlier export of the group (the baseline list's data); the kept comparison for
    // the previous one, a fresh one off the event loop for the others (compared() when it is shown).
    void compareWith(const QString &baseline);
    // The list of changes shown, as CSV (a name ending .csv) or an HTML page; empty, or what went wrong.
    QString saveReport(const QString &path) const;
    QPushButton *saveReportButton() const { return m_saveReport; }

signals:
    void compared();

private:
    void showDetails(std::shared_ptr<const ChangeDetails> details);
    void showSelectedCase();
    void updateRestoreButtons();
    void showRestorePlan();
    QString snapshotOfTheDay() const; // its id, or empty
    bool busy() const;                // a restore from a snapshot is being planned, shown or written

    std::unique_ptr<Ui::ChangeViewDialog> m_ui;
    QPointer<ExportFront> m_front;
    QString m_fileName;
    std::shared_ptr<const ChangeDetails> m_kept;    // the comparison with the previous export, made at export
    std::shared_ptr<const ChangeDetails> m_details; // the one shown
    int m_generation = 0;                           // of the comparison asked for last
    QPushButton *m_saveReport = nullptr;
    ChangeCasesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::unique_ptr<TestOpsWrite> m_restore;
    QPointer<PlanDialog> m_plan; // the restore's plan, then its result, until closed
    UserDialogs *m_dialogs = nullptr;
    QPushButton *m_restoreSelected = nullptr;
    QPushButton *m_restoreRemoved = nullptr;
    QString m_whyNoRestore;
    std::function<QUrl(const QString &)> m_caseLink;
    QPointer<SnapshotFront> m_snapshots;
    SnapshotRestoreFlow *m_snapshotFlow = nullptr;
    mutable std::optional<QString> m_snapshotId; // found once the comparison is known
};
