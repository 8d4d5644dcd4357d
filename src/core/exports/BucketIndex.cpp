#include "BucketIndex.h"

#include "ExportFileStore.h"
#include "log/LogCategories.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxListPages = 1000; // a million keys: a guard against a server that always says "truncated"
// A page S3 failed to list (a 500 or 503 under load, a broken connection) is asked for again, as the AWS SDKs
// do: after 100 ms, then 200 ms. Then the listing gives up until the next one (after a cycle, every 5
// minutes).
constexpr int pageAttempts = 3;
constexpr int firstRetryMs = 100;
} // namespace

BucketIndex::BucketIndex(S3Client::Options options, QNetworkAccessManager *network, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_client(std::move(options), network, clock) {}

void BucketIndex::refresh() {
    if (m_listing)
        return;
    m_listing = true;
    m_pages = 0;
    m_next.clear();
    listPage(QString(), 1);
}

void BucketIndex::forget(const QStringList &fileNames) {
    for (const QString &name : fileNames)
        m_objects.remove(name);
    emit changed();
}

void BucketIndex::listPage(const QString &token, int attempt) {
    S3Call *call = m_client.list(u"exports/"_s, token);
    connect(call, &S3Call::finished, this, [this, call, token, attempt] {
        call->deleteLater();
        const bool transient = call->httpStatus() == 0 || call->httpStatus() >= 500;
        if (!call->ok() && transient && attempt < pageAttempts) {
            qCInfo(lcExport, "listing the exports in S3: %s; asking again", qUtf8Printable(call->error()));
            QTimer::singleShot(firstRetryMs << (attempt - 1), this,
                               [this, token, attempt] { listPage(token, attempt + 1); });
            return;
        }
        if (!call->ok()) {
            m_error = call->error();
            m_listing = false;
            qCWarning(lcExport, "the exports in S3 cannot be listed: %s", qUtf8Printable(m_error));
            return; // the last complete listing stays
        }
        QString next;
        for (const S3Client::Object &object : S3Client::parseList(call->body(), &next)) {
            const QString name = object.key.section(u'/', -1);
            ExportFile parsed;
            if (ExportFile::parse(name, &parsed))
                m_next.insert(name, object);
        }
        if (!next.isEmpty() && ++m_pages < maxListPages) {
            listPage(next, 1);
            return;
        }
        m_objects = std::move(m_next);
        m_next.clear();
        m_error.clear();
        m_listing = false;
        qCInfo(lcExport, "the bucket holds %lld exports", qint64(m_objects.size()));
        emit changed();
    });
}
