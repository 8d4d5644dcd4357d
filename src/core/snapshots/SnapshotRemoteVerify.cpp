#include "SnapshotRemoteVerify.h"

#include "SnapshotCopy.h"
#include "SnapshotManifest.h"
#include "SnapshotStore.h"
#include "net/Digest.h"

#include <QIODevice>

#include <memory>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 keptBytesLimit = 512LL * 1024 * 1024; // a manifest or a case list held to be read

// Where a download goes: hashed as it comes (inflated first when the object is .gz), the bytes kept only
// when asked for (a manifest, a case list).
class ObjectCheck : public QIODevice {
public:
    ObjectCheck(bool gz, bool keep)
        : m_gz(gz)
        , m_keep(keep) {
        if (m_gz && inflateInit2(&m_zip, 16 + MAX_WBITS) != Z_OK)
            m_error = u"zlib cannot start"_s;
        open(QIODevice::WriteOnly);
    }
    ~ObjectCheck() override {
        if (m_gz)
            inflateEnd(&m_zip);
    }
    // The SHA-256 (hex) of the bytes; empty (and `why`) when they could not be inflated.
    QByteArray sha(QString *why) {
        if (m_error.isEmpty() && m_gz && !m_ended)
            m_error = u"its compressed bytes end early"_s;
        *why = m_error;
        return m_error.isEmpty() ? m_digest.result().toHex() : QByteArray();
    }
    const QByteArray &bytes() const { return m_bytes; }
    qint64 taken() const { return m_size; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        if (!m_error.isEmpty())
            return size; // the answer is read to its end; what it says is known already
        if (!m_gz) {
            take(data, size);
            return size;
        }
        if (m_ended) {
            m_error = u"bytes follow its compressed end"_s;
            return size;
        }
        QByteArray out(256 * 1024, Qt::Uninitialized);
        m_zip.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zip.avail_in = uInt(size);
        while (m_zip.avail_in > 0 && !m_ended) {
            m_zip.next_out = reinterpret_cast<Bytef *>(out.data());
            m_zip.avail_out = uInt(out.size());
            const int result = inflate(&m_zip, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END) {
                m_error = u"its compressed bytes are damaged"_s;
                return size;
            }
            take(out.constData(), out.size() - qint64(m_zip.avail_out));
            m_ended = result == Z_STREAM_END;
        }
        if (m_ended && m_zip.avail_in > 0)
            m_error = u"bytes follow its compressed end"_s;
        return size;
    }

private:
    void take(const char *data, qint64 size) {
        m_digest.add(data, size);
        m_size += size;
        if (!m_keep)
            return;
        if (m_bytes.size() + size > keptBytesLimit)
            m_error = u"larger than %1 bytes"_s.arg(keptBytesLimit);
        else
            m_bytes.append(data, size);
    }
    bool m_gz;
    bool m_keep;
    z_stream m_zip{};
    bool m_ended = false;
    Digest m_digest;
    QByteArray m_bytes;
    qint64 m_size = 0;
    QString m_error;
};

using Kind = SnapshotVerify::Finding::Kind;

// Downloads `key` into a check; `done` with it, or with why the download failed.
void download(S3Client *client, const QString &key, bool keep, QObject *context,
              std::function<void(ObjectCheck *, const QString &error)> done) {
    auto check = std::make_shared<ObjectCheck>(key.endsWith(u".gz"_s), keep);
    S3Call *call = client->get(key, check.get());
    QObject::connect(call, &S3Call::finished, context, [call, check, done = std::move(done)] {
        call->deleteLater();
        done(check.get(), call->ok() ? QString() : call->error());
    });
}
} // namespace

