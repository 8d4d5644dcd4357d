#include "BucketIndex.h"

#include "ExportFileStore.h"
#include "log/LogCategories.h"

#include <QTimer>

using namespace Qt::StringLiterals;

BucketIndex::BucketIndex(S3Client::Options options, QNetworkAccessManager *network, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_client(std::move(options), network, clock) {}

void BucketIndex::refresh() {
    if (m_listing)
        return;
    m_listing = true;
    m_client.listAll(
        u"exports/"_s, this, [this](const QList<S3Client::Object> &objects, const QString &error) {
            m_listing = false;
            if (!error.isEmpty()) {
                m_error = error;
                qCWarning(lcExport, "the exports in S3 cannot be listed: %s", qUtf8Printable(m_error));
                return; // the last complete listing stays
            }
            m_objects.clear();
            for (const S3Client::Object &object : objects) {
                const QString name = object.key.section(u'/', -1);
                ExportFile parsed;
                if (ExportFile::parse(name, &parsed))
                    m_objects.insert(name, object);
            }
            m_error.clear();
            qCInfo(lcExport, "the bucket holds %lld exports", qint64(m_objects.size()));
            emit changed();
        });
}

void BucketIndex::forget(const QStringList &fileNames) {
    for (const QString &name : fileNames)
        m_objects.remove(name);
    emit changed();
}
