// What is about to be written to TestOps, a row per case or rule in plain words, before anything is written;
// and after, the same table with each row's outcome, kept until closed. Resizable and scrollable at any size
// (a plan of 3,000 cases reads as one of 3), with the counts on top, a filter, and Save plan… Restore from an
// export, the cleanup rules and the restore from a snapshot use it.
#pragma once

#include "service/TestOpsWrite.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UserDialogs;
class PlanModel;

class PlanDialog : public QDialog {
    Q_OBJECT
public:
    // A case or rule in plain words, as the front hands it out.
    using Row = TestOpsWrite::Row;

    // `summary`: one line over the counts (what is written, and what is saved first).
    PlanDialog(const QString &title, const QString &summary, QList<Row> rows, UserDialogs *dialogs,
               QWidget *parent = nullptr);
    ~PlanDialog() override;

    // Opens a plan over `owner`, in place of the one `slot` holds (closed first), kept in `slot` until it is
    // closed; `apply` runs when the user presses Write to TestOps.
    static PlanDialog *open(QWidget *owner, QPointer<PlanDialog> &slot, const QString &title,
                            const QString &summary, QList<Row> rows, UserDialogs *dialogs,
                            std::function<void()> apply);

    // The plan became the result: each row's outcome; Apply goes, Close stays.
    void showResults(const QString &summary, QList<Row> rows);
    // Rows shown as "Writing…" while the writes go on (Apply pressed).
    void setBusy(bool busy);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *counts() const { return m_counts; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }
    int rowCount() const;
    // The plan or result as plain text, a row a paragraph (what Save plan… writes).
    QString text() const;
    static QString stateName(Row::State state);

    // While it writes, it cannot be closed (Esc, the window's close): its result would have nowhere to go.
    void reject() override;

signals:
    void applyRequested();

private:
    void updateCounts();
    void savePlan();

    UserDialogs *m_dialogs;
    PlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_counts;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_apply;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_results = false;
    bool m_busy = false;
    class QPlainTextEdit *m_details = nullptr;
};
