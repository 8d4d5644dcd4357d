// The JSON the web view answers with: /api/status and /api/exports. The same facts the window shows.
#pragma once

#include "exports/ExportIndex.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class ExportService;

namespace WebApi {

// {"schedule", "timeZone", "nextRun", "paused", "running", "state", "headline", "files", "totalBytes",
//  "lastExport": {...} | null, "groups": [{"name", "state", "attempt", "maxAttempts", "nextRetry", "last":
//  {...}}]}
QJsonObject status(ExportService &service);

// The JSON of each listed export, built once per change of the folder: a page of /api/exports only copies.
class ItemCache {
public:
    const QJsonObject &item(const ExportIndex::Entry &entry);
    void clear() { m_items.clear(); }

private:
    QHash<QString, QJsonObject> m_items;
};

// {"total", "page", "size", "pages", "groups": [...],
//  "items": [{"file", "group", "time", "bytes", "rows", "url"}]}
// `page` counts from 1; `size` is clamped to 1..500.
QJsonObject exports(ExportService &service, ItemCache &cache, const QString &group, int page, int size);

} // namespace WebApi
