// StatusSummary on its own: the one sentence and icon the tray, the window and the web view all show.
#include "service/ExportFront.h"
#include "service/StatusSummary.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
GroupStatus group(const QString &name, GroupState state) {
    GroupStatus status;
    status.group = {name, 17, 937, 1};
    status.state = state;
    status.maxAttempts = 4;
    return status;
}
const QDateTime farAway(QDate(2030, 6, 1), QTime(7, 0), Qt::UTC); // never "today" or "tomorrow"
} // namespace

class TestStatusSummary : public QObject {
    Q_OBJECT
private slots:
    void idleNamesTheNextRun() {
        GroupStatus api = group(u"API"_s, GroupState::Succeeded);
        api.lastOk = true;
        api.lastAttemptEnd = farAway.addDays(-1);
        const StatusSummary summary = StatusSummary::compute({api}, false, false, farAway);
        QCOMPARE(summary.state, StatusSummary::State::Idle);
        QCOMPARE(summary.headline, u"Next export %1"_s.arg(StateWords::localTime(farAway)));
        QCOMPARE(summary.iconName(), u"tray-idle"_s);
        QCOMPARE(summary.groupsDone, 1);
        QVERIFY(summary.details.first().startsWith(u"API: OK, "_s));
    }

    void exportingSaysWhichGroupOfHowMany() {
        GroupStatus api = group(u"API"_s, GroupState::Succeeded);
        api.lastOk = true;
        api.lastAttemptEnd = farAway;
        GroupStatus ui = group(u"UI"_s, GroupState::Running);
        ui.attempt = 2;
        const StatusSummary summary =
            StatusSummary::compute({api, ui, group(u"Mobile"_s, GroupState::Queued)}, true, false, farAway);
        QCOMPARE(summary.state, StatusSummary::State::Exporting);
        QCOMPARE(summary.headline, u"Exporting group 2 of 3: UI"_s);
        QCOMPARE(summary.iconName(), u"tray-busy"_s);
        QVERIFY2(summary.details.at(1).startsWith(u"UI: exporting — attempt 2 of 4, "_s),
                 qPrintable(summary.details.at(1)));
        QCOMPARE(summary.details.at(2), u"Mobile: waiting for its turn"_s);
    }

    void waitingToRetryNamesTheGroupsAndTheEarliestRetry() {
        GroupStatus api = group(u"API"_s, GroupState::WaitingRetry);
        api.attempt = 1;
        api.nextRetry = farAway.addSecs(600);
        api.lastError = u"server error 502"_s;
        GroupStatus ui = group(u"UI"_s, GroupState::WaitingRetry);
        ui.attempt = 2;
        ui.nextRetry = farAway.addSecs(300);
        ui.lastError = u"host unreachable"_s;
        const StatusSummary summary = StatusSummary::compute({api, ui}, true, false, farAway);
        QCOMPARE(summary.state, StatusSummary::State::WaitingRetry);
        QCOMPARE(summary.nextRetry, farAway.addSecs(300));
        QCOMPARE(summary.headline,
                 u"Waiting to retry API, UI %1"_s.arg(StateWords::localTime(farAway.addSecs(300))));
        QCOMPARE(summary.iconName(), u"tray-retry"_s);
        QCOMPARE(summary.details.first(),
                 u"API: retry %1 — server error 502"_s.arg(StateWords::localTime(farAway.addSecs(600))));
    }

    void lastExportFailedNamesTheGroupsAndWhy() {
        GroupStatus api = group(u"API"_s, GroupState::Failed);
        api.lastAttemptEnd = farAway;
        api.lastError = u"no access (HTTP 403)"_s;
        GroupStatus ui = group(u"UI"_s, GroupState::Succeeded);
        ui.lastOk = true;
        ui.lastAttemptEnd = farAway;
        const StatusSummary summary = StatusSummary::compute({api, ui}, false, false, farAway.addDays(1));
        QCOMPARE(summary.state, StatusSummary::State::Failed);
        QCOMPARE(summary.headline, u"Last export failed: API"_s);
        QCOMPARE(summary.failedGroups, QStringList{u"API"_s});
        QCOMPARE(summary.iconName(), u"tray-failed"_s);
        const QStringList tooltip = summary.tooltip().split(u'\n');
        QCOMPARE(tooltip.at(0), u"TestOps Export"_s);
        QCOMPARE(tooltip.at(1), u"Last export failed: API"_s);
        QCOMPARE(tooltip.at(2), u"Next export %1"_s.arg(StateWords::localTime(farAway.addDays(1))));
        QCOMPARE(tooltip.at(3),
                 u"API: failed, %1 — no access (HTTP 403)"_s.arg(StateWords::localTime(farAway)));
    }

