#include "SnapshotCopy.h"

#include "exports/ExportFileStore.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"

#include <QDir>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// An object of ours in the bucket: snapshots/objects/ab/<64 hex>[.gz]; its SHA-256, empty for others' keys.
QByteArray objectOf(const QString &key) {
    if (!key.startsWith(u"snapshots/objects/"_s))
        return {};
    QString name = key.section(u'/', -1);
    if (name.endsWith(u".gz"_s))
        name.chop(3);
    const bool hex = name.size() == 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                         return c.isDigit() || (c >= u'a' && c <= u'f');
                     });
    return hex && key == u"snapshots/objects/%1/%2"_s.arg(name.left(2), key.section(u'/', -1))
               ? name.toLatin1()
               : QByteArray();
}

// A manifest of ours: snapshots/snapshots/<id>.json; its id, empty for others' keys.
QString manifestOf(const QString &key) {
    static const QString head = u"snapshots/snapshots/"_s;
    if (!key.startsWith(head) || !key.endsWith(u".json"_s) || key.count(u'/') != 2)
        return {};
    const QString id = key.mid(head.size()).chopped(5);
    return QDateTime::fromString(id.left(16), u"yyyyMMdd'T'HHmmss'Z'"_s).isValid() && id.size() > 17
               ? id
               : QString();
}

struct ObjectDigests {
    bool ok = false;
    S3Client::FileDigests file;
};
} // namespace

SnapshotCopy::SnapshotCopy(S3Client::Options options, const SnapshotStore &store, RetentionKeep keep,
                           QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(options), network, clock)
    , m_store(store)
    , m_keep(keep)
    , m_clock(clock) {}

QString SnapshotCopy::keyOf(const QString &storeFile) const {
    return prefix() + QDir(m_store.root()).relativeFilePath(storeFile);
}

QString SnapshotCopy::manifestKey(const QString &id) {
    return prefix() + u"snapshots/"_s + id + u".json"_s;
}

void SnapshotCopy::sync() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_result = {};
    m_queue.clear();
    m_needs.clear();
    m_manifestsQueued = false;
    const int generation = ++m_generation;
    m_client.listAll(prefix(), this,
                     [this, generation](const QList<S3Client::Object> &objects, const QString &error) {
                         if (generation != m_generation)
                             return;
                         if (!error.isEmpty()) {
                             m_result.error = tr("the bucket cannot be listed: %1").arg(error);
                             end();
                             return;
                         }
                         listed(objects);
                     });
}

void SnapshotCopy::listed(const QList<S3Client::Object> &objects) {
    m_bucket.clear();
    QSet<QByteArray> present; // by SHA-256: plain or .gz, either will do
    for (const S3Client::Object &object : objects) {
        m_bucket.insert(object.key, object);
        if (const QByteArray sha = objectOf(object.key); !sha.isEmpty())
            present.insert(sha);
    }
    QSet<QString> queued;
    for (const SnapshotManifest &m : m_store.manifests()) {
        if (m_bucket.contains(manifestKey(m.id)))
            continue;
        QString error;
        const std::optional<SnapshotIndex> index = m_store.index(m, &error);
        if (!index) {
            qCWarning(lcExport, "snapshot %s is not copied to S3: %s", qUtf8Printable(m.id),
                      qUtf8Printable(error));
            m_result.error = tr("snapshot %1 cannot be copied: %2").arg(m.id, error);
            continue;
        }
        QSet<QByteArray> shas = index->objects();
        shas.insert(m.index);
        QStringList keys;
        bool whole = true;
        for (const QByteArray &sha : std::as_const(shas)) {
            if (present.contains(sha))
                continue;
            const QString path = m_store.path(sha);
            if (path.isEmpty()) {
                whole = false;
                m_result.error = tr("snapshot %1 cannot be copied: object %2 is missing here (--verify)")
                                     .arg(m.id, QString::fromLatin1(sha));
                break;
            }
            const QString key = keyOf(path);
            keys.append(key);
            if (!queued.contains(key)) {
                queued.insert(key);
                m_queue.append({key, path, QString()});
            }
        }
        if (whole)
            m_needs.insert(m.id, keys);
    }
    if (!m_queue.isEmpty() || !m_needs.isEmpty())
        qCInfo(lcExport, "S3: %lld snapshot(s) to copy, %lld object(s) the bucket lacks",
               qint64(m_needs.size()), qint64(m_queue.size()));
    pump();
}

