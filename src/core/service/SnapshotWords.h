// The words of a group's snapshot, one place for the window, the tray, the page and the status API: what is
// being taken, how the last one ended, what the newest one holds.
#pragma once

#include "config/Words.h"
#include "snapshots/SnapshotManifest.h"

#include <optional>

namespace SnapshotWords {

struct State {
    bool running = false;
    qint64 done = 0;
    qint64 total = 0;
    std::optional<SnapshotResult> last;     // since the start
    std::optional<SnapshotManifest> newest; // kept
};

// "120 of 500 test cases…", "failed: why; tried again today at 07:05", "500 test cases, 1,000 attachments,
// today at 07:02", "none yet".
QString text(const State &state, const Words &words = Words());
// Whether it is worth a line of the tooltip and the status (running or failed).
bool isNews(const State &state);

} // namespace SnapshotWords
