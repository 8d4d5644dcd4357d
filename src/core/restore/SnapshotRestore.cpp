// The plan of a restore from a snapshot, and its words. Applying it: SnapshotRestoreApply.cpp.
#include "SnapshotRestore.h"

#include "exports/History.h"
#include "snapshots/SnapshotStore.h"
#include "testops/ApiCall.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int deletedPagesAtMost = 1000;
constexpr int attachmentPagesAtMost = 1000;
} // namespace

SnapshotRestore::SnapshotRestore(TestOpsClient *client, SnapshotStore store, SnapshotManifest manifest,
                                 History *journal, QObject *parent)
    : QObject(parent)
    , m_api(client)
    , m_store(std::move(store))
    , m_manifest(std::move(manifest))
    , m_journal(journal) {}

SnapshotRestore::~SnapshotRestore() = default;

void SnapshotRestore::laterPlanned() {
    QMetaObject::invokeMethod(this, &SnapshotRestore::planned, Qt::QueuedConnection);
}

void SnapshotRestore::call(ApiCall *call, Then then) {
    m_calls.add(call, std::move(then));
}

const QJsonObject *SnapshotRestore::document(qint64 id) const {
    const auto it = m_documents.constFind(id);
    return it == m_documents.cend() ? nullptr : &*it;
}

void SnapshotRestore::readCase(qint64 id, std::function<void(const QJsonObject &)> done) {
    auto document = std::make_shared<QJsonObject>();
    auto notFound = std::make_shared<QStringList>();
    auto left = std::make_shared<int>(4);
    auto failed = std::make_shared<bool>(false);
    // One part read (or not found); the last one read decides.
    const auto partDone = [this, id, document, notFound, left, done] {
        if (--*left > 0)
            return;
        if (notFound->contains(u"overview"_s))
            return done({});      // gone
        if (!notFound->isEmpty()) // the case is there, a part of it is not: a call this TestOps lacks
            return stop({ApiError::Kind::NotFound,
                         tr("TestOps does not give the %1 of test case %2 (an older version?)")
                             .arg(notFound->join(u", "_s))
                             .arg(id),
                         404, -1});
        done(*document);
    };
    // False when the answer ends the read (an error) or says the part is not there.
    const auto answered = [this, notFound, failed](const QString &name, ApiCall *answer) {
        if (*failed)
            return false;
        if (answer->error().kind == ApiError::Kind::NotFound) {
            notFound->append(name);
            return false;
        }
        if (answer->error().isError()) {
            *failed = true;
            stop(answer->error());
        }
        return !*failed;
    };
    const auto part = [document, answered, partDone, failed](const QString &name) {
        return [name, document, answered, partDone, failed](ApiCall *answer) {
            if (answered(name, answer))
                document->insert(name, answer->json().isArray() ? QJsonValue(answer->json().array())
                                                                : QJsonValue(answer->json().object()));
            if (!*failed)
                partDone();
        };
    };
    call(m_api.caseOverview(id), part(u"overview"_s));
    call(m_api.caseScenario(id), part(u"scenario"_s));
    call(m_api.caseRelations(id), part(u"relations"_s));
    // Attachments, every page of them (a case with many would otherwise look as if it lacked the rest).
    auto rows = std::make_shared<QJsonArray>();
    const auto attachments = [this, id, rows, document, answered, partDone, failed](auto &&self,
                                                                                    int page) -> void {
        call(m_api.caseAttachments(id, page), [=](ApiCall *answer) {
            if (answered(u"attachments"_s, answer)) {
                bool last = true;
                for (const QJsonValue &row : TestOpsApi::readRows(answer->json(), &last))
                    rows->append(row);
                if (!last && page + 1 < attachmentPagesAtMost)
                    return self(self, page + 1);
                document->insert(u"attachments"_s, *rows);
            }
            if (!*failed)
                partDone();
        });
    };
    attachments(attachments, 0);
}

