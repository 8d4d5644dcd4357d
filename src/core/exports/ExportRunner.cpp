#include "ExportRunner.h"

#include "ExportCheck.h"
#include "ExportFileStore.h"
#include "ExportUploader.h"
#include "History.h"
#include "JournalCompaction.h"
#include "JournalRecord.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"
#include "testops/TestOpsClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// What a journal record says of its group's last result: the same whether the record was just written or is
// read back after a restart.
void apply(ExportRunner::GroupStatus &status, const JournalRecord::Any &any) {
    if (const auto *record = std::get_if<JournalRecord::Attempt>(&any)) {
        if (record->outcome == JournalRecord::Attempt::Outcome::Aborted)
            return; // stopped by hand or by a shutdown: not a result, the last one stands

        status.lastOk = record->ok();
        status.lastAttemptEnd = record->end;
        status.lastError = record->error;
        status.lastFile = record->file;
        status.lastRows = record->rows;
        status.lastWarning = record->warning;
        status.lastNotKept = false;
    } else if (const auto *check = std::get_if<JournalRecord::Check>(&any);
               check && check->file == status.lastFile) {
        QStringList warnings;
        if (!status.lastWarning.isEmpty())
            warnings.append(status.lastWarning);
        warnings += check->problems;
        status.lastWarning = warnings.join(u"; "_s);
        // An identical export not kept (SKIP_UNCHANGED): the group's last file is the one it matched.
        if (!check->kept) {
            status.lastFile = check->previous;
            status.lastNotKept = true;
        }
    }
}

QString groupOf(const JournalRecord::Any &any) {
    return std::visit(
        [](const auto &record) {
            if constexpr (std::is_same_v<std::decay_t<decltype(record)>, std::monostate> ||
                          std::is_same_v<std::decay_t<decltype(record)>, JournalRecord::Cycle> ||
                          std::is_same_v<std::decay_t<decltype(record)>, JournalRecord::SnapshotRestore>)
                return QString();
            else
                return record.group;
        },
        any);
}
} // namespace

