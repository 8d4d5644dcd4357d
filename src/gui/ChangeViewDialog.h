// What changed in an export since the group's previous one: every test case added, removed and changed, and
// for the one picked, its fields (a changed case: the fields that differ, old beside new).
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ChangeViewDialog;
}
class ChangeDetails;
class ChangeCasesModel;
class ExportFileStore;
class QSortFilterProxyModel;

class ChangeViewDialog : public QDialog {
    Q_OBJECT
public:
    ChangeViewDialog(const ExportFileStore &store, const QString &fileName, QWidget *parent = nullptr);
    ~ChangeViewDialog() override;

    Ui::ChangeViewDialog *ui() const { return m_ui.get(); }
    QSortFilterProxyModel *cases() const { return m_proxy; }

private:
    void showSelectedCase();

    std::unique_ptr<Ui::ChangeViewDialog> m_ui;
    std::shared_ptr<const ChangeDetails> m_details;
    ChangeCasesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};