SnapshotRemoteVerify::SnapshotRemoteVerify(S3Client *client, const SnapshotStore *local, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_local(local) {}

void SnapshotRemoteVerify::start() {
    m_client->listAll(SnapshotCopy::prefix(), this,
                      [this](const QList<S3Client::Object> &objects, const QString &error) {
                          if (!error.isEmpty()) {
                              m_error = error;
                              emit finished();
                              return;
                          }
                          listed(objects);
                      });
}

void SnapshotRemoteVerify::listed(const QList<S3Client::Object> &objects) {
    for (const S3Client::Object &object : objects) {
        const QString name = object.key.section(u'/', -1);
        if (object.key.startsWith(u"snapshots/objects/"_s)) {
            const QByteArray sha = (name.endsWith(u".gz"_s) ? name.chopped(3) : name).toLatin1();
            if (sha.size() == 64)
                m_objects.insert(sha, object.key);
        } else if (object.key == SnapshotCopy::manifestKey(name.chopped(5))) {
            m_manifestKeys.append(object.key);
            m_manifestIds.append(name.chopped(5));
        }
    }
    m_report.snapshots = int(m_manifestKeys.size());
    nextManifest();
}

void SnapshotRemoteVerify::nextManifest() {
    if (m_manifestKeys.isEmpty()) {
        m_toCheck = m_objects.keys();
        std::sort(m_toCheck.begin(), m_toCheck.end());
        return nextObject();
    }
    const QString key = m_manifestKeys.takeFirst();
    download(m_client, key, true, this, [this, key](ObjectCheck *check, const QString &error) {
        QString why = error;
        std::optional<SnapshotManifest> manifest;
        if (why.isEmpty()) {
            QString unused;
            check->sha(&unused);
            manifest = SnapshotManifest::fromJson(check->bytes(), &why);
        }
        if (!manifest) {
            m_report.findings.append({Kind::Unreadable, key, why, {}});
            return nextManifest();
        }
        const QString indexKey = m_objects.value(manifest->index);
        if (indexKey.isEmpty()) { // named as missing below
            SnapshotVerify::addUsers(*manifest, nullptr, &m_users);
            return nextManifest();
        }
        readIndex(*manifest, indexKey);
    });
}

void SnapshotRemoteVerify::readIndex(const SnapshotManifest &manifest, const QString &key) {
    download(m_client, key, true, this, [this, manifest, key](ObjectCheck *check, const QString &error) {
        QString why = error;
        const QByteArray sha = why.isEmpty() ? check->sha(&why) : QByteArray();
        std::optional<SnapshotIndex> index;
        if (why.isEmpty() && sha != manifest.index)
            why = u"its SHA-256 differs"_s;
        if (why.isEmpty())
            index = SnapshotIndex::fromJson(check->bytes(), &why);
        SnapshotVerify::addUsers(manifest, index ? &*index : nullptr, &m_users);
        if (!m_checked.contains(manifest.index)) {
            m_checked.insert(manifest.index);
            if (why.isEmpty()) {
                m_report.objects += 1;
                m_report.bytes += check->taken();
            } else {
                m_report.findings.append(
                    {Kind::Damaged, key, why, {u"%1 (its case list)"_s.arg(manifest.id)}});
            }
        }
        nextManifest();
    });
}

void SnapshotRemoteVerify::nextObject() {
    while (!m_toCheck.isEmpty() && m_checked.contains(m_toCheck.constFirst()))
        m_toCheck.removeFirst();
    if (m_toCheck.isEmpty())
        return end();
    const QByteArray sha = m_toCheck.takeFirst();
    m_checked.insert(sha);
    const QString key = m_objects.value(sha);
    download(m_client, key, false, this, [this, sha, key](ObjectCheck *check, const QString &error) {
        QString why = error;
        const QByteArray got = why.isEmpty() ? check->sha(&why) : QByteArray();
        if (why.isEmpty() && got != sha)
            why = u"its SHA-256 differs"_s;
        if (why.isEmpty()) {
            m_report.objects += 1;
            m_report.bytes += check->taken();
        } else {
            m_report.findings.append({Kind::Damaged, key, why, m_users.value(sha)});
        }
        nextObject();
    });
}

void SnapshotRemoteVerify::end() {
    for (auto use = m_users.cbegin(); use != m_users.cend(); ++use) {
        if (!m_objects.contains(use.key()))
            m_report.findings.append({Kind::Missing,
                                      u"snapshots/objects/%1/%2"_s.arg(QString::fromLatin1(use.key().left(2)),
                                                                       QString::fromLatin1(use.key())),
                                      u"not in the bucket"_s, use.value()});
    }
    if (m_local) {
        for (const SnapshotManifest &m : m_local->manifests()) {
            if (!m_manifestIds.contains(m.id))
                m_report.findings.append({Kind::Missing,
                                          SnapshotCopy::manifestKey(m.id),
                                          u"kept here, not copied to the bucket yet"_s,
                                          {}});
        }
    }
    SnapshotVerify::sortFindings(&m_report);
    emit finished();
}
