#include "CleanupRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cleanup {

const QStringList &targets() {
    static const QStringList all{u"attachment"_s, u"scenario"_s, u"fixture"_s};
    return all;
}

const QStringList &statuses() {
    static const QStringList all{u"passed"_s, u"failed"_s, u"broken"_s, u"unknown"_s, u"skipped"_s};
    return all;
}

qint64 Cell::effectiveDelay() const {
    if (globalDelay < 0 || projectDelay < 0)
        return qMax(globalDelay, projectDelay);
    return qMin(globalDelay, projectDelay);
}

QString Cell::source() const {
    if (missing())
        return u"missing"_s;
    return projectDelay >= 0 && (globalDelay < 0 || projectDelay < globalDelay) ? u"project"_s : u"global"_s;
}

Grid Grid::of(const QList<Rule> &globalRules, const QList<Rule> &projectRules) {
    Grid grid;
    for (const QString &target : targets()) {
        for (const QString &status : statuses())
            grid.cells.append({target, status, -1, -1, {}});
    }
    const auto earliest = [](qint64 current, qint64 delay) {
        return current < 0 ? delay : qMin(current, delay);
    };
    for (const Rule &rule : globalRules) {
        if (Cell *cell = grid.cell(rule.target, rule.status); cell && rule.projectId == 0)
            cell->globalDelay = earliest(cell->globalDelay, rule.delayHours);
    }
    for (const Rule &rule : projectRules) {
        if (Cell *cell = grid.cell(rule.target, rule.status); cell && rule.projectId > 0) {
            cell->projectDelay = earliest(cell->projectDelay, rule.delayHours);
            cell->projectRuleIds.append(rule.id);
        }
    }
    return grid;
}

Cell *Grid::cell(const QString &target, const QString &status) {
    const qsizetype t = targets().indexOf(target);
    const qsizetype s = statuses().indexOf(status);
    if (t < 0 || s < 0 || cells.size() != targets().size() * statuses().size())
        return nullptr;
    return &cells[t * statuses().size() + s];
}

const Cell *Grid::cell(const QString &target, const QString &status) const {
    return const_cast<Grid *>(this)->cell(target, status);
}

int Grid::missingCount() const {
    return int(std::count_if(cells.cbegin(), cells.cend(), [](const Cell &cell) { return cell.missing(); }));
}

QList<Rule> plan(const Grid &grid, qint64 projectId, qint64 delayHours) {
    QList<Rule> rules;
    for (const Cell &cell : grid.cells) {
        const bool covered = projectId > 0 ? !cell.missing() : cell.globalDelay >= 0;
        if (!covered)
            rules.append({0, projectId, cell.target, cell.status, delayHours});
    }
    return rules;
}

QString describe(const Rule &rule) {
    const auto tr = [](const char *text) { return QCoreApplication::translate("Cleanup", text); };
    const QString target = rule.target == u"attachment"_s ? tr("attachments")
                           : rule.target == u"scenario"_s ? tr("scenarios")
                           : rule.target == u"fixture"_s  ? tr("fixtures")
                                                          : rule.target;
    const QString status = rule.status == u"passed"_s    ? tr("passed")
                           : rule.status == u"failed"_s  ? tr("failed")
                           : rule.status == u"broken"_s  ? tr("broken")
                           : rule.status == u"skipped"_s ? tr("skipped")
                           : rule.status == u"unknown"_s ? tr("unknown")
                                                         : rule.status;
    return QCoreApplication::translate("Cleanup", "%1 of %2 tests").arg(target, status);
}

} // namespace Cleanup
