#include "SnapshotSession.h"

#include "SnapshotStore.h"
#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int retries = 2;    // a transient failure is tried this many times more
constexpr int notesKept = 50; // a manifest names this many oddities, then counts them
constexpr int maxDepth = 32;  // levels of groups below the exported one
constexpr int casesAhead = 2;
constexpr int maxPages = 10000; // of one listing: a server that never says "last" is not followed for ever //
                                // cases read at once per request allowed out

} // namespace

SnapshotSession::SnapshotSession(TestOpsApi *api, SnapshotStore *store, ExportGroup group, Options options,
                                 QDateTime takenAt, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_group(std::move(group))
    , m_options(options)
    , m_takenAt(takenAt.toUTC()) {
    m_options.concurrency = qBound(1, m_options.concurrency, 64);
}

SnapshotSession::~SnapshotSession() = default;

bool SnapshotSession::fullDue(const SnapshotStore &store, const QString &group, const QDateTime &now,
                              qint64 fullEverySecs) {
    const std::optional<SnapshotManifest> full = store.newest(group, true);
    return fullEverySecs <= 0 || !full || full->takenAt.secsTo(now) >= fullEverySecs;
}

void SnapshotSession::start() {
    m_manifest.group = m_group.name;
    m_manifest.projectId = m_group.projectId;
    m_manifest.treeId = m_group.treeId;
    m_manifest.groupId = m_group.groupId;
    m_manifest.takenAt = m_takenAt;
    m_manifest.id = SnapshotManifest::idFor(m_group.name, m_takenAt);
    for (int n = 2; m_store->manifest(m_manifest.id); ++n) // two in one second
        m_manifest.id = SnapshotManifest::idFor(m_group.name, m_takenAt) + u'-' + QString::number(n);
    // The snapshot before: what an unchanged case is taken from, or (a full run) compared with, to count the
    // cases that changed without a new lastModifiedDate.
    if (const std::optional<SnapshotManifest> before = m_store->newest(m_group.name)) {
        QString error;
        m_previous = m_store->index(*before, &error);
        if (!m_previous)
            note(tr("the snapshot before (%1) cannot be read (%2): every case is read again")
                     .arg(before->id, error));
    }
    m_manifest.full = m_options.full || !m_previous;
    m_manifest.changedWithoutDate = m_manifest.full && m_previous ? 0 : -1;
    call([this] { return m_api->countTestCases(m_group); },
         [this](ApiCall *answer) {
             m_countAnswered = true;
             if (!answer->error().isError())
                 m_manifest.expected = TestOpsApi::readCount(answer->json()).value_or(-1);
         });
    listNode(m_group.groupId, {}, 0);
    pump();
}

void SnapshotSession::note(const QString &text) {
    if (m_manifest.notes.size() < notesKept)
        m_manifest.notes.append(text);
    else if (m_manifest.notes.size() == notesKept)
        m_manifest.notes.append(tr("and more"));
    qCInfo(lcExport, "snapshot of %s: %s", qUtf8Printable(m_group.name), qUtf8Printable(text));
}

// --- Calls: at most `concurrency` out, transient failures tried again

void SnapshotSession::call(std::function<ApiCall *()> make, std::function<void(ApiCall *)> then) {
    m_queue.append({std::move(make), std::move(then), 0});
}

void SnapshotSession::pump() {
    while (!m_ended && m_inFlight < m_options.concurrency) {
        if (!m_queue.isEmpty())
            launch(m_queue.takeFirst());
        else if (!startNextCase())
            break;
    }
    if (m_ended || m_inFlight > 0 || m_retriesWaiting > 0 || !m_queue.isEmpty() || m_nodesListing > 0 ||
        !m_countAnswered || m_nextCase < m_listed.size() || m_working > 0)
        return;
    if (!m_sharedStarted) {
        m_sharedStarted = true;
        QList<qint64> ids = m_sharedWanted.values();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids))
            readSharedStep(id);
        if (!ids.isEmpty())
            return pump();
    }
    finishUp();
}

