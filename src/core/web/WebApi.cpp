#include "WebApi.h"

#include "config/WireNames.h"
#include "exports/ChangeDetails.h"
#include "service/ExportFront.h"
#include "service/SnapshotFront.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QJsonValue iso(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// In the order of StatusSummary::State and GroupState.
constexpr QLatin1StringView summaryStates[] = {"not-configured"_L1, "idle"_L1,          "paused"_L1,
                                               "exporting"_L1,      "waiting-retry"_L1, "failed"_L1};
constexpr QLatin1StringView groupStates[] = {"idle"_L1,          "queued"_L1,    "running"_L1,
                                             "waiting-retry"_L1, "succeeded"_L1, "failed"_L1};

QJsonValue orNull(qint64 value) {
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject item(const ExportFront &front, const ExportEntry &entry, const Words &words) {
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(entry.file.fileName));
    const QJsonValue changes = entry.hasChanges() ? QJsonValue(QJsonObject{{u"added"_s, entry.added},
                                                                           {u"removed"_s, entry.removed},
                                                                           {u"changed"_s, entry.changed}})
                                                  : QJsonValue(QJsonValue::Null);
    return {{u"file"_s, entry.file.fileName},
            {u"group"_s, entry.file.group},
            {u"time"_s, iso(entry.file.timestamp)},
            {u"bytes"_s, entry.file.bytes},
            {u"sizeText"_s, words.dataSize(entry.file.bytes)}, // in the units of the desktop
            {u"rows"_s, orNull(entry.rows)},
            {u"expectedRows"_s, orNull(entry.expectedRows)},
            {u"url"_s, u"/download/"_s + encoded},
            {u"checked"_s, entry.checked},
            {u"previous"_s, orNull(entry.previous)},
            {u"changes"_s, changes},
            {u"changesState"_s, StateWords::changeStateName(StateWords::changeState(entry))},
            {u"identical"_s, entry.hasChanges() && entry.identical()},
            {u"changesUrl"_s,
             entry.hasChanges() ? QJsonValue(u"/changes/"_s + encoded) : QJsonValue(QJsonValue::Null)},
            {u"warnings"_s, QJsonArray::fromStringList(entry.warnings)},
            {u"sha256"_s, orNull(entry.sha256.hex())},
            // Why retention keeps it (RETENTION_DAYS or RETENTION_KEEP set): the tiers, and their words.
            {u"kept"_s, front.retentionActive()
                            ? QJsonValue(QJsonArray::fromStringList(StateWords::keptNames(entry.kept)))
                            : QJsonValue(QJsonValue::Null)},
            {u"keptText"_s, orNull(front.keptText(entry, words))},
            {u"upload"_s,
             front.s3Enabled()
                 ? QJsonValue(QJsonObject{{u"state"_s, StateWords::uploadStateName(front.uploadState(entry))},
                                          {u"error"_s, orNull(entry.uploadError)},
                                          {u"nextRetry"_s, iso(entry.uploadRetry)}})
                 : QJsonValue(QJsonValue::Null)}};
}

QJsonValue timeOf(const QString &fileName) {
    ExportFile parsed;
    return ExportFile::parse(fileName, &parsed) ? QJsonValue(parsed.timestamp.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null);
}

QJsonArray baselineList(const QList<ExportFile> &baselines) {
    QJsonArray list;
    for (const ExportFile &file : baselines)
        list.append(
            QJsonObject{{u"file"_s, file.fileName}, {u"time"_s, file.timestamp.toString(Qt::ISODate)}});
    return list;
}

QJsonObject caseJson(const ChangeDetails &details, const ExportComparison::Case &c, const QString &kind,
                     const std::function<QUrl(const QString &)> &link) {
    QJsonObject object{{u"kind"_s, kind}, {u"id"_s, c.id}, {u"name"_s, c.name}};
    if (link) {
        const QUrl url = link(c.id);
        object.insert(u"url"_s, url.isValid() ? QJsonValue(url.toString()) : QJsonValue(QJsonValue::Null));
    }
    if (kind == u"changed"_s) {
        QJsonArray fields;
        if (details.previousAvailable()) {
            for (const ChangeDetails::Field &field : details.fields(c)) // and what differs inside the cell
                fields.append(QJsonObject{{u"name"_s, field.name},
                                          {u"old"_s, field.before},
                                          {u"new"_s, field.after},
                                          {u"sameStart"_s, field.sameStart()},
                                          {u"sameEnd"_s, field.sameEnd()}});
        } else {
            for (const QString &name : c.fields)
                fields.append(QJsonObject{{u"name"_s, name},
                                          {u"old"_s, QJsonValue(QJsonValue::Null)},
                                          {u"new"_s, QJsonValue(QJsonValue::Null)}});
        }
        object.insert(u"fields"_s, fields);
    }
    return object;
}
} // namespace

