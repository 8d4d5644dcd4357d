// One attempt at exporting one group: create the export job, poll until it is ready, stream the CSV into a
// file that appears only when complete, and delete the job on the server whatever happened.
#pragma once

#include "GroupStatus.h"
#include "config/ExportGroup.h"
#include "testops/ApiError.h"
#include "testops/TestOpsApi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <memory>

class ApiCall;
class Clock;
class ExportFileStore;
class ExportSink;
class TestOpsClient;

class GroupExport : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QList<ExtraColumn> extraColumns;
        int exportTimeoutSecs = 600;
        char separator = ';';
        QList<int> pollDelaysMs = {1000, 2000, 3000, 4000, 5000}; // the last one repeats
    };

    using Phase = ExportPhase;

    struct Result {
        ApiError error;
        QString fileName;
        qint64 bytes = 0;
        qint64 rows = 0;
        qint64 expectedRows = -1; // what TestOps counted before the export; -1 when it could not say
        QString warning;          // the file was kept, but something about it deserves a look
        qint64 jobId = 0;
        QDateTime start;
        QDateTime end;
    };

    GroupExport(ExportGroup group, Settings settings, TestOpsClient *client, const ExportFileStore &store,
                const Clock &clock, QObject *parent = nullptr);
    ~GroupExport() override;

    void start();
    // Ends the attempt: the file is discarded, the server job still deleted.
    void abort();

    const ExportGroup &group() const { return m_group; }
    Phase phase() const { return m_phase; }
    qint64 bytesReceived() const;

signals:
    void progress();
    // The server made an export job for this attempt; it is deleted before finished() (or, after a crash, at
    // the next start from the journal).
    void jobCreated(qint64 jobId);
    void finished(const GroupExport::Result &result);

private:
    void setPhase(Phase phase);
    void count();
    void create();
    void poll();
    void schedulePoll();
    void download();
    void fail(ApiError error);
    void cleanUp();
    void done();
    ApiCall *track(ApiCall *call);

    ExportGroup m_group;
    Settings m_settings;
    TestOpsApi m_api;
    const ExportFileStore &m_store;
    const Clock &m_clock;
    Phase m_phase = Phase::Starting;
    Result m_result;
    QDateTime m_deadline;
    int m_polls = 0;
    bool m_aborting = false;
    QTimer m_pollTimer;
    QPointer<ApiCall> m_call;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ExportSink> m_sink;
};
