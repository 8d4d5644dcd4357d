#include "WebApi.h"

#include "exports/ExportIndex.h"
#include "schedule/Scheduler.h"
#include "service/ExportService.h"
#include "service/StatusSummary.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QJsonValue iso(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString stateName(StatusSummary::State state) {
    switch (state) {
    case StatusSummary::State::NotConfigured:
        return u"not-configured"_s;
    case StatusSummary::State::Idle:
        return u"idle"_s;
    case StatusSummary::State::Paused:
        return u"paused"_s;
    case StatusSummary::State::Exporting:
        return u"exporting"_s;
    case StatusSummary::State::WaitingRetry:
        return u"waiting-retry"_s;
    case StatusSummary::State::Failed:
        return u"failed"_s;
    }
    return u"idle"_s;
}

QString groupStateName(ExportRunner::GroupState state) {
    switch (state) {
    case ExportRunner::GroupState::Idle:
        return u"idle"_s;
    case ExportRunner::GroupState::Queued:
        return u"queued"_s;
    case ExportRunner::GroupState::Running:
        return u"running"_s;
    case ExportRunner::GroupState::WaitingRetry:
        return u"waiting-retry"_s;
    case ExportRunner::GroupState::Succeeded:
        return u"succeeded"_s;
    case ExportRunner::GroupState::Failed:
        return u"failed"_s;
    }
    return u"idle"_s;
}

QJsonObject item(const ExportIndex::Entry &entry) {
    return {{u"file"_s, entry.file.fileName},
            {u"group"_s, entry.file.group},
            {u"time"_s, iso(entry.file.timestamp)},
            {u"bytes"_s, entry.file.bytes},
            {u"rows"_s, entry.rows >= 0 ? QJsonValue(entry.rows) : QJsonValue(QJsonValue::Null)},
            {u"url"_s, u"/download/"_s + QString::fromLatin1(QUrl::toPercentEncoding(entry.file.fileName))}};
}
} // namespace

QJsonObject WebApi::status(ExportService &service) {
    ExportRunner *runner = service.runner();
    Scheduler *scheduler = service.scheduler();
    const QList<ExportRunner::GroupStatus> groups = runner->statuses();
    const StatusSummary summary =
        StatusSummary::compute(groups, runner->isRunning(), scheduler->isPaused(), scheduler->nextRun());
    QJsonArray groupList;
    for (const ExportRunner::GroupStatus &group : groups) {
        QJsonObject last;
        if (group.lastAttemptEnd.isValid())
            last = {
                {u"ok"_s, group.lastOk},
                {u"time"_s, iso(group.lastAttemptEnd)},
                {u"error"_s, group.lastOk ? QJsonValue(QJsonValue::Null) : QJsonValue(group.lastError)},
                {u"file"_s, group.lastOk ? QJsonValue(group.lastFile) : QJsonValue(QJsonValue::Null)},
                {u"rows"_s, group.lastRows >= 0 ? QJsonValue(group.lastRows) : QJsonValue(QJsonValue::Null)}};
        groupList.append(QJsonObject{
            {u"name"_s, group.group.name},
            {u"state"_s, groupStateName(group.state)},
            {u"attempt"_s, group.attempt},
            {u"maxAttempts"_s, group.maxAttempts},
            {u"bytes"_s, group.state == ExportRunner::GroupState::Running ? QJsonValue(group.bytes)
                                                                          : QJsonValue(QJsonValue::Null)},
            {u"nextRetry"_s, iso(group.nextRetry)},
            {u"last"_s, last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last)}});
    }
    ExportIndex *index = service.index();
    const QList<ExportIndex::Entry> &entries = index->entries();
    return {{u"schedule"_s, service.config().schedule.text()},
            {u"timeZone"_s, QString::fromUtf8(service.config().timeZone.id())},
            {u"nextRun"_s, iso(summary.nextRun)},
            {u"paused"_s, scheduler->isPaused()},
            {u"running"_s, runner->isRunning()},
            {u"state"_s, stateName(summary.state)},
            {u"headline"_s, summary.headline},
            {u"groupsDone"_s, summary.groupsDone},
            {u"files"_s, entries.size()},
            {u"totalBytes"_s, index->totalBytes()},
            {u"lastExport"_s,
             entries.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item(entries.first()))},
            {u"groups"_s, groupList}};
}

const QJsonObject &WebApi::ItemCache::item(const ExportIndex::Entry &entry) {
    auto it = m_items.find(entry.file.fileName);
    if (it == m_items.end())
        it = m_items.insert(entry.file.fileName, ::item(entry));
    return *it;
}

QJsonObject WebApi::exports(ExportService &service, ItemCache &cache, const QString &group, int page,
                            int size) {
    size = qBound(1, size, 500);
    page = qMax(1, page);
    ExportIndex *index = service.index();
    const QList<ExportIndex::Entry> &entries = index->entries();
    QJsonArray items;
    qsizetype matching = 0;
    const qsizetype first = qsizetype(page - 1) * size;
    for (const ExportIndex::Entry &entry : entries) {
        if (!group.isEmpty() && entry.file.group != group)
            continue;
        if (matching >= first && matching < first + size)
            items.append(cache.item(entry));
        ++matching;
    }
    return {{u"total"_s, matching},
            {u"page"_s, page},
            {u"size"_s, size},
            {u"pages"_s, qMax<qsizetype>(1, (matching + size - 1) / size)},
            {u"groups"_s, QJsonArray::fromStringList(index->groups())},
            {u"items"_s, items}};
}