void SnapshotCopy::pump() {
    while (m_active < inFlight && !m_queue.isEmpty()) {
        m_active += 1;
        send(m_queue.takeFirst());
    }
    if (m_active > 0)
        return;
    if (!std::exchange(m_manifestsQueued, true)) {
        manifestsDue();
        if (!m_queue.isEmpty())
            return pump();
    }
    retention();
}

void SnapshotCopy::manifestsDue() {
    QStringList ids = m_needs.keys();
    std::sort(ids.begin(), ids.end()); // oldest first
    for (const QString &id : std::as_const(ids)) {
        const QStringList &keys = m_needs[id];
        const bool all = std::all_of(keys.cbegin(), keys.cend(),
                                     [this](const QString &key) { return m_bucket.contains(key); });
        if (all)
            m_queue.append({manifestKey(id), m_store.root() + u"/snapshots/"_s + id + u".json"_s, id});
    }
}

void SnapshotCopy::send(const Upload &upload) {
    // Reading a 200 MB attachment for its digests takes a while: not on the thread that serves the window.
    auto promise = std::make_shared<QPromise<ObjectDigests>>();
    QFuture<ObjectDigests> future = promise->future();
    const int generation = m_generation;
    future.then(this, [this, upload, generation](const ObjectDigests &digests) {
        if (generation != m_generation)
            return;
        if (!digests.ok) {
            sent(upload, tr("%1 cannot be read").arg(upload.path), 0);
            return;
        }
        const S3Client::FileDigests file = digests.file;
        const QByteArray type = upload.manifest.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                          : QByteArrayLiteral("application/json");
        S3Call *put = m_client.upload(upload.key, upload.path, file, type);
        m_calls.append(put);
        connect(put, &S3Call::finished, this, [this, put, upload, file, generation] {
            put->deleteLater();
            if (generation != m_generation)
                return;
            if (!put->ok()) {
                sent(upload, put->error(), 0);
                return;
            }
            // The server checked the bytes against their Content-MD5; its ETag says it keeps them.
            const QByteArray etag = put->header("etag").replace('"', "");
            if (!etag.isEmpty() && !file.matches(etag)) {
                sent(upload,
                     tr("the copy in S3 is not the file (its ETag %1)").arg(QString::fromLatin1(etag)), 0);
                return;
            }
            m_bucket.insert(upload.key, {upload.key, file.size, m_clock.nowUtc(), etag});
            sent(upload, QString(), file.size);
        });
    });
    QThreadPool::globalInstance()->start([promise, path = upload.path, options = m_client.options()] {
        promise->start();
        ObjectDigests digests;
        digests.ok = S3Client::digests(path, options, &digests.file);
        promise->addResult(digests);
        promise->finish();
    });
}

void SnapshotCopy::sent(const Upload &upload, const QString &error, qint64 bytes) {
    m_active -= 1;
    m_calls.removeIf([](const QPointer<S3Call> &call) { return call.isNull(); });
    if (!error.isEmpty()) {
        qCWarning(lcExport, "S3: %s could not be copied: %s", qUtf8Printable(upload.key),
                  qUtf8Printable(error));
        if (m_result.error.isEmpty())
            m_result.error = tr("%1 could not be copied: %2").arg(upload.key, error);
    } else if (upload.manifest.isEmpty()) {
        m_result.objects += 1;
        m_result.bytes += bytes;
    } else {
        m_result.manifests += 1;
        qCInfo(lcExport, "S3: snapshot %s copied to %s", qUtf8Printable(upload.manifest),
               qUtf8Printable(upload.key));
    }
    pump();
}

