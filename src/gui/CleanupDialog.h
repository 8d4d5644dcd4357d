// Storage cleanup: the TestOps cleanup rules of each configured project as a grid (global, project, missing),
// the launch auto-close note, "Complete the rule set…", changing or deleting one rule of the project, and
// "Run cleanup now…". Everything goes through a CleanupBoard the front hands out.
#pragma once

#include "service/CleanupBoard.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class PlanDialog;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class UserDialogs;

class CleanupDialog : public QDialog {
    Q_OBJECT
public:
    CleanupDialog(std::unique_ptr<CleanupBoard> board, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~CleanupDialog() override;

    CleanupBoard *session() const { return m_session.get(); }
    QTableWidget *grid() const { return m_grid; }
    QComboBox *projects() const { return m_projects; }
    QSpinBox *delay() const { return m_delay; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *runButton() const { return m_run; }
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *results() const { return m_results; }
    // The plan of Complete the rule set (then its result) while it is open.
    PlanDialog *plan() const { return m_plan; }

    void completeRuleSet();
    void changeSelectedRule();
    void deleteSelectedRule();
    // One of TestOps' runs, after the documentation's warning.
    void runCleanup(CleanupBoard::Run run);

private:
    void reload();
    void showProject();
    void updateButtons();
    void setBusy(bool busy);
    qint64 selectedRuleId() const;
    const CleanupView::Project *currentProject() const; // of m_view

    std::unique_ptr<CleanupBoard> m_session;
    CleanupView m_view; // as last read
    UserDialogs *m_dialogs;
    QComboBox *m_projects;
    QTableWidget *m_grid;
    QLabel *m_summary;
    QLabel *m_launchClose;
    QSpinBox *m_delay;
    QPushButton *m_complete;
    QPushButton *m_change;
    QPushButton *m_delete;
    QPushButton *m_run;
    QPushButton *m_reload;
    QPlainTextEdit *m_results;
    QPointer<PlanDialog> m_plan;
};