void SnapshotSession::launch(Pending pending) {
    ApiCall *answer = pending.make();
    if (!answer)
        return; // make() ended the session (the store could not take an object)
    ++m_inFlight;
    ++m_manifest.requests;
    m_calls.add(answer, [this, pending](ApiCall *done) mutable {
        --m_inFlight;
        if (m_ended)
            return;
        const ApiError &error = done->error();
        if (error.httpStatus > 0 || !error.isError())
            m_result.reachedTestOps = true;
        if (error.isError() && error.isTransient() && pending.attempts < retries) {
            // After a pause (what the server asks, or 1 s, then 2 s): three attempts in a few milliseconds
            // would not outlast a server that is restarting.
            ++pending.attempts;
            const int pauseMs = qMin(30000, qMax(error.retryAfterSeconds * 1000, 500 << pending.attempts));
            ++m_retriesWaiting;
            QTimer::singleShot(pauseMs, this, [this, pending] {
                --m_retriesWaiting;
                if (m_ended)
                    return;
                m_queue.prepend(pending);
                pump();
            });
        } else {
            pending.then(done);
        }
        pump();
    });
}

void SnapshotSession::fail(const ApiError &error) {
    if (m_ended)
        return;
    m_ended = true;
    m_queue.clear();
    m_result.ok = false;
    m_result.error = error;
    QMetaObject::invokeMethod(this, &SnapshotSession::finished, Qt::QueuedConnection);
}

const SnapshotCase *SnapshotSession::previous(qint64 id, bool sharedStep) const {
    if (!m_previous)
        return nullptr;
    return sharedStep ? m_previous->sharedStep(id) : m_previous->testCase(id);
}

// --- The listing: every level of the group, every page

void SnapshotSession::listNode(qint64 nodeId, QStringList path, int page) {
    ++m_nodesListing;
    call(
        [this, nodeId, page] {
            return m_api->treeNodePage(m_group.projectId, m_group.treeId, nodeId, page,
                                       TestOpsApi::casePageSize);
        },
        [this, nodeId, path, page](ApiCall *answer) {
            --m_nodesListing;
            if (answer->error().isError())
                return fail(answer->error());
            QList<TestOpsApi::Node> groups;
            QList<TestOpsApi::Leaf> leaves;
            bool last = true;
            int newHere = 0; // groups and cases this page brought
            if (!TestOpsApi::readTreePage(answer->json(), &groups, &leaves, &last))
                return fail({ApiError::Kind::BadAnswer,
                             tr("the tree node %1 answered without a page of children").arg(nodeId)});
            for (const TestOpsApi::Node &group : std::as_const(groups)) {
                if (path.size() >= maxDepth)
                    return fail({ApiError::Kind::BadAnswer,
                                 tr("the tree below the group is deeper than %1 levels (%2): is it a loop?")
                                     .arg(maxDepth)
                                     .arg(path.join(u" / "_s))});
                if (group.id > 0 && group.id != nodeId && !m_nodesSeen.contains(group.id)) {
                    m_nodesSeen.insert(group.id);
                    ++newHere;
                    listNode(group.id, path + QStringList{group.name}, 0);
                }
            }
            for (const TestOpsApi::Leaf &leaf : std::as_const(leaves)) {
                if (leaf.testCaseId > 0 && !m_seen.contains(leaf.testCaseId)) {
                    m_seen.insert(leaf.testCaseId);
                    m_listed.append({leaf, path});
                    ++newHere;
                }
            }
            if (!last && page + 1 >= maxPages)
                return fail({ApiError::Kind::BadAnswer,
                             tr("the tree node %1 lists more than %2 pages: is its paging broken?")
                                 .arg(nodeId)
                                 .arg(maxPages)});
            if (!last && newHere > 0) // a page that brings nothing new ends it, whatever "last" says
                listNode(nodeId, path, page + 1);
        });
}

// --- Cases