void SnapshotRestore::plan(const Options &options) {
    m_project = options.toProject > 0 ? options.toProject : m_manifest.projectId;
    QString error;
    const std::optional<SnapshotIndex> index = m_store.index(m_manifest, &error);
    if (!index) {
        m_error = error;
        return laterPlanned();
    }
    m_index = *index;
    if (!planAgainst(options))
        return laterPlanned();
    for (qint64 id : options.cases) {
        if (!m_index.testCase(id)) {
            m_error = tr("test case %1 is not in snapshot %2").arg(id).arg(m_manifest.id);
            m_badInput = true;
            return laterPlanned();
        }
    }
    for (const QList<SnapshotCase> *list : {&m_index.cases, &m_index.sharedSteps}) {
        for (const SnapshotCase &c : *list) {
            if (list == &m_index.cases && !options.cases.isEmpty() && !options.cases.contains(c.id))
                continue;
            const std::optional<QByteArray> bytes = m_store.read(c.document, &error);
            if (!bytes) {
                m_error = error;
                return laterPlanned();
            }
            m_documents.insert(c.id, QJsonDocument::fromJson(*bytes).object());
            if (list == &m_index.cases) {
                Case planned;
                planned.id = c.id;
                planned.name = c.name;
                m_cases.append(planned);
            }
        }
    }
    // What an earlier restore created again: completed, never created twice.
    // A shared step counts as created once its steps are written too; one left half-built is archived and
    // created again (no case uses it: its failure stopped that run).
    if (m_journal) {
        QSet<qint64> complete;
        m_journal->forEach([this, &complete](const QJsonObject &json) {
            using Event = JournalRecord::SnapshotRestore::Event;
            const JournalRecord::Any any = JournalRecord::read(json);
            const auto *record = std::get_if<JournalRecord::SnapshotRestore>(&any);
            if (!record || record->target <= 0 ||
                (record->project > 0 ? record->project : m_manifest.projectId) != m_project)
                return;
            if (record->event == Event::Created)
                m_map.cases.insert(record->testCase, record->target);
            else if (record->event == Event::CommentPosted)
                m_commentsPosted[record->target].insert(record->comment);
            else if (record->event == Event::SharedStepCreated)
                m_halfBuilt.insert(record->sharedStep, record->target);
            else if (record->event == Event::SharedStepComplete)
                complete.insert(record->target);
        });
        for (auto it = m_halfBuilt.begin(); it != m_halfBuilt.end();) {
            if (!complete.contains(it.value())) {
                ++it;
                continue;
            }
            m_map.sharedSteps.insert(it.key(), it.value());
            it = m_halfBuilt.erase(it);
        }
    }
    const auto deleted = [this, options](auto &&self, int page) -> void {
        call(m_api.deletedTestCases(m_project, page), [this, self, page, options](ApiCall *answer) {
            if (answer->error().isError()) {
                m_error = answer->error().message;
                return emit planned();
            }
            bool last = true;
            for (const QJsonValue &row : TestOpsApi::readRows(answer->json(), &last))
                m_deleted.insert(row[u"id"_s].toInteger());
            if (!last && page + 1 < deletedPagesAtMost)
                return self(self, page + 1);
            m_selection = options; // decided case by case as each is read
            if (elsewhere())
                return planCatalogue(ProjectCatalogue::Kind::Workflows, 0);
            planCases();
        });
    };
    const auto start = [this, deleted] {
        if (!elsewhere())
            return deleted(deleted, 0);
        // Another project: one TestOps has, or a mistyped id would plan cases into nothing.
        call(m_api.project(m_project), [this, deleted](ApiCall *answer) {
            if (const ApiError failed = answer->error(); failed.isError()) {
                m_badInput = failed.kind == ApiError::Kind::NotFound;
                m_error = m_badInput ? tr("there is no project %1 in TestOps (or the token cannot see it): "
                                          "--to-project wants the id of an existing project")
                                           .arg(m_project)
                                     : tr("project %1: %2").arg(m_project).arg(failed.message);
                return emit planned();
            }
            deleted(deleted, 0);
        });
    };
    // Who the restore posts as: only a comment of that account keeps a restore's header as it is (anyone
    // else's is said to be theirs, whatever it starts with). Unknown: every comment gets its header.
    call(m_api.currentUser(), [this, start](ApiCall *answer) {
        if (!answer->error().isError())
            m_account = TestOpsApi::readUserName(answer->json());
        start();
    });
}

