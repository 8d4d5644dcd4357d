// The window's snapshot browser (File → Snapshot browser…, and the tray menu): pick a group and one of its
// snapshots, find a case by id or name, see it as that snapshot kept it (its fields, its steps as an
// indented tree with expected results and shared steps, attachments, relations, comments), and pick another
// snapshot to see what changed (the older one's lines red, the newer one's green). Read-only: it reads the
// store through the front's values (SnapshotFront's JSON, the same the web view serves).
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextEdit;
class SnapshotFront;

class SnapshotBrowser : public QDialog {
    Q_OBJECT
public:
    explicit SnapshotBrowser(SnapshotFront *snapshots, QWidget *parent = nullptr);

    // For tests: what the case pane shows, line by line.
    QStringList shownLines() const;
    QComboBox *groupBox() const { return m_group; }
    QComboBox *snapshotBox() const { return m_snapshot; }
    QComboBox *compareBox() const { return m_compare; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *caseList() const { return m_cases; }

private:
    void reload();
    void pickGroup();
    void pickSnapshot();
    void filterCases();
    void showCase();

    QPointer<SnapshotFront> m_snapshots;
    QJsonArray m_list; // every kept snapshot, oldest first
    QComboBox *m_group;
    QComboBox *m_snapshot;
    QLineEdit *m_search;
    QListWidget *m_cases;
    QComboBox *m_compare;
    QTextEdit *m_text;
    QLabel *m_message;
};
