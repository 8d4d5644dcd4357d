// The settings of snapshots (SNAPSHOT_*), read into a configuration: each returns why the text is not valid,
// or an empty string (as SettingSpec::apply).
#pragma once

#include "Config.h"

namespace SnapshotSettings {

QString applyPath(const QString &text, Config &config);
QString applyConcurrency(const QString &text, Config &config);
// SNAPSHOT_FULL_EVERY: "7d", "2w", "12h"; 0: every snapshot reads every case.
QString applyFullEvery(const QString &text, Config &config);
bool parseLongDuration(const QString &text, qint64 *seconds);

} // namespace SnapshotSettings