bool SnapshotSession::startNextCase() {
    if (m_nodesListing > 0 || m_nextCase >= m_listed.size() ||
        m_working >= m_options.concurrency * casesAhead)
        return false;
    const Listed &listed = m_listed[m_nextCase++];
    const SnapshotCase *before = previous(listed.leaf.testCaseId, false);
    bool reusable = !m_manifest.full && before && listed.leaf.lastModified != 0 &&
                    before->lastModified == listed.leaf.lastModified && m_store->has(before->document);
    for (const SnapshotAttachment &a : before ? before->attachments : QList<SnapshotAttachment>())
        reusable =
            reusable && (a.object.isEmpty() ? a.missed || !m_options.attachments : m_store->has(a.object));
    if (!reusable) {
        readCase(listed);
        return true;
    }
    SnapshotCase entry = *before;
    entry.path = listed.path;
    if (!listed.leaf.name.isEmpty())
        entry.name = listed.leaf.name;
    for (qint64 shared : std::as_const(entry.sharedSteps)) {
        m_sharedWanted.insert(shared);
        m_sharedUsers.insert(shared, entry.name);
    }
    m_index.cases.append(entry);
    ++m_manifest.unchanged;
    emit progress(++m_done, m_listed.size());
    return true;
}

void SnapshotSession::readCase(const Listed &listed) {
    auto work = std::make_shared<Work>();
    work->listed = listed;
    work->id = listed.leaf.testCaseId;
    work->waiting = 5;
    ++m_working;
    const qint64 id = work->id;
    call([this, id] { return m_api->caseOverview(id); }, takePart(work, u"overview"_s));
    call([this, id] { return m_api->caseScenario(id); }, takePart(work, u"scenario"_s));
    call([this, id] { return m_api->caseRelations(id); }, takePart(work, u"relations"_s));
    // Paged parts: the next page is asked for until the last.
    const auto paged = [this, work, id](auto &&self, bool attachments, int page) -> void {
        call(
            [this, id, attachments, page] {
                return attachments ? m_api->caseAttachments(id, page) : m_api->caseComments(id, page);
            },
            [this, work, self, attachments, page](ApiCall *answer) {
                if (answer->error().kind == ApiError::Kind::NotFound) {
                    work->notFound.append(attachments ? u"attachments"_s : u"comments"_s);
                    return partRead(work);
                }
                if (answer->error().isError())
                    return fail(answer->error());
                bool last = true;
                const QJsonArray rows = TestOpsApi::readRows(answer->json(), &last);
                QJsonArray &into = attachments ? work->attachmentRows : work->comments;
                QSet<qint64> ids;
                for (const QJsonValue &row : std::as_const(into))
                    ids.insert(row.toObject().value(u"id"_s).toInteger());
                int added = 0;
                for (const QJsonValue &row : rows) {
                    const qint64 rowId = row.toObject().value(u"id"_s).toInteger();
                    if (rowId != 0 && ids.contains(rowId))
                        continue; // a page that repeats itself
                    into.append(row);
                    ++added;
                }
                if (!last && page + 1 >= maxPages)
                    return fail({ApiError::Kind::BadAnswer,
                                 tr("test case %1 lists more than %2 pages of rows: is its paging broken?")
                                     .arg(work->id)
                                     .arg(maxPages)});
                if (!last && added > 0)
                    return self(self, attachments, page + 1);
                partRead(work);
            });
    };
    paged(paged, true, 0);
    paged(paged, false, 0);
}

std::function<void(ApiCall *)> SnapshotSession::takePart(const std::shared_ptr<Work> &work,
                                                         const QString &name) {
    return [this, work, name](ApiCall *answer) {
        if (answer->error().kind == ApiError::Kind::NotFound)
            work->notFound.append(name); // deleted since it was listed, or a call this TestOps lacks
        else if (answer->error().isError())
            return fail(answer->error());
        else
            work->parts.insert(name, answer->json().isArray() ? QJsonValue(answer->json().array())
                                                              : QJsonValue(answer->json().object()));
        partRead(work);
    };
}

