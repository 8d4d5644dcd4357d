// Picks a group from the live TestOps tree: project, then tree, then a group node (loaded as it is expanded),
// so nobody has to copy ids out of the browser's developer tools.
#pragma once

#include "config/ExportGroup.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TreeBrowserDialog;
}
class QTreeWidgetItem;
class TestOpsCatalog;

class TreeBrowserDialog : public QDialog {
    Q_OBJECT
public:
    TreeBrowserDialog(TestOpsCatalog *catalog, QWidget *parent = nullptr);
    ~TreeBrowserDialog() override;

    Ui::TreeBrowserDialog *ui() const { return m_ui.get(); }
    // The chosen group, with a name suggested from the node's (safe in file names).
    ExportGroup choice() const;
    static QString safeName(const QString &nodeName, qint64 id);

signals:
    void loaded(); // a list arrived (for tests and the status line)

private:
    void loadProjects();
    void loadTrees();
    void loadGroups(QTreeWidgetItem *parent);
    void showError(const QString &what, const QString &message);

    std::unique_ptr<Ui::TreeBrowserDialog> m_ui;
    TestOpsCatalog *m_catalog;
};
