// What the command line (and the views) do with kept snapshots, store only, no TestOps: list them, show a
// case as it was kept, write a snapshot out as plain files anyone can read without this program, and the
// words of a snapshot's result.
#pragma once

#include "SnapshotManifest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTranslator;

class SnapshotStore;

namespace SnapshotCommands {

// "20261205T020000Z-API  API  2026-12-05 02:00:00 UTC  500 cases  1000 attachments  52.1 MB  3.0 MB new"
QString listLine(const SnapshotManifest &manifest);
// --snapshots --json: [{id, group, takenAt, cases, attachments, bytes}, …]
QJsonArray listJson(const QList<SnapshotManifest> &manifests);
// --snapshot-now's line: "OK    API  500 cases: 12 read, 488 unchanged; 1000 attachments, 3 new (1.2 MB);
// 75 requests; count verified" or "FAIL  API  why".
QString resultLine(const SnapshotResult &result);
// "S3    2 snapshot(s) copied: 41 object(s), 1.2 MB, verified; 5 in the bucket", or "S3 FAIL  why".
QString copyLine(const SnapshotCopyResult &result);

// The snapshot `at` names: an id, or a date (yyyy-MM-dd, UTC: the newest of that day) or empty (the newest)
// among those that hold the case; nothing with *error.
std::optional<SnapshotManifest> findFor(const SnapshotStore &store, qint64 caseId, const QString &at,
                                        QString *error);
// While one lives (on this thread's calls), showCase and stepLines speak the reader's words: `words` (null:
// the source's English) instead of the app's; the web view sets it for a reader whose language differs.
class ReaderWords {
public:
    explicit ReaderWords(const QTranslator *words);
    ~ReaderWords();
    ReaderWords(const ReaderWords &) = delete;
    ReaderWords &operator=(const ReaderWords &) = delete;

private:
    const QTranslator *m_was;
    bool m_wasOn;
};

// --show-case: the case as kept (fields, the steps as an indented tree with expected results and shared
// steps, attachments, relations, comments), or with `json` its document; nothing with *error.
std::optional<QString> showCase(const SnapshotStore &store, qint64 caseId, const QString &at, bool json,
                                QString *error);

// A normalized scenario (NormalizedScenarioDto) as an indented tree: "1. Open the page", "   Expected: …",
// "2.1. …", attachment and shared steps named; cut at 16 levels or 5,000 lines (a loop in a hostile answer).
QStringList stepLines(const QJsonObject &scenario);

// --extract-snapshot ID DIR: DIR/<group>/<caseId>/case.json and DIR/<group>/<caseId>/attachments/<id>-<name>,
// shared steps under DIR/<group>/shared-steps/<id>/; every byte checked as it is copied out.
struct Extracted {
    int cases = 0;
    int sharedSteps = 0;
    int files = 0;
    qint64 bytes = 0;
};
std::optional<Extracted> extract(const SnapshotStore &store, const QString &id, const QString &dir,
                                 QString *error);
// A name of TestOps made a file name: no separator, no "..", no control character, at most 200 bytes.
QString safeFileName(const QString &name);

} // namespace SnapshotCommands
