// The exports in the S3 bucket, listed page by page (ListObjectsV2, 1,000 keys a page) and kept: the window
// and the web view list the bucket's exports that the local folder lacks (another replica exported them, or
// the folder is an emptyDir) without asking S3 on every request.
#pragma once

#include "storage/S3Client.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class BucketIndex : public QObject {
    Q_OBJECT
public:
    BucketIndex(S3Client::Options options, QNetworkAccessManager *network, const Clock &clock,
                QObject *parent = nullptr);

    S3Client *client() { return &m_client; }
    // Our exports in the bucket by file name (the last part of the key); others' objects are left out.
    const QHash<QString, S3Client::Object> &objects() const { return m_objects; }
    bool isListing() const { return m_listing; }
    const QString &lastError() const { return m_error; }
    // Drops objects known to be deleted (retention's) from the listing until the next one; `changed`.
    void forget(const QStringList &fileNames);

public slots:
    // Lists the bucket again (in the background); `changed` when done. A listing in progress is not doubled.
    // A page that fails for a while (a 500, a 503, a broken connection) is asked for again twice.
    void refresh();

signals:
    void changed();

private:
    S3Client m_client;
    QHash<QString, S3Client::Object> m_objects;
    bool m_listing = false;
    QString m_error;
};
