#include "StateWords.h"

#include "config/WireNames.h"
#include "exports/ExportFileStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace StateWords {
namespace {
// The front's context: the words were the front's before they had a place of their own.
QString say(const Words &words, const char *source, int n = -1) {
    return words("ExportFront", source, n);
}

QString reasonOf(const FailedExport &failure, const Words &words) {
    return failure.error.isEmpty()
               ? say(words, QT_TRANSLATE_NOOP("ExportFront", "the reason is no longer in the journal"))
               : failure.error;
}
} // namespace

QString localTime(const QDateTime &utc, const Words &words) {
    // The status summary's context: its words were said there first.
    const auto summary = [&words](const char *source) { return words("StatusSummary", source); };
    if (!utc.isValid())
        return summary(QT_TRANSLATE_NOOP("StatusSummary", "never"));
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = words.locale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return summary(QT_TRANSLATE_NOOP("StatusSummary", "today at %1")).arg(time);
    if (local.date() == today.addDays(1))
        return summary(QT_TRANSLATE_NOOP("StatusSummary", "tomorrow at %1")).arg(time);
    return words.locale().toString(local, QLocale::ShortFormat);
}

QString groupLine(const GroupView &view) {
    const QString line = u"%1: %2"_s.arg(view.status.group.name, view.stateText);
    return view.details.isEmpty() || view.stateName == u"ok"_s ? line : line + u" — "_s + view.details;
}

ChangeState changeState(const ExportEntry &entry) {
    if (entry.hasChanges())
        return entry.identical() ? ChangeState::NoChanges : ChangeState::Changed;
    if (entry.attempt == 0)
        return ChangeState::Unknown;
    if (!entry.checked)
        return ChangeState::Comparing;
    // A check that failed is "not compared" even for a group's first export: its error says why.
    return entry.checkError.isEmpty() ? ChangeState::FirstExport : ChangeState::NotCompared;
}

QString changeStateName(ChangeState state) {
    static constexpr QLatin1StringView names[] = {"unknown"_L1,      "comparing"_L1,  "first-export"_L1,
                                                  "not-compared"_L1, "no-changes"_L1, "changed"_L1};
    return WireNames::nameOf(state, names);
}

QString changesText(const ExportEntry &entry, const Words &words) {
    switch (changeState(entry)) {
    case ChangeState::Unknown:
        return u"—"_s;
    case ChangeState::Comparing:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "comparing…"));
    case ChangeState::FirstExport:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "first export"));
    case ChangeState::NotCompared:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "not compared"));
    case ChangeState::NoChanges:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "no changes"));
    case ChangeState::Changed:
        break;
    }
    // Only the kinds that happened: "+3", not "+3 −0 ~0".
    QStringList parts;
    for (const auto &[sign, count] : {std::pair{u"+"_s, entry.added}, std::pair{u"\u2212"_s, entry.removed},
                                      std::pair{u"~"_s, entry.changed}}) {
        if (count > 0)
            parts.append(sign + words.locale().toString(count));
    }
    return parts.join(u' ');
}

QString notKeptText(const Words &words) {
    return say(words,
               QT_TRANSLATE_NOOP("ExportFront", "no changes (identical to the previous export, not kept)"));
}

QString uploadStateName(UploadState state) {
    static constexpr QLatin1StringView names[] = {""_L1, "waiting"_L1, "uploaded"_L1, "failed"_L1};
    return WireNames::nameOf(state, names);
}

QString uploadText(UploadState state, const ExportEntry &entry, const Words &words) {
    switch (state) {
    case UploadState::Off:
        return QString();
    case UploadState::Uploaded:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "uploaded"));
    case UploadState::Waiting:
        return entry.uploadError.isEmpty()
                   ? say(words, QT_TRANSLATE_NOOP("ExportFront", "waiting to upload"))
                   : say(words, QT_TRANSLATE_NOOP("ExportFront", "waiting to upload (%1)"))
                         .arg(entry.uploadError);
    case UploadState::Failed:
        break;
    }
    return say(words, QT_TRANSLATE_NOOP("ExportFront", "upload failed (%1)")).arg(entry.uploadError);
}

QStringList keptNames(quint8 kept) {
    static constexpr std::pair<quint8, QLatin1StringView> names[] = {
        {Kept::Newest, "newest"_L1},   {Kept::Daily, "daily"_L1},   {Kept::Weekly, "weekly"_L1},
        {Kept::Monthly, "monthly"_L1}, {Kept::Yearly, "yearly"_L1}, {Kept::Recent, "recent"_L1}};
    QStringList list;
    for (const auto &[bit, name] : names) {
        if (kept & bit)
            list.append(name);
    }
    return list;
}

QString keptText(const ExportEntry &entry, const Retention &rule, const Words &words) {
    if (!rule.active())
        return QString();
    if (entry.kept == 0)
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "goes at the next retention"));
    if (entry.kept & Kept::Newest)
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "newest of its group"));
    if (entry.kept == Kept::Recent)
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "until %1"))
            .arg(words.locale().toString(entry.file.timestamp.addDays(rule.days).toLocalTime().date(),
                                         QLocale::ShortFormat));
    QStringList tiers;
    if (entry.kept & Kept::Daily)
        tiers.append(say(words, QT_TRANSLATE_NOOP("ExportFront", "daily")));
    if (entry.kept & Kept::Weekly)
        tiers.append(say(words, QT_TRANSLATE_NOOP("ExportFront", "weekly")));
    if (entry.kept & Kept::Monthly)
        tiers.append(say(words, QT_TRANSLATE_NOOP("ExportFront", "monthly")));
    if (entry.kept & Kept::Yearly)
        tiers.append(say(words, QT_TRANSLATE_NOOP("ExportFront", "yearly")));
    return tiers.join(u", "_s);
}