bool SnapshotRestore::planAgainst(const Options &options) {
    std::optional<SnapshotManifest> against;
    if (!options.against.isEmpty()) {
        against = m_store.manifest(options.against);
        if (!against || against->group != m_manifest.group || against->takenAt <= m_manifest.takenAt) {
            m_error = tr("%1 is not a newer snapshot of group %2 than %3")
                          .arg(options.against.left(200), m_manifest.group, m_manifest.id);
            m_badInput = true;
            return false;
        }
    } else {
        for (const SnapshotManifest &m : m_store.manifests()) {
            if (m.group == m_manifest.group && m.takenAt > m_manifest.takenAt &&
                (!against || m.takenAt > against->takenAt))
                against = m;
        }
    }
    if (!against)
        return true;
    QString error;
    m_against = m_store.index(*against, &error);
    if (!m_against) {
        m_error = error;
        return false;
    }
    m_againstId = against->id;
    return true;
}

void SnapshotRestore::planCatalogue(ProjectCatalogue::Kind kind, int page, int field) {
    using Kind = ProjectCatalogue::Kind;
    const QList<qint64> &fields = m_catalogue.fieldIds();
    if (kind == Kind::Values && field >= fields.size())
        return planTranslated();
    ApiCall *request = kind == Kind::Workflows ? m_api.projectWorkflows(m_project, page)
                       : kind == Kind::Layers  ? m_api.testLayers(page)
                       : kind == Kind::Fields
                           ? m_api.projectCustomFields(m_project, page)
                           : m_api.projectCustomFieldValues(m_project, fields[field], page);
    call(request, [this, kind, page, field](ApiCall *answer) {
        if (answer->error().isError()) {
            m_error = tr("project %1: %2").arg(m_project).arg(answer->error().message);
            return emit planned();
        }
        bool last = true;
        m_catalogue.add(kind, TestOpsApi::readRows(answer->json(), &last));
        if (!last && page + 1 < deletedPagesAtMost)
            return planCatalogue(kind, page + 1, field);
        switch (kind) {
        case Kind::Workflows:
            return planCatalogue(Kind::Layers, 0, 0);
        case Kind::Layers:
            return planCatalogue(Kind::Fields, 0, 0);
        case Kind::Fields:
            return planCatalogue(Kind::Values, 0, 0);
        case Kind::Values:
            return planCatalogue(Kind::Values, 0, field + 1);
        }
    });
}

void SnapshotRestore::planTranslated() {
    // Each case in the target project's ids, matched by name; what has no match is said.
    for (Case &c : m_cases) {
        QStringList notes;
        m_documents.insert(c.id, m_catalogue.translate(*document(c.id), &notes));
        c.notes.append(notes);
        c.applyNotes.append(notes);
    }
    planCases();
}

// Every case is read as TestOps has it now, `m_readsAtOnce` at a time (each read is four calls), then decided
// in the snapshot's order.
void SnapshotRestore::planCases() {
    m_nows = QList<QJsonObject>(m_cases.size());
    m_reading = 0;
    m_read = 0;
    if (m_cases.isEmpty())
        return planDecided();
    for (int i = 0; i < m_readsAtOnce && i < m_cases.size(); ++i)
        planRead();
}

void SnapshotRestore::planRead() {
    const int index = m_reading++;
    if (index >= m_cases.size())
        return;
    m_cases[index].target = m_map.caseId(m_cases[index].id);
    const auto done = [this, index](const QJsonObject &now) {
        if (!m_error.isEmpty()) // a read failed: the plan has ended
            return;
        m_nows[index] = now;
        if (++m_read == m_cases.size())
            return planDecided();
        planRead();
    };
    // Into another project: a case not created there by an earlier run is created; nothing to read.
    if (elsewhere() && !m_map.cases.contains(m_cases[index].id)) // queued: no stack as deep as the cases
        return void(QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection));
    readCase(m_cases[index].target, done);
}

