// Picks groups from the live TestOps tree: project, then tree, then group nodes (loaded as they are
// expanded), ticked one or several at once, so nobody has to copy ids out of the browser's developer tools.
// The widget sits in the welcome wizard; TreeBrowserDialog puts it in a window of its own for the settings.
#pragma once

#include "config/ExportGroup.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TreeBrowser;
}
class QDialogButtonBox;
class QTreeWidgetItem;
class TestOpsCatalog;

class TreeBrowser : public QWidget {
    Q_OBJECT
public:
    // Loads the projects at once.
    explicit TreeBrowser(TestOpsCatalog *catalog, QWidget *parent = nullptr);
    ~TreeBrowser() override;

    Ui::TreeBrowser *ui() const { return m_ui.get(); }
    // The ticked groups, of every project and tree ticked in (or, when none is ticked, the current one), with
    // names suggested from the nodes' (safe in file names, unique among them), in the order they were ticked.
    ExportGroups choices() const;
    bool hasChoice() const { return !choices().isEmpty(); }
    static QString safeName(const QString &nodeName, qint64 id);

signals:
    void loaded();         // a list arrived (for tests and the status line)
    void choiceChanged();  // a group was ticked or unticked, or the current one changed
    void groupActivated(); // a group without sub-groups was double-clicked

private:
    void loadProjects();
    void loadTrees();
    void loadGroups(QTreeWidgetItem *parent);
    void showError(const QString &what, const QString &message);
    // The item was ticked or unticked: the ticks outlive a change of project or tree.
    void noteTick(const QTreeWidgetItem *item);
    qsizetype tickIndex(qint64 project, qint64 tree, qint64 group) const; // -1: not ticked
    void showTicksElsewhere();

    std::unique_ptr<Ui::TreeBrowser> m_ui;
    TestOpsCatalog *m_catalog;
    struct Tick {
        qint64 project;
        qint64 tree;
        qint64 group;
        QString name;
    };
    QList<Tick> m_ticks; // in the order ticked
};

class TreeBrowserDialog : public QDialog {
    Q_OBJECT
public:
    explicit TreeBrowserDialog(TestOpsCatalog *catalog, QWidget *parent = nullptr);

    TreeBrowser *browser() const { return m_browser; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    ExportGroups choices() const { return m_browser->choices(); }

private:
    TreeBrowser *m_browser;
    QDialogButtonBox *m_buttons;
};
