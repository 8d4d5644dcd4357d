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

namespace {
const char *targetSource(const QString &target) {
    return target == u"attachment"_s ? QT_TRANSLATE_NOOP("Cleanup", "attachments")
           : target == u"scenario"_s ? QT_TRANSLATE_NOOP("Cleanup", "scenarios")
           : target == u"fixture"_s  ? QT_TRANSLATE_NOOP("Cleanup", "fixtures")
                                     : nullptr;
}

const char *statusSource(const QString &status) {
    return status == u"passed"_s    ? QT_TRANSLATE_NOOP("Cleanup", "passed")
           : status == u"failed"_s  ? QT_TRANSLATE_NOOP("Cleanup", "failed")
           : status == u"broken"_s  ? QT_TRANSLATE_NOOP("Cleanup", "broken")
           : status == u"skipped"_s ? QT_TRANSLATE_NOOP("Cleanup", "skipped")
           : status == u"unknown"_s ? QT_TRANSLATE_NOOP("Cleanup", "unknown")
                                    : nullptr;
}

QString named(const char *source, const QString &raw, const Words &words) {
    return source ? words("Cleanup", source) : raw;
}
} // namespace

QString describe(const Rule &rule) {
    const Words words;
    return QCoreApplication::translate("Cleanup", "%1 of %2 tests")
        .arg(named(targetSource(rule.target), rule.target, words),
             named(statusSource(rule.status), rule.status, words));
}

QStringList targetNames(const Words &words) {
    QStringList names;
    for (const QString &target : targets())
        names.append(named(targetSource(target), target, words));
    return names;
}

QStringList statusNames(const Words &words) {
    QStringList names;
    for (const QString &status : statuses())
        names.append(named(statusSource(status), status, words));
    return names;
}

} // namespace Cleanup
