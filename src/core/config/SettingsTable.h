// The table of every setting: its name, default, description, what a valid value is, and how it is read.
#pragma once

#include "Config.h"

#include <QList>
#include <QString>

enum class SettingSource { Default, Keychain, SettingsFile, DotEnv, Environment, CommandLine };

QString settingSourceName(SettingSource source);

struct SettingSpec {
    QString name;
    QString defaultValue; // as a user would write it; empty means none
    bool required = false;
    bool secret = false;
    const char *description = nullptr; // translatable, context "Settings"
    const char *expected = nullptr;    // translatable, context "Settings": what a valid value looks like
    // Reads `text` into `config`; returns why the text is not valid, or an empty string.
    QString (*apply)(const QString &text, Config &config) = nullptr;

    QString translatedDescription() const;
    QString translatedExpected() const;
    // The value as it may be shown: secrets masked.
    QString shown(const QString &value) const;
    // Whether an empty value is a choice of its own, kept as NAME= where it is written: it differs from the
    // default (RETRY_DELAYS empty: no retries, not the default three). Empty where the default is empty is
    // the same as not setting it.
    bool emptyIsAChoice() const { return !defaultValue.isEmpty() && !required; }
};

namespace SettingsTable {

const QList<SettingSpec> &all();
const SettingSpec *find(const QString &name);

// Parsers shared with other parts (settings dialog, web view).
bool parseBool(const QString &text, bool *value);
bool parseDuration(const QString &text, int *seconds);
QString formatDuration(int seconds);
QString parseGroups(const QString &text, ExportGroups *groups);
bool isSafeGroupName(const QString &name);
QString formatGroups(const ExportGroups &groups);
// RETENTION_KEEP: "daily:30,weekly:12,monthly:24" (and yearly:N); empty: none. Returns why not, or empty.
QString parseRetentionKeep(const QString &text, RetentionKeep *keep);

} // namespace SettingsTable
