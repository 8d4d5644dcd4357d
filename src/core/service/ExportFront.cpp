#include "ExportFront.h"

#include "SnapshotFront.h"
#include "SnapshotWords.h"

#include "service/RemoteRead.h"

#include "schedule/SchedulePreset.h"

#include "CleanupBoard.h"
#include "cluster/LeaderElector.h"
#include "log/LogCategories.h"

#include "ExportService.h"
#include "exports/BucketIndex.h"
#include "exports/ChangeDetails.h"
#include "exports/ExportIndex.h"
#include "exports/ExportRunner.h"
#include "exports/History.h"
#include "exports/JournalRecord.h"
#include "schedule/Scheduler.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMetaMethod>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QList<ExportEntry> &noExports() {
    static const QList<ExportEntry> none;
    return none;
}
} // namespace

ExportFront::ExportFront(ExportService *service, QString whyNotConfigured, QObject *parent)
    : QObject(parent)
    , m_snapshots(new SnapshotFront(this)) {
    // First of all the slots of statusChanged: a view hears which group changed before it hears the status.
    connect(this, &ExportFront::statusChanged, this, &ExportFront::noticeGroups);
    setService(service, std::move(whyNotConfigured));
}

void ExportFront::noticeGroups() {
    if (!isSignalConnected(QMetaMethod::fromSignal(&ExportFront::groupChanged))) {
        m_groupsFollowed = false; // no view follows the rows (--headless): nothing to compare
        m_saidGroups.clear();
        return;
    }
    for (const GroupView &view : groups()) {
        const auto said = m_saidGroups.constFind(view.status.group.name);
        // The state's name and words, the details (a warning included) and the snapshot are all a row shows.
        if (said != m_saidGroups.cend() && said->stateName == view.stateName &&
            said->stateText == view.stateText && said->details == view.details &&
            said->snapshot == view.snapshot)
            continue;
        m_saidGroups.insert(view.status.group.name, view);
        emit groupChanged(view);
    }
}

void ExportFront::connectNotify(const QMetaMethod &signal) {
    // The first view to follow the rows hears what changes from now on (it reads groups() for the rows now).
    if (signal != QMetaMethod::fromSignal(&ExportFront::groupChanged) ||
        std::exchange(m_groupsFollowed, true))
        return;
    for (const GroupView &view : groups())
        m_saidGroups.insert(view.status.group.name, view);
}

void ExportFront::setService(ExportService *service, QString whyNotConfigured) {
    if (m_service) {
        disconnect(m_service->runner(), nullptr, this, nullptr);
        disconnect(m_service->scheduler(), nullptr, this, nullptr);
        disconnect(m_service->index(), nullptr, this, nullptr);
        disconnect(m_service, nullptr, this, nullptr);
    }
    m_snapshots->setService(service);
    m_cleanupBoard.reset(); // it reads with the old service's client
    m_cleanupRead.invalidate();
    m_service = service;
    m_saidGroups.clear(); // every group is said again
    m_whyNotConfigured = std::move(whyNotConfigured);
    if (service) {
        connect(service->runner(), &ExportRunner::statusChanged, this, &ExportFront::statusChanged);
        connect(service->runner(), &ExportRunner::cycleStarted, this, &ExportFront::cycleStarted);
        connect(service->runner(), &ExportRunner::cycleFinished, this, &ExportFront::cycleFinished);
        connect(service->scheduler(), &Scheduler::nextRunChanged, this, &ExportFront::statusChanged);
        // A snapshot's progress and end are part of the status the views show.
        connect(m_snapshots, &SnapshotFront::progress, this, &ExportFront::statusChanged,
                Qt::UniqueConnection);
        connect(m_snapshots, &SnapshotFront::finished, this, &ExportFront::statusChanged,
                Qt::UniqueConnection);
        connect(m_snapshots, &SnapshotFront::started, this, &ExportFront::statusChanged,
                Qt::UniqueConnection);
        connect(service->scheduler(), &Scheduler::pausedChanged, this, &ExportFront::statusChanged);
        connect(service->index(), &ExportIndex::changed, this, &ExportFront::exportsChanged);
        connect(service, &ExportService::massRemoval, this,
                [this](const QString &group, const QString &file, qint64 removed, qint64 previousCases) {
                    emit massRemoval(group, file, removed, previousCases);
                });
        connect(service, &ExportService::verified, this, [this](const ExportVerify::Report &report) {
            QStringList damaged;
            for (const ExportVerify::Finding &finding : report.findings) {
                if (finding.kind != ExportVerify::Finding::Kind::Ok)
                    damaged.append(ExportVerify::lineOf(finding));
            }
            emit verifyFinished(int(report.findings.size()),
                                int(report.count(ExportVerify::Finding::Kind::Ok)), damaged);
        });
    }
    emit configurationChanged();
    emit statusChanged();
    emit exportsChanged();
}

