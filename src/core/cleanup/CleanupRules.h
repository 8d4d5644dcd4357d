// TestOps' storage cleanup rules as a grid: for each of the 3 targets × 5 test statuses of a project, the
// delay of the global rule, of the project's rule, the one that applies (rules add up; the earliest delay
// wins) and whether nothing covers the cell (those artefacts are never deleted). And the plan that completes
// the full set, as the script of TestOps' documentation does, but without creating what already exists.
#pragma once

#include "config/Words.h"
#include "testops/TestOpsApi.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Cleanup {

using Rule = TestOpsApi::CleanerRule;

// The targets and statuses TestOps knows, in the order its documentation lists them.
const QStringList &targets();
const QStringList &statuses();

struct Cell {
    QString target;
    QString status;
    qint64 globalDelay = -1;      // hours; -1: no global rule
    qint64 projectDelay = -1;     // hours; -1: no rule of the project
    QList<qint64> projectRuleIds; // the project's rules of this cell (duplicates are possible)

    bool missing() const { return globalDelay < 0 && projectDelay < 0; }
    // The delay that applies: the earliest of the two; -1 when missing.
    qint64 effectiveDelay() const;
    // Which rule applies: "global", "project", or "missing".
    QString source() const;
};

struct Grid {
    QList<Cell> cells; // targets × statuses, in that order

    // Rules of other projects and unknown targets or statuses are left out; of several rules for one cell
    // the earliest delay counts.
    static Grid of(const QList<Rule> &globalRules, const QList<Rule> &projectRules);
    const Cell *cell(const QString &target, const QString &status) const;
    Cell *cell(const QString &target, const QString &status);
    int missingCount() const;
};

// The rules that complete the full set at `delayHours`: for a project, a project rule for each cell no rule
// covers; with `global` (projectId 0), a global rule for each cell no global rule covers.
QList<Rule> plan(const Grid &grid, qint64 projectId, qint64 delayHours);

// "attachment/passed" as a person reads it in the app's language ("attachments of passed tests").
QString describe(const Rule &rule);
// The targets and statuses as the grid's headers name them ("attachments", "passed"), in `words`' language:
// the window's and, in the browser's, the web page's.
QStringList targetNames(const Words &words = Words());
QStringList statusNames(const Words &words = Words());

} // namespace Cleanup