void SnapshotRestore::planDecided() {
    QList<Case> wanted;
    for (int index = 0; index < m_cases.size(); ++index) {
        Case &c = m_cases[index];
        if (decide(c, m_nows[index]))
            wanted.append(c);
    }
    m_cases = wanted;
    m_nows.clear();
    planTargets();
}

bool SnapshotRestore::decide(Case &c, const QJsonObject &now) {
    const QJsonObject &kept = *document(c.id);
    const bool listed = m_selection.cases.contains(c.id);
    if (now.isEmpty()) {
        c.action = m_deleted.contains(c.target) ? Case::Action::Restore : Case::Action::Create;
        if (c.action == Case::Action::Create) {
            c.target = 0;
            c.parts = CaseParts::parts();
            c.parts.append(u"comments"_s);
            c.notes.append(elsewhere()
                               ? tr("created in project %1 with a new id; TestOps sets its own creation date "
                                    "and author, and each comment says who wrote it and when")
                                     .arg(m_project)
                               : tr("created again with a new id; TestOps sets its own creation date and "
                                    "author, and each comment says who wrote it and when"));
        } else {
            c.parts = {u"restored"_s};
        }
    } else {
        c.parts = CaseParts::differing(CaseParts::of(kept, m_map), CaseParts::of(now));
        const bool softDeleted = now[u"overview"_s][u"deleted"_s].toBool() || m_deleted.contains(c.target);
        c.action = softDeleted         ? Case::Action::Restore
                   : c.parts.isEmpty() ? Case::Action::Same
                                       : Case::Action::PutBack;
        // Changed in TestOps after the snapshot the user compares against: not seen, so left alone.
        const SnapshotCase *seen = m_against ? m_against->testCase(c.id) : nullptr;
        const qint64 modified = now[u"overview"_s][u"lastModifiedDate"_s].toInteger();
        if (c.action == Case::Action::PutBack && seen && c.target == c.id && modified > seen->lastModified &&
            !m_selection.force) {
            c.action = Case::Action::Conflict;
            c.error = tr("changed in TestOps on %1, after snapshot %2: left alone (--force puts it back)")
                          .arg(QDateTime::fromMSecsSinceEpoch(modified, Qt::UTC)
                                   .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                               m_againstId);
            c.notes.append(c.error);
        }
        if (c.target != c.id) {
            c.notes.append(tr("created again as %1 by an earlier restore: completed").arg(c.target));
            // Comments the earlier run did not get to.
            if (commentsLeft(c)) {
                c.parts.append(u"comments"_s);
                if (c.action == Case::Action::Same)
                    c.action = Case::Action::PutBack;
            }
        }
    }
    const bool removed = c.action == Case::Action::Create || c.action == Case::Action::Restore;
    const bool changed = c.action == Case::Action::PutBack || c.action == Case::Action::Conflict;
    return listed || (removed ? m_selection.removed : changed && m_selection.changed);
}

