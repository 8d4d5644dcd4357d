#include "GroupExport.h"

#include "ExportFileStore.h"
#include "ExportSink.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"
#include "testops/TestOpsClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

GroupExport::GroupExport(ExportGroup group, Settings settings, TestOpsClient *client,
                         const ExportFileStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_group(std::move(group))
    , m_settings(std::move(settings))
    , m_api(client)
    , m_store(store)
    , m_clock(clock) {
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &GroupExport::poll);
}

GroupExport::~GroupExport() = default;

qint64 GroupExport::bytesReceived() const {
    return m_call ? m_call->bytesReceived() : m_result.bytes;
}

ApiCall *GroupExport::track(ApiCall *call) {
    m_call = call;
    call->setParent(this);
    return call;
}

void GroupExport::setPhase(Phase phase) {
    m_phase = phase;
    emit progress();
}

void GroupExport::start() {
    m_result.start = m_clock.nowUtc();
    m_deadline = m_result.start.addSecs(m_settings.exportTimeoutSecs);
    const QString folderProblem = m_store.ensureWritable();
    if (!folderProblem.isEmpty()) {
        // Nothing was asked of the server yet: no job to clean up.
        m_result.error = {ApiError::Kind::LocalFile, folderProblem, 0, -1};
        done();
        return;
    }
    count();
}

void GroupExport::count() {
    // How many test cases TestOps holds for the selection, to check the file against. The endpoint is not in
    // every server version: a server that does not know it only costs the check.
    setPhase(Phase::Counting);
    ApiCall *call = track(m_api.countTestCases(m_group));
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        const ApiError &error = call->error();
        if (error.isError() && error.kind != ApiError::Kind::NotFound &&
            error.kind != ApiError::Kind::HttpError && error.kind != ApiError::Kind::BadAnswer) {
            ApiError failed = error;
            failed.message =
                tr("asking TestOps how many test cases the group holds failed: %1").arg(error.message);
            fail(failed);
            return;
        }
        const std::optional<qint64> total =
            error.isError() ? std::nullopt : TestOpsApi::readCount(call->json());
        if (total)
            m_result.expectedRows = *total;
        else
            qCInfo(lcExport,
                   "%s: TestOps did not say how many test cases the group holds (%s); the row count "
                   "is not checked",
                   qUtf8Printable(m_group.name),
                   qUtf8Printable(error.isError() ? error.message : u"no \"total\" in the answer"_s));
        create();
    });
}

void GroupExport::create() {
    setPhase(Phase::Creating);
    ApiCall *call = track(m_api.createExport(m_group, m_settings.extraColumns, m_settings.separator));
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().isError()) {
            ApiError error = call->error();
            error.message = tr("creating the export failed: %1").arg(error.message);
            fail(error);
            return;
        }
        const TestOpsApi::ExportJob job = TestOpsApi::readExportJob(call->json());
        m_result.jobId = job.id;
        if (m_result.jobId <= 0) {
            fail({ApiError::Kind::BadAnswer, tr("the server did not say which export job it created"), 200,
                  -1});
            return;
        }
        qCInfo(lcExport, "%s: export job %lld created", qUtf8Printable(m_group.name), m_result.jobId);
        emit jobCreated(m_result.jobId);
        setPhase(Phase::Preparing);
        if (job.state == TestOpsApi::ExportJob::State::Ready)
            download();
        else
            schedulePoll();
    });
}

void GroupExport::schedulePoll() {
    if (m_clock.nowUtc() >= m_deadline) {
        fail({ApiError::Kind::ExportTimedOut,
              tr("TestOps did not prepare the export within %1 s (EXPORT_TIMEOUT)")
                  .arg(m_settings.exportTimeoutSecs),
              0, -1});
        return;
    }
    const QList<int> &delays = m_settings.pollDelaysMs;
    const int delay = delays.isEmpty() ? 1000 : delays.at(qMin<qsizetype>(m_polls, delays.size() - 1));
    ++m_polls;
    m_pollTimer.start(delay);
}

void GroupExport::poll() {
    ApiCall *call = track(m_api.exportJob(m_result.jobId));
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().isError()) {
            ApiError error = call->error();
            error.message = tr("checking the export failed: %1").arg(error.message);
            fail(error);
            return;
        }
        const TestOpsApi::ExportJob job = TestOpsApi::readExportJob(call->json());
        if (job.state == TestOpsApi::ExportJob::State::Ready) {
            download();
        } else if (job.state == TestOpsApi::ExportJob::State::Failed) {
            const QString &why = job.errorMessage;
            fail({ApiError::Kind::ExportFailed,
                  tr("TestOps could not prepare the export: %1")
                      .arg(why.isEmpty() ? tr("no reason given") : why),
                  200, -1});
        } else {
            schedulePoll();
        }
    });
}

