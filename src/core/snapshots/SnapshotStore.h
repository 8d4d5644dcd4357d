// The snapshot store: every test case whole, kept by day, each thing once. The room's rule: it knows files,
// not TestOps; the session (SnapshotSession) reads TestOps and hands it bytes.
//
//   <SNAPSHOT_PATH>/objects/ab/<sha256>      an object: the bytes as they came, named by their SHA-256
//   <SNAPSHOT_PATH>/objects/ab/<sha256>.gz   the same, gzip-compressed (when that saves a tenth or more)
//   <SNAPSHOT_PATH>/snapshots/<id>.json      a snapshot's manifest (SnapshotManifest), written last
//   <SNAPSHOT_PATH>/tmp/                     objects being written; emptied before each snapshot
//
// An object is written to tmp/, read back and checked against its name, then moved in place; a manifest is
// written (and synced) only once every object it names is in place, so a snapshot is listed only when whole.
// Objects no manifest refers to (a snapshot killed half-way, one that retention dropped) are collected.
#pragma once

#include "SnapshotManifest.h"

#include <QIODevice>
#include <QSet>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QFile;
class Digest;
struct z_stream_s;

class SnapshotStore {
public:
    explicit SnapshotStore(QString root);
    ~SnapshotStore();
    const QString &root() const { return m_root; }

    // Bytes on their way into a new object, hashed and (when that pays) compressed as they come; a QIODevice
    // so that a download streams into it.
    class Writer : public QIODevice {
    public:
        ~Writer() override;
        // Moves the object in place (or drops it: the store holds those bytes already) after reading it back.
        // The SHA-256 (hex); empty on failure, with `error` set.
        QByteArray commit(QString *error);
        qint64 taken() const { return m_size; }    // bytes taken
        qint64 stored() const { return m_stored; } // bytes written to disk (0 when the object existed)
        bool isNew() const { return m_new; }
        // Refuses bytes beyond `bytes` (the write fails, with why): an answer that never ends.
        void setLimit(qint64 bytes) { m_limit = bytes; }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *data, qint64 size) override;

    private:
        friend class SnapshotStore;
        Writer(SnapshotStore *store, std::unique_ptr<QFile> file);
        bool deflateSome(const char *data, qint64 size, bool finish);
        bool decide(bool finish);

        SnapshotStore *m_store;
        std::unique_ptr<QFile> m_file;
        std::unique_ptr<Digest> m_digest;
        std::unique_ptr<z_stream_s> m_zip; // set once compression was chosen
        QByteArray m_head;                 // the first bytes, held until compressing them is tried
        bool m_decided = false;
        bool m_failed = false;
        qint64 m_size = 0;
        qint64 m_stored = 0;
        qint64 m_limit = -1;
        bool m_new = false;
    };

    std::unique_ptr<Writer> newObject(QString *error);
    // A small object at once (a case's document, a snapshot's case list).
    QByteArray put(const QByteArray &bytes, QString *error, qint64 *stored = nullptr);

    bool has(const QByteArray &sha) const { return !path(sha).isEmpty(); }
    // The file of an object (compressed or not); empty when absent.
    QString path(const QByteArray &sha) const;
    // The bytes of an object, checked against its name; nothing (and `error`) when missing or damaged.
    std::optional<QByteArray> read(const QByteArray &sha, QString *error) const;
    // Streams an object's bytes to `to`, checked; false (and `error`) when missing or damaged.
    bool copy(const QByteArray &sha, QIODevice *to, QString *error) const;

    bool writeManifest(const SnapshotManifest &manifest, QString *error);
    // Every complete snapshot, oldest first; a manifest that cannot be read is named in `unreadable`.
    QList<SnapshotManifest> manifests(QStringList *unreadable = nullptr) const;
    std::optional<SnapshotManifest> manifest(const QString &id) const;
    // The group's newest snapshot, and its newest full one.
    std::optional<SnapshotManifest> newest(const QString &group, bool full = false) const;
    std::optional<SnapshotIndex> index(const SnapshotManifest &manifest, QString *error) const;
    bool removeManifest(const QString &id);

    // Deletes what a snapshot that did not finish left in tmp/, and every object no manifest refers to.
    // The number of files deleted and their bytes.
    struct Collected {
        int files = 0;
        qint64 bytes = 0;
    };
    // Only files older than `minAge` go: another process (a follower's --snapshot-now beside the leader's
    // schedule) may be writing a snapshot whose manifest is not there yet; a day is longer than any snapshot.
    Collected collect(std::chrono::seconds minAge = std::chrono::hours(24));
    // Every object the manifests refer to (read from their indexes); `error` names an index that is missing.
    QSet<QByteArray> referenced(QStringList *errors = nullptr) const;

    // Bytes the objects take on disk.
    qint64 storedBytes() const;

private:
    QString objectDir(const QByteArray &sha) const;
    QString m_root;
};
