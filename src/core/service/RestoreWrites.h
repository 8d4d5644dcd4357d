// The restores behind the front as TestOpsWrite values: a restore from an export's comparison
// (restore/RestoreSession) and a restore from a snapshot (restore/SnapshotRestore), each turned into the
// rows, lines and counts a view shows. Only the fronts make them; no view includes this header.
#pragma once

#include "TestOpsWrite.h"

#include <QPointer>

#include <functional>
#include <memory>

class RestoreSession;
class SnapshotRestore;

namespace RestoreWrites {
// `file` was compared with `previousFile`; the session plans again for each choice. Nothing is read or
// written once `service` (whose client and journal the session uses) is gone.
std::unique_ptr<TestOpsWrite> ofExport(std::unique_ptr<RestoreSession> session, const QString &file,
                                       const QString &previousFile, QPointer<QObject> service);
// `make` gives a new session for each plan (a restore from a snapshot plans once).
std::unique_ptr<TestOpsWrite> ofSnapshot(std::function<std::unique_ptr<SnapshotRestore>()> make,
                                         QPointer<QObject> service);
} // namespace RestoreWrites