ExportFront::~ExportFront() = default;

StatusSummary ExportFront::summary(const Words &words) const {
    if (!m_service)
        return StatusSummary::notConfigured(m_whyNotConfigured);
    StatusSummary summary =
        StatusSummary::compute(m_service->runner()->statuses(), isRunning(), isPaused(), nextRun(), words);
    // Copies in S3 that are not there yet: a line of the tooltip and the page, beside the groups.
    for (const ExportGroup &group : m_snapshots->enabled() ? m_service->config().groups : ExportGroups()) {
        const SnapshotWords::State state = m_snapshots->state(group.name);
        if (SnapshotWords::isNews(
                state)) // a snapshot under way or failed: a line of the tooltip and the page
            summary.details.append(words("ExportFront", QT_TRANSLATE_NOOP("ExportFront", "%1 snapshot: %2"))
                                       .arg(group.name, SnapshotWords::text(state, words)));
    }
    const UploadCounts uploads = uploadCounts();
    if (uploads.waiting > 0)
        summary.details.append(words("ExportFront",
                                     QT_TRANSLATE_N_NOOP("ExportFront", "S3: %n export(s) waiting to upload"),
                                     int(uploads.waiting)));
    if (uploads.failed > 0)
        summary.details.append(words("ExportFront",
                                     QT_TRANSLATE_N_NOOP("ExportFront", "S3: %n upload(s) failed"),
                                     int(uploads.failed)));
    return summary;
}

ExportFront::UploadCounts ExportFront::uploadCounts() const {
    UploadCounts counts;
    if (!s3Enabled())
        return counts;
    for (const ExportEntry &entry : exports()) {
        if (entry.remote)
            continue;
        switch (uploadState(entry)) {
        case UploadState::Waiting:
            ++counts.waiting;
            break;
        case UploadState::Failed:
            ++counts.failed;
            break;
        case UploadState::Uploaded:
            ++counts.uploaded;
            break;
        case UploadState::Off:
            break;
        }
    }
    return counts;
}

QList<GroupView> ExportFront::groups(const Words &words) const {
    QList<GroupView> views;
    if (!m_service)
        return views;
    for (const GroupStatus &status : m_service->runner()->statuses()) {
        views.append(StateWords::groupView(status, words));
        if (m_snapshots->enabled())
            views.last().snapshot = SnapshotWords::text(m_snapshots->state(status.group.name), words);
    }
    return views;
}

ExportFront::RunNowCheck ExportFront::canRunNow() const {
    if (!m_service)
        return {false, StatusSummary::notConfigured(m_whyNotConfigured).headline};
    if (m_service->config().groups.isEmpty())
        return {false, tr("No groups are configured")};
    if (!isRunning())
        return {true, {}};
    if (m_service->runner()->nextRetry().isValid())
        return {true, tr("Retry the failed groups now")};
    return {false, tr("An export is already running")};
}

bool ExportFront::isRunning() const {
    return m_service && m_service->runner()->isRunning();
}

bool ExportFront::isPaused() const {
    return m_service && m_service->scheduler()->isPaused();
}

QDateTime ExportFront::nextRun() const {
    return m_service && !isPaused() ? m_service->scheduler()->nextRun() : QDateTime();
}

QString ExportFront::scheduleText() const {
    return m_service ? m_service->config().schedule.text() : QString();
}

QString ExportFront::scheduleWords() const {
    return SchedulePreset::words(scheduleText());
}

QString ExportFront::timeZoneId() const {
    return m_service ? QString::fromUtf8(m_service->config().timeZone.id()) : QString();
}

QString ExportFront::exportFolder() const {
    return m_service ? m_service->config().exportPath : QString();
}

char ExportFront::csvSeparator() const {
    return m_service ? m_service->config().csvSeparator : ';';
}

