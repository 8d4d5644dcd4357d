// The command-line modes of snapshots: --snapshot-now, --snapshots, --show-case, --extract-snapshot, and the
// snapshot store's half of --verify. Each returns the exit code.
#pragma once

#include "config/CommandLine.h"

class ExportFront;

namespace SnapshotCli {

// A line per group as each ends (and, with S3, one for the copy to the bucket); 0 all done, 1 a group or
// the copy failed, 2 a group not configured, 3 TestOps unreadable.
int snapshotNow(ExportFront *front, const CommandLine::Snapshot &options);
int list(ExportFront *front, const CommandLine::Snapshot &options);
int showCase(ExportFront *front, const CommandLine::Snapshot &options);
// --diff-case: 0 the same, 1 different, 2 a snapshot or the case not found.
int diffCase(ExportFront *front, const CommandLine::Snapshot &options);
int extract(ExportFront *front, const CommandLine::Snapshot &options);
// Every object and manifest of the store read again; a line for each problem and the counts. False when
// something is damaged or missing. Nothing (true) when there is no store.
bool verifyStore(ExportFront *front);
// --verify --remote: the snapshots in the bucket read back in full; false when something there is damaged
// or missing, or the bucket cannot be read.
bool verifyBucket(ExportFront *front);
// --restore-snapshot ID: the plan, case by case; with --apply the writes and a result line per case. 0 all
// done and verified, 1 a case failed or still differs, 2 bad input (no such snapshot or case), 3 TestOps
// unreadable.
int restore(ExportFront *front, const CommandLine::Restore &options);

} // namespace SnapshotCli