namespace {
// {"role": "leader" | "follower", "identity", "leader", "since", "error"}, or null without leader election.
QJsonValue clusterJson(const ExportFront::Cluster &cluster) {
    if (!cluster.enabled)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"role"_s, cluster.leading ? u"leader"_s : u"follower"_s},
        {u"identity"_s, cluster.identity},
        {u"leader"_s, cluster.leader.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cluster.leader)},
        {u"since"_s, cluster.leaderSince.isValid() ? QJsonValue(iso(cluster.leaderSince))
                                                   : QJsonValue(QJsonValue::Null)}};
    if (!cluster.error.isEmpty())
        object.insert(u"error"_s, cluster.error);
    return object;
}
} // namespace

namespace {
// A group's snapshot: its state and words, and the newest kept; null when snapshots are off.
QJsonValue snapshotJson(const ExportFront &front, const QString &group, const QString &text) {
    const SnapshotFront *snapshots = front.snapshots();
    if (!snapshots->enabled())
        return QJsonValue::Null;
    const std::optional<SnapshotResult> last = snapshots->lastResult(group);
    const std::optional<SnapshotManifest> newest = snapshots->newest(group);
    const bool running = snapshots->current() == group;
    QJsonObject json{{u"state"_s, running             ? u"running"_s
                                  : last && !last->ok ? u"failed"_s
                                  : newest            ? u"ok"_s
                                                      : u"never"_s},
                     {u"text"_s, text},
                     {u"error"_s, last && !last->ok ? QJsonValue(last->error) : QJsonValue(QJsonValue::Null)},
                     {u"retryAt"_s, last && !last->ok ? iso(last->retryAt) : QJsonValue(QJsonValue::Null)}};
    if (running)
        json.insert(u"progress"_s,
                    QJsonObject{{u"done"_s, snapshots->done()}, {u"total"_s, snapshots->total()}});
    if (newest)
        json.insert(u"newest"_s, QJsonObject{{u"id"_s, newest->id},
                                             {u"takenAt"_s, iso(newest->takenAt)},
                                             {u"cases"_s, newest->cases},
                                             {u"attachments"_s, newest->attachments},
                                             {u"bytes"_s, newest->bytes}});
    return json;
}
} // namespace

QJsonObject WebApi::status(const ExportFront &front, const Words &words) {
    const StatusSummary summary = front.summary(words);
    QJsonArray groupList;
    for (const GroupView &view : front.groups(words)) {
        const GroupStatus &group = view.status;
        QJsonObject last;
        if (group.lastAttemptEnd.isValid())
            last = {
                {u"ok"_s, group.lastOk},
                {u"time"_s, iso(group.lastAttemptEnd)},
                {u"error"_s, group.lastOk ? QJsonValue(QJsonValue::Null) : QJsonValue(group.lastError)},
                {u"file"_s, group.lastOk ? QJsonValue(group.lastFile) : QJsonValue(QJsonValue::Null)},
                {u"rows"_s, group.lastRows >= 0 ? QJsonValue(group.lastRows) : QJsonValue(QJsonValue::Null)},
                {u"warning"_s, group.lastOk ? orNull(group.lastWarning) : QJsonValue(QJsonValue::Null)}};
        groupList.append(QJsonObject{
            {u"name"_s, group.group.name},
            {u"state"_s, WireNames::nameOf(group.state, groupStates)},
            {u"display"_s, view.stateName},
            {u"stateText"_s, view.stateText}, // the window's words, in the browser's language
            {u"details"_s, view.details},
            {u"attempt"_s, group.attempt},
            {u"maxAttempts"_s, group.maxAttempts},
            {u"bytes"_s,
             group.state == GroupState::Running ? QJsonValue(group.bytes) : QJsonValue(QJsonValue::Null)},
            {u"sizeText"_s, group.state == GroupState::Running ? QJsonValue(words.dataSize(group.bytes))
                                                               : QJsonValue(QJsonValue::Null)},
            {u"nextRetry"_s, iso(group.nextRetry)},
            {u"last"_s, last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last)},
            {u"snapshot"_s, snapshotJson(front, group.group.name, view.snapshot)}});
    }
    const QList<ExportEntry> &entries = front.exports();
    const ExportFront::RunNowCheck runNow = front.canRunNow();
    const ExportFront::UploadCounts uploads = front.uploadCounts();
    return {{u"schedule"_s, front.scheduleText()},
            {u"timeZone"_s, front.timeZoneId()},
            {u"nextRun"_s, iso(summary.nextRun)},
            {u"paused"_s, front.isPaused()},
            {u"running"_s, front.isRunning()},
            {u"canRunNow"_s, runNow.allowed},
            {u"state"_s, WireNames::nameOf(summary.state, summaryStates)},
            {u"headline"_s, summary.headline},
            {u"groupsDone"_s, summary.groupsDone},
            {u"files"_s, entries.size()},
            {u"totalBytes"_s, front.totalBytes()},
            {u"totalSizeText"_s, words.dataSize(front.totalBytes())},
            {u"lastExport"_s, entries.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(item(front, entries.first(), words))},
            {u"groups"_s, groupList},
            {u"cluster"_s, clusterJson(front.cluster())},
            {u"uploads"_s, front.s3Enabled() ? QJsonValue(QJsonObject{{u"uploaded"_s, uploads.uploaded},
                                                                      {u"waiting"_s, uploads.waiting},
                                                                      {u"failed"_s, uploads.failed}})
                                             : QJsonValue(QJsonValue::Null)}};
}