ExportRunner::ExportRunner(Options options, TestOpsClient *client, const ExportFileStore &store,
                           History *history, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(client)
    , m_store(store)
    , m_history(history)
    , m_clock(clock) {
    for (const ExportGroup &group : std::as_const(m_options.groups)) {
        auto slot = std::make_unique<Slot>();
        slot->status.group = group;
        slot->status.maxAttempts = int(m_options.retryDelaysSecs.size()) + 1;
        m_slots.push_back(std::move(slot));
    }
    if (m_options.readJournal)
        loadLastResults();
}

ExportRunner::~ExportRunner() {
    m_aborting = true;
    for (auto &slot : m_slots) {
        if (slot->job) {
            slot->job->disconnect(this);
            slot->job->abort();
        }
    }
}

void ExportRunner::loadLastResults() {
    if (!m_history)
        return;
    m_history->forEach([this](const QJsonObject &json) { learnLastResult(JournalRecord::read(json)); });
}

void ExportRunner::learnLastResult(const JournalRecord::Any &record) {
    const QString group = groupOf(record);
    for (auto &slot : m_slots) {
        if (slot->status.group.name == group)
            apply(slot->status, record);
    }
}

ExportRunner::RunNow ExportRunner::runNow(const QString &trigger, const QString &onlyGroup) {
    return runNow(trigger, onlyGroup.isEmpty() ? QStringList() : QStringList{onlyGroup});
}

ExportRunner::RunNow ExportRunner::runNow(const QString &trigger, const QStringList &onlyGroups) {
    const auto chosen = [&onlyGroups](const Slot &slot) {
        return onlyGroups.isEmpty() || onlyGroups.contains(slot.status.group.name);
    };
    if (std::none_of(m_slots.cbegin(), m_slots.cend(), [&](const auto &slot) { return chosen(*slot); }))
        return RunNow::NoGroups;
    if (m_cycle) {
        bool retried = false;
        for (auto &slot : m_slots) {
            if (slot->status.state == GroupState::WaitingRetry) {
                slot->status.state = GroupState::Queued;
                retried = true;
            }
        }
        if (!retried) {
            qCInfo(lcExport, "an export cycle is already running; not starting another (%s)",
                   qUtf8Printable(trigger));
            return RunNow::AlreadyRunning;
        }
        qCInfo(lcExport, "running the waiting retries now (%s)", qUtf8Printable(trigger));
        m_retryTimer.stop();
        pump();
        return RunNow::RetriesStarted;
    }
    m_aborting = false;
    QStringList groups;
    for (const auto &slot : m_slots) {
        if (chosen(*slot))
            groups.append(slot->status.group.name);
    }
    m_cycle = CycleSummary{QUuid::createUuid().toString(QUuid::WithoutBraces).left(8),
                           trigger,
                           groups,
                           m_clock.nowUtc(),
                           {},
                           {},
                           {},
                           false};
    qCInfo(lcExport, "export cycle %s started (%s): %d group(s)", qUtf8Printable(m_cycle->id),
           qUtf8Printable(trigger), int(groups.size()));
    if (m_client->options().insecure)
        qCWarning(lcExport, "TLS_INSECURE is on: the certificate of %s is not verified",
                  qUtf8Printable(m_client->options().baseUrl.host()));
    m_store.removeStaleTemporaries();
    deleteLeftoverJobs();
    for (auto &slot : m_slots) {
        if (!chosen(*slot))
            continue;
        slot->status.state = GroupState::Queued;
        slot->status.attempt = 0;
        slot->status.nextRetry = {};
    }
    emit cycleStarted(trigger);
    pump();
    return RunNow::Started;
}

void ExportRunner::abort() {
    if (!m_cycle)
        return;
    qCInfo(lcExport, "stopping the export cycle");
    m_aborting = true;
    m_cycle->aborted = true;
    m_retryTimer.stop();
    // Stopped is not failed: the groups not done keep their last result, and no failure is listed for them.
    for (auto &slot : m_slots) {
        if (slot->status.state == GroupState::Queued || slot->status.state == GroupState::WaitingRetry)
            slot->status.state = GroupState::Idle;
    }
    for (auto &slot : m_slots) {
        if (slot->job)
            slot->job->abort();
    }
    finishCycleIfDone();
}

void ExportRunner::deleteLeftoverJobs() {
    if (m_leftoversChecked || !m_history)
        return;
    m_leftoversChecked = true; // once per process: jobs this process makes are deleted by their attempts
    QSet<qint64> open;
    m_history->forEach([&open](const QJsonObject &json) {
        const JournalRecord::Any record = JournalRecord::read(json);
        if (const auto *job = std::get_if<JournalRecord::Job>(&record); job && job->jobId > 0) {
            if (job->state == JournalRecord::Job::State::Created)
                open.insert(job->jobId);
            else // a leftover already deleted
                open.remove(job->jobId);
        } else if (const auto *attempt = std::get_if<JournalRecord::Attempt>(&record);
                   attempt && attempt->jobId > 0) {
            open.remove(attempt->jobId); // an attempt that ended deleted its job
        }
    });
    for (const qint64 jobId : std::as_const(open)) {
        qCInfo(lcExport, "deleting export job %lld, left on the server by a run that was killed", jobId);
        ApiCall *call = TestOpsApi(m_client).deleteExport(jobId);
        call->setParent(this);
        ++m_leftoversPending;
        connect(call, &ApiCall::finished, this, [this, call, jobId] {
            call->deleteLater();
            --m_leftoversPending;
            const auto finishLater = qScopeGuard([this] { finishCycleIfDone(); });
            // Gone either way: deleted now, or already (404). Other errors are retried at the next start.
            if (!call->error().isError() || call->error().kind == ApiError::Kind::NotFound)
                m_history->append(JournalRecord::Job{{}, jobId, JournalRecord::Job::State::Deleted}.toJson());
        });
    }
}

void ExportRunner::pump() {
    if (!m_cycle)
        return;
    int running = m_aborting ? m_options.parallelGroups : 0;
    for (const auto &slot : m_slots)
        running += slot->status.state == GroupState::Running ? 1 : 0;
    for (auto &slot : m_slots) {
        if (running >= m_options.parallelGroups)
            break;
        if (slot->status.state == GroupState::Queued) {
            startAttempt(*slot);
            ++running;
        }
    }
    emit statusChanged();
    finishCycleIfDone();
}

void ExportRunner::startAttempt(Slot &slot) {
    GroupStatus &status = slot.status;
    status.state = GroupState::Running;
    status.attempt += 1;
    status.nextRetry = {};
    status.bytes = 0;
    qCInfo(lcExport, "%s: attempt %d of %d started", qUtf8Printable(status.group.name), status.attempt,
           status.maxAttempts);
    slot.job = std::make_unique<GroupExport>(status.group, m_options.job, m_client, m_store, m_clock);
    GroupExport *job = slot.job.get();
    connect(job, &GroupExport::progress, this, [this, &slot, job] {
        const bool newPhase = slot.status.phase != job->phase();
        slot.status.phase = job->phase();
        slot.status.bytes = job->bytesReceived();
        // A download reports every chunk; views hear of a new phase at once and of bytes a few times a
        // second.
        if (newPhase || !m_progressShown.isValid() || m_progressShown.elapsed() >= progressIntervalMs) {
            m_progressShown.start();
            emit statusChanged();
        }
    });
    connect(job, &GroupExport::jobCreated, this, [this, group = status.group.name](qint64 jobId) {
        if (m_history)
            m_history->append(JournalRecord::Job{group, jobId, JournalRecord::Job::State::Created}.toJson());
    });
    connect(job, &GroupExport::finished, this,
            [this, &slot](const GroupExport::Result &result) { onAttemptFinished(slot, result); });
    // Started from the event loop, so that a synchronous failure does not re-enter pump().
    QMetaObject::invokeMethod(job, &GroupExport::start, Qt::QueuedConnection);
}

int ExportRunner::retryDelaySecs(int attempt, const ApiError &error) const {
    const int configured = m_options.retryDelaysSecs.at(attempt - 1);
    if (error.retryAfterSeconds > qMax(configured, maxRetryAfterSecs)) {
        qCWarning(lcExport,
                  "the server asks to wait %d s before trying again (Retry-After); waiting %d s instead",
                  error.retryAfterSeconds, qMax(configured, maxRetryAfterSecs));
        return qMax(configured, maxRetryAfterSecs);
    }
    return qMax(configured, error.retryAfterSeconds);
}

void ExportRunner::onAttemptFinished(Slot &slot, const GroupExport::Result &result) {
    GroupStatus &status = slot.status;
    slot.job.release()->deleteLater(); // we are inside its signal
    const bool ok = !result.error.isError();
    status.bytes = result.bytes;
    if (result.start.isValid() && result.end.isValid())
        status.lastDurationMs = result.start.msecsTo(result.end);

    using Attempt = JournalRecord::Attempt;
    Attempt record;
    record.cycle = m_cycle ? m_cycle->id : QString();
    record.group = status.group.name;
    record.attempt = status.attempt;
    record.start = result.start;
    record.end = result.end;
    record.outcome = ok                                             ? Attempt::Outcome::Success
                     : result.error.kind == ApiError::Kind::Aborted ? Attempt::Outcome::Aborted
                                                                    : Attempt::Outcome::Failed;
    record.jobId = result.jobId;
    if (ok) {
        record.file = result.fileName;
        record.bytes = result.bytes;
        record.rows = result.rows;
        record.expectedRows = result.expectedRows;
        record.warning = result.warning;
        if (!result.warning.isEmpty()) {
            qCWarning(lcExport, "%s: %s", qUtf8Printable(status.group.name), qUtf8Printable(result.warning));
        }
        status.state = GroupState::Succeeded;
        if (m_cycle)
            m_cycle->succeeded.append(status.group.name);
        qCInfo(lcExport, "%s: attempt %d succeeded: %s", qUtf8Printable(status.group.name), status.attempt,
               qUtf8Printable(result.fileName));
    } else {
        record.error = result.error.message;
        record.errorKind = ApiError::kindName(result.error.kind);
        const bool canRetry =
            !m_aborting && result.error.isTransient() && status.attempt <= m_options.retryDelaysSecs.size();
        if (canRetry) {
            const int delay = retryDelaySecs(status.attempt, result.error);
            status.state = GroupState::WaitingRetry;
            status.nextRetry = m_clock.nowUtc().addSecs(delay);
            QMetaObject::invokeMethod(this, &ExportRunner::checkRetries,
                                      Qt::QueuedConnection); // arms the timer
            record.nextRetry = status.nextRetry;
            ++status.retriesTotal;
            qCWarning(lcExport, "%s: attempt %d of %d failed: %s; retry at %s",
                      qUtf8Printable(status.group.name), status.attempt, status.maxAttempts,
                      qUtf8Printable(result.error.message),
                      qUtf8Printable(JournalRecord::iso(status.nextRetry)));
        } else if (result.error.kind == ApiError::Kind::Aborted) {
            status.state = GroupState::Idle; // stopped, not failed
            qCInfo(lcExport, "%s: attempt %d stopped", qUtf8Printable(status.group.name), status.attempt);
        } else {
            status.state = GroupState::Failed;
            ++status.failuresTotal;
            if (m_cycle && !m_cycle->failed.contains(status.group.name))
                m_cycle->failed.append(status.group.name);
            qCWarning(lcExport, "%s: attempt %d of %d failed: %s%s", qUtf8Printable(status.group.name),
                      status.attempt, status.maxAttempts, qUtf8Printable(result.error.message),
                      result.error.isTransient() || m_aborting ? "" : " (a retry cannot help: not retried)");
        }
    }
    apply(status, record);
    if (m_history)
        m_history->append(record.toJson());
    if (ok)
        check(slot, result);
    pump();
}

void ExportRunner::check(Slot &slot, const GroupExport::Result &result) {
    ++m_checksPending;
    const ExportCheck::Input input{m_store,
                                   slot.status.group.name,
                                   result.fileName,
                                   m_cycle ? m_cycle->id : QString(),
                                   m_options.job.separator,
                                   m_options.skipUnchanged};
    ExportCheck::run(input, this, [this, &slot](const JournalRecord::Check &record) {
        --m_checksPending;
        apply(slot.status, record);
        if (m_history)
            m_history->append(record.toJson());
        emit checked(record);
        if (m_uploader && record.kept) {
            // The cycle ends after the first attempt of each upload; a retry goes on beside later cycles.
            ++m_uploadsPending;
            m_uploader->upload(record.group, record.file, [this] {
                --m_uploadsPending;
                emit statusChanged();
                finishCycleIfDone();
            });
        }
        emit statusChanged();
        finishCycleIfDone();
    });
}

void ExportRunner::finishCycleIfDone() {
    if (!m_cycle || m_leftoversPending > 0 || m_checksPending > 0 || m_uploadsPending > 0)
        return;
    for (const auto &slot : m_slots) {
        const GroupState state = slot->status.state;
        if (state == GroupState::Queued || state == GroupState::Running || state == GroupState::WaitingRetry)
            return;
        if (slot->job)
            return;
    }
    CycleSummary summary = *m_cycle;
    m_cycle.reset();
    summary.end = m_clock.nowUtc();
    if (!summary.succeeded.isEmpty() && m_options.retention.active()) {
        const QStringList deleted = m_store.applyRetention(m_options.retention, summary.end);
        if (!deleted.isEmpty()) // (the copies in S3: ExportService applies the rule to the bucket's listing)
            JournalCompaction::compact(m_history, m_store);
    }
    using Cycle = JournalRecord::Cycle;
    Cycle record{summary.id,
                 summary.trigger,
                 summary.start,
                 summary.end,
                 summary.aborted               ? Cycle::Outcome::Aborted
                 : summary.failed.isEmpty()    ? Cycle::Outcome::Success
                 : summary.succeeded.isEmpty() ? Cycle::Outcome::Failed
                                               : Cycle::Outcome::Partial,
                 summary.succeeded,
                 summary.failed,
                 {}};
    for (const auto &slot : m_slots) {
        if (summary.failed.contains(slot->status.group.name))
            record.errors.insert(slot->status.group.name, slot->status.lastError);
    }
    const QJsonObject json = record.toJson();
    if (m_history)
        m_history->append(json);
    const QString outcome = json.value(u"outcome"_s).toString();
    qCInfo(lcExport, "export cycle %s ended: %s (%d succeeded, %d failed)", qUtf8Printable(summary.id),
           qUtf8Printable(outcome), int(summary.succeeded.size()), int(summary.failed.size()));
    m_lastCycle = summary;
    emit statusChanged();
    emit cycleFinished(summary);
}

QList<ExportRunner::GroupStatus> ExportRunner::statuses() const {
    QList<GroupStatus> list;
    for (const auto &slot : m_slots)
        list.append(slot->status);
    return list;
}

void ExportRunner::checkRetries() {
    const QDateTime now = m_clock.nowUtc();
    bool started = false;
    for (auto &slot : m_slots) {
        if (slot->status.state == GroupState::WaitingRetry && slot->status.nextRetry <= now) {
            slot->status.state = GroupState::Queued;
            started = true;
        }
    }
    if (started)
        pump();
    m_retryTimer.wakeAt(nextRetry()); // stops when nothing waits
}

QDateTime ExportRunner::nextRetry() const {
    QDateTime earliest;
    for (const auto &slot : m_slots) {
        if (slot->status.state == GroupState::WaitingRetry &&
            (!earliest.isValid() || slot->status.nextRetry < earliest))
            earliest = slot->status.nextRetry;
    }
    return earliest;
}