bool runNowStarted(RunNowResult result) {
    switch (result) {
    case RunNowResult::Started:
    case RunNowResult::RetriesStarted:
    case RunNowResult::SentToLeader: // the leader starts it within seconds
        return true;
    case RunNowResult::AlreadyRunning:
    case RunNowResult::NoGroups:
    case RunNowResult::NotConfigured:
        break;
    }
    return false;
}

QString runNowText(RunNowResult result, const Words &words) {
    switch (result) {
    case RunNowResult::Started:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "Export started"));
    case RunNowResult::RetriesStarted:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "Retrying the failed groups now"));
    case RunNowResult::AlreadyRunning:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "An export is already running"));
    case RunNowResult::NoGroups:
        return say(words, QT_TRANSLATE_NOOP("ExportFront", "No groups are configured"));
    case RunNowResult::SentToLeader:
        return say(words,
                   QT_TRANSLATE_NOOP("ExportFront",
                                     "Sent to the replica that leads: it starts the export within seconds"));
    case RunNowResult::NotConfigured:
        break;
    }
    return say(words,
               QT_TRANSLATE_NOOP("ExportFront",
                                 "Open Settings to connect to TestOps and choose the groups to export."));
}

GroupView groupView(const GroupStatus &group, const Words &words) {
    GroupView view{group, {}, {}, group.lastError, {}};
    switch (group.state) {
    case GroupState::Running:
        view.stateName = u"running"_s;
        view.stateText = say(words, QT_TRANSLATE_NOOP("ExportFront", "exporting"));
        view.details = say(words, QT_TRANSLATE_NOOP("ExportFront", "attempt %1 of %2, %3 received"))
                           .arg(group.attempt)
                           .arg(group.maxAttempts)
                           .arg(words.dataSize(group.bytes));
        return view;
    case GroupState::Queued:
        view.stateName = u"queued"_s;
        view.stateText = say(words, QT_TRANSLATE_NOOP("ExportFront", "waiting for its turn"));
        view.details.clear(); // the last failure is not what happens now
        return view;
    case GroupState::WaitingRetry:
        // A time, not a countdown: the page reads the status every 30 s when nothing runs, and a time
        // read then is still right.
        view.stateName = u"waiting-retry"_s;
        view.stateText =
            say(words, QT_TRANSLATE_NOOP("ExportFront", "retry %1")).arg(localTime(group.nextRetry, words));
        return view;
    case GroupState::Idle:
    case GroupState::Succeeded:
    case GroupState::Failed:
        break;
    }
    if (!group.lastAttemptEnd.isValid()) {
        view.stateName = u"never"_s;
        view.stateText = say(words, QT_TRANSLATE_NOOP("ExportFront", "not exported yet"));
    } else if (group.lastOk) {
        view.stateName = u"ok"_s;
        view.stateText = say(words, QT_TRANSLATE_NOOP("ExportFront", "OK, %1"))
                             .arg(localTime(group.lastAttemptEnd, words));
        view.details = group.lastWarning.isEmpty()
                           ? group.lastFile
                           : say(words, QT_TRANSLATE_NOOP("ExportFront", "%1 (warning: %2)"))
                                 .arg(group.lastFile, group.lastWarning);
    } else {
        view.stateName = u"failed"_s;
        view.stateText = say(words, QT_TRANSLATE_NOOP("ExportFront", "failed, %1"))
                             .arg(localTime(group.lastAttemptEnd, words));
    }
    return view;
}

QStringList failureLines(const QList<GroupView> &groups, const Words &words) {
    QStringList lines;
    for (const GroupView &view : groups) {
        if (view.status.state == GroupState::Failed)
            lines.append(view.status.lastError.isEmpty()
                             ? view.status.group.name
                             : say(words, QT_TRANSLATE_NOOP("ExportFront", "%1: %2"))
                                   .arg(view.status.group.name, view.status.lastError));
    }
    return lines;
}

QString failureText(const FailedExport &failure, const Words &words) {
    const QString why = reasonOf(failure, words);
    return failure.attempts > 1 ? say(words, QT_TRANSLATE_NOOP("ExportFront", "Failed after %1 attempts: %2"))
                                      .arg(failure.attempts)
                                      .arg(why)
                                : say(words, QT_TRANSLATE_NOOP("ExportFront", "Failed: %1")).arg(why);
}

QString failureText(const FailureRun &run, const Words &words) {
    if (run.failures.size() == 1)
        return failureText(run.last(), words);
    return say(words, QT_TRANSLATE_N_NOOP("ExportFront", "Failed %n time(s) in a row since %1: %2"),
               int(run.failures.size()))
        .arg(words.locale().toString(run.since().toLocalTime(), QLocale::ShortFormat),
             reasonOf(run.last(), words));
}

} // namespace StateWords
