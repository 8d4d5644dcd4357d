// --diff-case ID --from SNAPSHOT --to SNAPSHOT: a test case as two snapshots kept it, compared line by line
// in the words --show-case uses (fields, custom fields, the steps as an indented tree, attachments,
// relations, comments), as a unified diff: "-" the first snapshot's line, "+" the second's, two lines of
// context around each change.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class SnapshotStore;

namespace SnapshotDiff {

struct Result {
    QString text;
    bool differs = false;
};

// `from` and `to`: a snapshot's id or a date (yyyy-MM-dd: that day's last snapshot holding the case).
std::optional<Result> diffCase(const SnapshotStore &store, qint64 caseId, const QString &from,
                               const QString &to, QString *error);
// The cases a snapshot holds, for the web view (/api/snapshots/{id}/cases): {"snapshot": {"id", "group",
// "takenAt", "cases"}, "cases": [{"id", "name", "path", "attachments"}]} by name.
std::optional<QJsonObject> casesJson(const SnapshotStore &store, const QString &snapshotId, QString *error);
// What the web view shows of a case at a snapshot (/api/snapshots/{id}/cases/{caseId}): {"snapshot": {"id",
// "group", "takenAt"}, "case": {"id", "name", "path", "lastModified", "attachments": [{"id", "name",
// "contentType", "size", "missed", "kept"}]}, "lines": [--show-case's lines], "document": {every part as
// TestOps gave it}}; with `compareWith` (an id or a date) also "diff": {"with", "differs", "lines"}, the
// older of the two snapshots as "-".
std::optional<QJsonObject> caseJson(const SnapshotStore &store, const QString &snapshotId, qint64 caseId,
                                    const QString &compareWith, QString *error);
// The unified diff of two lists of lines (at most 5,000 each; longer ones are compared as wholly changed).
QStringList unified(const QStringList &a, const QStringList &b, int context = 2);
// In a unified diff, the words that changed inside a line: a run of "- " lines followed by a run of "+ "
// lines is paired line by line, and in each pair the part between their common start and common end (widened
// to whole words) is marked in both. [{"line", "from", "to"}] (character offsets in the line), as the window
// and the page highlight them.
QJsonArray wordMarks(const QStringList &lines);

} // namespace SnapshotDiff