const QList<ExportEntry> &ExportFront::exports() const {
    return m_service ? m_service->index()->entries() : noExports();
}

QList<FailureRun> ExportFront::failureRuns() const {
    if (!m_service)
        return {};
    const QList<FailedExport> &oldestFirst = m_service->index()->failures();
    QList<FailureRun> runs;
    QHash<QString, qsizetype> open; // a group's run still open (no export of the group newer than it)
    qsizetype next = oldestFirst.size() - 1;
    const auto addFailure = [&](const FailedExport &failure) {
        const auto run = open.constFind(failure.group);
        if (run != open.cend()) {
            runs[*run].failures.append(failure);
        } else {
            open.insert(failure.group, runs.size());
            runs.append({{failure}});
        }
    };
    for (const ExportEntry &entry : exports()) { // newest first, as the failures walked backwards
        for (; next >= 0 && oldestFirst.at(next).end > entry.file.timestamp; --next)
            addFailure(oldestFirst.at(next));
        open.remove(entry.file.group); // an export ends the group's run
    }
    for (; next >= 0; --next)
        addFailure(oldestFirst.at(next));
    return runs;
}

qint64 ExportFront::totalBytes() const {
    return m_service ? m_service->index()->totalBytes() : 0;
}

void ExportFront::forEachListed(
    const QList<FailureRun> &runs,
    const std::function<void(const ExportEntry *, const FailureRun *)> &visit) const {
    qsizetype next = 0;
    for (const ExportEntry &entry : exports()) {
        for (; next < runs.size() && runs.at(next).last().end > entry.file.timestamp; ++next)
            visit(nullptr, &runs.at(next));
        visit(&entry, nullptr);
    }
    for (; next < runs.size(); ++next)
        visit(nullptr, &runs.at(next));
}

