#include "SnapshotStore.h"

#include "net/Digest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <utility>

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 headBytes = 64 * 1024; // tried for compression before an object's way is chosen
constexpr qint64 chunkBytes = 256 * 1024;

bool isObjectName(const QString &name) {
    const QString sha = name.endsWith(u".gz"_s) ? name.chopped(3) : name;
    return sha.size() == 64 && std::all_of(sha.cbegin(), sha.cend(),
                                           [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// Reads an object's file, inflating it when it is gzip, and hands its bytes to `sink`; the SHA-256 (hex) of
// the bytes, empty (and `error`) when the file cannot be read or inflated.
template <typename Sink> QByteArray stream(const QString &path, bool gz, Sink sink, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot be read (%1)"_s.arg(file.errorString());
        return {};
    }
    Digest digest;
    z_stream z{};
    if (gz && inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        *error = u"zlib cannot start"_s;
        return {};
    }
    // Buffers no larger than the file (most objects are small: a page or two, not a fresh 256 KB mapping
    // each).
    QByteArray in(qBound<qint64>(4096, file.size() + 1, chunkBytes), Qt::Uninitialized);
    QByteArray out(gz ? chunkBytes : 0, Qt::Uninitialized);
    bool ended = !gz;
    while (true) {
        const qint64 got = file.read(in.data(), in.size());
        if (got < 0) {
            *error = u"cannot be read (%1)"_s.arg(file.errorString());
            break;
        }
        if (got == 0) {
            if (!ended)
                *error = u"its compressed bytes end early"_s;
            break;
        }
        if (!gz) {
            digest.add(in.constData(), got);
            sink(in.constData(), got);
            continue;
        }
        if (ended) {
            *error = u"bytes follow its compressed end"_s;
            break;
        }
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(got);
        while (z.avail_in > 0 && !ended) {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int result = inflate(&z, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END) {
                *error = u"its compressed bytes are damaged (%1)"_s.arg(
                    QString::fromLatin1(z.msg ? z.msg : "zlib"));
                break;
            }
            const qint64 produced = out.size() - qint64(z.avail_out);
            digest.add(out.constData(), produced);
            sink(out.constData(), produced);
            ended = result == Z_STREAM_END;
        }
        if (!error->isEmpty())
            break;
        if (ended && z.avail_in > 0) {
            *error = u"bytes follow its compressed end"_s;
            break;
        }
    }
    if (gz)
        inflateEnd(&z);
    if (!error->isEmpty())
        return {};
    return digest.result().toHex();
}
} // namespace

SnapshotStore::SnapshotStore(QString root)
    : m_root(std::move(root)) {}

SnapshotStore::~SnapshotStore() = default;

QString SnapshotStore::objectDir(const QByteArray &sha) const {
    return m_root + u"/objects/"_s + QString::fromLatin1(sha.left(2));
}

QString SnapshotStore::path(const QByteArray &sha) const {
    if (sha.size() != 64)
        return {};
    const QString base = objectDir(sha) + u'/' + QString::fromLatin1(sha);
    if (QFile::exists(base))
        return base;
    if (QFile::exists(base + u".gz"_s))
        return base + u".gz"_s;
    return {};
}

// --- Writer

SnapshotStore::Writer::Writer(SnapshotStore *store, std::unique_ptr<QFile> file)
    : m_store(store)
    , m_file(std::move(file))
    , m_digest(std::make_unique<Digest>()) {
    open(QIODevice::WriteOnly);
}

SnapshotStore::Writer::~Writer() {
    if (m_zip)
        deflateEnd(m_zip.get());
    if (m_file && m_file->exists() && !m_file->fileName().isEmpty())
        m_file->remove(); // not committed
}

qint64 SnapshotStore::Writer::writeData(const char *data, qint64 size) {
    if (m_failed)
        return -1;
    if (m_limit >= 0 && m_size + size > m_limit) {
        setErrorString(QCoreApplication::translate("SnapshotStore", "more than %1 bytes came, far more than "
                                                                    "TestOps listed")
                           .arg(m_limit));
        m_failed = true;
        return -1;
    }
    m_digest->add(data, size);
    m_size += size;
    if (!m_decided) {
        m_head.append(data, size);
        if (m_head.size() >= headBytes && !decide(false))
            return -1;
        return size;
    }
    const bool ok = m_zip ? deflateSome(data, size, false) : m_file->write(data, size) == size;
    m_failed = !ok;
    return ok ? size : -1;
}

bool SnapshotStore::Writer::decide(bool finish) {
    m_decided = true;
    // Compress when the first bytes shrink by a tenth: text and JSON do, pictures and archives do not.
    uLongf bound = compressBound(uLong(m_head.size()));
    QByteArray trial(qsizetype(bound), Qt::Uninitialized);
    const bool worth = compress2(reinterpret_cast<Bytef *>(trial.data()), &bound,
                                 reinterpret_cast<const Bytef *>(m_head.constData()), uLong(m_head.size()),
                                 Z_BEST_SPEED) == Z_OK &&
                       qint64(bound) * 10 <= qint64(m_head.size()) * 9;
    const QByteArray head = std::exchange(m_head, {});
    if (worth) {
        m_zip = std::make_unique<z_stream_s>();
        *m_zip = {};
        if (deflateInit2(m_zip.get(), Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
            Z_OK) {
            m_zip.reset();
            m_failed = true;
            return false;
        }
        m_failed = !deflateSome(head.constData(), head.size(), finish);
    } else {
        m_failed = m_file->write(head) != head.size();
    }
    return !m_failed;
}

bool SnapshotStore::Writer::deflateSome(const char *data, qint64 size, bool finish) {
    QByteArray out(chunkBytes, Qt::Uninitialized);
    m_zip->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_zip->avail_in = uInt(size);
    int result = Z_OK;
    do {
        m_zip->next_out = reinterpret_cast<Bytef *>(out.data());
        m_zip->avail_out = uInt(out.size());
        result = deflate(m_zip.get(), finish ? Z_FINISH : Z_NO_FLUSH);
        const qint64 produced = out.size() - qint64(m_zip->avail_out);
        if (result == Z_STREAM_ERROR || m_file->write(out.constData(), produced) != produced)
            return false;
    } while (m_zip->avail_out == 0 || (finish && result != Z_STREAM_END));
    return true;
}

QByteArray SnapshotStore::Writer::commit(QString *error) {
    if (!m_failed && !m_decided)
        decide(true);
    else if (!m_failed && m_zip)
        m_failed = !deflateSome(nullptr, 0, true);
    if (m_failed || !m_file->flush()) {
        *error = u"cannot write %1: %2"_s.arg(m_file->fileName(), m_file->errorString());
        return {};
    }
    m_file->close();
    close();
    const QByteArray sha = m_digest->result().toHex();
    if (m_store->has(sha)) { // the store holds these bytes already
        m_file->remove();
        return sha;
    }
    // Read back before it is moved in place: what the store holds is what came.
    QString readError;
    const QByteArray written = stream(
        m_file->fileName(), m_zip != nullptr, [](const char *, qint64) {}, &readError);
    if (written != sha) {
        *error = u"the object written for %1 reads back %2"_s.arg(
            QString::fromLatin1(sha), readError.isEmpty() ? u"different bytes"_s : readError);
        return {};
    }
    const QString dir = m_store->objectDir(sha);
    const QString target = dir + u'/' + QString::fromLatin1(sha) + (m_zip ? u".gz"_s : QString());
    m_stored = m_file->size();
    if (!QDir().mkpath(dir) || !m_file->rename(target)) {
        *error = u"cannot move an object to %1: %2"_s.arg(target, m_file->errorString());
        return {};
    }
    m_file.reset(); // in place: nothing to remove
    m_new = true;
    return sha;
}

std::unique_ptr<SnapshotStore::Writer> SnapshotStore::newObject(QString *error) {
    const QString tmp = m_root + u"/tmp"_s;
    if (!QDir().mkpath(tmp)) {
        *error = u"cannot create the folder %1"_s.arg(tmp);
        return nullptr;
    }
    auto file = std::make_unique<QFile>(u"%1/%2-%3"_s.arg(tmp)
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(QRandomGenerator::global()->generate64(), 0, 16));
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = u"cannot write in %1: %2"_s.arg(tmp, file->errorString());
        return nullptr;
    }
    return std::unique_ptr<Writer>(new Writer(this, std::move(file)));
}

QByteArray SnapshotStore::put(const QByteArray &bytes, QString *error, qint64 *stored) {
    const std::unique_ptr<Writer> writer = newObject(error);
    if (!writer)
        return {};
    writer->write(bytes);
    const QByteArray sha = writer->commit(error);
    if (stored)
        *stored = writer->stored();
    return sha;
}

std::optional<QByteArray> SnapshotStore::read(const QByteArray &sha, QString *error) const {
    const QString file = path(sha);
    if (file.isEmpty()) {
        *error = u"object %1 is missing"_s.arg(QString::fromLatin1(sha));
        return std::nullopt;
    }
    QByteArray bytes;
    QString why;
    const QByteArray got = stream(
        file, file.endsWith(u".gz"_s), [&bytes](const char *data, qint64 size) { bytes.append(data, size); },
        &why);
    if (got != sha) {
        *error = u"object %1 is damaged: %2"_s.arg(QString::fromLatin1(sha),
                                                   why.isEmpty() ? u"its SHA-256 differs"_s : why);
        return std::nullopt;
    }
    return bytes;
}

bool SnapshotStore::copy(const QByteArray &sha, QIODevice *to, QString *error) const {
    const QString file = path(sha);
    if (file.isEmpty()) {
        *error = u"object %1 is missing"_s.arg(QString::fromLatin1(sha));
        return false;
    }
    bool written = true;
    QString why;
    const QByteArray got = stream(
        file, file.endsWith(u".gz"_s),
        [&](const char *data, qint64 size) { written = written && to->write(data, size) == size; }, &why);
    if (!written) {
        *error = u"cannot write: %1"_s.arg(to->errorString());
        return false;
    }
    if (got != sha) {
        *error = u"object %1 is damaged: %2"_s.arg(QString::fromLatin1(sha),
                                                   why.isEmpty() ? u"its SHA-256 differs"_s : why);
        return false;
    }
    return true;
}

// --- Manifests

bool SnapshotStore::writeManifest(const SnapshotManifest &manifest, QString *error) {
    const QString dir = m_root + u"/snapshots"_s;
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create the folder %1"_s.arg(dir);
        return false;
    }
    // Every object it names reaches the disk before the manifest that lists the snapshot does.
    if (const int fd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    QSaveFile file(dir + u'/' + manifest.id + u".json"_s);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QList<SnapshotManifest> SnapshotStore::manifests(QStringList *unreadable) const {
    QList<SnapshotManifest> list;
    const QDir dir(m_root + u"/snapshots"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QString error;
        std::optional<SnapshotManifest> m;
        if (file.open(QIODevice::ReadOnly) && file.size() < 1024 * 1024)
            m = SnapshotManifest::fromJson(file.readAll(), &error);
        else
            error = file.isOpen() ? u"larger than 1 MB"_s : file.errorString();
        if (m && m->id + u".json"_s == name)
            list.append(*m);
        else if (unreadable)
            unreadable->append(u"%1: %2"_s.arg(file.fileName(), m ? u"its id is not its name"_s : error));
    }
    std::stable_sort(list.begin(), list.end(), [](const SnapshotManifest &a, const SnapshotManifest &b) {
        return a.takenAt < b.takenAt;
    });
    return list;
}

std::optional<SnapshotManifest> SnapshotStore::manifest(const QString &id) const {
    // Its own file only (an id from the command line never names a path: no separator, no leading dot).
    if (id.isEmpty() || id.startsWith(u'.') || id.contains(u'/') || id.contains(u'\\'))
        return std::nullopt;
    QFile file(m_root + u"/snapshots/"_s + id + u".json"_s);
    QString error;
    std::optional<SnapshotManifest> m;
    if (file.open(QIODevice::ReadOnly) && file.size() < 1024 * 1024)
        m = SnapshotManifest::fromJson(file.readAll(), &error);
    return m && m->id == id ? m : std::nullopt;
}

std::optional<SnapshotManifest> SnapshotStore::newest(const QString &group, bool full) const {
    std::optional<SnapshotManifest> found;
    for (const SnapshotManifest &m : manifests()) {
        if (m.group == group && (!full || m.full))
            found = m;
    }
    return found;
}

std::optional<SnapshotIndex> SnapshotStore::index(const SnapshotManifest &manifest, QString *error) const {
    const std::optional<QByteArray> bytes = read(manifest.index, error);
    if (!bytes)
        return std::nullopt;
    return SnapshotIndex::fromJson(*bytes, error);
}

bool SnapshotStore::removeManifest(const QString &id) {
    return QFile::remove(m_root + u"/snapshots/"_s + id + u".json"_s);
}

QSet<QByteArray> SnapshotStore::referenced(QStringList *errors) const {
    QSet<QByteArray> objects;
    for (const SnapshotManifest &m : manifests(errors)) {
        objects.insert(m.index);
        QString error;
        const std::optional<SnapshotIndex> index = this->index(m, &error);
        if (!index) {
            if (errors)
                errors->append(u"%1: %2"_s.arg(m.id, error));
            continue;
        }
        objects.unite(index->objects());
    }
    return objects;
}

SnapshotStore::Collected SnapshotStore::collect(std::chrono::seconds minAge) {
    Collected collected;
    const QDateTime youngest = QDateTime::currentDateTimeUtc().addSecs(-qint64(minAge.count()));
    const auto remove = [&collected, &youngest](const QFileInfo &info) {
        if (info.lastModified().toUTC() > youngest)
            return; // perhaps a snapshot under way in another process

        const qint64 size = info.size();
        if (QFile::remove(info.filePath())) {
            collected.files += 1;
            collected.bytes += size;
        }
    };
    for (const QFileInfo &info : QDir(m_root + u"/tmp"_s).entryInfoList(QDir::Files))
        remove(info);
    QStringList errors;
    const QSet<QByteArray> keep = referenced(&errors);
    if (!errors.isEmpty())
        return collected; // what a damaged manifest or index refers to is not known: delete nothing
    QDirIterator it(m_root + u"/objects"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString name = info.fileName();
        if (isObjectName(name) && !keep.contains(name.left(64).toLatin1()))
            remove(info);
    }
    return collected;
}

qint64 SnapshotStore::storedBytes() const {
    qint64 bytes = 0;
    QDirIterator it(m_root + u"/objects"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += it.nextFileInfo().size();
    return bytes;
}
