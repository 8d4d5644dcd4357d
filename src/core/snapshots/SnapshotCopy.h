// The snapshots' second home: with S3 configured, every kept snapshot is copied to the bucket in the store's
// own layout under snapshots/, so that a copy of that prefix (rclone, s3cmd, aws s3 sync) is a store this
// program reads again (SNAPSHOT_PATH pointed at it) and anyone reads without it:
//
//   snapshots/objects/ab/<sha256>[.gz]   an object, the file of the local store as it is
//   snapshots/snapshots/<id>.json        a snapshot's manifest, sent only once every object it names is there
//
// A pass lists the bucket's snapshots/ (the listing is the record of what is there: nothing to keep in step),
// sends each object the bucket lacks (streamed, with its MD5 and SHA-256; the server's ETag checked against
// the file's MD5), then the manifests; then applies SNAPSHOT_KEEP's tiers to the bucket's manifests and
// deletes the objects of ours that no manifest left in the bucket refers to (only when each of them is known
// here, and only objects a day old: another replica may be copying). Stateless: a pass that fails (or a
// restart) leaves what the next pass finishes.
#pragma once

#include "SnapshotManifest.h"
#include "SnapshotStore.h"
#include "config/Config.h"
#include "storage/S3Client.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

class Clock;

class SnapshotCopy : public QObject {
    Q_OBJECT
public:
    static constexpr int inFlight = 4; // uploads at once
    static QString prefix() { return QStringLiteral("snapshots/"); }

    SnapshotCopy(S3Client::Options options, const SnapshotStore &store, RetentionKeep keep,
                 QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);

    S3Client *client() { return &m_client; }
    // Objects of ours no kept snapshot uses are deleted once they are this old (a day: another replica may
    // be copying a snapshot whose manifest is not there yet).
    void setCollectAfter(std::chrono::seconds age) { m_collectAfter = age; }
    // One pass; `finished` once. A pass asked for while one runs is run again after it.
    void sync();
    bool isBusy() const { return m_running; }
    void abort();
    // The key of an object's file, or a manifest's, in the bucket.
    QString keyOf(const QString &storeFile) const;
    static QString manifestKey(const QString &id);

signals:
    void finished(const SnapshotCopyResult &result);

private:
    struct Upload {
        QString key;
        QString path;
        QString manifest; // set for a manifest: sent after the objects
    };
    void listed(const QList<S3Client::Object> &objects);
    void pump();
    void send(const Upload &upload);
    void sent(const Upload &upload, const QString &error, qint64 bytes);
    void manifestsDue();
    void retention();
    void end();

    S3Client m_client;
    const SnapshotStore &m_store;
    RetentionKeep m_keep;
    const Clock &m_clock;
    std::chrono::seconds m_collectAfter = std::chrono::hours(24);
    bool m_running = false;
    bool m_again = false;
    int m_generation = 0; // a pass aborted: what its calls answer later is dropped
    QHash<QString, S3Client::Object> m_bucket;
    QList<Upload> m_queue;               // objects, then (once they are all there) manifests
    QHash<QString, QStringList> m_needs; // a manifest to send -> the keys of its objects
    bool m_manifestsQueued = false;
    int m_active = 0;
    QList<QPointer<S3Call>> m_calls;
    SnapshotCopyResult m_result;
};
