// The window's snapshot browser (File → Snapshot browser…, and the tray menu): pick a group and one of its
// snapshots, find a case by id or name (it opens on Find: Down and Up walk the cases found, Return goes to
// the list), see it as that snapshot kept it (its fields, its steps as an indented tree with expected results
// and shared steps, attachments, relations, comments), pick another snapshot to see what changed (the older
// one's lines red, the newer one's green), and restore the selected cases (the plan first). It reads the
// store through the front's values (SnapshotFront's JSON, the same the web view serves).
#pragma once

#include "PlanDialog.h"

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTemporaryDir;
class QTreeWidget;
class QTreeWidgetItem;
class QTextEdit;
class QPushButton;
class SnapshotFront;
class SnapshotRestoreFlow;
class UserDialogs;

class SnapshotBrowser : public QDialog {
    Q_OBJECT
public:
    // `dialogs` (may be null: no restore) asks and tells, as the window's dialogs do.
    explicit SnapshotBrowser(SnapshotFront *snapshots, UserDialogs *dialogs = nullptr,
                             QWidget *parent = nullptr);
    ~SnapshotBrowser() override;

    // For tests: what the case pane shows, line by line.
    QStringList shownLines() const;
    QComboBox *groupBox() const { return m_group; }
    QComboBox *snapshotBox() const { return m_snapshot; }
    QComboBox *compareBox() const { return m_compare; }
    QLineEdit *searchBox() const { return m_search; }
    // The cases as a tree by their paths in the TestOps tree (below the group); caseItems() the cases alone.
    QTreeWidget *caseList() const { return m_cases; }
    QList<QTreeWidgetItem *> caseItems() const;
    QPushButton *restoreButton() const { return m_restoreButton; }
    PlanDialog *restorePlan() const;
    QListWidget *attachmentList() const { return m_attachments; }
    QPushButton *saveAttachmentButton() const { return m_saveAttachment; }
    QPushButton *openAttachmentButton() const { return m_openAttachment; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void pickGroup();
    void pickSnapshot();
    void filterCases();
    qint64 currentCase() const;                  // 0: none (or a group of the tree)
    QList<QTreeWidgetItem *> shownCases() const; // the cases the search finds, in the list's order
    void stepCase(int by); // the current case moves among those found (Down and Up in the search box)
    void showCase();
    // Restore in TestOps…: the selected cases put back as the snapshot shown kept them; the plan first.
    void restoreSelected();
    QStringList selectedCases() const; // the ids of the selected cases the list shows
    void updateRestoreButton();
    // The selected attachment's bytes as the snapshot kept them: saved where the user says, or opened.
    void saveAttachment();
    void openAttachment();
    std::optional<QByteArray> attachmentBytes(QString *name);

    QPointer<SnapshotFront> m_snapshots;
    QJsonArray m_list; // every kept snapshot, oldest first
    QComboBox *m_group;
    QComboBox *m_snapshot;
    QLineEdit *m_search;
    QTreeWidget *m_cases;
    QComboBox *m_compare;
    QTextEdit *m_text;
    QLabel *m_message;
    QPushButton *m_restoreButton;
    UserDialogs *m_dialogs;
    SnapshotRestoreFlow *m_restore;
    QListWidget *m_attachments;
    QPushButton *m_saveAttachment;
    QPushButton *m_openAttachment;
    std::unique_ptr<QTemporaryDir> m_opened; // attachments opened, until the browser closes
};
