// The TestOps storage cleanup rules as the window and --cleanup-rules drive them through the front: read (as
// a CleanupView, in the language asked for), complete the rule set (a plan of rows first, then what became of
// each), change or delete one rule of a project, start one of TestOps' cleanup runs. Only values cross; the
// session that reads and writes (cleanup/CleanupSession) stays behind the front.
#pragma once

#include "CleanupView.h"
#include "TestOpsWrite.h"
#include "config/Words.h"

#include <QObject>

#include <memory>

class CleanupSession;
class TestOpsClient;

class CleanupBoard : public QObject {
    Q_OBJECT
public:
    // TestOps' three runs, started now instead of at 02:00 and 02:30 (the whole instance, administrators).
    enum class Run { ProjectRules, GlobalRules, BlobRemoval };
    using Row = TestOpsWrite::Row;

    ~CleanupBoard() override;

    // Reads everything again; `loaded` when done (view().state says whether it worked).
    void load();
    bool isLoaded() const;
    bool isBusy() const;
    // Why nothing could be read (the server is unreachable, answers a web page…); empty when read.
    QString error() const;
    // The grid of each project, in `words`' language (the web view answers in the browser's).
    CleanupView view(const Words &words = Words()) const;
    // Each readable or unreadable project as the command line prints it: a heading, a row per target, a
    // legend, the launch auto-close (a paragraph each).
    QStringList report() const;

    // The rules that would complete the rule set of `projectIds` (every readable one of them), or, with
    // `global`, the global rules, each made with `delayHours`: the rows of the plan. apply() writes that
    // plan.
    QList<Row> plan(const QList<qint64> &projectIds, qint64 delayHours, bool global = false);
    // The same plan as the command line prints it ("WOULD CREATE  …").
    QStringList planLines() const;
    // Creates the plan's rules one at a time after reading the rules again (a rule there by then is "already
    // there"), then reads them once more; `applied` when done, then results() and resultLines().
    void apply();
    QList<Row> results() const;
    QStringList resultLines() const;
    // Every project's set (or, with `global`, the global set) is complete, as last read.
    bool complete(bool global) const;

    void changeDelay(qint64 ruleId, qint64 delayHours);
    void deleteRule(qint64 ruleId);
    void run(Run run);

signals:
    void loaded();
    void applied();
    // A change, a deletion or a run ended; the rules are read again after a change or deletion.
    void done(bool ok, const QString &message);

private:
    friend class ExportFront; // makes one for a view
    CleanupBoard(TestOpsClient *client, QList<qint64> projectIds);

    std::unique_ptr<CleanupSession> m_session;
    struct Plan;
    std::unique_ptr<Plan> m_plan; // the last plan() and its outcomes
};
