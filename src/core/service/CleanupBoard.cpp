#include "CleanupBoard.h"

#include "cleanup/CleanupSession.h"

using namespace Qt::StringLiterals;

struct CleanupBoard::Plan {
    QList<Cleanup::Rule> rules;
    QList<CleanupSession::Outcome> outcomes;
};

CleanupBoard::CleanupBoard(TestOpsClient *client, QList<qint64> projectIds)
    : m_session(std::make_unique<CleanupSession>(client, std::move(projectIds)))
    , m_plan(std::make_unique<Plan>()) {
    connect(m_session.get(), &CleanupSession::loaded, this, &CleanupBoard::loaded);
    connect(m_session.get(), &CleanupSession::done, this, &CleanupBoard::done);
    connect(m_session.get(), &CleanupSession::applied, this,
            [this](const QList<CleanupSession::Outcome> &outcomes) {
                m_plan->outcomes = outcomes;
                emit applied();
            });
}

CleanupBoard::~CleanupBoard() = default;

void CleanupBoard::load() {
    m_session->load();
}

bool CleanupBoard::isLoaded() const {
    return m_session->isLoaded();
}

bool CleanupBoard::isBusy() const {
    return m_session->isBusy();
}

QString CleanupBoard::error() const {
    return m_session->error();
}

CleanupView CleanupBoard::view(const Words &words) const {
    const CleanupSession &session = *m_session;
    CleanupView view;
    view.state = session.isLoaded()          ? CleanupView::State::Ready
                 : session.error().isEmpty() ? CleanupView::State::Loading
                                             : CleanupView::State::Error;
    view.error = session.error();
    view.globalError = session.globalError();
    view.targets = Cleanup::targets();
    view.statuses = Cleanup::statuses();
    view.targetNames = Cleanup::targetNames(words);
    view.statusNames = Cleanup::statusNames(words);
    if (!session.isLoaded())
        return view;
    for (const CleanupSession::Project &project : session.projects()) {
        CleanupView::Project shown{project.id,
                                   project.name,
                                   project.error,
                                   project.grid.missingCount(),
                                   project.canConfigure,
                                   project.launchClose.known,
                                   project.launchClose.finishedTimeout,
                                   CleanupSession::launchCloseText(project.launchClose, words),
                                   {}};
        for (const Cleanup::Cell &cell : project.grid.cells)
            shown.cells.append({cell.target, cell.status, cell.source(), cell.globalDelay, cell.projectDelay,
                                cell.effectiveDelay(), cell.projectRuleIds});
        view.projects.append(shown);
    }
    return view;
}

QStringList CleanupBoard::report() const {
    QStringList report;
    for (const CleanupSession::Project &project : m_session->projects())
        report.append(CleanupSession::report(project).join(u'\n'));
    return report;
}

QList<CleanupBoard::Row> CleanupBoard::plan(const QList<qint64> &projectIds, qint64 delayHours, bool global) {
    *m_plan = {};
    if (global) {
        m_plan->rules = Cleanup::plan(Cleanup::Grid::of(m_session->globalRules(), {}), 0, delayHours);
    } else {
        for (const CleanupSession::Project &project : m_session->projects()) {
            if (project.error.isEmpty() && projectIds.contains(project.id))
                m_plan->rules += Cleanup::plan(project.grid, project.id, delayHours);
        }
    }
    QList<Row> rows;
    for (const Cleanup::Rule &rule : std::as_const(m_plan->rules))
        rows.append(
            {CleanupSession::subject(rule), CleanupSession::planWords(rule), QString(), Row::State::Write});
    return rows;
}

QStringList CleanupBoard::planLines() const {
    QStringList lines;
    for (const Cleanup::Rule &rule : std::as_const(m_plan->rules))
        lines.append(CleanupSession::planLine(rule));
    return lines;
}

void CleanupBoard::apply() {
    m_plan->outcomes.clear();
    m_session->apply(m_plan->rules);
}

QList<CleanupBoard::Row> CleanupBoard::results() const {
    using Kind = CleanupSession::Outcome::Kind;
    using State = Row::State;
    QList<Row> rows;
    for (const CleanupSession::Outcome &outcome : std::as_const(m_plan->outcomes)) {
        const State state = outcome.kind == Kind::Created        ? State::Done
                            : outcome.kind == Kind::AlreadyThere ? State::Left
                            : outcome.kind == Kind::NotTried     ? State::NotTried
                                                                 : State::Failed;
        rows.append(
            {CleanupSession::subject(outcome.rule), CleanupSession::outcomeWords(outcome), QString(), state});
    }
    return rows;
}

QStringList CleanupBoard::resultLines() const {
    QStringList lines;
    for (const CleanupSession::Outcome &outcome : std::as_const(m_plan->outcomes))
        lines.append(CleanupSession::outcomeLine(outcome));
    return lines;
}

bool CleanupBoard::complete(bool global) const {
    if (!m_session->error().isEmpty())
        return false;
    if (global)
        return Cleanup::Grid::of(m_session->globalRules(), {}).missingCount() == 0;
    return std::all_of(m_session->projects().cbegin(), m_session->projects().cend(), [](const auto &project) {
        return project.error.isEmpty() && project.grid.missingCount() == 0;
    });
}

void CleanupBoard::changeDelay(qint64 ruleId, qint64 delayHours) {
    m_session->changeDelay(ruleId, delayHours);
}

void CleanupBoard::deleteRule(qint64 ruleId) {
    m_session->deleteRule(ruleId);
}

void CleanupBoard::run(Run run) {
    m_session->run(run == Run::ProjectRules  ? TestOpsApi::CleanupRun::ProjectRules
                   : run == Run::GlobalRules ? TestOpsApi::CleanupRun::GlobalRules
                                             : TestOpsApi::CleanupRun::BlobRemoval);
}
