// What one group is doing and how its last attempt ended: the runner keeps one per group, the front shows it.
#pragma once

#include "config/ExportGroup.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

enum class GroupState { Idle, Queued, Running, WaitingRetry, Succeeded, Failed };

// Where an attempt is, from the first call to the clean-up of its server job.
enum class ExportPhase { Starting, Counting, Creating, Preparing, Downloading, CleaningUp, Done };

struct GroupStatus {
    ExportGroup group;
    GroupState state = GroupState::Idle;
    int attempt = 0; // of the current or last cycle
    int maxAttempts = 1;
    QDateTime nextRetry; // while WaitingRetry
    ExportPhase phase = ExportPhase::Starting;
    qint64 bytes = 0; // received so far while running
    // Last finished attempt, also known from the history after a restart.
    bool lastOk = false;
    QDateTime lastAttemptEnd;
    QString lastError;
    QString lastFile;
    qint64 lastRows = -1;
    QString lastWarning;        // the file was kept, but deserves a look (rows not as counted, ragged rows)
    bool lastNotKept = false;   // identical to lastFile, so not kept (SKIP_UNCHANGED)
    qint64 lastDurationMs = -1; // of the last finished attempt, this process's
    // Since this process started (the counters of /metrics): groups that failed for good, retries made.
    qint64 failuresTotal = 0;
    qint64 retriesTotal = 0;
};

// One export cycle as it ended: every group once, with its retries.
struct CycleSummary {
    QString id;
    QString trigger;
    QStringList groups; // the cycle's groups (all, or those Run now was given)
    QDateTime start;
    QDateTime end;
    QStringList succeeded;
    QStringList failed;
    bool aborted = false;
    bool ok() const { return failed.isEmpty() && !aborted; }
};
