// Parses the command line and wires the core (and, for the desktop, the GUI) together. Nothing else.
#ifdef TESTOPS_WITH_DESKTOP
#include "DesktopApp.h"
#include "SecretStore.h"
#include "SingleInstance.h"
#endif
#include "app/AppWiring.h"
#include "app/Console.h"
#include "app/SnapshotCli.h"
#include "config/CommandLine.h"
#include "config/ConfigLoader.h"
#include "config/Language.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "schedule/Clock.h"
#include "service/CleanupBoard.h"
#include "service/ExportFront.h"
#include "service/SignalWatcher.h"
#include "service/SnapshotFront.h"
#include "snapshots/SnapshotCommands.h"
#include "testops/ConnectionCheck.h"

#ifdef TESTOPS_WITH_DESKTOP
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib> // defines __GLIBC__ on glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

ConfigSources configSources(const CommandLine &commandLine) {
    ConfigSources sources;
    sources.settingsFile =
        commandLine.configFile.isEmpty() ? ConfigLoader::defaultSettingsFile() : commandLine.configFile;
    sources.settingsFileRequired = !commandLine.configFile.isEmpty();
    sources.dotEnvFile = QDir::current().filePath(u".env"_s);
    sources.environment = QProcessEnvironment::systemEnvironment();
    sources.commandLine = commandLine.settings;
    return sources;
}

#ifdef TESTOPS_WITH_DESKTOP
int runDesktop(int argc, char **argv, const CommandLine &commandLine) {
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps the app
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    const ConfigSources sources = configSources(commandLine);
    Language::install(app, DesktopSettings(sources.settingsFile, nullptr).language());
    SingleInstance instance(QDir(runtime).filePath(u"testops-export"_s));
    if (!instance.claim())
        return 0;
    LogSink::Options logOptions;
    logOptions.filePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(u"testops-export.log"_s);
    LogSink logSink(logOptions);
    logSink.install();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    SecretStore secrets;
    DesktopApp desktop(sources, &logSink, nullptr, &secrets);
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop, &DesktopApp::showWindow);
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &desktop, &DesktopApp::quit);
    desktop.start();
    return QApplication::exec();
}

bool hasDisplay() {
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}
#endif

int runCheck(AppWiring &wiring) {
    const std::unique_ptr<ConnectionCheck> check = wiring.connectionCheck();
    QObject::connect(check.get(), &ConnectionCheck::lineAdded, [](const ConnectionCheck::Line &line) {
        print(stdout, (line.ok ? u"OK    "_s : u"FAIL  "_s) + line.text);
    });
    QObject::connect(
        check.get(), &ConnectionCheck::finished, QCoreApplication::instance(),
        [] { QCoreApplication::quit(); },
        Qt::QueuedConnection); // not qApp: with <QApplication> included it casts to QApplication (UBSan)
    check->start();
    QCoreApplication::exec();
    return check->ok() ? 0 : 1;
}

// --verify: a line per export (OK, CHANGED, MISSING, UNRECORDED), then the counts. Exit 0 when every export
// is the file its check recorded, 1 otherwise.
int runVerify(ExportFront *front, bool remote) {
    const ExportVerify::Report report = front->verify();
    for (const ExportVerify::Finding &finding : report.findings)
        print(stdout, ExportVerify::lineOf(finding));
    print(stdout, ExportVerify::summaryOf(report));
    const bool snapshotsIntact = SnapshotCli::verifyStore(front); // and every object of the snapshot store
    const bool bucketIntact = !remote || SnapshotCli::verifyBucket(front);
    return report.damaged() || !snapshotsIntact || !bucketIntact ? 1 : 0;
}

