#include "ExportUploader.h"

#include "ExportFileStore.h"
#include "History.h"
#include "JournalRecord.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"

#include <QFuture>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
struct Digests {
    bool ok = false;
    S3Client::FileDigests file;
};

QString keyOf(const QString &file) {
    ExportFile parsed;
    ExportFile::parse(file, &parsed);
    return S3Client::exportKey(file, parsed.timestamp.date());
}

} // namespace

ExportUploader::ExportUploader(S3Client::Options options, QList<int> retryDelaysSecs,
                               const ExportFileStore &store, History *history, QNetworkAccessManager *network,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(options), network, clock)
    , m_retryDelaysSecs(std::move(retryDelaysSecs))
    , m_store(store)
    , m_history(history)
    , m_clock(clock) {}

void ExportUploader::upload(const QString &group, const QString &file,
                            std::function<void()> firstAttemptDone) {
    if (m_stopped) { // not leading: the next leader's catchUp() uploads it
        if (firstAttemptDone)
            firstAttemptDone();
        return;
    }
    m_queue.append({group, file, 1, {}, std::move(firstAttemptDone)});
    pump();
}

void ExportUploader::catchUp() {
    m_stopped = false;
    QSet<QString> uploaded;
    QSet<QString> known;
    if (m_history) {
        m_history->forEach([&uploaded](const QJsonObject &json) {
            const JournalRecord::Any record = JournalRecord::read(json);
            if (const auto *upload = std::get_if<JournalRecord::Upload>(&record)) {
                if (upload->ok)
                    uploaded.insert(upload->file);
                else
                    uploaded.remove(upload->file);
            }
        });
    }
    for (const Job &job : std::as_const(m_queue) + m_waiting)
        known.insert(job.file);
    for (const ExportFile &file : m_store.list()) {
        if (uploaded.contains(file.fileName) || known.contains(file.fileName))
            continue;
        qCInfo(lcExport, "%s has no copy in S3 yet: uploading it", qUtf8Printable(file.fileName));
        m_queue.append({file.group, file.fileName, 1, {}, {}});
    }
    pump();
}

void ExportUploader::removeObjects(const QStringList &keys) {
    for (const QString &key : keys) {
        S3Call *call = m_client.remove(key);
        connect(call, &S3Call::finished, this, [call, key] {
            call->deleteLater();
            if (call->ok() || call->httpStatus() == 404)
                qCInfo(lcExport, "retention: deleted %s from S3", qUtf8Printable(key));
            else
                qCWarning(lcExport, "retention: %s could not be deleted from S3: %s", qUtf8Printable(key),
                          qUtf8Printable(call->error()));
        });
    }
}

void ExportUploader::stop() {
    m_stopped = true;
    const QList<Job> dropped = std::exchange(m_queue, {});
    for (const Job &job : dropped) {
        if (job.firstAttemptDone) // the cycle waiting for it ends; catchUp() uploads it later
            job.firstAttemptDone();
    }
    m_waiting.clear();
    m_retryTimer.stop();
    if (m_call)
        m_call->abort();
}

