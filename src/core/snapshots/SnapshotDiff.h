// --diff-case ID --from SNAPSHOT --to SNAPSHOT: a test case as two snapshots kept it, compared line by line
// in the words --show-case uses (fields, custom fields, the steps as an indented tree, attachments,
// relations, comments), as a unified diff: "-" the first snapshot's line, "+" the second's, two lines of
// context around each change.
#pragma once

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
// The unified diff of two lists of lines (at most 5,000 each; longer ones are compared as wholly changed).
QStringList unified(const QStringList &a, const QStringList &b, int context = 2);

} // namespace SnapshotDiff