QStringList ExportFront::exportGroups() const {
    if (!m_service)
        return {};
    QStringList groups = m_service->index()->groups();
    for (const FailedExport &failure : m_service->index()->failures()) {
        if (!groups.contains(failure.group)) // a group that never exported still has its failures
            groups.append(failure.group);
    }
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

const ExportEntry *ExportFront::exportNamed(const QString &fileName) const {
    for (const ExportEntry &entry : exports()) {
        if (entry.file.fileName == fileName)
            return &entry;
    }
    return nullptr;
}

QString ExportFront::folderProblem() const {
    return m_service ? m_service->store().ensureWritable() : tr("the export service is not running");
}

bool ExportFront::openExport(const QString &fileName, OpenedExport *opened) const {
    return m_service && exportNamed(fileName) && m_service->store().openExport(fileName, opened);
}

namespace {
// S3's call behind the front's RemoteRead.
class S3RemoteRead : public RemoteRead {
public:
    explicit S3RemoteRead(S3Call *call)
        : m_call(call) {
        call->setParent(this);
        connect(call, &S3Call::finished, this, &RemoteRead::finished);
    }
    bool ok() const override { return m_call->ok(); }
    QString error() const override { return m_call->error(); }
    void abort() override { m_call->abort(); }
    void drain() override { m_call->drain(); }

private:
    S3Call *m_call;
};
} // namespace

RemoteRead *ExportFront::fetchRemote(const QString &key, QIODevice *sink, const QByteArray &range) const {
    return m_service && m_service->bucket()
               ? new S3RemoteRead(m_service->bucket()->client()->get(key, sink, range))
               : nullptr;
}

QString ExportFront::exportPath(const QString &fileName) const {
    return m_service ? m_service->store().filePath(fileName) : QString();
}

bool ExportFront::s3Enabled() const {
    return m_service && m_service->config().s3.enabled;
}

UploadState ExportFront::uploadState(const ExportEntry &entry) const {
    if (!s3Enabled())
        return UploadState::Off;
    switch (entry.upload) {
    case ExportEntry::Upload::Uploaded:
        return UploadState::Uploaded;
    case ExportEntry::Upload::Failed:
        // Retries left, or the next cycle or start tries again: it waits; only without a way on is it failed.
        return entry.uploadRetry.isValid() ? UploadState::Waiting : UploadState::Failed;
    case ExportEntry::Upload::None:
        break;
    }
    return UploadState::Waiting;
}

QString ExportFront::keptText(const ExportEntry &entry, const Words &words) const {
    return m_service ? StateWords::keptText(entry, m_service->index()->retention(), words) : QString();
}

bool ExportFront::retentionActive() const {
    return m_service && m_service->index()->retention().active();
}

QString ExportFront::uploadText(const ExportEntry &entry) const {
    return StateWords::uploadText(uploadState(entry), entry);
}

ExportVerify::Report ExportFront::verify() const {
    return m_service ? ExportVerify::run(m_service->store(), *m_service->history()) : ExportVerify::Report();
}

void ExportFront::startVerify() {
    if (m_service)
        m_service->verifyNow(ExportService::VerifyBy::User);
    else
        emit verifyFinished(0, 0, {});
}

QStringList ExportFront::cycleReport() const {
    QStringList lines;
    if (!m_service)
        return lines;
    for (const GroupStatus &group : m_service->runner()->statuses()) {
        if (!group.lastOk) {
            lines.append(u"FAIL  %1  %2"_s.arg(group.group.name, group.lastError));
            continue;
        }
        const ExportEntry *entry = exportNamed(group.lastFile);
        const QString changes = group.lastNotKept ? StateWords::notKeptText()
                                : entry           ? StateWords::changesText(*entry)
                                                  : QString();
        QString line = u"OK    %1  %2  %3  %4"_s.arg(
            group.group.name, group.lastFile, tr("%n test case(s)", nullptr, int(group.lastRows)), changes);
        if (entry && s3Enabled())
            line += u"  "_s + uploadText(*entry);
        lines.append(line);
        if (!group.lastWarning.isEmpty())
            lines.append(u"      %1"_s.arg(tr("warning: %1").arg(group.lastWarning)));
    }
    return lines;
}

RunNowResult ExportFront::runNow(const QString &trigger, const QString &group) {
    if (!m_service)
        return RunNowResult::NotConfigured;
    if (m_service->isFollower()) { // the leader exports; it reads the request from the Lease
        m_service->elector()->requestRunNow([trigger](bool ok, const QString &why) {
            if (!ok)
                qCWarning(lcExport, "run now (%s) could not be handed to the leader: %s",
                          qUtf8Printable(trigger), qUtf8Printable(why));
        });
        return RunNowResult::SentToLeader;
    }
    switch (m_service->runner()->runNow(trigger, group)) {
    case ExportRunner::RunNow::Started:
        return RunNowResult::Started;
    case ExportRunner::RunNow::RetriesStarted:
        return RunNowResult::RetriesStarted;
    case ExportRunner::RunNow::AlreadyRunning:
        return RunNowResult::AlreadyRunning;
    case ExportRunner::RunNow::NoGroups:
        break;
    }
    return RunNowResult::NoGroups;
}

void ExportFront::abort() {
    if (m_service)
        m_service->runner()->abort();
}

void ExportFront::setPaused(bool paused) {
    if (m_service)
        m_service->scheduler()->setPaused(paused);
}

void ExportFront::refreshExports() {
    if (m_service)
        m_service->index()->refresh();
}

bool ExportFront::deleteExport(const QString &fileName, QString *error) {
    const ExportEntry *entry = exportNamed(fileName);
    if (!m_service || !entry || entry->remote) {
        *error = tr("%1 is not an export of the folder").arg(fileName.left(200));
        return false;
    }
    const QString group = entry->file.group;
    if (!m_service->store().remove(fileName)) {
        *error = tr("%1 could not be deleted (is it open elsewhere, or the folder read-only?)")
                     .arg(QDir::toNativeSeparators(exportPath(fileName)));
        return false;
    }
    JournalRecord::Deletion record;
    record.group = group;
    record.file = fileName;
    record.by = u"user"_s;
    record.s3Kept = s3Enabled();
    record.end = QDateTime::currentDateTimeUtc();
    m_service->history()->append(record.toJson());
    qCInfo(lcExport, "deleted %s by the user%s", qUtf8Printable(fileName),
           record.s3Kept ? " (its copy in S3 is kept)" : "");
    refreshExports();
    return true;
}

ExportFront::Cluster ExportFront::cluster() const {
    const LeaderElector *elector = m_service ? m_service->elector() : nullptr;
    if (!elector)
        return {};
    return {true,
            elector->isLeader(),
            elector->identity(),
            elector->leader(),
            elector->leaderSince(),
            elector->lastError()};
}
