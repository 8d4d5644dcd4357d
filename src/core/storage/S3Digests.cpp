// The digests S3 is checked against, read once from the file: the MD5 and SHA-256 of the whole file or of
// each part of a multipart upload, and the ETag S3 gives either (a part's MD5s hashed again, "-" and the
// count).
#include "S3Client.h"

#include "net/Digest.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/evp.h>

#include <limits>

QByteArray S3Client::FileDigests::multipartEtag() const {
    QByteArray all;
    for (const Part &part : parts)
        all += part.md5;
    return QCryptographicHash::hash(all, QCryptographicHash::Md5).toHex() + '-' +
           QByteArray::number(parts.size());
}

bool S3Client::FileDigests::matches(const QByteArray &etag) const {
    return etag == md5.toHex() || (!parts.isEmpty() && etag == multipartEtag());
}

namespace {
constexpr int maxParts = 10000; // S3's limit

} // namespace

bool S3Client::digests(const QString &path, QByteArray *md5, QByteArray *sha256Hex, qint64 *size) {
    Options whole;
    whole.multipartThreshold = std::numeric_limits<qint64>::max();
    FileDigests read;
    if (!digests(path, whole, &read))
        return false;
    *md5 = read.md5;
    *sha256Hex = read.sha256Hex;
    *size = read.size;
    return true;
}

bool S3Client::digests(const QString &path, const Options &options, FileDigests *digests) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    const bool inParts = size > options.multipartThreshold;
    constexpr qint64 mib = 1024 * 1024;
    // At most 10,000 parts: larger files get larger parts, in whole MiB.
    const qint64 partSize =
        qMax(qMax(options.partSize, mib), ((size + maxParts - 1) / maxParts + mib - 1) / mib * mib);
    Digest md5(EVP_md5());
    Digest sha(EVP_sha256());
    std::unique_ptr<Digest> partMd5;
    std::unique_ptr<Digest> partSha;
    if (!md5.ok() || !sha.ok())
        return false;
    *digests = FileDigests();
    QByteArray buffer(int(mib), Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        md5.add(buffer.constData(), n);
        if (!inParts) {
            sha.add(buffer.constData(), n);
            total += n;
            continue;
        }
        for (qint64 done = 0; done < n;) { // a part may end inside the buffer
            if (!partMd5) {
                partMd5 = std::make_unique<Digest>(EVP_md5());
                partSha = std::make_unique<Digest>(EVP_sha256());
                if (!partMd5->ok() || !partSha->ok())
                    return false;
                digests->parts.append({total, 0, {}, {}});
            }
            FileDigests::Part &part = digests->parts.last();
            const qint64 take = qMin(n - done, partSize - part.length);
            partMd5->add(buffer.constData() + done, take);
            partSha->add(buffer.constData() + done, take);
            part.length += take;
            done += take;
            total += take;
            if (part.length == partSize || total == size) {
                part.md5 = partMd5->result();
                part.sha256Hex = partSha->result().toHex();
                partMd5.reset();
                partSha.reset();
            }
        }
    }
    if (total != size || (partMd5 != nullptr)) // the file changed while it was read
        return false;
    digests->size = total;
    digests->md5 = md5.result();
    if (!inParts)
        digests->sha256Hex = sha.result().toHex();
    return true;
}
