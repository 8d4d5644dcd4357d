#include "SnapshotCli.h"

#include "Console.h"
#include "service/ExportFront.h"
#include "service/SnapshotFront.h"
#include "snapshots/SnapshotCommands.h"
#include "snapshots/SnapshotDiff.h"
#include "snapshots/SnapshotStore.h"
#include "snapshots/SnapshotVerify.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SnapshotCli", text);
}
} // namespace

int SnapshotCli::snapshotNow(ExportFront *front, const CommandLine::Snapshot &options) {
    SnapshotFront *snapshots = front->snapshots();
    QList<SnapshotResult> results;
    QEventLoop loop;
    QObject::connect(snapshots, &SnapshotFront::finished, &loop, [&results](const SnapshotResult &result) {
        if (result.ok || !result.retryAt.isValid()) // a failure tried again is said when it ends
            results.append(result);
        print(stdout, SnapshotCommands::resultLine(result) +
                          (result.retryAt.isValid()
                               ? u"  "_s + tr("(tried again at %1)").arg(result.retryAt.toString(Qt::ISODate))
                               : QString()));
    });
    bool copyFailed = false;
    QObject::connect(
        snapshots, &SnapshotFront::copied, &loop,
        [&copyFailed](const SnapshotCopyResult &result, const QDateTime &retryAt) {
            copyFailed = !result.ok && !retryAt.isValid();
            print(stdout, SnapshotCommands::copyLine(result) +
                              (retryAt.isValid()
                                   ? u"  "_s + tr("(tried again at %1)").arg(retryAt.toString(Qt::ISODate))
                                   : QString()));
        });
    QObject::connect(snapshots, &SnapshotFront::idle, &loop, &QEventLoop::quit);
    const QString why = snapshots->takeNow(options.groups, options.full);
    if (!why.isEmpty()) {
        print(stderr, u"testops-export: "_s + why);
        return 2;
    }
    loop.exec();
    const bool failed =
        std::any_of(results.cbegin(), results.cend(), [](const SnapshotResult &r) { return !r.ok; });
    const bool unreadable =
        !results.isEmpty() && std::all_of(results.cbegin(), results.cend(),
                                          [](const SnapshotResult &r) { return !r.ok && !r.reachedTestOps; });
    return unreadable ? 3 : failed || copyFailed ? 1 : 0;
}

