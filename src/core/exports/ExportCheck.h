// The check after an export: it is compared with the group's previous export (csv/ExportComparison) off the
// event loop, the changes are kept beside it (changes/<file>.json, read later as ChangeDetails), and an
// export identical to the previous one is dropped when SKIP_UNCHANGED asks. What it found is the journal's
// check record; the runner writes it, applies it to the group's status and hands the export to the uploader.
#pragma once

#include "ExportFileStore.h"
#include "JournalRecord.h"

#include <functional>

class QObject;

namespace ExportCheck {

struct Input {
    ExportFileStore store;
    QString group;
    QString file; // the new export, a name in `store`
    QString cycle;
    char separator = ';';
    bool skipUnchanged = false;
};

// Compares on the global thread pool; `done` runs on `context`'s thread (not at all once `context` is gone).
void run(const Input &input, QObject *context, std::function<void(const JournalRecord::Check &)> done);

} // namespace ExportCheck
