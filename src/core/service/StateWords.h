// Every state a view shows, and its words: the same in the window, the tray, the web page and the command
// line. Stateless: what state a group or an export is in comes from the front; how it is said is made here,
// once, in the app's language or in `words`' (the page gets these words as data, in the browser's language).
// The wire names (the page's classes) are here too. Translations keep the front's context ("ExportFront").
#pragma once

#include "config/Words.h"
#include "exports/ExportEntry.h"
#include "exports/GroupStatus.h"

#include <QList>
#include <QString>

struct Retention; // exports/ExportFileStore.h

// What a change column says of an export.
enum class ChangeState {
    Unknown,     // a file the journal does not know (written by another tool)
    Comparing,   // the check runs
    FirstExport, // the group's first export: nothing to compare with
    NotCompared, // the check failed (its error says why)
    NoChanges,   // identical to the previous export
    Changed,     // "+3 −10 ~16"
};

// Where an export's copy in S3 stands (Off: S3 is not on).
enum class UploadState { Off, Waiting, Uploaded, Failed };

// What Run now did.
enum class RunNowResult { Started, RetriesStarted, AlreadyRunning, NoGroups, NotConfigured, SentToLeader };

// A group as the views show it: its status and its state in words.
struct GroupView {
    GroupStatus status;
    QString stateName; // never | queued | running | waiting-retry | ok | failed (the web page's classes)
    QString stateText; // "OK, today at 07:00", "retry today at 07:05", "exporting", …
    QString details;   // the error, the file, or the progress of a running attempt
    QString snapshot;  // its snapshot (SnapshotWords); empty when snapshots are off
};

namespace StateWords {

// "today at 07:00", "tomorrow at 07:00", a date and time otherwise, "never" for none: local time.
QString localTime(const QDateTime &utc, const Words &words = Words());
// The line of a group in the tray's tooltip and the status: "API: retry today at 07:05 — server error 502",
// its state and, unless it is well, what it is at (the words of groupView).
QString groupLine(const GroupView &view);

ChangeState changeState(const ExportEntry &entry);
// "changed", "no-changes", "first-export", "not-compared", "comparing", "unknown".
QString changeStateName(ChangeState state);
// "+3 −10 ~16", "no changes", "first export", "not compared", "comparing…", "—".
QString changesText(const ExportEntry &entry, const Words &words = Words());
// What an export identical to the previous one, and so not kept (SKIP_UNCHANGED), changed.
QString notKeptText(const Words &words = Words());

// "uploaded", "waiting", "failed"; empty when S3 is off.
QString uploadStateName(UploadState state);
// "uploaded", "waiting to upload (why)", "upload failed (why)"; empty when S3 is off.
QString uploadText(UploadState state, const ExportEntry &entry, const Words &words = Words());

// The tiers that keep an export (Kept bits): "newest", "daily", "weekly", "monthly", "yearly", "recent".
QStringList keptNames(quint8 kept);
// Why retention keeps an export: "newest of its group", "daily, monthly", "until 4 Jan 2027"
// (RETENTION_DAYS), "goes at the next retention"; empty when no rule is set.
QString keptText(const ExportEntry &entry, const Retention &rule, const Words &words = Words());

// Whether Run now set an export going (here, or on the replica that leads): the tray and the page decide
// alike what is a success (202) and what is not (409).
bool runNowStarted(RunNowResult result);
// What a view says of the result: "Export started", "An export is already running", …
QString runNowText(RunNowResult result, const Words &words = Words());

GroupView groupView(const GroupStatus &status, const Words &words = Words());
// "API: why it failed", a line per group that failed its last export (the window's banner, the tray's
// notification).
QStringList failureLines(const QList<GroupView> &groups, const Words &words = Words());
// "Failed after 3 attempts: why", the words of one failure.
QString failureText(const FailedExport &failure, const Words &words = Words());
// "Failed 4 times in a row since …: why" for a run of them, or the one failure's words.
QString failureText(const FailureRun &run, const Words &words = Words());

} // namespace StateWords