void ExportUploader::pump() {
    if (m_current || m_queue.isEmpty() || m_stopped)
        return;
    m_current = true;
    Job job = m_queue.takeFirst();
    const QString path = m_store.filePath(job.file);
    // Reading 200 MB for its digests takes a while: not on the thread that serves the window and the web.
    auto promise = std::make_shared<QPromise<Digests>>();
    QFuture<Digests> future = promise->future();
    QThreadPool::globalInstance()->start([promise, path, options = m_client.options()] {
        promise->start();
        Digests digests;
        digests.ok = S3Client::digests(path, options, &digests.file);
        promise->addResult(digests);
        promise->finish();
    });
    future.then(this, [this, job = std::move(job), path](const Digests &digests) mutable {
        const QString key = keyOf(job.file);
        if (!digests.ok) {
            finish(std::move(job), false, key, 0, QString(),
                   tr("the export file %1 cannot be read").arg(path));
            return;
        }
        const S3Client::FileDigests &file = digests.file;
        S3Call *put = m_client.upload(key, path, file);
        m_call = put;
        connect(put, &S3Call::finished, this, [this, put, job = std::move(job), key, file]() mutable {
            put->deleteLater();
            if (!put->ok()) {
                finish(std::move(job), false, key, file.size, QString(), put->error());
                return;
            }
            // Verified by what the server holds now, not by what it answered to the PUT.
            S3Call *head = m_client.head(key);
            connect(head, &S3Call::finished, this, [this, head, job = std::move(job), key, file]() mutable {
                head->deleteLater();
                const QByteArray etag = head->header("etag").replace('"', "");
                const qint64 size = head->header("content-length").toLongLong();
                QString why;
                if (!head->ok())
                    why = tr("the uploaded copy cannot be checked: %1").arg(head->error());
                else if (size != file.size)
                    why = tr("the copy in S3 holds %1 bytes, the file %2").arg(size).arg(file.size);
                else if (!file.matches(etag))
                    why = tr("the copy in S3 is not the file (its ETag %1, the file's %2)")
                              .arg(QString::fromLatin1(etag),
                                   QString::fromLatin1(file.parts.isEmpty() ? file.md5.toHex()
                                                                            : file.multipartEtag()));
                finish(std::move(job), why.isEmpty(), key, file.size, QString::fromLatin1(etag), why);
            });
        });
    });
}

void ExportUploader::finish(Job job, bool ok, const QString &key, qint64 bytes, const QString &etag,
                            const QString &error) {
    m_current = false;
    JournalRecord::Upload record;
    record.group = job.group;
    record.file = job.file;
    record.key = key;
    record.ok = ok;
    record.attempt = job.attempt;
    record.bytes = bytes;
    record.etag = etag;
    record.error = error;
    record.end = m_clock.nowUtc();
    if (ok) {
        qCInfo(lcExport, "%s: uploaded to S3 as %s (%lld bytes, verified)", qUtf8Printable(job.file),
               qUtf8Printable(key), bytes);
    } else if (job.attempt <= m_retryDelaysSecs.size()) {
        record.nextRetry = m_clock.nowUtc().addSecs(m_retryDelaysSecs.at(job.attempt - 1));
        qCWarning(lcExport, "%s: upload %d to S3 failed: %s; tried again at %s", qUtf8Printable(job.file),
                  job.attempt, qUtf8Printable(error), qUtf8Printable(record.nextRetry.toString(Qt::ISODate)));
    } else {
        qCWarning(lcExport, "%s: upload %d to S3 failed: %s; tried again at the next export or start",
                  qUtf8Printable(job.file), job.attempt, qUtf8Printable(error));
    }
    if (m_history)
        m_history->append(record.toJson());
    if (job.firstAttemptDone) {
        std::function<void()> done = std::move(job.firstAttemptDone);
        job.firstAttemptDone = {};
        done();
    }
    if (!ok && record.nextRetry.isValid()) {
        job.attempt += 1;
        job.due = record.nextRetry;
        m_waiting.append(std::move(job));
    }
    emit uploaded(record.file, ok);
    if (!ok && !record.nextRetry.isValid())
        emit gaveUp(record.group, record.file, error);
    checkRetries();
}

void ExportUploader::checkRetries() {
    const QDateTime now = m_clock.nowUtc();
    for (qsizetype i = 0; i < m_waiting.size();) {
        if (m_waiting.at(i).due <= now)
            m_queue.append(m_waiting.takeAt(i));
        else
            ++i;
    }
    pump();
    QDateTime next;
    for (const Job &job : std::as_const(m_waiting)) {
        if (!next.isValid() || job.due < next)
            next = job.due;
    }
    m_retryTimer.wakeAt(next); // stops when nothing waits
}
