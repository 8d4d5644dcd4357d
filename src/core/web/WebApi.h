// The JSON the web view answers with: /api/status and /api/exports. The same facts the window shows.
#pragma once

#include <functional>

#include "config/Words.h"
#include "exports/ExportEntry.h"
#include "service/CleanupView.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <memory>

class ChangeDetails;
class ExportFront;

namespace WebApi {

// {"schedule", "timeZone", "nextRun", "paused", "running", "canRunNow", "state", "headline", "files",
// "totalBytes",
//  "lastExport": {...} | null, "groups": [{"name", "state", "display", "attempt", "maxAttempts", "nextRetry",
//  "last":
//  {...}}]}
QJsonObject status(const ExportFront &front, const Words &words);

// The JSON of each listed export, built once per change of the folder: a page of /api/exports only copies.
class ItemCache {
public:
    const QJsonObject &item(const ExportFront &front, const ExportEntry &entry, const Words &words);
    void clear() { m_items.clear(); }

private:
    QHash<QString, QJsonObject> m_items;
};

// The kept comparisons last asked for (parsing a big one takes a while; its pages are read in turn).
class ChangeCache {
public:
    const ChangeDetails *details(const ExportFront &front, const QString &fileName, QString *error);
    // The export compared with another earlier one of its group (read now, kept for the next pages).
    const ChangeDetails *compared(const ExportFront &front, const QString &fileName, const QString &baseline,
                                  QString *error, const Words &words);
    // Both files of a comparison made on request, together: it is read on the server's thread.
    static constexpr qint64 maxComparedBytes = 64 * 1024 * 1024;
    void clear() { m_recent.clear(); }

private:
    QList<std::pair<QString, std::shared_ptr<const ChangeDetails>>> m_recent;
};

// {"file", "group", "previous", "previousAvailable", "error", "changes": {"added", "removed", "changed"} |
// null,
//  "columnsAdded", "columnsRemoved", "problems", "total", "page", "size", "pages",
//  "items": [{"kind": "added" | "removed" | "changed", "id", "name", "fields": [{"name", "old", "new"}]}]}
// Cases in the order added, removed, changed; `kind` picks one; `size` is clamped to 1..200.
// With `search`, only the cases whose id or name holds it (any case); "baselines": the exports it can be
// compared with ([{"file", "time"}], newest first); "time", "previousTime": when the export and the baseline
// were made.
// `link`: a case's page in TestOps ("url" of each item; absent without it).
QJsonObject changes(const ChangeDetails &details, const QString &group, const QString &kind, int page,
                    int size, const QString &search = QString(), const QList<ExportFile> &baselines = {},
                    const std::function<QUrl(const QString &)> &link = {});

// {"total", "page", "size", "pages", "groups": [...],
//  "items": [{"file", "group", "time", "bytes", "rows", "expectedRows", "url", "checked", "previous",
//             "changes": {"added", "removed", "changed"} | null, "changesState", "identical", "changesUrl",
//             "warnings", "sha256"}
//            | {"kind": "failed", "group", "time", "attempts", "error", "text", "count", "since",
//               "failures": [{"time", "attempts", "error", "text"}]}]}: exports of a group that failed for
//               good, one after another (the newest first)
// `page` counts from 1; `size` is clamped to 1..500.
QJsonObject exports(const ExportFront &front, ItemCache &cache, const QString &group, int page, int size,
                    const Words &words);

// The storage cleanup rules, read-only: {"state": "loading" | "ready" | "error", "error", "globalError",
//  "targets", "statuses", "projects": [{"id", "name", "error", "missing", "canConfigure",
//  "launchClose": {"known", "finishedSeconds"}, "cells": [{"target", "status", "global", "project",
//  "effective", "source"}]}]} (delays in hours, -1 for none; source global | project | missing).
QJsonObject cleanup(const CleanupView &view);

} // namespace WebApi
