#include "CleanupDialog.h"

#include "PlanDialog.h"

#include "NoDefaultButton.h"
#include "UserDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Light cells with dark text: readable on a light and on a dark theme alike.
const QColor globalColor(0xdb, 0xea, 0xfe);
const QColor projectColor(0xdc, 0xfc, 0xe7);
const QColor missingColor(0xfe, 0xe2, 0xe2);
const QColor cellText(0x1f, 0x29, 0x37);
constexpr int maxDelayHours = 10 * 366 * 24;
} // namespace

CleanupDialog::CleanupDialog(std::unique_ptr<CleanupBoard> board, UserDialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(board))
    , m_view(m_session->view())
    , m_dialogs(dialogs)
    , m_projects(new QComboBox(this))
    , m_grid(new QTableWidget(int(m_view.targets.size()), int(m_view.statuses.size()), this))
    , m_summary(new QLabel(this))
    , m_launchClose(new QLabel(this))
    , m_delay(new QSpinBox(this))
    , m_complete(new QPushButton(tr("&Complete the rule set…"), this))
    , m_change(new QPushButton(tr("C&hange the delay of the selected rule"), this))
    , m_delete(new QPushButton(tr("&Delete the selected rule…"), this))
    , m_run(new QPushButton(tr("&Run cleanup now"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_results(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Storage cleanup in TestOps"));
    auto *intro =
        new QLabel(tr("TestOps deletes the attachments, scenarios and fixtures of closed launches by these "
                      "rules: for each kind and test status, the earliest delay of a global rule and of "
                      "the project's rule applies; a cell without a rule is never deleted."),
                   this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_projects);
    top->addWidget(projectLabel);
    top->addWidget(m_projects, 1);
    top->addWidget(m_reload);

    m_grid->setVerticalHeaderLabels(m_view.targetNames);
    m_grid->setHorizontalHeaderLabels(m_view.statusNames);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // three rows, no empty space below
    m_grid->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_grid->setAccessibleName(tr("Cleanup rules by artefact and test status"));

    m_summary->setWordWrap(true);
    m_launchClose->setWordWrap(true);
    m_delay->setRange(1, maxDelayHours);
    m_delay->setValue(48); // as the script of TestOps' documentation
    m_delay->setSuffix(tr(" h"));
    auto *delayRow = new QHBoxLayout;
    auto *delayLabel = new QLabel(tr("D&elay of new or changed rules:"), this);
    delayLabel->setBuddy(m_delay);
    delayRow->addWidget(delayLabel);
    delayRow->addWidget(m_delay);
    delayRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_complete);
    actions->addWidget(m_change);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_run);
    auto *runMenu = new QMenu(m_run);
    runMenu->addAction(tr("Collect by project rules…"), this,
                       [this] { runCleanup(CleanupBoard::Run::ProjectRules); });
    runMenu->addAction(tr("Collect by global rules…"), this,
                       [this] { runCleanup(CleanupBoard::Run::GlobalRules); });
    runMenu->addAction(tr("Delete what was collected…"), this,
                       [this] { runCleanup(CleanupBoard::Run::BlobRemoval); });
    m_run->setMenu(runMenu);
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("What was created, changed or refused appears here."));
    m_results->setMaximumBlockCount(500);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_launchClose);
    layout->addLayout(delayRow);
    layout->addLayout(actions);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    noDefaultButton(this); // Enter in the delay's field does not press "Complete the rule set…"

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &CleanupDialog::reload);
    connect(m_projects, &QComboBox::currentIndexChanged, this, &CleanupDialog::showProject);
    connect(m_grid, &QTableWidget::itemSelectionChanged, this, &CleanupDialog::updateButtons);
    connect(m_complete, &QPushButton::clicked, this, &CleanupDialog::completeRuleSet);
    connect(m_change, &QPushButton::clicked, this, &CleanupDialog::changeSelectedRule);
    connect(m_delete, &QPushButton::clicked, this, &CleanupDialog::deleteSelectedRule);
    connect(m_session.get(), &CleanupBoard::loaded, this, [this] {
        m_view = m_session->view();
        setBusy(false);
        const qint64 current = m_projects->currentData().toLongLong();
        const QSignalBlocker blocker(m_projects);
        m_projects->clear();
        for (const CleanupView::Project &project : std::as_const(m_view.projects))
            m_projects->addItem(tr("%1 (project %2)").arg(project.name).arg(project.id), project.id);
        m_projects->setCurrentIndex(qMax(0, m_projects->findData(current)));
        showProject();
    });
    connect(m_session.get(), &CleanupBoard::applied, this, [this] {
        for (const QString &line : m_session->resultLines())
            m_results->appendPlainText(line);
        if (m_plan)
            m_plan->showResults(tr("What was written to TestOps."), m_session->results());
    });
    connect(m_session.get(), &CleanupBoard::done, this, [this](bool ok, const QString &message) {
        setBusy(m_session->isBusy());
        m_results->appendPlainText(message);
        if (!ok)
            m_dialogs->information(this, windowTitle(), message);
    });
    reload();
}