void SnapshotCopy::retention() {
    // The bucket's snapshots by the same tiers as the folder's (never a group's newest). Skipped after a
    // failure: what is deleted is decided on a whole picture only.
    QList<ExportFile> kept;
    for (auto it = m_bucket.cbegin(); it != m_bucket.cend(); ++it) {
        const QString id = manifestOf(it.key());
        if (id.isEmpty())
            continue;
        ExportFile file;
        file.fileName = id;
        file.group = id.mid(17);
        file.timestamp = QDateTime::fromString(id.left(16), u"yyyyMMdd'T'HHmmss'Z'"_s);
        file.timestamp.setTimeSpec(Qt::UTC);
        kept.append(file);
    }
    QStringList victims;
    if (m_result.error.isEmpty() && m_keep.isSet()) {
        for (const QString &id : ExportFileStore::expired(kept, Retention(0, m_keep), m_clock.nowUtc()))
            victims.append(manifestKey(id));
    }
    kept.removeIf([&victims](const ExportFile &f) { return victims.contains(manifestKey(f.fileName)); });
    m_result.inBucket = int(kept.size());

    // Objects no manifest left in the bucket refers to, when each of those manifests is known here.
    bool known = m_result.error.isEmpty();
    QSet<QByteArray> referenced;
    for (const ExportFile &f : std::as_const(kept)) {
        const std::optional<SnapshotManifest> m = m_store.manifest(f.fileName);
        QString error;
        const std::optional<SnapshotIndex> index = m ? m_store.index(*m, &error) : std::nullopt;
        if (!index) {
            known = false;
            break;
        }
        referenced.insert(m->index);
        referenced.unite(index->objects());
    }
    if (known) {
        const QDateTime dayAgo = m_clock.nowUtc().addSecs(-qint64(m_collectAfter.count()));
        for (auto it = m_bucket.cbegin(); it != m_bucket.cend(); ++it) {
            const QByteArray sha = objectOf(it.key());
            if (!sha.isEmpty() && !referenced.contains(sha) && it->modified.isValid() &&
                it->modified <= dayAgo)
                victims.append(it.key());
        }
    } else if (m_result.error.isEmpty()) {
        qCInfo(lcExport, "S3: the bucket holds snapshots this store does not: its objects are not collected");
    }
    if (victims.isEmpty()) {
        end();
        return;
    }
    auto left = std::make_shared<int>(int(victims.size()));
    const int generation = m_generation;
    for (const QString &key : std::as_const(victims)) {
        S3Call *call = m_client.remove(key);
        m_calls.append(call);
        connect(call, &S3Call::finished, this, [this, call, key, left, generation] {
            call->deleteLater();
            if (generation != m_generation)
                return;
            if (call->ok() || call->httpStatus() == 404) {
                m_result.deleted += 1;
                m_bucket.remove(key);
                qCInfo(lcExport, "S3: deleted %s (retention of snapshots)", qUtf8Printable(key));
            } else {
                qCWarning(lcExport, "S3: %s could not be deleted: %s", qUtf8Printable(key),
                          qUtf8Printable(call->error()));
            }
            if (--*left == 0)
                end();
        });
    }
}

void SnapshotCopy::end() {
    m_running = false;
    m_result.ok = m_result.error.isEmpty();
    m_calls.clear();
    emit finished(m_result);
    if (std::exchange(m_again, false))
        sync();
}

void SnapshotCopy::abort() {
    m_generation += 1;
    m_running = false;
    m_again = false;
    m_queue.clear();
    m_active = 0;
    for (const QPointer<S3Call> &call : std::exchange(m_calls, {})) {
        if (call)
            call->abort();
    }
}