void SnapshotRestore::planTargets() {
    // Cases the relations to write point at, that this run does not restore: each is read where it is now
    // (its copy by an earlier run, when there is one); one that is gone is left out of the relations (said),
    // never written as a dangling id.
    QSet<qint64> planned;
    for (const Case &c : std::as_const(m_cases))
        planned.insert(c.id);
    auto targets = std::make_shared<QList<qint64>>();
    for (const Case &c : std::as_const(m_cases)) {
        if (!c.parts.contains(u"relations"_s))
            continue;
        for (const QJsonValue &relation : (*document(c.id))[u"relations"_s].toArray()) {
            const qint64 target = relation[u"target"_s][u"id"_s].toInteger();
            if (!planned.contains(target) && !targets->contains(target))
                targets->append(target);
        }
    }
    const auto next = [this, targets](auto &&self) -> void {
        if (targets->isEmpty())
            return planSharedSteps(0);
        const qint64 target = targets->takeFirst();
        const auto leaveOut = [this, target](const QString &why) {
            m_map.cases.insert(target, -1);
            for (Case &c : m_cases) {
                const QJsonArray relations = (*document(c.id))[u"relations"_s].toArray();
                const bool uses =
                    std::any_of(relations.begin(), relations.end(), [target](const QJsonValue &r) {
                        return r[u"target"_s][u"id"_s].toInteger() == target;
                    });
                if (uses && c.parts.contains(u"relations"_s))
                    c.notes.append(why);
            }
        };
        if (elsewhere() && !m_map.cases.contains(target)) {
            leaveOut(tr("its relation to test case %1 is left out: that case is not restored into project %2 "
                        "in this run")
                         .arg(target)
                         .arg(m_project));
            return self(self);
        }
        const qint64 now = m_map.caseId(target);
        call(m_api.caseOverview(now), [this, self, target, now, leaveOut](ApiCall *answer) {
            if (answer->error().isError() && answer->error().kind != ApiError::Kind::NotFound)
                return stop(answer->error());
            if (answer->error().kind == ApiError::Kind::NotFound || m_deleted.contains(now))
                leaveOut(
                    tr("its relation to test case %1 is left out: that case is gone from TestOps and not "
                       "restored in this run")
                        .arg(target));
            self(self);
        });
    };
    next(next);
}

void SnapshotRestore::planSharedSteps(int index) {
    if (index == 0) {
        // The shared steps the scenarios to write use.
        QSet<qint64> wanted;
        for (const Case &c : std::as_const(m_cases)) {
            if (!c.parts.contains(u"scenario"_s) && c.action != Case::Action::Restore)
                continue;
            if (const SnapshotCase *kept = m_index.testCase(c.id))
                for (qint64 id : kept->sharedSteps)
                    wanted.insert(id);
        }
        QList<qint64> ids(wanted.cbegin(), wanted.cend());
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids) {
            const SnapshotCase *kept = m_index.sharedStep(id);
            m_shared.append({id, kept ? kept->name : QString()});
        }
    }
    if (index >= m_shared.size())
        return emit planned();
    m_shared[index].newId = m_map.sharedSteps.value(m_shared[index].id);
    const bool mustCreate = m_halfBuilt.contains(m_shared[index].id) ||
                            (elsewhere() && !m_map.sharedSteps.contains(m_shared[index].id));
    if (mustCreate && !m_index.sharedStep(m_shared[index].id)) {
        m_error = tr("shared step %1 is not in the snapshot, so it cannot be created (again)")
                      .arg(m_shared[index].id);
        return emit planned();
    }
    if (const qint64 halfBuilt = m_halfBuilt.value(m_shared[index].id)) {
        m_shared[index].action = SharedStep::Action::Create;
        m_shared[index].halfBuilt = halfBuilt;
        return planSharedSteps(index + 1);
    }
    if (elsewhere() && !m_map.sharedSteps.contains(m_shared[index].id)) { // not made there by an earlier run
        m_shared[index].action = SharedStep::Action::Create;
        m_shared[index].intoProject = m_project;
        return planSharedSteps(index + 1);
    }
    call(m_api.sharedStep(m_map.sharedStepId(m_shared[index].id)), [this, index](ApiCall *answer) {
        SharedStep &s = m_shared[index];
        if (answer->error().kind == ApiError::Kind::NotFound || answer->json()[u"deleted"_s].toBool()) {
            if (!m_index.sharedStep(s.id)) {
                m_error = tr("shared step %1 is gone from TestOps and not in the snapshot").arg(s.id);
                return emit planned();
            }
            s.action = SharedStep::Action::Create;
            s.newId = 0;
            m_map.sharedSteps.remove(s.id);
        } else if (answer->error().isError()) {
            m_error = answer->error().message;
            return emit planned();
        } else if (answer->json()[u"archived"_s].toBool()) {
            s.action = SharedStep::Action::Unarchive;
        }
        planSharedSteps(index + 1);
    });
}