CleanupDialog::~CleanupDialog() = default;

void CleanupDialog::reload() {
    setBusy(true);
    m_summary->setText(tr("Reading the rules from TestOps…"));
    m_session->load();
}

void CleanupDialog::setBusy(bool busy) {
    m_reload->setEnabled(!busy);
    if (busy) {
        for (QPushButton *button : {m_complete, m_change, m_delete, m_run})
            button->setEnabled(false);
    } else {
        updateButtons();
    }
}

void CleanupDialog::showProject() {
    m_view = m_session->view(); // as read now: a failed read again says so at once
    if (!m_view.error.isEmpty()) {
        m_summary->setText(tr("The rules cannot be read: %1").arg(m_view.error));
        m_launchClose->clear();
        updateButtons();
        return;
    }
    const CleanupView::Project *project = currentProject();
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        for (int column = 0; column < m_grid->columnCount(); ++column) {
            const qsizetype at = row * m_grid->columnCount() + column; // targets × statuses
            const CleanupView::Cell *cell =
                project && at < project->cells.size() ? &project->cells.at(at) : nullptr;
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (cell && project->error.isEmpty()) {
                const QString &source = cell->source;
                item->setText(source == u"missing"_s   ? tr("missing")
                              : source == u"project"_s ? tr("%1 h · project").arg(cell->effectiveDelay)
                                                       : tr("%1 h · global").arg(cell->effectiveDelay));
                item->setBackground(source == u"missing"_s   ? missingColor
                                    : source == u"project"_s ? projectColor
                                                             : globalColor);
                item->setForeground(cellText);
                QString tip =
                    tr("Global rule: %1. Rule of the project: %2.")
                        .arg(cell->globalDelay >= 0 ? tr("%1 h").arg(cell->globalDelay) : tr("none"),
                             cell->projectDelay >= 0 ? tr("%1 h").arg(cell->projectDelay) : tr("none"));
                if (cell->projectRuleIds.size() > 1)
                    tip +=
                        u' ' + tr("The project has %1 rules for this cell.").arg(cell->projectRuleIds.size());
                item->setToolTip(tip);
                item->setData(Qt::UserRole,
                              cell->projectRuleIds.isEmpty() ? 0 : cell->projectRuleIds.first());
            }
            m_grid->setItem(row, column, item);
        }
    }
    if (!project) {
        m_summary->setText(tr("No project is configured."));
    } else if (!project->error.isEmpty()) {
        m_summary->setText(tr("The rules of this project cannot be read: %1").arg(project->error));
    } else {
        const int missing = project->missing;
        QString text =
            missing == 0 ? tr("The full rule set is in place: all 15 cells are covered.")
                         : tr("%1 of 15 cells have no rule: those artefacts are never deleted.").arg(missing);
        if (!m_view.globalError.isEmpty())
            text += u' ' + m_view.globalError;
        m_summary->setText(text);
    }
    m_launchClose->setText(project ? project->launchCloseText : QString());
    updateButtons();
}