void GroupExport::download() {
    setPhase(Phase::Downloading);
    m_result.fileName = m_store.newFileName(m_group.name, m_clock.nowUtc(),
                                            m_group.projectInFileName ? m_group.projectId : 0);
    m_file = std::make_unique<QSaveFile>(m_store.filePath(m_result.fileName));
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        fail({ApiError::Kind::LocalFile,
              tr("cannot create the export file in %1: %2").arg(m_store.folder(), reason), 0, -1});
        return;
    }
    m_sink = std::make_unique<ExportSink>(m_file.get(), m_settings.separator);
    ApiCall *call = track(m_api.downloadExport(m_result.jobId, m_sink.get()));
    connect(call, &ApiCall::progress, this, &GroupExport::progress);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_result.bytes = call->bytesReceived();
        if (call->error().isError()) {
            ApiError error = call->error();
            if (error.kind != ApiError::Kind::Aborted && error.kind != ApiError::Kind::WebPage &&
                error.kind != ApiError::Kind::LocalFile)
                error.message = tr("downloading the export failed: %1").arg(error.message);
            fail(error);
            return;
        }
        m_result.rows = m_sink->dataRows();
        const QString cut = m_sink->cutShort();
        if (!cut.isEmpty()) {
            // Never a smaller export: the next comparison would report the missing cases as removed.
            fail({ApiError::Kind::BadAnswer,
                  tr("the downloaded export is cut short: %1; it was not kept").arg(cut), 200, -1});
            return;
        }
        if (m_result.rows == 0) {
            // An export without test cases is almost always a group id gone stale when the tree was rebuilt;
            // an empty file would hide that.
            fail({ApiError::Kind::NoTestCases,
                  tr("the export of group %1 (id %2) has no test cases: the group id may be stale after the "
                     "tree "
                     "was rebuilt; pick the group again with Browse… in Settings, or check its id in "
                     "EXPORT_GROUPS")
                      .arg(m_group.name)
                      .arg(m_group.groupId),
                  200, -1});
            return;
        }
        if (m_result.expectedRows >= 0 && m_result.expectedRows != m_result.rows)
            m_result.warning = tr("TestOps counted %1 test cases in the group, but the file has %2 rows")
                                   .arg(m_result.expectedRows)
                                   .arg(m_result.rows);
        if (!m_file->commit()) {
            const QString reason = ExportSink::describeWriteError(*m_file, 0);
            m_file.reset();
            fail({ApiError::Kind::LocalFile,
                  tr("cannot write the export file in %1: %2").arg(m_store.folder(), reason), 0, -1});
            return;
        }
        m_file.reset();
        qCInfo(lcExport, "%s: wrote %s (%lld bytes, %lld rows)", qUtf8Printable(m_group.name),
               qUtf8Printable(m_result.fileName), m_result.bytes, m_result.rows);
        cleanUp();
    });
}

void GroupExport::fail(ApiError error) {
    if (m_result.error.isError())
        return;
    m_result.error =
        m_aborting ? ApiError{ApiError::Kind::Aborted, tr("stopped before the export was complete"), 0, -1}
                   : std::move(error);
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // the temporary file goes with it
    }
    m_result.fileName.clear();
    m_pollTimer.stop();
    cleanUp();
}

void GroupExport::abort() {
    if (m_phase == Phase::Done || m_phase == Phase::CleaningUp)
        return;
    m_aborting = true;
    if (m_call && !m_call->isFinished())
        m_call->abort(); // its finished handler calls fail()
    fail({});
}

void GroupExport::cleanUp() {
    if (m_phase == Phase::CleaningUp || m_phase == Phase::Done)
        return;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    if (m_result.jobId <= 0) {
        done();
        return;
    }
    setPhase(Phase::CleaningUp);
    ApiCall *call = track(m_api.deleteExport(m_result.jobId));
    // Shutdown must not wait for a slow server.
    if (m_result.error.kind == ApiError::Kind::Aborted)
        QTimer::singleShot(3000, call, &ApiCall::abort);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().isError())
            qCWarning(lcExport, "%s: could not delete export job %lld on the server: %s",
                      qUtf8Printable(m_group.name), m_result.jobId, qUtf8Printable(call->error().message));
        done();
    });
}

void GroupExport::done() {
    m_phase = Phase::Done;
    m_result.end = m_clock.nowUtc();
    emit finished(m_result);
}
