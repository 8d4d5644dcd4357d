// The command line: which mode to run in and which settings it overrides.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct CommandLine {
    enum class Mode {
        Desktop,
        Headless,
        ExportNow,
        Check,
        CleanupRules,
        Restore,
        RestoreSnapshot,
        DiffCase,
        Verify,
        SnapshotNow,
        Snapshots,
        ShowCase,
        ExtractSnapshot,
        Help,
        Version,
        HelpSettings
    };

    Mode mode = Mode::Desktop;
    QString configFile;                      // --config
    QList<QPair<QString, QString>> settings; // --set NAME=VALUE
    // --cleanup-rules [--apply] [--delay HOURS] [--global] [--project ID]
    struct Cleanup {
        bool apply = false;
        qint64 delayHours = 48; // as the script of TestOps' documentation
        bool global = false;
        qint64 projectId = 0; // 0: every configured project
    } cleanup;
    // --restore FILE [--cases ID,…|--removed|--changed] [--apply]
    struct Restore {
        QString file;
        QString snapshot;    // --restore-snapshot ID
        QStringList cases;   // empty: by `removed`/`changed`
        bool removed = true; // both unless one of --removed and --changed is given
        bool changed = true;
        bool apply = false;
        qint64 toProject = 0; // --to-project ID (with --restore-snapshot)
        bool force = false;   // --force: put back cases changed again since (with --restore-snapshot)
        QString group;        // --group G (with --restore-snapshot)
    } restore;
    // --snapshot-now [GROUP…] [--full], --snapshots [GROUP] [--json], --show-case ID [--at SNAPSHOT]
    // [--json],
    // --extract-snapshot ID DIR
    struct Snapshot {
        QStringList groups;
        bool full = false;
        bool json = false;
        qint64 caseId = 0;
        QString at; // --at, and --diff-case's --from
        QString to; // --diff-case's --to
        QString id;
        QString dir;
    } snapshot;
    bool verifyRemote = false; // --verify --remote
    QString helpText;
    QStringList errors;

    static CommandLine parse(const QStringList &arguments);
    // Every setting with its default and meaning, for --help-settings and the README.
    static QString settingsHelp();
};