const QJsonObject &WebApi::ItemCache::item(const ExportFront &front, const ExportEntry &entry,
                                           const Words &words) {
    const QString key = words.locale().name() + u'/' + entry.file.fileName; // sizes in the browser's language
    auto it = m_items.find(key);
    if (it == m_items.end())
        it = m_items.insert(key, ::item(front, entry, words));
    return *it;
}

const ChangeDetails *WebApi::ChangeCache::details(const ExportFront &front, const QString &fileName,
                                                  QString *error) {
    for (const auto &[name, details] : std::as_const(m_recent)) {
        if (name == fileName)
            return details.get();
    }
    std::shared_ptr<const ChangeDetails> details = front.changeDetails(fileName, error);
    if (!details)
        return nullptr;
    m_recent.prepend({fileName, details});
    if (m_recent.size() > 4) // a few pages of a big comparison are read without parsing it again
        m_recent.removeLast();
    return details.get();
}

const ChangeDetails *WebApi::ChangeCache::compared(const ExportFront &front, const QString &fileName,
                                                   const QString &baseline, QString *error,
                                                   const Words &words) {
    const QString key = fileName + u'\n' + baseline;
    for (const auto &[name, details] : std::as_const(m_recent)) {
        if (name == key)
            return details.get();
    }
    const ExportFront::Comparison comparison =
        front.comparison(fileName, baseline, maxComparedBytes, error, words);
    if (!comparison)
        return nullptr;
    std::shared_ptr<const ChangeDetails> details = comparison(); // within the bound: fast enough to wait for
    m_recent.prepend({key, details});
    if (m_recent.size() > 4)
        m_recent.removeLast();
    return details.get();
}

QJsonObject WebApi::changes(const ChangeDetails &details, const QString &group, const QString &kind, int page,
                            int size, const QString &search, const QList<ExportFile> &baselines,
                            const std::function<QUrl(const QString &)> &link) {
    size = qBound(1, size, 200);
    page = qMax(1, page);
    const ExportComparison::Result &result = details.result();
    const QList<std::pair<QString, const QList<ExportComparison::Case> *>> lists = {
        {u"added"_s, &result.added}, {u"removed"_s, &result.removed}, {u"changed"_s, &result.changed}};
    QJsonArray items;
    qsizetype matching = 0;
    const qsizetype first = qsizetype(page - 1) * size;
    for (const auto &[name, cases] : lists) {
        if (!kind.isEmpty() && kind != name)
            continue;
        if (!search.isEmpty()) { // every case is looked at
            for (const ExportComparison::Case &c : *cases) {
                if (!c.id.contains(search, Qt::CaseInsensitive) &&
                    !c.name.contains(search, Qt::CaseInsensitive))
                    continue;
                if (matching >= first && matching < first + size)
                    items.append(caseJson(details, c, name, link));
                ++matching;
            }
            continue;
        }
        // Only the cases of the page are looked at.
        const qsizetype from = qBound<qsizetype>(0, first - matching, cases->size());
        const qsizetype to = qBound<qsizetype>(0, first + size - matching, cases->size());
        for (qsizetype i = from; i < to; ++i)
            items.append(caseJson(details, cases->at(i), name, link));
        matching += cases->size();
    }
    return {{u"file"_s, result.file},
            {u"group"_s, group},
            {u"previous"_s, orNull(result.previousFile)},
            {u"previousAvailable"_s, details.previousAvailable()},
            {u"error"_s, orNull(result.error)},
            {u"changes"_s, result.counts()},
            {u"columnsAdded"_s, QJsonArray::fromStringList(result.columnsAdded)},
            {u"columnsRemoved"_s, QJsonArray::fromStringList(result.columnsRemoved)},
            {u"problems"_s, QJsonArray::fromStringList(result.problems())},
            {u"total"_s, matching},
            {u"page"_s, page},
            {u"size"_s, size},
            {u"pages"_s, qMax<qsizetype>(1, (matching + size - 1) / size)},
            {u"items"_s, items},
            {u"time"_s, timeOf(result.file)},
            {u"previousTime"_s, timeOf(result.previousFile)},
            {u"baselines"_s, baselineList(baselines)}};
}

