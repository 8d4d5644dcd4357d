// --verify --remote: the snapshots in the bucket (SnapshotCopy's layout under snapshots/) read back as the
// local --verify reads the store: every manifest read, every object downloaded (streamed, inflated when .gz,
// never held whole) and its SHA-256 compared with its name, every object a manifest names present, and every
// snapshot of the local store in the bucket. Read-only.
#pragma once

#include "SnapshotVerify.h"
#include "storage/S3Client.h"

#include <QHash>
#include <QObject>

class SnapshotStore;
struct SnapshotManifest;

class SnapshotRemoteVerify : public QObject {
    Q_OBJECT
public:
    // `local` (may be null): its snapshots should be in the bucket too.
    SnapshotRemoteVerify(S3Client *client, const SnapshotStore *local, QObject *parent = nullptr);
    void start();
    const SnapshotVerify::Report &report() const { return m_report; }
    // The bucket could not be listed (the report is empty then).
    const QString &error() const { return m_error; }

signals:
    void finished();

private:
    void listed(const QList<S3Client::Object> &objects);
    void nextManifest();
    void readIndex(const SnapshotManifest &manifest, const QString &key);
    void nextObject();
    void end();

    S3Client *m_client;
    const SnapshotStore *m_local;
    SnapshotVerify::Report m_report;
    QString m_error;
    QHash<QByteArray, QString> m_objects; // SHA-256 -> its key in the bucket
    QStringList m_manifestKeys;           // to read
    QList<QByteArray> m_toCheck;          // objects to read
    QSet<QByteArray> m_checked;
    QHash<QByteArray, QStringList> m_users;
    QStringList m_manifestIds; // in the bucket
};