void SnapshotSession::partRead(const std::shared_ptr<Work> &work) {
    if (--work->waiting > 0)
        return;
    SnapshotCase &entry = work->entry;
    entry.id = work->id;
    // Gone when its own record is (the overview, the shared step); a part that is not found while the record
    // is there is a call this TestOps does not have: the snapshot would be missing that part of every case.
    work->gone = work->notFound.contains(work->sharedStep ? u"sharedStep"_s : u"overview"_s);
    if (!work->gone && !work->notFound.isEmpty())
        return fail(
            {ApiError::Kind::NotFound,
             tr("TestOps answers 404 for the %1 of %2 %3, whose record it gives: this TestOps may lack the "
                "call; the snapshot cannot be whole without it")
                 .arg(work->notFound.join(u", "_s), work->sharedStep ? tr("shared step") : tr("test case"))
                 .arg(work->id)});
    if (!work->gone && !work->sharedStep &&
        work->parts.value(u"overview"_s).toObject().value(u"id"_s).toInteger() <= 0)
        return fail({ApiError::Kind::BadAnswer,
                     tr("the overview of test case %1 is not a test case (no id)").arg(work->id)});
    if (work->gone) {
        --m_working;
        if (work->sharedStep) {
            note(tr("shared step %1 (used by %2) is not in TestOps any more: the steps keep its id")
                     .arg(work->id)
                     .arg(m_sharedUsers.value(work->id)));
        } else {
            note(tr("test case %1 (%2) was deleted while the snapshot was taken")
                     .arg(work->id)
                     .arg(work->listed.leaf.name));
            emit progress(++m_done, m_listed.size());
        }
        return;
    }
    const QJsonObject scenario = work->parts.value(u"scenario"_s).toObject();
    if (work->sharedStep) {
        entry.name = work->parts.value(u"sharedStep"_s).toObject().value(u"name"_s).toString();
        QJsonArray rows;
        const QJsonObject attachments = scenario.value(u"attachments"_s).toObject();
        for (auto it = attachments.begin(); it != attachments.end(); ++it)
            rows.append(it.value());
        return fetchAttachments(work, rows, true);
    }
    const QJsonObject overview = work->parts.value(u"overview"_s).toObject();
    entry.name = overview.value(u"name"_s).toString(work->listed.leaf.name);
    entry.path = work->listed.path;
    // The date the listing gave, seen before any part was read: an edit while the parts were read is then
    // seen by the next snapshot, not hidden behind the newer date the overview may carry.
    entry.lastModified = work->listed.leaf.lastModified > 0
                             ? work->listed.leaf.lastModified
                             : overview.value(u"lastModifiedDate"_s).toInteger();
    work->parts.insert(u"attachments"_s, work->attachmentRows);
    work->parts.insert(u"comments"_s, work->comments);
    // What its scenario refers to: shared steps (read once for the snapshot), attachments (listed above).
    const QJsonObject shared = scenario.value(u"sharedSteps"_s).toObject();
    QSet<qint64> listedAttachments;
    for (const QJsonValue &row : std::as_const(work->attachmentRows))
        listedAttachments.insert(row.toObject().value(u"id"_s).toInteger());
    const QJsonObject steps = scenario.value(u"scenarioSteps"_s).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const QJsonObject step = it.value().toObject();
        if (const qint64 sharedId = step.value(u"sharedStepId"_s).toInteger(); sharedId > 0) {
            if (!entry.sharedSteps.contains(sharedId))
                entry.sharedSteps.append(sharedId);
            m_sharedWanted.insert(sharedId);
            m_sharedUsers.insert(sharedId, entry.name);
            if (!shared.contains(QString::number(sharedId)))
                note(tr("test case %1 (%2): a step uses shared step %3, which TestOps does not return")
                         .arg(entry.id)
                         .arg(entry.name)
                         .arg(sharedId));
        }
        if (const qint64 attachment = step.value(u"attachmentId"_s).toInteger();
            attachment > 0 && !listedAttachments.contains(attachment))
            note(tr("test case %1 (%2): a step shows attachment %3, which TestOps does not list")
                     .arg(entry.id)
                     .arg(entry.name)
                     .arg(attachment));
    }
    std::sort(entry.sharedSteps.begin(), entry.sharedSteps.end());
    fetchAttachments(work, work->attachmentRows, false);
}

void SnapshotSession::readSharedStep(qint64 id) {
    auto work = std::make_shared<Work>();
    work->sharedStep = true;
    work->id = id;
    work->waiting = 2;
    ++m_working;
    call([this, id] { return m_api->sharedStep(id); }, takePart(work, u"sharedStep"_s));
    call([this, id] { return m_api->sharedStepScenario(id); }, takePart(work, u"scenario"_s));
}