QJsonObject WebApi::exports(const ExportFront &front, ItemCache &cache, const QString &group, int page,
                            int size, const Words &words) {
    size = qBound(1, size, 500);
    page = qMax(1, page);
    // The exports that failed for good are rows too, at their time among the files (both lists newest first).
    const QList<FailureRun> runs = front.failureRuns();
    QJsonArray items;
    qsizetype matching = 0;
    const qsizetype first = qsizetype(page - 1) * size;
    const auto listFailure = [&](const FailureRun &run) {
        if (!group.isEmpty() && run.group() != group)
            return;
        if (matching >= first && matching < first + size) {
            QJsonArray each; // a group failing day after day is one row; each failure of it is here
            for (const FailedExport &failure : run.failures)
                each.append(QJsonObject{{u"time"_s, failure.end.toString(Qt::ISODate)},
                                        {u"attempts"_s, failure.attempts},
                                        {u"error"_s, orNull(failure.error)},
                                        {u"text"_s, StateWords::failureText(failure, words)}});
            const FailedExport &last = run.last();
            items.append(QJsonObject{{u"kind"_s, u"failed"_s},
                                     {u"group"_s, last.group},
                                     {u"time"_s, last.end.toString(Qt::ISODate)},
                                     {u"attempts"_s, last.attempts},
                                     {u"error"_s, orNull(last.error)},
                                     {u"count"_s, run.failures.size()},
                                     {u"since"_s, run.since().toString(Qt::ISODate)},
                                     {u"text"_s, StateWords::failureText(run, words)},
                                     {u"failures"_s, each}});
        }
        ++matching;
    };
    front.forEachListed(runs, [&](const ExportEntry *entry, const FailureRun *run) {
        if (run)
            return listFailure(*run);
        if (!group.isEmpty() && entry->file.group != group)
            return;
        if (matching >= first && matching < first + size)
            items.append(cache.item(front, *entry, words));
        ++matching;
    });
    const QStringList groups = front.exportGroups();
    return {{u"total"_s, matching},
            {u"page"_s, page},
            {u"size"_s, size},
            {u"pages"_s, qMax<qsizetype>(1, (matching + size - 1) / size)},
            {u"groups"_s, QJsonArray::fromStringList(groups)},
            {u"items"_s, items}};
}
QJsonObject WebApi::cleanup(const CleanupView &view) {
    QJsonObject answer{{u"state"_s, view.state == CleanupView::State::Ready     ? u"ready"_s
                                    : view.state == CleanupView::State::Loading ? u"loading"_s
                                                                                : u"error"_s},
                       {u"targets"_s, QJsonArray::fromStringList(view.targets)},
                       {u"statuses"_s, QJsonArray::fromStringList(view.statuses)},
                       {u"targetNames"_s, QJsonArray::fromStringList(view.targetNames)},
                       {u"statusNames"_s, QJsonArray::fromStringList(view.statusNames)}};
    if (!view.error.isEmpty())
        answer.insert(u"error"_s, view.error);
    if (!view.globalError.isEmpty())
        answer.insert(u"globalError"_s, view.globalError);
    QJsonArray projects;
    for (const CleanupView::Project &project : view.projects) {
        QJsonArray cells;
        for (const CleanupView::Cell &cell : project.cells)
            cells.append(QJsonObject{{u"target"_s, cell.target},
                                     {u"status"_s, cell.status},
                                     {u"global"_s, cell.globalDelay},
                                     {u"project"_s, cell.projectDelay},
                                     {u"effective"_s, cell.effectiveDelay},
                                     {u"source"_s, cell.source}});
        QJsonObject item{{u"id"_s, project.id},
                         {u"name"_s, project.name},
                         {u"missing"_s, project.missing},
                         {u"canConfigure"_s, project.canConfigure},
                         {u"launchClose"_s, QJsonObject{{u"known"_s, project.launchCloseKnown},
                                                        {u"finishedSeconds"_s, project.launchCloseSeconds},
                                                        {u"text"_s, project.launchCloseText}}},
                         {u"cells"_s, cells}};
        if (!project.error.isEmpty())
            item.insert(u"error"_s, project.error);
        projects.append(item);
    }
    answer.insert(u"projects"_s, projects);
    return answer;
}
