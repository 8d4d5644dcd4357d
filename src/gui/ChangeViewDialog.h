// What changed in an export since the group's previous one: every test case added, removed and changed, and
// for the one picked, its fields (a changed case: the fields that differ, old beside new).
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ChangeViewDialog;
}
class ChangeDetails;
class ChangeCasesModel;
class ExportFileStore;
class QPushButton;
class QSortFilterProxyModel;
class RestoreSession;
class UserDialogs;

class ChangeViewDialog : public QDialog {
    Q_OBJECT
public:
    ChangeViewDialog(const ExportFileStore &store, const QString &fileName, QWidget *parent = nullptr);
    ~ChangeViewDialog() override;

    Ui::ChangeViewDialog *ui() const { return m_ui.get(); }
    QSortFilterProxyModel *cases() const { return m_proxy; }

    // Offers "Open in TestOps" (also a double click on a case) for cases whose page `link` gives.
    void setTestOpsLinks(std::function<QUrl(const QString &caseId)> link, UserDialogs *dialogs);
    // Opens the current case's page in TestOps.
    void openCaseInTestOps();

    // Offers "Restore in TestOps…" through `session` (null: the button is off and says `whyNot`).
    void setRestore(std::unique_ptr<RestoreSession> session, const QString &whyNot, UserDialogs *dialogs);
    QPushButton *restoreSelectedButton() const { return m_restoreSelected; }
    QPushButton *restoreRemovedButton() const { return m_restoreRemoved; }
    // The plan for the selected removed and changed cases (or, with `allRemoved`, every removed one): shown,
    // confirmed, then applied and its result shown.
    void restoreInTestOps(bool allRemoved);

private:
    void showSelectedCase();
    void updateRestoreButtons();

    std::unique_ptr<Ui::ChangeViewDialog> m_ui;
    std::shared_ptr<const ChangeDetails> m_details;
    ChangeCasesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::unique_ptr<RestoreSession> m_restore;
    UserDialogs *m_dialogs = nullptr;
    QPushButton *m_restoreSelected = nullptr;
    QPushButton *m_restoreRemoved = nullptr;
    QString m_whyNoRestore;
    std::function<QUrl(const QString &)> m_caseLink;
};
