// The storage cleanup rules of the configured projects, read from TestOps and changed there with the
// export's own token: every page of the global and project rules, what the token may do, the launch
// auto-close settings; completing the rule set one call at a time with a result per rule; changing and
// deleting one rule; starting the three runs. The window, the web view and --cleanup-rules all use it.
#pragma once

#include "CleanupRules.h"
#include "config/Words.h"
#include "testops/PendingCalls.h"
#include "testops/TestOpsApi.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;
struct ApiError;

class CleanupSession : public QObject {
    Q_OBJECT
public:
    struct Project {
        qint64 id = 0;
        QString name;
        QList<Cleanup::Rule> rules;
        Cleanup::Grid grid;
        bool canConfigure = false; // the token's user may write the project's rules (project:configure)
        TestOpsApi::LaunchClose launchClose;
        QString error; // why the project's rules cannot be read; empty when read
    };

    struct Outcome {
        enum class Kind { Created, AlreadyThere, Refused, NotTried };
        Cleanup::Rule rule; // with its id once created
        Kind kind = Kind::Refused;
        QString why; // for Refused and NotTried, which rule covers an AlreadyThere one, a Created one's story
    };

    CleanupSession(TestOpsClient *client, QList<qint64> projectIds, QObject *parent = nullptr);
    ~CleanupSession() override;

    // Reads everything again; `loaded` when done (error() says whether it worked).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    // Why nothing could be read (the server is unreachable, answers a web page…); empty when read.
    const QString &error() const { return m_error; }
    const QList<Cleanup::Rule> &globalRules() const { return m_globalRules; }
    const QString &globalError() const { return m_globalError; }
    const QList<Project> &projects() const { return m_projects; }
    const Project *project(qint64 id) const;

    // Creates the rules of `plan` one at a time after reading the rules again (a rule that exists by then is
    // "already there"), then reads them once more to verify; `applied` with a result per rule. Project rules
    // are not sent at all when the token may not configure the project.
    void apply(const QList<Cleanup::Rule> &plan);
    void changeDelay(qint64 ruleId, qint64 delayHours);
    void deleteRule(qint64 ruleId);
    // Starts one of TestOps' cleanup runs now (the whole instance).
    void run(TestOpsApi::CleanupRun run);

    // --- In words (the command line; the window and the web page lay out the same)
    // The grid of a project as text lines: a heading, a row per target, a legend, the launch auto-close.
    static QStringList report(const Project &project);
    // "CREATED  attachments of passed tests  48 h  project 17 (rule 31)" and the like.
    static QString outcomeLine(const Outcome &outcome);
    // What a plan would create: "WOULD CREATE  …".
    static QString planLine(const Cleanup::Rule &rule);
    // The plan dialog's words: the rule ("fixtures of skipped tests · project 17"), what creating it does,
    // and what became of it.
    static QString subject(const Cleanup::Rule &rule);
    static QString planWords(const Cleanup::Rule &rule);
    static QString outcomeWords(const Outcome &outcome);
    static QString cellText(const Cleanup::Cell &cell);
    // "Launches close 1 h after they finish." or the warning that they are never closed automatically; in
    // `words`' language (the web view answers in the browser's). TestOps gives the delay in seconds.
    static QString launchCloseText(const TestOpsApi::LaunchClose &close, const Words &words = Words());

    // Why TestOps refused a write, in words: the server's own when it sent any, otherwise the role needed.
    static QString refusal(const ApiError &error, bool global);

signals:
    void loaded();
    void applied(const QList<CleanupSession::Outcome> &outcomes);
    // A change, a deletion or a run ended; the rules are read again after a change or deletion.
    void done(bool ok, const QString &message);

private:
    using Then = std::function<void(ApiCall *)>;
    void call(ApiCall *call, Then then);
    void readRules(qint64 projectId, int page, QList<Cleanup::Rule> rules,
                   std::function<void(const QList<Cleanup::Rule> &, const ApiError &)> done);
    void loadProject(int index);
    void finishLoad(const QString &error);
    void applyNext(QList<Cleanup::Rule> plan, QList<Outcome> outcomes);
    void verify(QList<Outcome> outcomes);
    bool covered(const Cleanup::Rule &rule, QString *by = nullptr) const;

    TestOpsApi m_api;
    QList<qint64> m_projectIds;
    PendingCalls m_calls{this};
    bool m_loaded = false;
    bool m_busy = false;
    QString m_error;
    QList<Cleanup::Rule> m_globalRules;
    QString m_globalError;
    QList<Project> m_projects;
    std::function<void()> m_afterLoad;
};
