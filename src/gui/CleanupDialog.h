// Storage cleanup: the TestOps cleanup rules of each configured project as a grid (global, project, missing),
// the launch auto-close note, "Complete the rule set…", changing or deleting one rule of the project, and
// "Run cleanup now…". Everything goes through a CleanupSession the front hands out.
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class CleanupSession;
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
    CleanupDialog(std::unique_ptr<CleanupSession> session, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~CleanupDialog() override;

    CleanupSession *session() const { return m_session.get(); }
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
    // One of TestOpsApi::CleanupRun, after the documentation's warning.
    void runCleanup(int run);

private:
    void reload();
    void showProject();
    void updateButtons();
    void setBusy(bool busy);
    qint64 selectedRuleId() const;

    std::unique_ptr<CleanupSession> m_session;
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