qint64 CleanupDialog::selectedRuleId() const {
    const QList<QTableWidgetItem *> selected = m_grid->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

const CleanupView::Project *CleanupDialog::currentProject() const {
    const qint64 id = m_projects->currentData().toLongLong();
    for (const CleanupView::Project &project : m_view.projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

void CleanupDialog::updateButtons() {
    m_view = m_session->view();
    const CleanupView::Project *project = currentProject();
    const bool readable = project && project->error.isEmpty() && m_view.error.isEmpty();
    const bool busy = m_session->isBusy();
    const QString noRights =
        tr("Your TestOps user is not the owner of this project (permission project:configure): "
           "TestOps would refuse.");
    const bool canWrite = readable && project->canConfigure && !busy;
    m_complete->setEnabled(canWrite && project->missing > 0);
    m_complete->setToolTip(!readable                ? m_summary->text()
                           : !project->canConfigure ? noRights
                           : project->missing == 0  ? tr("Every cell has a rule already.")
                                                    : tr("Creates a rule of the project for each cell "
                                                          "without one, after showing them."));
    const bool ruleSelected = selectedRuleId() > 0;
    for (QPushButton *button : {m_change, m_delete}) {
        button->setEnabled(canWrite && ruleSelected);
        button->setToolTip(!readable                ? m_summary->text()
                           : !project->canConfigure ? noRights
                           : !ruleSelected ? tr("Select a cell that has a rule of the project; global "
                                                "rules belong to the administrators.")
                                           : QString());
    }
    m_run->setEnabled(m_view.error.isEmpty() && !busy);
    m_run->setToolTip(tr("Starts TestOps' cleanup now instead of at 02:00 and 02:30, for the whole instance "
                         "(administrators)."));
}

void CleanupDialog::completeRuleSet() {
    const CleanupView::Project *project = currentProject();
    if (!project)
        return;
    const QList<PlanDialog::Row> rows = m_session->plan({project->id}, m_delay->value());
    if (rows.isEmpty()) {
        m_dialogs->information(this, windowTitle(), tr("The full rule set is in place: nothing to create."));
        return;
    }
    const QString summary =
        tr("Create these %1 rule(s) in project \"%2\", deleting after %3 h? Nothing is written until you "
           "press Write to TestOps; the rules are read again first, so none is created twice.")
            .arg(rows.size())
            .arg(project->name)
            .arg(m_delay->value());
    PlanDialog::open(this, m_plan, tr("Complete the rule set"), summary, rows, m_dialogs, [this] {
        setBusy(true);
        m_session->apply();
    });
}

void CleanupDialog::changeSelectedRule() {
    const qint64 id = selectedRuleId();
    if (id <= 0)
        return;
    setBusy(true);
    m_session->changeDelay(id, m_delay->value());
}

void CleanupDialog::deleteSelectedRule() {
    const qint64 id = selectedRuleId();
    if (id <= 0 ||
        !m_dialogs->confirm(
            this, windowTitle(),
            tr("Delete rule %1 of the project? Without a rule, those artefacts are no longer deleted "
               "(unless a global rule covers them).")
                .arg(id)))
        return;
    setBusy(true);
    m_session->deleteRule(id);
}

void CleanupDialog::runCleanup(CleanupBoard::Run run) {
    const QString warning = tr("TestOps' cleanup runs by itself at 02:00 (collection) and 02:30 (deletion). "
                               "Started now, it runs for the "
                               "whole TestOps instance, not only this project, deletes artefacts for good "
                               "and loads the blob storage; "
                               "TestOps only lets administrators start it.\n\nStart it now?");
    if (!m_dialogs->confirm(this, windowTitle(), warning))
        return;
    m_session->run(run);
}
