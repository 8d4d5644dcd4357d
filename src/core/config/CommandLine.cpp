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
    parser.addOptions({help, version, headless, exportNow, check, config, set, helpSettings});
    // Made before any QCoreApplication exists, so Qt cannot know the program's name and writes a
    // placeholder; the name is the one users type.
    result.helpText = parser.helpText().replace(u"<executable_name>"_s, u"testops-export"_s);

    if (!parser.parse(arguments)) {
        result.errors.append(parser.errorText());
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        result.errors.append(QCoreApplication::translate("CommandLine", "unexpected argument: %1")
                                 .arg(parser.positionalArguments().join(u' ')));
    result.configFile = parser.value(config);
    for (const QString &item : parser.values(set)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            result.errors.append(
                QCoreApplication::translate("CommandLine", "--set wants NAME=VALUE, got \"%1\"").arg(item));
        else
            result.settings.append({item.left(eq).trimmed(), item.mid(eq + 1)});
    }
    const int modes = int(parser.isSet(headless)) + int(parser.isSet(exportNow)) + int(parser.isSet(check));
    if (modes > 1)
        result.errors.append(
            QCoreApplication::translate("CommandLine", "choose one of --headless, --export-now and --check"));
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