    void pausedAndNotConfigured() {
        const StatusSummary paused =
            StatusSummary::compute({group(u"API"_s, GroupState::Idle)}, false, true, farAway);
        QCOMPARE(paused.state, StatusSummary::State::Paused);
        QCOMPARE(paused.headline, u"Schedule paused"_s);
        QCOMPARE(paused.iconName(), u"tray-paused"_s);
        QCOMPARE(paused.details, QStringList{u"API: not exported yet"_s});
        const StatusSummary none = StatusSummary::notConfigured(u"TESTOPS_TOKEN is not set"_s);
        QCOMPARE(none.headline, u"Not configured: TESTOPS_TOKEN is not set"_s);
        QCOMPARE(none.iconName(), u"tray-failed"_s);
    }

    // Paused means no next export: not in the headline, not in the tooltip; and a failed last export does not
    // hide that the schedule is paused.
    void pausedSaysNoNextExportEvenAfterAFailure() {
        const StatusSummary paused =
            StatusSummary::compute({group(u"API"_s, GroupState::Idle)}, false, true, farAway);
        QVERIFY(!paused.nextRun.isValid());
        QVERIFY2(!paused.tooltip().contains(u"Next export"_s), qPrintable(paused.tooltip()));
        GroupStatus api = group(u"API"_s, GroupState::Failed);
        api.lastAttemptEnd = farAway;
        api.lastError = u"no access (HTTP 403)"_s;
        const StatusSummary failed = StatusSummary::compute({api}, false, true, farAway.addDays(1));
        QCOMPARE(failed.state, StatusSummary::State::Paused);
        QCOMPARE(failed.iconName(), u"tray-paused"_s);
        QCOMPARE(failed.headline, u"Schedule paused; the last export failed: API"_s);
        QVERIFY2(!failed.tooltip().contains(u"Next export"_s), qPrintable(failed.tooltip()));
        QVERIFY(failed.tooltip().contains(u"no access (HTTP 403)"_s));
    }

    // The web view says it in the browser's language, whatever the app speaks (here: English).
    void inAnotherLanguage() {
        auto russian = std::make_shared<QTranslator>();
        QVERIFY(russian->load(u"testops-export_ru"_s, QStringLiteral(TRANSLATIONS_DIR)));
        const Words words(russian, QLocale(QLocale::Russian));
        const StatusSummary paused =
            StatusSummary::compute({group(u"API"_s, GroupState::Idle)}, false, true, farAway, words);
        QCOMPARE(paused.headline, u"Расписание приостановлено"_s);
        QCOMPARE(StateWords::localTime(QDateTime(), words), u"никогда"_s);
        const StatusSummary english =
            StatusSummary::compute({group(u"API"_s, GroupState::Idle)}, false, true, farAway);
        QCOMPARE(english.headline, u"Schedule paused"_s);
    }

    // A group at work shows what it does now, never its last failure (the window and the page read this).
    void aGroupAtWorkShowsNoStaleError() {
        GroupStatus api = group(u"API"_s, GroupState::Queued);
        api.lastAttemptEnd = farAway;
        api.lastError = u"no access (HTTP 403)"_s;
        GroupView view = StateWords::groupView(api);
        QCOMPARE(view.stateName, u"queued"_s);
        QCOMPARE(view.stateText, u"waiting for its turn"_s);
        QCOMPARE(view.details, QString());
        api.state = GroupState::Running;
        api.attempt = 1;
        api.bytes = 2048;
        view = StateWords::groupView(api);
        QCOMPARE(view.stateName, u"running"_s);
        QVERIFY2(view.details.startsWith(u"attempt 1 of 4, "_s), qPrintable(view.details));
        api.state = GroupState::Failed;
        view = StateWords::groupView(api);
        QCOMPARE(view.stateName, u"failed"_s);
        QCOMPARE(view.details, u"no access (HTTP 403)"_s);
    }

    // "Did Run now start?" is one rule: the tray notifies exactly when the page answers 409, with the same
    // words; an export handed to the replica that leads counts as started in both.
    void runNowStartedIsOneRule() {
        const QList<std::pair<RunNowResult, bool>> results{
            {RunNowResult::Started, true},      {RunNowResult::RetriesStarted, true},
            {RunNowResult::SentToLeader, true}, {RunNowResult::AlreadyRunning, false},
            {RunNowResult::NoGroups, false},    {RunNowResult::NotConfigured, false}};
        QSet<QString> texts;
        for (const auto &[result, started] : results) {
            QCOMPARE(StateWords::runNowStarted(result), started);
            texts.insert(StateWords::runNowText(result));
        }
        QCOMPARE(texts.size(), results.size()); // each result its own words
        QVERIFY(!texts.contains(QString()));
    }

    void timesAreLocalAndNamedByDay() {
        QCOMPARE(StateWords::localTime(QDateTime()), u"never"_s);
        const QDateTime soon = QDateTime::currentDateTimeUtc();
        const QString today = StateWords::localTime(soon);
        QVERIFY2(today.startsWith(u"today at "_s) || today.startsWith(u"tomorrow at "_s), qPrintable(today));
    }
};

QTEST_GUILESS_MAIN(TestStatusSummary)
#include "tst_statussummary.moc"