int SnapshotCli::list(ExportFront *front, const CommandLine::Snapshot &options) {
    const SnapshotStore store(front->snapshots()->storePath());
    QList<SnapshotManifest> manifests = store.manifests();
    if (!options.groups.isEmpty()) {
        const QString group = options.groups.constFirst();
        manifests.removeIf([&group](const SnapshotManifest &m) { return m.group != group; });
        // A group that is neither configured nor kept is a mistake, not an empty store.
        QStringList configured;
        for (const GroupView &view : front->groups())
            configured.append(view.status.group.name);
        if (manifests.isEmpty() && !configured.contains(group)) {
            print(
                stderr,
                u"testops-export: "_s +
                    (configured.isEmpty()
                         ? tr("no snapshot of %1 is kept, and no group is configured").arg(group.left(200))
                         : tr("%1 is not a configured group, and no snapshot of it is kept (configured: %2)")
                               .arg(group.left(200), configured.join(u", "_s))));
            return 2;
        }
    }
    if (options.json) {
        print(stdout,
              QString::fromUtf8(
                  QJsonDocument(SnapshotCommands::listJson(manifests)).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const SnapshotManifest &m : std::as_const(manifests))
        print(stdout, SnapshotCommands::listLine(m));
    if (manifests.isEmpty())
        print(stdout, options.groups.isEmpty()
                          ? tr("No snapshots in %1.").arg(QDir::toNativeSeparators(store.root()))
                          : tr("No snapshot of group %1 in %2 yet.")
                                .arg(options.groups.constFirst(), QDir::toNativeSeparators(store.root())));
    return 0;
}

int SnapshotCli::showCase(ExportFront *front, const CommandLine::Snapshot &options) {
    const SnapshotStore store(front->snapshots()->storePath());
    QString error;
    const std::optional<QString> text =
        SnapshotCommands::showCase(store, options.caseId, options.at, options.json, &error);
    if (!text) {
        print(stderr, u"testops-export: "_s + error);
        return 1;
    }
    print(stdout, *text);
    return 0;
}

int SnapshotCli::diffCase(ExportFront *front, const CommandLine::Snapshot &options) {
    const SnapshotStore store(front->snapshots()->storePath());
    QString error;
    // Each name resolved once (an id, or a day's last): two names of one snapshot compare it with itself,
    // which is said, not "No difference."
    const std::optional<SnapshotManifest> from =
        SnapshotCommands::findFor(store, options.caseId, options.at, &error);
    const std::optional<SnapshotManifest> to =
        from ? SnapshotCommands::findFor(store, options.caseId, options.to, &error) : std::nullopt;
    if (from && to && from->id == to->id) {
        print(stderr, u"testops-export: "_s +
                          tr("--from %1 and --to %2 both name snapshot %3: pick two different snapshots (see "
                             "--snapshots)")
                              .arg(options.at, options.to, from->id));
        return 2;
    }
    const std::optional<SnapshotDiff::Result> diff =
        from && to ? SnapshotDiff::diffCase(store, options.caseId, from->id, to->id, &error) : std::nullopt;
    if (!diff) {
        print(stderr, u"testops-export: "_s + error);
        return 2;
    }
    print(stdout, diff->text);
    return diff->differs ? 1 : 0;
}

int SnapshotCli::extract(ExportFront *front, const CommandLine::Snapshot &options) {
    const SnapshotStore store(front->snapshots()->storePath());
    QString error;
    const std::optional<SnapshotCommands::Extracted> done =
        SnapshotCommands::extract(store, options.id, options.dir, &error);
    if (!done) {
        print(stderr, u"testops-export: "_s + error);
        return 1;
    }
    print(stdout, tr("%1 test cases and %2 shared steps written to %3: %4 files, %5 bytes")
                      .arg(done->cases)
                      .arg(done->sharedSteps)
                      .arg(QDir::toNativeSeparators(options.dir))
                      .arg(done->files)
                      .arg(done->bytes));
    return 0;
}

bool SnapshotCli::verifyStore(ExportFront *front) {
    const QString path = front->snapshots()->storePath();
    if (path.isEmpty() || !QDir(path).exists())
        return true;
    const SnapshotVerify::Report report = SnapshotVerify::run(SnapshotStore(path));
    for (const SnapshotVerify::Finding &finding : report.findings)
        print(stdout, SnapshotVerify::lineOf(finding));
    print(stdout, SnapshotVerify::summaryOf(report));
    return !report.damaged();
}

bool SnapshotCli::verifyBucket(ExportFront *front) {
    bool intact = false;
    bool done = false;
    QEventLoop loop;
    front->snapshots()->verifyRemote([&](const SnapshotVerify::Report &report, const QString &error) {
        if (!error.isEmpty()) {
            print(stderr, u"testops-export: "_s + tr("--verify --remote: %1").arg(error));
        } else {
            for (const SnapshotVerify::Finding &finding : report.findings)
                print(stdout, u"S3 "_s + SnapshotVerify::lineOf(finding));
            print(stdout, u"S3 "_s + SnapshotVerify::summaryOf(report));
            intact = !report.damaged();
        }
        done = true;
        loop.quit();
    });
    if (!done) // it answers at once when there is nothing to read
        loop.exec();
    return intact;
}

int SnapshotCli::restore(ExportFront *front, const CommandLine::Restore &options) {
    QString error;
    QString chosen;
    const std::unique_ptr<TestOpsWrite> restore =
        front->snapshots()->restore(options.snapshot, &error, options.group, &chosen);
    if (!restore) {
        print(stderr, u"testops-export: "_s + error);
        return 2;
    }
    if (chosen != options.snapshot) // a day: which of its snapshots
        print(stdout, tr("%1: snapshot %2, that day's last").arg(options.snapshot, chosen));
    RestoreChoice choice;
    choice.cases = options.cases;
    choice.removed = options.removed;
    choice.changed = options.changed;
    choice.toProject = options.toProject;
    choice.force = options.force;
    {
        QEventLoop loop;
        QObject::connect(restore.get(), &TestOpsWrite::planned, &loop, &QEventLoop::quit);
        restore->plan(choice);
        loop.exec();
    }
    if (!restore->error().isEmpty()) {
        print(stderr, u"testops-export: "_s + restore->error());
        return restore->badInput() ? 2 : 3;
    }
    for (const QString &line : restore->lines())
        print(stdout, line);
    const int writes = restore->writes();
    if (writes == 0) {
        print(stdout, restore->nothingToWrite());
        return 0;
    }
    if (!options.apply) {
        print(stdout, QCoreApplication::translate("SnapshotCli",
                                                  "Dry run: nothing was written to TestOps. Add --apply to "
                                                  "write these %n case(s).",
                                                  nullptr, writes));
        return 0;
    }
    {
        QEventLoop loop;
        QObject::connect(restore.get(), &TestOpsWrite::applied, &loop, &QEventLoop::quit);
        restore->apply();
        loop.exec();
    }
    for (const QString &line : restore->lines())
        print(stdout, line);
    if (!restore->error().isEmpty())
        print(stderr, u"testops-export: "_s + restore->error());
    return restore->succeeded() ? 0 : 1;
}
