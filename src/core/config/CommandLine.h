// The command line: which mode to run in and which settings it overrides.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct CommandLine {
    enum class Mode { Desktop, Headless, ExportNow, Check, Help, Version, HelpSettings };

    Mode mode = Mode::Desktop;
    QString configFile;                      // --config
    QList<QPair<QString, QString>> settings; // --set NAME=VALUE
    QString helpText;
    QStringList errors;

    static CommandLine parse(const QStringList &arguments);
    // Every setting with its default and meaning, for --help-settings and the README.
    static QString settingsHelp();
};
