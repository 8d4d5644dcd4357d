#include "TreeBrowser.h"

#include "testops/TestOpsCatalog.h"
#include "ui_treebrowser.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
enum Role { IdRole = Qt::UserRole + 1, LoadedRole, GroupRole };
}

TreeBrowser::TreeBrowser(TestOpsCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TreeBrowser>())
    , m_catalog(catalog) {
    m_ui->setupUi(this);
    m_ui->groupsTree->header()->setStretchLastSection(false);
    m_ui->groupsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->projectCombo, &QComboBox::currentIndexChanged, this, &TreeBrowser::loadTrees);
    connect(m_ui->treeCombo, &QComboBox::currentIndexChanged, this, [this] { loadGroups(nullptr); });
    connect(m_ui->groupsTree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, LoadedRole).toBool())
            loadGroups(item);
    });
    connect(m_ui->groupsTree, &QTreeWidget::currentItemChanged, this, &TreeBrowser::choiceChanged);
    connect(m_ui->groupsTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        // (An item being made says nothing until its check box is set.)
        if (column != 0 || !item->data(0, GroupRole).toBool() || !item->data(0, Qt::CheckStateRole).isValid())
            return;
        noteTick(item);
        emit choiceChanged();
    });
    connect(m_ui->groupsTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, GroupRole).toBool() && item->childCount() == 0)
            emit groupActivated();
    });
    loadProjects();
}

TreeBrowser::~TreeBrowser() = default;

TreeBrowserDialog::TreeBrowserDialog(TestOpsCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_browser(new TreeBrowser(catalog, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Choose groups in TestOps"));
    resize(520, 480);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &TreeBrowser::choiceChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_browser->hasChoice()); });
    connect(m_browser, &TreeBrowser::groupActivated, this, &QDialog::accept);
}

QString TreeBrowser::safeName(const QString &nodeName, qint64 id) {
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

ExportGroups TreeBrowser::choices() const {
    QList<Tick> picked = m_ticks;
    const QTreeWidgetItem *current = m_ui->groupsTree->currentItem();
    if (picked.isEmpty() && current && current->data(0, GroupRole).toBool())
        picked.append({m_ui->projectCombo->currentData().toLongLong(),
                       m_ui->treeCombo->currentData().toLongLong(), current->data(0, IdRole).toLongLong(),
                       current->text(0)});
    ExportGroups groups;
    QSet<QString> names;
    for (const Tick &tick : std::as_const(picked)) {
        const QString base = safeName(tick.name, tick.group);
        QString name = base;
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = u"%1_%2"_s.arg(base).arg(n);
        names.insert(name.toLower());
        groups.append({name, tick.project, tick.tree, tick.group});
    }
    return groups;
}

void TreeBrowser::noteTick(const QTreeWidgetItem *item) {
    const qint64 project = m_ui->projectCombo->currentData().toLongLong();
    const qint64 tree = m_ui->treeCombo->currentData().toLongLong();
    const qint64 group = item->data(0, IdRole).toLongLong();
    const qsizetype at = tickIndex(project, tree, group);
    if (item->checkState(0) == Qt::Checked && at < 0)
        m_ticks.append({project, tree, group, item->text(0)});
    else if (item->checkState(0) != Qt::Checked && at >= 0)
        m_ticks.removeAt(at);
}

qsizetype TreeBrowser::tickIndex(qint64 project, qint64 tree, qint64 group) const {
    const auto found = std::find_if(m_ticks.cbegin(), m_ticks.cend(), [&](const Tick &tick) {
        return tick.project == project && tick.tree == tree && tick.group == group;
    });
    return found == m_ticks.cend() ? -1 : found - m_ticks.cbegin();
}

void TreeBrowser::showTicksElsewhere() {
    // Said once the list shows (the status line is the loading's until then).
    const qint64 project = m_ui->projectCombo->currentData().toLongLong();
    const qint64 tree = m_ui->treeCombo->currentData().toLongLong();
    const auto elsewhere = std::count_if(m_ticks.cbegin(), m_ticks.cend(), [&](const Tick &tick) {
        return tick.project != project || tick.tree != tree;
    });
    if (elsewhere > 0 && m_ui->statusLabel->text().isEmpty())
        m_ui->statusLabel->setText(
            tr("%n more group(s) ticked in other projects or trees.", nullptr, int(elsewhere)));
}

void TreeBrowser::showError(const QString &what, const QString &message) {
    m_ui->statusLabel->setText(tr("Could not load %1: %2").arg(what, message));
    emit loaded();
}

void TreeBrowser::loadProjects() {
    m_ui->statusLabel->setText(tr("Loading projects…"));
    QPointer<TreeBrowser> self(this);
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

void TreeBrowser::loadTrees() {
    m_ui->treeCombo->clear();
    m_ui->groupsTree->clear();
    const qint64 projectId = m_ui->projectCombo->currentData().toLongLong();
    if (projectId <= 0)
        return;
    m_ui->statusLabel->setText(tr("Loading trees…"));
    QPointer<TreeBrowser> self(this);
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

void TreeBrowser::loadGroups(QTreeWidgetItem *parent) {
    const qint64 projectId = m_ui->projectCombo->currentData().toLongLong();
    const qint64 treeId = m_ui->treeCombo->currentData().toLongLong();
    if (!parent)
        m_ui->groupsTree->clear();
    if (projectId <= 0 || treeId <= 0)
        return;
    const qint64 parentId = parent ? parent->data(0, IdRole).toLongLong() : 0;
    m_ui->statusLabel->setText(tr("Loading groups…"));
    QPointer<TreeBrowser> self(this);
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
                    item->setCheckState(0,
                                        self->tickIndex(self->m_ui->projectCombo->currentData().toLongLong(),
                                                        treeId, node.id) >= 0
                                            ? Qt::Checked
                                            : Qt::Unchecked);
                    new QTreeWidgetItem(item, {tr("Loading…")}); // makes it expandable
                } else {
                    item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
                    item->setForeground(0, self->palette().brush(QPalette::Disabled, QPalette::Text));
                }
            }
            self->m_ui->statusLabel->setText(nodes.isEmpty() && !parent ? tr("This tree has no groups.")
                                                                        : QString());
            self->showTicksElsewhere();
            emit self->loaded();
        });
}
