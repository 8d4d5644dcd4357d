// The second home of every export: after its check, each new export is uploaded to S3 (streamed from the
// file, with its MD5 and SHA-256), verified with a HEAD (the server's ETag is the file's MD5, and its size
// the file's), and the result journaled. A failed upload is tried again after the retry delays, by the wall
// clock, and at the next start: an export is never left without its copy because one attempt failed.
#pragma once

#include "storage/S3Client.h"

#include "schedule/WallTimer.h"
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class Clock;
class ExportFileStore;
class History;

class ExportUploader : public QObject {
    Q_OBJECT
public:
    ExportUploader(S3Client::Options options, QList<int> retryDelaysSecs, const ExportFileStore &store,
                   History *history, QNetworkAccessManager *network, const Clock &clock,
                   QObject *parent = nullptr);

    // Uploads `file` of `group` now; `firstAttemptDone` runs when the first attempt has ended either way.
    void upload(const QString &group, const QString &file, std::function<void()> firstAttemptDone = {});
    // Queues the exports of the folder that have no verified copy yet (at start: what a killed or offline
    // run left behind, or every export when S3 was just turned on).
    void catchUp();
    // Deletes objects of the bucket (retention's, by their keys).
    void removeObjects(const QStringList &keys);
    bool isBusy() const { return !m_queue.isEmpty() || m_current; }
    // Stops uploading (this replica no longer leads): the upload in flight is abandoned, nothing more is
    // tried; the journal keeps what has no copy yet for catchUp().
    void stop();
    // How long the retry timer sleeps now; -1 when no retry waits (for tests).
    int retrySleepMs() const { return m_retryTimer.sleepMs(); }

public slots:
    // Starts the retries whose time has come by the clock (the timer calls it; tests too, after moving it).
    void checkRetries();

signals:
    void uploaded(const QString &file, bool ok);
    // An upload failed its last attempt (it is tried again at the next export or start).
    void gaveUp(const QString &group, const QString &file, const QString &error);

private:
    struct Job {
        QString group;
        QString file;
        int attempt = 1;
        QDateTime due; // when a retry may start
        std::function<void()> firstAttemptDone;
    };
    void pump();
    void finish(Job job, bool ok, const QString &key, qint64 bytes, const QString &etag,
                const QString &error);

    S3Client m_client;
    QList<int> m_retryDelaysSecs;
    const ExportFileStore &m_store;
    History *m_history;
    const Clock &m_clock;
    QList<Job> m_queue;
    QList<Job> m_waiting; // failed, until their retry is due
    bool m_current = false;
    QPointer<S3Call> m_call;
    bool m_stopped = false;
    WallTimer m_retryTimer{m_clock, this, [this] { checkRetries(); }};
};
