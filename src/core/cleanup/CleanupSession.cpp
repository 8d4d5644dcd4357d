#include "CleanupSession.h"

#include "log/LogCategories.h"
#include "testops/ApiCall.h"
#include "testops/TestOpsClient.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRulePages =
    100; // 1,000 rules at the default page size: a guard against a page that never ends
}

CleanupSession::CleanupSession(TestOpsClient *client, QList<qint64> projectIds, QObject *parent)
    : QObject(parent)
    , m_api(client)
    , m_projectIds(std::move(projectIds)) {}

CleanupSession::~CleanupSession() = default;

const CleanupSession::Project *CleanupSession::project(qint64 id) const {
    for (const Project &project : m_projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

QString CleanupSession::refusal(const ApiError &error, bool global) {
    if (error.kind != ApiError::Kind::Forbidden)
        return error.message;
    if (!error.serverMessage.isEmpty())
        return tr("TestOps refused (HTTP 403): %1").arg(error.serverMessage);
    return global ? tr("TestOps refused (HTTP 403): global cleanup rules need the administrator role")
                  : tr("TestOps refused (HTTP 403): a project's cleanup rules need the project owner role "
                       "(permission project:configure)");
}

void CleanupSession::call(ApiCall *call, std::function<void(ApiCall *)> then) {
    m_calls.add(call, std::move(then));
}

void CleanupSession::readRules(qint64 projectId, int page, QList<Cleanup::Rule> rules,
                               std::function<void(const QList<Cleanup::Rule> &, const ApiError &)> done) {
    call(m_api.cleanerRules(projectId, page), [=, rules = std::move(rules)](ApiCall *answer) mutable {
        if (answer->error().isError())
            return done({}, answer->error());
        bool last = true;
        rules += TestOpsApi::readCleanerRules(answer->json(), &last);
        if (!last && page + 1 < maxRulePages)
            return readRules(projectId, page + 1, std::move(rules), done);
        done(rules, {});
    });
}

void CleanupSession::load() {
    m_busy = true;
    m_projects.clear();
    m_globalRules.clear();
    m_globalError.clear();
    readRules(0, 0, {}, [this](const QList<Cleanup::Rule> &rules, const ApiError &error) {
        if (error.kind == ApiError::Kind::Forbidden) {
            m_globalError = tr("the global rules cannot be read: %1").arg(refusal(error, true));
        } else if (error.isError()) {
            finishLoad(error.message);
            return;
        }
        m_globalRules = rules;
        loadProject(0);
    });
}

void CleanupSession::loadProject(int index) {
    if (index >= m_projectIds.size()) {
        finishLoad(QString());
        return;
    }
    const qint64 id = m_projectIds.at(index);
    m_projects.append({id, tr("Project %1").arg(id), {}, {}, false, {}, {}});
    const auto failed = [this, index](const ApiError &error) {
        Project &project = m_projects.last();
        project.error = error.kind == ApiError::Kind::NotFound
                            ? tr("project %1 is not in TestOps (HTTP 404)").arg(project.id)
                            : error.message;
        project.grid = Cleanup::Grid::of(m_globalRules, {});
        loadProject(index + 1);
    };
    call(m_api.project(id), [=](ApiCall *answer) {
        if (answer->error().isError())
            return failed(answer->error());
        if (const QString name = TestOpsApi::readName(answer->json()); !name.isEmpty())
            m_projects.last().name = name;
        readRules(id, 0, {}, [=](const QList<Cleanup::Rule> &rules, const ApiError &error) {
            if (error.isError())
                return failed(error);
            m_projects.last().rules = rules;
            m_projects.last().grid = Cleanup::Grid::of(m_globalRules, rules);
            call(m_api.permissions(id), [=](ApiCall *permissions) {
                // Without an answer the buttons stay on; TestOps refuses what it must, and that is shown.
                m_projects.last().canConfigure =
                    permissions->error().isError() ||
                    TestOpsApi::readPermissions(permissions->json()).contains(u"project:configure"_s);
                call(m_api.launchClose(id), [=](ApiCall *close) {
                    if (!close->error().isError())
                        m_projects.last().launchClose = TestOpsApi::readLaunchClose(close->json());
                    loadProject(index + 1);
                });
            });
        });
    });
}

void CleanupSession::finishLoad(const QString &error) {
    m_error = error;
    m_loaded = error.isEmpty();
    m_busy = false;
    if (m_afterLoad) {
        std::function<void()> next = std::move(m_afterLoad);
        m_afterLoad = {};
        next();
        return;
    }
    emit loaded();
}

bool CleanupSession::covered(const Cleanup::Rule &rule, QString *by) const {
    if (rule.projectId == 0) {
        for (const Cleanup::Rule &existing : m_globalRules) {
            if (existing.target == rule.target && existing.status == rule.status) {
                if (by)
                    *by = tr("global rule %1 (%2 h)").arg(existing.id).arg(existing.delayHours);
                return true;
            }
        }
        return false;
    }
    const Project *project = this->project(rule.projectId);
    const Cleanup::Cell *cell = project ? project->grid.cell(rule.target, rule.status) : nullptr;
    if (!cell || cell->missing())
        return false;
    if (by)
        *by = cell->source() == u"project"_s ? tr("a rule of the project (%1 h)").arg(cell->projectDelay)
                                             : tr("a global rule (%1 h)").arg(cell->globalDelay);
    return true;
}

void CleanupSession::apply(const QList<Cleanup::Rule> &plan) {
    m_afterLoad = [this, plan] {
        QList<Outcome> outcomes;
        if (!m_error.isEmpty()) {
            for (const Cleanup::Rule &rule : plan)
                outcomes.append({rule, Outcome::Kind::Refused, m_error});
            emit applied(outcomes);
            return;
        }
        m_busy = true;
        applyNext(plan, {});
    };
    load(); // what exists now, not what the plan was made from
}

void CleanupSession::applyNext(QList<Cleanup::Rule> plan, QList<Outcome> outcomes) {
    if (plan.isEmpty()) {
        verify(std::move(outcomes));
        return;
    }
    const Cleanup::Rule rule = plan.takeFirst();
    QString by;
    if (covered(rule, &by)) {
        outcomes.append({rule, Outcome::Kind::AlreadyThere, by});
        return applyNext(std::move(plan), std::move(outcomes));
    }
    const Project *project = rule.projectId > 0 ? this->project(rule.projectId) : nullptr;
    if (rule.projectId > 0 && (!project || !project->error.isEmpty() || !project->canConfigure)) {
        const QString why = !project ? tr("project %1 is not configured").arg(rule.projectId)
                            : !project->error.isEmpty()
                                ? project->error
                                : refusal({ApiError::Kind::Forbidden, QString(), 403}, false);
        outcomes.append({rule, Outcome::Kind::Refused, why});
        return applyNext(std::move(plan), std::move(outcomes));
    }
    call(m_api.createCleanerRule(rule), [=](ApiCall *answer) mutable {
        if (answer->error().kind == ApiError::Kind::AnswerLost) {
            // Sent once only: the rules read again say whether TestOps made it.
            m_afterLoad = [=]() mutable {
                m_busy = true;            // (load() ended its own busy state; apply goes on)
                if (!m_error.isEmpty()) { // nothing is known any more: nothing more is sent
                    outcomes.append(
                        {rule, Outcome::Kind::Refused,
                         tr("not known whether it was created: the answer was lost, and the rules "
                            "cannot be read again (%1)")
                             .arg(m_error)});
                    for (const Cleanup::Rule &left : std::as_const(plan))
                        outcomes.append({left, Outcome::Kind::NotTried,
                                         tr("not tried: the rules cannot be read again (%1)").arg(m_error)});
                    m_busy = false;
                    emit applied(outcomes);
                    return;
                }
                QString coveredBy;
                if (covered(rule, &coveredBy))
                    outcomes.append(
                        {rule, Outcome::Kind::Created,
                         tr("the answer was lost; the rules read again have it (%1)").arg(coveredBy)});
                else
                    outcomes.append(
                        {rule, Outcome::Kind::Refused,
                         tr("not created: the answer was lost, and the rules read again do not have it")});
                applyNext(std::move(plan), std::move(outcomes));
            };
            return load();
        }
        if (answer->error().isError()) {
            const QString why = refusal(answer->error(), rule.projectId == 0);
            outcomes.append({rule, Outcome::Kind::Refused, why});
            qCWarning(lcApi, "cleanup rule %s/%s not created: %s", qUtf8Printable(rule.target),
                      qUtf8Printable(rule.status), qUtf8Printable(why));
            if (answer->error().kind == ApiError::Kind::Forbidden) {
                // The same token is refused the rest too: nothing more is sent, and each rule says so.
                for (const Cleanup::Rule &left : std::as_const(plan))
                    outcomes.append(
                        {left, Outcome::Kind::NotTried, tr("not tried: TestOps refused the rule before it")});
                plan.clear();
            }
            return applyNext(std::move(plan), std::move(outcomes));
        }
        Cleanup::Rule created = rule;
        const QJsonObject object = answer->json().object();
        created.id = object.value(u"id"_s).toInteger();
        outcomes.append({created, Outcome::Kind::Created, {}});
        qCInfo(lcApi, "cleanup rule %lld created: %s/%s after %lld h%s", created.id,
               qUtf8Printable(rule.target), qUtf8Printable(rule.status), rule.delayHours,
               rule.projectId > 0 ? qUtf8Printable(u" in project %1"_s.arg(rule.projectId)) : " (global)");
        applyNext(std::move(plan), std::move(outcomes));
    });
}

void CleanupSession::verify(QList<Outcome> outcomes) {
    m_afterLoad = [this, outcomes]() mutable {
        for (Outcome &outcome : outcomes) {
            if (outcome.kind == Outcome::Kind::Created && m_error.isEmpty() && !covered(outcome.rule)) {
                outcome.kind = Outcome::Kind::Refused;
                outcome.why = tr("TestOps accepted it, but it is not among the rules read again");
            }
        }
        m_busy = false;
        emit applied(outcomes);
        emit loaded();
    };
    load();
}

void CleanupSession::changeDelay(qint64 ruleId, qint64 delayHours) {
    m_busy = true;
    call(m_api.changeCleanerRuleDelay(ruleId, delayHours), [=](ApiCall *answer) {
        const bool ok = !answer->error().isError();
        const QString message = ok ? tr("rule %1 now deletes after %2 h").arg(ruleId).arg(delayHours)
                                   : refusal(answer->error(), false);
        m_afterLoad = [=] {
            emit done(ok, message);
            emit loaded();
        };
        load();
    });
}

void CleanupSession::deleteRule(qint64 ruleId) {
    m_busy = true;
    call(m_api.deleteCleanerRule(ruleId), [=](ApiCall *answer) {
        const bool ok = !answer->error().isError();
        const QString message = ok ? tr("rule %1 deleted").arg(ruleId) : refusal(answer->error(), false);
        m_afterLoad = [=] {
            emit done(ok, message);
            emit loaded();
        };
        load();
    });
}

void CleanupSession::run(TestOpsApi::CleanupRun run) {
    call(m_api.runCleanup(run), [=](ApiCall *answer) {
        const bool ok = !answer->error().isError();
        const QString what =
            run == TestOpsApi::CleanupRun::ProjectRules  ? tr("the collection by project rules")
            : run == TestOpsApi::CleanupRun::GlobalRules ? tr("the collection by global rules")
                                                         : tr("the deletion of what was collected");
        emit done(ok, ok ? tr("TestOps started %1").arg(what)
                         : tr("%1 was not started: %2").arg(what, refusal(answer->error(), true)));
    });
}

namespace {
// The launch auto-close delay as the window, the command line and the web page all write it.
QString duration(qint64 seconds, const Words &words) {
    if (seconds % 3600 == 0)
        return words("CleanupSession", QT_TRANSLATE_NOOP("CleanupSession", "%1 h")).arg(seconds / 3600);
    if (seconds % 60 == 0)
        return words("CleanupSession", QT_TRANSLATE_NOOP("CleanupSession", "%1 min")).arg(seconds / 60);
    return words("CleanupSession", QT_TRANSLATE_NOOP("CleanupSession", "%1 s")).arg(seconds);
}

QString scope(const Cleanup::Rule &rule) {
    return rule.projectId > 0 ? CleanupSession::tr("project %1").arg(rule.projectId)
                              : CleanupSession::tr("global");
}

QString padded(const QString &text, int width) {
    return text.leftJustified(width);
}
} // namespace

QString CleanupSession::cellText(const Cleanup::Cell &cell) {
    if (cell.missing())
        return u"—"_s;
    const QString source = cell.source() == u"project"_s ? tr("P", "project rule") : tr("G", "global rule");
    return tr("%1 h %2").arg(cell.effectiveDelay()).arg(source);
}

QString CleanupSession::launchCloseText(const TestOpsApi::LaunchClose &close, const Words &words) {
    if (!close.known)
        return words("CleanupSession",
                     QT_TRANSLATE_NOOP("CleanupSession",
                                       "The launch auto-close settings cannot be read; cleanup "
                                       "only touches closed launches."));
    if (close.finishedTimeout <= 0)
        return words("CleanupSession",
                     QT_TRANSLATE_NOOP("CleanupSession",
                                       "Launches are not closed automatically: cleanup never "
                                       "touches a launch until someone closes it."));
    return words("CleanupSession",
                 QT_TRANSLATE_NOOP("CleanupSession", "Launches close %1 after they finish; "
                                                     "cleanup only touches closed launches."))
        .arg(duration(close.finishedTimeout, words));
}

QStringList CleanupSession::report(const Project &project) {
    QStringList lines;
    const int missing = project.grid.missingCount();
    const int all = int(project.grid.cells.size());
    lines.append(tr("Project %1 \"%2\": %3 of %4 covered, %5 missing")
                     .arg(project.id)
                     .arg(project.name)
                     .arg(all - missing)
                     .arg(all)
                     .arg(missing));
    if (!project.error.isEmpty()) {
        lines.append(tr("  the project's rules cannot be read: %1").arg(project.error));
        return lines;
    }
    const auto rightTrimmed = [](QString text) {
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QString header = padded(QString(), 12);
    for (const QString &status : Cleanup::statuses())
        header += padded(status, 11);
    lines.append(u"  "_s + rightTrimmed(header));
    for (const QString &target : Cleanup::targets()) {
        QString row = padded(target, 12);
        for (const QString &status : Cleanup::statuses())
            row += padded(cellText(*project.grid.cell(target, status)), 11);
        lines.append(u"  "_s + rightTrimmed(row));
    }
    lines.append(
        tr("  G: a global rule applies, P: the project's rule (the earliest delay wins), —: no rule, "
           "never deleted"));
    lines.append(u"  "_s + launchCloseText(project.launchClose));
    return lines;
}

QString CleanupSession::outcomeLine(const Outcome &outcome) {
    const Cleanup::Rule &rule = outcome.rule;
    switch (outcome.kind) {
    case Outcome::Kind::Created:
        if (rule.id <= 0) // found by reading the rules again after a lost answer
            return tr("CREATED  %1  %2 h  %3: %4")
                .arg(Cleanup::describe(rule))
                .arg(rule.delayHours)
                .arg(scope(rule), outcome.why);
        return tr("CREATED  %1  %2 h  %3 (rule %4)")
            .arg(Cleanup::describe(rule))
            .arg(rule.delayHours)
            .arg(scope(rule))
            .arg(rule.id);
    case Outcome::Kind::AlreadyThere:
        return tr("EXISTS   %1  %2: already covered by %3")
            .arg(Cleanup::describe(rule), scope(rule), outcome.why);
    case Outcome::Kind::NotTried:
        return tr("NOT TRIED  %1  %2: %3").arg(Cleanup::describe(rule), scope(rule), outcome.why);
    case Outcome::Kind::Refused:
        break;
    }
    return tr("REFUSED  %1  %2: %3").arg(Cleanup::describe(rule), scope(rule), outcome.why);
}

QString CleanupSession::planLine(const Cleanup::Rule &rule) {
    return tr("WOULD CREATE  %1  %2 h  %3")
        .arg(Cleanup::describe(rule))
        .arg(rule.delayHours)
        .arg(scope(rule));
}

QString CleanupSession::subject(const Cleanup::Rule &rule) {
    return tr("%1 · %2").arg(Cleanup::describe(rule), scope(rule));
}

QString CleanupSession::planWords(const Cleanup::Rule &rule) {
    return tr("Create a rule: delete them %1 h after the launch closes").arg(rule.delayHours);
}

QString CleanupSession::outcomeWords(const Outcome &outcome) {
    switch (outcome.kind) {
    case Outcome::Kind::Created:
        return outcome.rule.id > 0 ? tr("Created (rule %1)").arg(outcome.rule.id)
                                   : tr("Created: %1").arg(outcome.why);
    case Outcome::Kind::AlreadyThere:
        return tr("Left alone: already covered by %1").arg(outcome.why);
    case Outcome::Kind::NotTried:
        return tr("Not tried: %1").arg(outcome.why);
    case Outcome::Kind::Refused:
        break;
    }
    return tr("Refused: %1").arg(outcome.why);
}
