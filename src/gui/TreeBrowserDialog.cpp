#include "TreeBrowserDialog.h"

#include "testops/TestOpsCatalog.h"
#include "ui_treebrowserdialog.h"

#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
enum Role { IdRole = Qt::UserRole + 1, LoadedRole, GroupRole };
}

TreeBrowserDialog::TreeBrowserDialog(TestOpsCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TreeBrowserDialog>())
    , m_catalog(catalog) {
    m_ui->setupUi(this);
    m_ui->groupsTree->header()->setStretchLastSection(false);
    m_ui->groupsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this, &TreeBrowserDialog::loadTrees);
    connect(m_ui->treeCombo, &QComboBox::currentIndexChanged, this, [this] { loadGroups(nullptr); });
    connect(m_ui->groupsTree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, LoadedRole).toBool())
            loadGroups(item);
    });
    connect(m_ui->groupsTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(item && item->data(0, GroupRole).toBool());
    });
    connect(m_ui->groupsTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, GroupRole).toBool() && item->childCount() == 0)
            accept();
    });
    loadProjects();
}

TreeBrowserDialog::~TreeBrowserDialog() = default;

QString TreeBrowserDialog::safeName(const QString &nodeName, qint64 id) {
    QString name;
    for (const QChar c : nodeName) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            name += c;
        else if (!name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    while (name.startsWith(u'_'))
        name.remove(0, 1);
    name.truncate(64);
    return name.isEmpty() ? u"group_%1"_s.arg(id) : name;
}

ExportGroup TreeBrowserDialog::choice() const {
    const QTreeWidgetItem *item = m_ui->groupsTree->currentItem();
    if (!item || !item->data(0, GroupRole).toBool())
        return {};
    return {safeName(item->text(0), item->data(0, IdRole).toLongLong()),
            m_ui->projectCombo->currentData().toLongLong(), m_ui->treeCombo->currentData().toLongLong(),
            item->data(0, IdRole).toLongLong()};
}

void TreeBrowserDialog::showError(const QString &what, const QString &message) {
    m_ui->statusLabel->setText(tr("Could not load %1: %2").arg(what, message));
    emit loaded();
}

void TreeBrowserDialog::loadProjects() {
    m_ui->statusLabel->setText(tr("Loading projects…"));
    QPointer<TreeBrowserDialog> self(this);
    m_catalog->projects([self](const QList<TestOpsCatalog::Node> &nodes, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->showError(tr("projects"), error.message);
        const QSignalBlocker blocker(self->m_ui->projectCombo);
        for (const TestOpsCatalog::Node &node : nodes)
            self->m_ui->projectCombo->addItem(u"%1 (%2)"_s.arg(node.name).arg(node.id), node.id);
        self->m_ui->statusLabel->setText(nodes.isEmpty() ? tr("This token sees no projects.") : QString());
        emit self->loaded();
        if (!nodes.isEmpty())
            self->loadTrees();
    });
}

void TreeBrowserDialog::loadTrees() {
    m_ui->treeCombo->clear();
    m_ui->groupsTree->clear();
    const qint64 projectId = m_ui->projectCombo->currentData().toLongLong();
    if (projectId <= 0)
        return;
    m_ui->statusLabel->setText(tr("Loading trees…"));
    QPointer<TreeBrowserDialog> self(this);
    m_catalog->trees(
        projectId, [self, projectId](const QList<TestOpsCatalog::Node> &nodes, const ApiError &error) {
            if (!self || self->m_ui->projectCombo->currentData().toLongLong() != projectId)
                return; // the user moved on
            if (error.isError())
                return self->showError(tr("trees"), error.message);
            const QSignalBlocker blocker(self->m_ui->treeCombo);
            for (const TestOpsCatalog::Node &node : nodes)
                self->m_ui->treeCombo->addItem(u"%1 (%2)"_s.arg(node.name).arg(node.id), node.id);
            self->m_ui->statusLabel->setText(nodes.isEmpty() ? tr("This project has no trees.") : QString());
            emit self->loaded();
            if (!nodes.isEmpty())
                self->loadGroups(nullptr);
        });
}

void TreeBrowserDialog::loadGroups(QTreeWidgetItem *parent) {
    const qint64 projectId = m_ui->projectCombo->currentData().toLongLong();
    const qint64 treeId = m_ui->treeCombo->currentData().toLongLong();
    if (!parent)
        m_ui->groupsTree->clear();
    if (projectId <= 0 || treeId <= 0)
        return;
    const qint64 parentId = parent ? parent->data(0, IdRole).toLongLong() : 0;
    m_ui->statusLabel->setText(tr("Loading groups…"));
    QPointer<TreeBrowserDialog> self(this);
    m_catalog->groups(
        projectId, treeId, parentId,
        [self, parent, treeId](const QList<TestOpsCatalog::Node> &nodes, const ApiError &error) {
            if (!self || self->m_ui->treeCombo->currentData().toLongLong() != treeId)
                return;
            if (error.isError())
                return self->showError(tr("groups"), error.message);
            if (parent) {
                qDeleteAll(parent->takeChildren()); // the placeholder
                parent->setData(0, LoadedRole, true);
            }
            for (const TestOpsCatalog::Node &node : nodes) {
                auto *item =
                    parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(self->m_ui->groupsTree);
                item->setText(0, node.name);
                item->setText(1, node.count >= 0 ? QString::number(node.count) : QString());
                item->setData(0, IdRole, node.id);
                item->setData(0, GroupRole, node.isGroup);
                if (node.isGroup) {
                    new QTreeWidgetItem(item, {tr("Loading…")}); // makes it expandable
                } else {
                    item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
                    item->setForeground(0, self->palette().brush(QPalette::Disabled, QPalette::Text));
                }
            }
            self->m_ui->statusLabel->setText(nodes.isEmpty() && !parent ? tr("This tree has no groups.")
                                                                        : QString());
            emit self->loaded();
        });
}
