#include "CommandLine.h"

#include "SettingsTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {} // namespace

CommandLine CommandLine::parse(const QStringList &arguments) {
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Exports the test cases of Allure TestOps tree groups to CSV files on a schedule.\n"
                       "Without options it starts the desktop app in the system tray."));
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption headless(
        u"headless"_s,
        QCoreApplication::translate(
            "CommandLine", "Run as a service without a window: schedule and web view; logs to stderr."));
    const QCommandLineOption exportNow(
        u"export-now"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Export every group once and exit: 0 all succeeded, 1 some failed, 2 bad configuration."));
    const QCommandLineOption check(
        u"check"_s, QCoreApplication::translate(
                        "CommandLine", "Check the configuration and the connection to TestOps, then exit."));
    const QCommandLineOption verify(
        u"verify"_s,
        QCoreApplication::translate(
            "CommandLine", "Read every export of the folder again and compare it with the SHA-256 the "
                           "journal recorded, then exit: 0 all intact, 1 some changed, missing or "
                           "unrecorded."));
    const QCommandLineOption snapshotNow(
        u"snapshot-now"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Take a snapshot of every group (or of the GROUPs named after it) now and exit: every "
            "test case whole, with steps and attachments. 0 all done, 1 a group failed, 3 TestOps "
            "cannot be read."));
    const QCommandLineOption full(
        u"full"_s,
        QCoreApplication::translate("CommandLine", "With --snapshot-now: read every case again, "
                                                   "not only those with a new modification date."));
    const QCommandLineOption restoreSnapshot(
        u"restore-snapshot"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Put test cases back in TestOps whole, as snapshot ID kept them: gone ones created again, "
            "soft-deleted ones restored, changed parts written back, each read back and compared. A "
            "dry run that prints the plan unless --apply is given."),
        u"ID"_s);
    const QCommandLineOption toProject(
        u"to-project"_s,
        QCoreApplication::translate(
            "CommandLine", "With --restore-snapshot: create the test cases in project ID instead (its custom "
                           "field values, workflows and layers matched by name)."),
        u"ID"_s);
    const QCommandLineOption force(
        u"force"_s,
        QCoreApplication::translate(
            "CommandLine", "With --restore-snapshot: also put back the test cases changed in TestOps "
                           "after the newest snapshot (otherwise left alone as conflicts)."));
    const QCommandLineOption group(
        u"group"_s,
        QCoreApplication::translate("CommandLine",
                                    "With --restore-snapshot: the group whose snapshot ID names (when "
                                    "ID is a day, yyyy-MM-dd)."),
        QCoreApplication::translate("CommandLine", "GROUP"));
    const QCommandLineOption diffCase(
        u"diff-case"_s,
        QCoreApplication::translate(
            "CommandLine", "Compare test case ID as two snapshots kept it (--from and --to: a "
                           "snapshot's id or a date) and exit: 0 the same, 1 different, 2 not found."),
        u"ID"_s);
    const QCommandLineOption from(
        u"from"_s, QCoreApplication::translate("CommandLine", "With --diff-case: the earlier snapshot."),
        u"SNAPSHOT"_s);
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("CommandLine", "With --diff-case: the later snapshot."),
        u"SNAPSHOT"_s);
    const QCommandLineOption remote(
        u"remote"_s, QCoreApplication::translate(
                         "CommandLine", "With --verify: read the snapshots in the S3 bucket back too, every "
                                        "object downloaded and checked."));
    const QCommandLineOption snapshots(
        u"snapshots"_s,
        QCoreApplication::translate("CommandLine", "List the kept snapshots (of the GROUP named "
                                                   "after it) and exit."));
    const QCommandLineOption json(
        u"json"_s,
        QCoreApplication::translate("CommandLine", "With --snapshots and --show-case: print JSON."));
    const QCommandLineOption showCase(
        u"show-case"_s,
        QCoreApplication::translate("CommandLine",
                                    "Show a test case as the newest snapshot (or --at) kept it: "
                                    "fields, steps, attachments."),
        QCoreApplication::translate("CommandLine", "ID"));
    const QCommandLineOption at(
        u"at"_s,
        QCoreApplication::translate("CommandLine",
                                    "With --show-case: the snapshot (an id of --snapshots, or a "
                                    "date yyyy-MM-dd)."),
        QCoreApplication::translate("CommandLine", "SNAPSHOT"));
    const QCommandLineOption extractSnapshot(
        u"extract-snapshot"_s,
        QCoreApplication::translate("CommandLine",
                                    "Write the snapshot ID into the folder named after it as plain "
                                    "files (case.json and the attachments of each case)."),
        QCoreApplication::translate("CommandLine", "ID"));
    const QCommandLineOption cleanupRules(
        u"cleanup-rules"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Show the TestOps storage cleanup rules of every configured project and exit: 0 the full "
            "set (3 targets x 5 statuses) is covered, 1 rules are missing, 3 TestOps cannot be read."));
    const QCommandLineOption apply(
        u"apply"_s, QCoreApplication::translate(
                        "CommandLine", "With --cleanup-rules, --restore or --restore-snapshot: write "
                                       "to TestOps (without it, only say what it would write)."));
    const QCommandLineOption delay(
        u"delay"_s,
        QCoreApplication::translate(
            "CommandLine", "With --cleanup-rules: the delay of the rules to create, in hours (default 48)."),
        QCoreApplication::translate("CommandLine", "HOURS"));
    const QCommandLineOption global(
        u"global"_s,
        QCoreApplication::translate("CommandLine",
                                    "With --cleanup-rules: create global rules (administrators) instead of "
                                    "rules of each project."));
    const QCommandLineOption project(
        u"project"_s,
        QCoreApplication::translate("CommandLine", "With --cleanup-rules: only this configured project."),
        QCoreApplication::translate("CommandLine", "ID"));
    const QCommandLineOption restore(
        u"restore"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Undo in TestOps what changed in the export FILE since the previous one: restore removed "
            "test cases, put edited fields back. A dry run that prints the plan unless --apply; exit 0 "
            "done, 1 some case failed, 2 bad arguments, 3 TestOps cannot be read."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption cases(
        u"cases"_s,
        QCoreApplication::translate("CommandLine",
                                    "With --restore or --restore-snapshot: only these test cases "
                                    "(allure_id)."),
        QCoreApplication::translate("CommandLine", "ID,…"));
    const QCommandLineOption removedOnly(
        u"removed"_s, QCoreApplication::translate(
                          "CommandLine", "With --restore or --restore-snapshot: only the removed test "
                                         "cases."));
    const QCommandLineOption changedOnly(
        u"changed"_s, QCoreApplication::translate(
                          "CommandLine", "With --restore or --restore-snapshot: only the changed test "
                                         "cases."));
    const QCommandLineOption config(
        u"config"_s,
        QCoreApplication::translate("CommandLine",
                                    "Read settings from FILE instead of the per-user settings file."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption set(
        {u"s"_s, u"set"_s},
        QCoreApplication::translate("CommandLine",
                                    "Override one setting, e.g. --set WEB_PORT=9191 (repeatable)."),
        QCoreApplication::translate("CommandLine", "NAME=VALUE"));
    const QCommandLineOption helpSettings(
        u"help-settings"_s,
        QCoreApplication::translate("CommandLine", "List every setting with its default and meaning."));
    parser.addOptions(
        {help,        version,   headless,  exportNow,    check,   verify,          snapshotNow,
         full,        snapshots, json,      showCase,     at,      extractSnapshot, cleanupRules,
         apply,       delay,     global,    project,      restore, cases,           removedOnly,
         changedOnly, config,    set,       helpSettings, remote,  restoreSnapshot, diffCase,
         from,        to,        toProject, force,        group});
    // Made before any QCoreApplication exists, so Qt cannot know the program's name and writes a
    // placeholder; the name is the one users type.
    result.helpText = parser.helpText().replace(u"<executable_name>"_s, u"testops-export"_s);

    if (!parser.parse(arguments)) {
        result.errors.append(parser.errorText());
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowed = parser.isSet(snapshotNow)       ? positional.size()
                              : parser.isSet(snapshots)       ? 1
                              : parser.isSet(extractSnapshot) ? 1
                                                              : 0;
    if (positional.size() > allowed)
        result.errors.append(QCoreApplication::translate("CommandLine", "unexpected argument: %1")
                                 .arg(positional.mid(allowed).join(u' ')));
    if (parser.isSet(extractSnapshot) && positional.isEmpty())
        result.errors.append(QCoreApplication::translate(
            "CommandLine", "--extract-snapshot wants an id and a folder: --extract-snapshot ID DIR"));
    result.snapshot.groups =
        parser.isSet(snapshotNow) || parser.isSet(snapshots) ? positional : QStringList();
    result.snapshot.dir = parser.isSet(extractSnapshot) ? positional.value(0) : QString();
    result.snapshot.full = parser.isSet(full);
    result.verifyRemote = parser.isSet(remote);
    result.snapshot.json = parser.isSet(json);
    result.snapshot.at = parser.value(at);
    result.snapshot.id = parser.value(extractSnapshot);
    if (parser.isSet(showCase)) {
        bool ok = false;
        result.snapshot.caseId = parser.value(showCase).trimmed().toLongLong(&ok);
        if (!ok || result.snapshot.caseId <= 0)
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--show-case wants a test case id; got \"%1\"")
                    .arg(parser.value(showCase)));
    }
    const auto goesWith = [&](const QCommandLineOption &option,
                              std::initializer_list<const QCommandLineOption *> hosts) {
        if (!parser.isSet(option))
            return;
        QStringList names;
        for (const QCommandLineOption *host : hosts) {
            if (parser.isSet(*host))
                return;
            names.append(u"--"_s + host->names().constFirst());
        }
        result.errors.append(QCoreApplication::translate("CommandLine", "--%1 goes with %2")
                                 .arg(option.names().constFirst(),
                                      names.join(QCoreApplication::translate("CommandLine", " or "))));
    };
    goesWith(full, {&snapshotNow});
    goesWith(remote, {&verify});
    goesWith(from, {&diffCase});
    goesWith(to, {&diffCase});
    if (parser.isSet(diffCase)) {
        bool ok = false;
        result.snapshot.caseId = parser.value(diffCase).trimmed().toLongLong(&ok);
        if (!ok || result.snapshot.caseId <= 0)
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--diff-case wants a test case id; got \"%1\"")
                    .arg(parser.value(diffCase)));
        if (!parser.isSet(from) || !parser.isSet(to))
            result.errors.append(QCoreApplication::translate(
                "CommandLine", "--diff-case wants both --from SNAPSHOT and --to SNAPSHOT"));
        result.snapshot.at = parser.value(from);
        result.snapshot.to = parser.value(to);
    }
    goesWith(json, {&snapshots, &showCase});
    goesWith(at, {&showCase});
    result.configFile = parser.value(config);
    for (const QString &item : parser.values(set)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--set wants NAME=VALUE, got \"%1\"").arg(item));
        else
            result.settings.append({item.left(eq).trimmed(), item.mid(eq + 1)});
    }
    int modes = 0;
    for (const QCommandLineOption *mode :
         {&headless, &exportNow, &check, &verify, &snapshotNow, &snapshots, &showCase, &extractSnapshot,
          &cleanupRules, &restore, &restoreSnapshot, &diffCase})
        modes += int(parser.isSet(*mode));
    if (modes > 1)
        result.errors.append(QCoreApplication::translate(
            "CommandLine",
            "choose one of --headless, --export-now, --check, --verify, --snapshot-now, --snapshots, "
            "--show-case, --diff-case, --extract-snapshot, --cleanup-rules, --restore and "
            "--restore-snapshot"));
    for (const QCommandLineOption *option : {&delay, &global, &project}) {
        if (parser.isSet(*option) && !parser.isSet(cleanupRules))
            result.errors.append(QCoreApplication::translate("CommandLine", "--%1 goes with --cleanup-rules")
                                     .arg(option->names().constFirst()));
    }
    for (const QCommandLineOption *option : {&cases, &removedOnly, &changedOnly}) {
        if (parser.isSet(*option) && !parser.isSet(restore) && !parser.isSet(restoreSnapshot))
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--%1 goes with --restore or --restore-snapshot")
                    .arg(option->names().constFirst()));
    }
    if (parser.isSet(apply) && !parser.isSet(cleanupRules) && !parser.isSet(restore) &&
        !parser.isSet(restoreSnapshot))
        result.errors.append(QCoreApplication::translate(
            "CommandLine", "--apply goes with --cleanup-rules, --restore or --restore-snapshot"));
    if (int(parser.isSet(cases)) + int(parser.isSet(removedOnly)) + int(parser.isSet(changedOnly)) > 1)
        result.errors.append(
            QCoreApplication::translate("CommandLine", "choose one of --cases, --removed and --changed"));
    result.restore.file = parser.value(restore);
    result.restore.snapshot = parser.value(restoreSnapshot);
    result.restore.apply = parser.isSet(apply);
    result.restore.removed = !parser.isSet(changedOnly);
    result.restore.changed = !parser.isSet(removedOnly);
    result.restore.force = parser.isSet(force);
    result.restore.group = parser.value(group);
    for (const QCommandLineOption *option : {&group, &force, &toProject})
        goesWith(*option, {&restoreSnapshot});
    if (parser.isSet(toProject) && parser.isSet(restoreSnapshot)) {
        bool ok = false;
        result.restore.toProject = parser.value(toProject).trimmed().toLongLong(&ok);
        if (!ok || result.restore.toProject <= 0)
            result.errors.append(QCoreApplication::translate(
                                     "CommandLine", "--to-project wants a project id (a number above 0); "
                                                    "\"%1\" is not one")
                                     .arg(parser.value(toProject)));
    }
    if (parser.isSet(cases)) {
        for (const QString &id : parser.value(cases).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            if (id.trimmed().toLongLong(&ok) <= 0 || !ok)
                result.errors.append(QCoreApplication::translate(
                                         "CommandLine",
                                         "--cases wants test case ids (allure_id) separated by commas; "
                                         "\"%1\" is not one")
                                         .arg(id));
            else
                result.restore.cases.append(id.trimmed());
        }
        if (result.restore.cases.isEmpty() && result.errors.isEmpty())
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--cases wants at least one test case id"));
    }
    result.cleanup.apply = parser.isSet(apply);
    result.cleanup.global = parser.isSet(global);
    if (parser.isSet(delay)) {
        bool ok = false;
        const qint64 hours = parser.value(delay).trimmed().toLongLong(&ok);
        constexpr qint64 tenYears = 10LL * 366 * 24;
        if (!ok || hours <= 0 || hours > tenYears)
            result.errors.append(
                QCoreApplication::translate(
                    "CommandLine",
                    "--delay wants a positive whole number of hours up to %1, e.g. 48; got \"%2\"")
                    .arg(tenYears)
                    .arg(parser.value(delay)));
        else
            result.cleanup.delayHours = hours;
    }
    if (parser.isSet(project)) {
        bool ok = false;
        result.cleanup.projectId = parser.value(project).trimmed().toLongLong(&ok);
        if (!ok || result.cleanup.projectId <= 0)
            result.errors.append(
                QCoreApplication::translate("CommandLine",
                                            "--project wants a project id (a positive number); got \"%1\"")
                    .arg(parser.value(project)));
    }
    if (parser.isSet(help))
        result.mode = Mode::Help;
    else if (parser.isSet(version))
        result.mode = Mode::Version;
    else if (parser.isSet(helpSettings))
        result.mode = Mode::HelpSettings;
    else if (parser.isSet(headless))
        result.mode = Mode::Headless;
    else if (parser.isSet(exportNow))
        result.mode = Mode::ExportNow;
    else if (parser.isSet(check))
        result.mode = Mode::Check;
    else if (parser.isSet(verify))
        result.mode = Mode::Verify;
    else if (parser.isSet(snapshotNow))
        result.mode = Mode::SnapshotNow;
    else if (parser.isSet(snapshots))
        result.mode = Mode::Snapshots;
    else if (parser.isSet(showCase))
        result.mode = Mode::ShowCase;
    else if (parser.isSet(extractSnapshot))
        result.mode = Mode::ExtractSnapshot;
    else if (parser.isSet(cleanupRules))
        result.mode = Mode::CleanupRules;
    else if (parser.isSet(restore))
        result.mode = Mode::Restore;
    else if (parser.isSet(restoreSnapshot))
        result.mode = Mode::RestoreSnapshot;
    else if (parser.isSet(diffCase))
        result.mode = Mode::DiffCase;
    return result;
}

QString CommandLine::settingsHelp() {
    QString text = QCoreApplication::translate(
        "CommandLine",
        "Settings (later sources win: defaults < settings file < .env < environment < --set):\n");
    for (const SettingSpec &spec : SettingsTable::all()) {
        text += u"\n  "_s + spec.name + u"\n      "_s + spec.translatedDescription() + u"\n      "_s +
                QCoreApplication::translate("CommandLine", "Default: %1")
                    .arg(spec.defaultValue.isEmpty()
                             ? (spec.required ? QCoreApplication::translate("CommandLine", "none (required)")
                                              : QCoreApplication::translate("CommandLine", "none"))
                             : spec.defaultValue) +
                u"\n      "_s +
                QCoreApplication::translate("CommandLine", "Expected: %1").arg(spec.translatedExpected()) +
                u'\n';
    }
    return text;
}