// Runs the event loop until `object` emits `signal` (the command-line modes wait for one answer at a time).
template <typename Object, typename Signal> void waitFor(Object *object, Signal signal) {
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// --cleanup-rules: the grid of each configured project, then what completing the set would create (a dry
// run) or creates (--apply). Exit 0 when the full set is covered, 1 when rules are missing or were refused,
// 2 for a project that is not configured, 3 when TestOps cannot be read.
int runCleanupRules(AppWiring &wiring, const CommandLine::Cleanup &options) {
    ExportFront *front = wiring.front();
    QList<qint64> ids = front->projectIds();
    if (options.projectId > 0) {
        if (!ids.contains(options.projectId)) {
            QStringList configured;
            for (qint64 id : std::as_const(ids))
                configured.append(QString::number(id));
            print(stderr, QCoreApplication::translate(
                              "main", "testops-export: project %1 is not a configured project "
                                      "(configured: %2)")
                              .arg(options.projectId)
                              .arg(configured.join(u", "_s)));
            return 2;
        }
        ids = {options.projectId};
    }
    const std::unique_ptr<CleanupBoard> board = front->cleanup(ids);
    board->load();
    waitFor(board.get(), &CleanupBoard::loaded);
    const CleanupView view = board->view();
    if (!view.error.isEmpty()) {
        print(stderr,
              QCoreApplication::translate("main", "testops-export: the cleanup rules cannot be read: %1")
                  .arg(view.error));
        return 3;
    }
    if (!view.globalError.isEmpty())
        print(stdout, view.globalError);
    for (const QString &project : board->report())
        print(stdout, project);
    const bool unreadable =
        std::any_of(view.projects.cbegin(), view.projects.cend(),
                    [](const CleanupView::Project &project) { return !project.error.isEmpty(); });
    const qsizetype planned = board->plan(ids, options.delayHours, options.global).size();
    if (planned == 0) {
        if (unreadable)
            return 3;
        print(stdout,
              QCoreApplication::translate("main", "The full rule set is in place: nothing to create."));
        return 0;
    }
    if (!options.apply) {
        for (const QString &line : board->planLines())
            print(stdout, line);
        print(stdout,
              QCoreApplication::translate("main",
                                          "Dry run: nothing was written. Add --apply to create these %n "
                                          "rule(s).",
                                          nullptr, int(planned)));
        return 1;
    }
    board->apply();
    waitFor(board.get(), &CleanupBoard::applied);
    for (const QString &line : board->resultLines())
        print(stdout, line);
    return board->complete(options.global) ? 0 : 1;
}

// --restore FILE: the plan, a case a line; with --apply, what was done. Exit 0 when every write was done
// (conflicts and skips are listed and left alone), 1 when a write failed or was not tried, 2 for bad
// arguments (no such export, no comparison, ids it does not list), 3 when TestOps cannot be read.
int runRestore(AppWiring &wiring, const CommandLine::Restore &options) {
    ExportFront *front = wiring.front();
    const QFileInfo given(options.file);
    if (options.file.contains(u'/') &&
        given.absolutePath() != QFileInfo(front->exportFolder()).absoluteFilePath()) {
        print(stderr, QCoreApplication::translate("main", "testops-export: %1 is not in the export folder %2")
                          .arg(options.file, front->exportFolder()));
        return 2;
    }
    QString error;
    const std::unique_ptr<TestOpsWrite> restore = front->restore(given.fileName(), &error);
    if (!restore) {
        print(stderr, u"testops-export: "_s + error);
        return 2;
    }
    RestoreChoice choice;
    choice.cases = options.cases;
    choice.removed = options.removed;
    choice.changed = options.changed;
    restore->plan(choice);
    waitFor(restore.get(), &TestOpsWrite::planned);
    if (!restore->error().isEmpty()) {
        print(stderr, u"testops-export: "_s + restore->error());
        return restore->badInput() ? 2 : 3;
    }
    const QStringList plan = restore->lines();
    for (const QString &line : plan)
        print(stdout, line);
    if (plan.isEmpty())
        print(stdout, restore->nothingToWrite());
    if (!options.apply) {
        if (restore->writes() > 0)
            print(stdout, QCoreApplication::translate("main",
                                                      "Dry run: nothing was written to TestOps. Add --apply "
                                                      "to write these %n case(s).",
                                                      nullptr, restore->writes()));
        return 0;
    }
    restore->apply();
    waitFor(restore.get(), &TestOpsWrite::applied);
    for (const QString &line : restore->lines())
        print(stdout, line);
    return restore->succeeded() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
#ifdef __GLIBC__
    // Downloads pass through buffers of 64 KiB to 1 MiB. glibc's mmap threshold would otherwise rise after
    // the first of them is freed, and later ones stay resident, so an idle app keeps the memory of its last
    // export.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);

    QCoreApplication::setApplicationName(u"testops-export"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TESTOPS_VERSION));
    if (!commandLine.errors.isEmpty()) {
        // What is wrong, and where the options are: not the whole help under one line.
        print(stderr, commandLine.errors.join(u'\n') + u'\n' +
                          QCoreApplication::translate("main", "testops-export --help lists the options."));
        return 2;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        print(stdout, commandLine.helpText);
        return 0;
    case CommandLine::Mode::Version:
        print(stdout, u"testops-export "_s + QStringLiteral(TESTOPS_VERSION));
        return 0;
    case CommandLine::Mode::HelpSettings:
        print(stdout, CommandLine::settingsHelp());
        return 0;
    case CommandLine::Mode::Desktop:
#ifndef TESTOPS_WITH_DESKTOP
        print(stderr, u"testops-export: this build has no desktop app (built with WITH_DESKTOP=OFF).\n"
                      "Run it as a service with: testops-export --headless"_s);
        return 2;
#else
        if (!hasDisplay()) {
            print(stderr, u"testops-export: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                          "Run it as a service with: testops-export --headless"_s);
            return 2;
        }
        return runDesktop(argc, argv, commandLine);
#endif
    default:
        break;
    }

    // No window, so no GLib main loop to share: Qt's own event loop pages in less (measured idle RSS of the
    // headless-only build: -0.2 MB). A user's own QT_NO_GLIB is left as it is.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    Language::install(app, QString());
    LogSink logSink({});
    logSink.install();
    const LoadedConfig loaded = ConfigLoader::load(configSources(commandLine));
    for (const QString &warning : loaded.warnings)
        qCWarning(lcConfig, "%s", qUtf8Printable(warning));
    if (!loaded.isValid()) {
        print(stderr, loaded.problemReport());
        return 2;
    }
    const Config &config = loaded.config;
    logSink.addSecret(config.token);
    logSink.addSecret(config.webAccessKey);
    logSink.addSecret(config.s3.secretKey);

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    SystemClock clock;
    QNetworkAccessManager network;
    AppWiring wiring(clock, &network);
    wiring.build(config);

    if (commandLine.mode == CommandLine::Mode::Check)
        return runCheck(wiring);
    if (commandLine.mode == CommandLine::Mode::Verify)
        return runVerify(wiring.front(), commandLine.verifyRemote);
    if (commandLine.mode == CommandLine::Mode::CleanupRules)
        return runCleanupRules(wiring, commandLine.cleanup);
    if (commandLine.mode == CommandLine::Mode::DiffCase)
        return SnapshotCli::diffCase(wiring.front(), commandLine.snapshot);
    if (commandLine.mode == CommandLine::Mode::RestoreSnapshot)
        return SnapshotCli::restore(wiring.front(), commandLine.restore);
    if (commandLine.mode == CommandLine::Mode::Restore)
        return runRestore(wiring, commandLine.restore);
    if (commandLine.mode == CommandLine::Mode::Snapshots)
        return SnapshotCli::list(wiring.front(), commandLine.snapshot);
    if (commandLine.mode == CommandLine::Mode::ShowCase)
        return SnapshotCli::showCase(wiring.front(), commandLine.snapshot);
    if (commandLine.mode == CommandLine::Mode::ExtractSnapshot)
        return SnapshotCli::extract(wiring.front(), commandLine.snapshot);

    QString taken;
    bool heldByOther = false;
    if (!wiring.claimFolder(&taken, &heldByOther)) {
        print(stderr, u"testops-export: "_s + taken);
        if (commandLine.mode == CommandLine::Mode::SnapshotNow && heldByOther)
            print(stderr,
                  QCoreApplication::translate(
                      "main", "The one running takes the snapshots: on its schedule after each export (with "
                              "SNAPSHOTS on), or from its window when it has one (File → Take a snapshot "
                              "now). Stop it to take one from here."));
        return 2;
    }
    ExportFront *front = wiring.front();
    if (commandLine.mode == CommandLine::Mode::SnapshotNow)
        return SnapshotCli::snapshotNow(front, commandLine.snapshot);
    SignalWatcher signals_;
    int exitCode = 0;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        qCInfo(lcExport, "signal %d received: stopping", signalNumber);
        if (commandLine.mode == CommandLine::Mode::ExportNow)
            exitCode = 1; // the cycle did not complete
        wiring.shutdown(10000, [] { QCoreApplication::quit(); });
    });

    if (commandLine.mode == CommandLine::Mode::ExportNow) {
        // What it did, a line per group on stdout (the log goes to stderr):
        //   OK    API  testops_export_API_2026-11-22_07-00-04.csv  500 test cases  +3 −10 ~16
        //   FAIL  UI   TestOps could not prepare the export: …
        QObject::connect(front, &ExportFront::cycleFinished, &app, [&](const CycleSummary &summary) {
            exitCode = summary.ok() ? 0 : 1;
            if (!summary.aborted) {
                for (const QString &line : front->cycleReport())
                    print(stdout, line);
            }
            if (summary.aborted || !front->snapshots()->isBusy())
                return QCoreApplication::quit();
            // The snapshots of the groups exported, each said as it ends; the exit code stays the exports'.
            QObject::connect(front->snapshots(), &SnapshotFront::finished, &app,
                             [](const SnapshotResult &result) {
                                 print(stdout, u"SNAPSHOT "_s + SnapshotCommands::resultLine(result));
                             });
            QObject::connect(front->snapshots(), &SnapshotFront::copied, &app,
                             [](const SnapshotCopyResult &result) {
                                 print(stdout, u"SNAPSHOT "_s + SnapshotCommands::copyLine(result));
                             });
            QObject::connect(front->snapshots(), &SnapshotFront::idle, &app, &QCoreApplication::quit);
        });
        front->runNow(u"command line"_s);
    } else {
        qCInfo(lcExport, "testops-export %s running headless: %d group(s), export folder %s", TESTOPS_VERSION,
               int(config.groups.size()), qUtf8Printable(config.exportPath));
        wiring.startService();
    }
    const int loopResult = QCoreApplication::exec();
    return loopResult != 0 ? loopResult : exitCode;
}
