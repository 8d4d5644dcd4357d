#include "CommandLine.h"

#include "SettingsTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments) {
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports the test cases of Allure TestOps tree groups to CSV files on a schedule.\n"
           "Without options it starts the desktop app in the system tray."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    const QCommandLineOption headless(
        u"headless"_s, tr("Run as a service without a window: schedule and web view; logs to stderr."));
    const QCommandLineOption exportNow(
        u"export-now"_s,
        tr("Export every group once and exit: 0 all succeeded, 1 some failed, 2 bad configuration."));
    const QCommandLineOption check(u"check"_s,
                                   tr("Check the configuration and the connection to TestOps, then exit."));
    const QCommandLineOption config(
        u"config"_s, tr("Read settings from FILE instead of the per-user settings file."), tr("FILE"));
    const QCommandLineOption set({u"s"_s, u"set"_s},
                                 tr("Override one setting, e.g. --set WEB_PORT=9191 (repeatable)."),
                                 tr("NAME=VALUE"));
    const QCommandLineOption helpSettings(u"help-settings"_s,
                                          tr("List every setting with its default and meaning."));
    parser.addOptions({help, version, headless, exportNow, check, config, set, helpSettings});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.errors.append(parser.errorText());
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        result.errors.append(tr("unexpected argument: %1").arg(parser.positionalArguments().join(u' ')));
    result.configFile = parser.value(config);
    for (const QString &item : parser.values(set)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            result.errors.append(tr("--set wants NAME=VALUE, got \"%1\"").arg(item));
        else
            result.settings.append({item.left(eq).trimmed(), item.mid(eq + 1)});
    }
    const int modes = int(parser.isSet(headless)) + int(parser.isSet(exportNow)) + int(parser.isSet(check));
    if (modes > 1)
        result.errors.append(tr("choose one of --headless, --export-now and --check"));
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
    QString text =
        tr("Settings (later sources win: defaults < settings file < .env < environment < --set):\n");
    for (const SettingSpec &spec : SettingsTable::all()) {
        text += u"\n  "_s + spec.name + u"\n      "_s + spec.translatedDescription() + u"\n      "_s +
                tr("Default: %1")
                    .arg(spec.defaultValue.isEmpty() ? (spec.required ? tr("none (required)") : tr("none"))
                                                     : spec.defaultValue) +
                u"\n      "_s + tr("Expected: %1").arg(spec.translatedExpected()) + u'\n';
    }
    return text;
}
