// --verify for the snapshot store: every object read again (inflated when compressed) and its SHA-256
// compared with its name; every manifest read, and every object its case list names present. What is damaged
// or missing is named with the snapshots and cases that use it. Read-only.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class SnapshotStore;
struct SnapshotIndex;
struct SnapshotManifest;

namespace SnapshotVerify {

struct Finding {
    enum class Kind { Damaged, Missing, Unreadable };
    Kind kind = Kind::Damaged;
    QString what; // the object's file, or the manifest
    QString why;
    QStringList usedBy; // "20261205T020000Z-API case 9000000001 (Login) attachment screen.png", …
};

struct Report {
    int snapshots = 0;
    qint64 objects = 0; // read and intact
    qint64 bytes = 0;   // their bytes, as TestOps gave them
    QList<Finding> findings;
    bool damaged() const { return !findings.isEmpty(); }
};

Report run(const SnapshotStore &store);
// Damaged first, then missing, then unreadable; by name within each.
void sortFindings(Report *report);
// Who uses each object of a snapshot, to name them when it is damaged or missing: its case list, and (when
// it could be read) each case's document and attachments.
void addUsers(const SnapshotManifest &manifest, const SnapshotIndex *index,
              QHash<QByteArray, QStringList> *users);
// As --verify prints them: "DAMAGED     objects/ab/ab…  its SHA-256 differs; used by …", and the counts.
QString lineOf(const Finding &finding);
QString summaryOf(const Report &report);

} // namespace SnapshotVerify
