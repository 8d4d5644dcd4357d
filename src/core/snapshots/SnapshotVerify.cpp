#include "SnapshotVerify.h"

#include "SnapshotStore.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int namedUses = 3; // a line names this many users of an object, then counts the rest
}

QString SnapshotVerify::lineOf(const Finding &finding) {
    QString users;
    if (!finding.usedBy.isEmpty()) {
        users = u"; used by "_s + finding.usedBy.mid(0, namedUses).join(u", "_s);
        if (finding.usedBy.size() > namedUses)
            users += u" and %1 more"_s.arg(finding.usedBy.size() - namedUses);
    }
    switch (finding.kind) {
    case Finding::Kind::Damaged:
        return u"DAMAGED     %1  %2%3"_s.arg(finding.what, finding.why, users);
    case Finding::Kind::Missing:
        return u"MISSING     %1  %2%3"_s.arg(finding.what, finding.why, users);
    case Finding::Kind::Unreadable:
        break;
    }
    return u"UNREADABLE  %1  %2"_s.arg(finding.what, finding.why);
}

QString SnapshotVerify::summaryOf(const Report &report) {
    return u"%1 snapshot(s), %2 object(s) intact (%3 bytes), %4 problem(s)"_s.arg(report.snapshots)
        .arg(report.objects)
        .arg(report.bytes)
        .arg(report.findings.size());
}

void SnapshotVerify::sortFindings(Report *report) {
    std::stable_sort(report->findings.begin(), report->findings.end(),
                     [](const Finding &a, const Finding &b) {
                         return int(a.kind) < int(b.kind) || (a.kind == b.kind && a.what < b.what);
                     });
}

void SnapshotVerify::addUsers(const SnapshotManifest &m, const SnapshotIndex *index,
                              QHash<QByteArray, QStringList> *users) {
    (*users)[m.index].append(u"%1 (its case list)"_s.arg(m.id));
    if (!index)
        return;
    const auto use = [&](const SnapshotCase &c, const QString &kind) {
        const QString who = u"%1 %2 %3 (%4)"_s.arg(m.id, kind).arg(c.id).arg(c.name);
        (*users)[c.document].append(who);
        for (const SnapshotAttachment &a : c.attachments) {
            if (!a.object.isEmpty())
                (*users)[a.object].append(who + u" attachment "_s + a.name);
        }
    };
    for (const SnapshotCase &c : index->cases)
        use(c, u"case"_s);
    for (const SnapshotCase &c : index->sharedSteps)
        use(c, u"shared step"_s);
}

SnapshotVerify::Report SnapshotVerify::run(const SnapshotStore &store) {
    Report report;
    QStringList unreadable;
    const QList<SnapshotManifest> manifests = store.manifests(&unreadable);
    for (const QString &line : std::as_const(unreadable))
        report.findings.append(
            {Finding::Kind::Unreadable, line.section(u": "_s, 0, 0), line.section(u": "_s, 1), {}});
    report.snapshots = int(manifests.size());

    // Who uses each object, to name them when it is damaged or missing.
    QHash<QByteArray, QStringList> users;
    for (const SnapshotManifest &m : manifests) {
        QString error;
        const std::optional<SnapshotIndex> index = store.index(m, &error); // when not, named as its object
        addUsers(m, index ? &*index : nullptr, &users);
    }

    const QDir root(store.root());
    QSet<QByteArray> present;
    QDirIterator it(store.root() + u"/objects"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QByteArray sha = info.fileName().left(64).toLatin1();
        if (sha.size() != 64)
            continue;
        present.insert(sha);
        QString error;
        qint64 size = 0;
        {
            // Streamed through a sink that only counts: a 200 MB attachment is never held.
            class Counter : public QIODevice {
            public:
                qint64 count = 0;
                Counter() { open(QIODevice::WriteOnly); }
                qint64 readData(char *, qint64) override { return -1; }
                qint64 writeData(const char *, qint64 n) override {
                    count += n;
                    return n;
                }
            } counter;
            if (store.copy(sha, &counter, &error))
                size = counter.count;
        }
        if (!error.isEmpty()) {
            report.findings.append({Finding::Kind::Damaged, root.relativeFilePath(info.filePath()),
                                    error.section(u": "_s, 1), users.value(sha)});
            continue;
        }
        report.objects += 1;
        report.bytes += size;
    }
    for (auto use = users.cbegin(); use != users.cend(); ++use) {
        if (!present.contains(use.key()))
            report.findings.append({Finding::Kind::Missing,
                                    u"objects/%1/%2"_s.arg(QString::fromLatin1(use.key().left(2)),
                                                           QString::fromLatin1(use.key())),
                                    u"not in the store"_s, use.value()});
    }
    sortFindings(&report);
    return report;
}
