// Takes a snapshot of one tree group: lists its cases (every level, every page), reads each case whole (its
// overview, scenario, attachments with their bytes, relations and comments: 5 requests and one per
// attachment) and every shared step its scenarios use, and hands the store what it read. A case whose
// lastModifiedDate has not moved since the group's last snapshot is taken from that snapshot without a
// request, unless the run is full. At most `concurrency` requests are out at once; a transient failure is
// tried again twice, then ends the session without a snapshot (what it stored is collected later). A case
// deleted between the listing and its read, an attachment without bytes, a shared step TestOps no longer has:
// noted, not failures.
#pragma once

#include "SnapshotManifest.h"
#include "config/ExportGroup.h"
#include "testops/ApiError.h"
#include "testops/PendingCalls.h"
#include "testops/TestOpsApi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class SnapshotStore;

class SnapshotSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        int concurrency = 4;
        bool attachments = true; // their bytes too (SNAPSHOT_ATTACHMENTS)
        bool full = false;       // read every case again
    };
    struct Result {
        bool ok = false;
        ApiError error;              // why it failed
        bool reachedTestOps = false; // a call was answered (exit 3 when none was)
        SnapshotManifest manifest;   // what was written, when ok
    };

    SnapshotSession(TestOpsApi *api, SnapshotStore *store, ExportGroup group, Options options,
                    QDateTime takenAt, QObject *parent = nullptr);
    ~SnapshotSession() override;

    void start();
    const Result &result() const { return m_result; }

    // Whether the group's next snapshot reads every case again: none yet, or its last full one is older than
    // `fullEverySecs` (0: every run is full).
    static bool fullDue(const SnapshotStore &store, const QString &group, const QDateTime &now,
                        qint64 fullEverySecs);

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct Pending {
        std::function<ApiCall *()> make;
        std::function<void(ApiCall *)> then;
        int attempts = 0;
    };
    struct Listed {
        TestOpsApi::Leaf leaf;
        QStringList path;
    };
    struct Work { // a case (or a shared step) being read
        bool sharedStep = false;
        Listed listed;
        qint64 id = 0;
        int waiting = 0; // parts still out
        bool gone = false;
        QStringList notFound; // parts that answered 404
        QJsonObject parts;
        QJsonArray attachmentRows;
        QJsonArray comments;
        SnapshotCase entry;
        int downloads = 0;
    };

    void call(std::function<ApiCall *()> make, std::function<void(ApiCall *)> then);
    void pump();
    void launch(Pending pending);
    void listNode(qint64 nodeId, QStringList path, int page);
    bool startNextCase();
    void readCase(const Listed &listed);
    void readSharedStep(qint64 id);
    // The continuation of a call that reads one part of `work` into its document.
    std::function<void(ApiCall *)> takePart(const std::shared_ptr<Work> &work, const QString &name);
    void partRead(const std::shared_ptr<Work> &work);
    void fetchAttachments(const std::shared_ptr<Work> &work, const QJsonArray &rows, bool ofSharedStep);
    void caseDone(const std::shared_ptr<Work> &work);
    void finishUp();
    void fail(const ApiError &error);
    void note(const QString &text);
    const SnapshotCase *previous(qint64 id, bool sharedStep) const;

    TestOpsApi *m_api;
    SnapshotStore *m_store;
    ExportGroup m_group;
    Options m_options;
    QDateTime m_takenAt;
    PendingCalls m_calls{this};
    QList<Pending> m_queue;
    int m_inFlight = 0;
    int m_retriesWaiting = 0; // calls to be tried again after a pause
    bool m_ended = false;

    std::optional<SnapshotIndex> m_previous;
    int m_nodesListing = 0; // tree pages out
    bool m_countAnswered = false;
    QList<Listed> m_listed;
    QSet<qint64> m_seen;      // a case in two places of the tree is kept once
    QSet<qint64> m_nodesSeen; // and a group listed once
    qsizetype m_nextCase = 0;
    int m_working = 0; // cases and shared steps being read
    bool m_sharedStarted = false;
    QSet<qint64> m_sharedWanted;
    QHash<qint64, QString> m_sharedUsers; // shared step -> a case that uses it (for notes)
    SnapshotIndex m_index;
    SnapshotManifest m_manifest;
    qint64 m_done = 0;
    Result m_result;
};
