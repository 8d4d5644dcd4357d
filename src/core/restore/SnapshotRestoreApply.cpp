// Applying a restore from a snapshot: one write at a time, each case's writes queued as its state is known
// (a created case's id, the new ids of its uploaded attachments), then the case read back and compared.
#include "SnapshotRestore.h"

#include "ReadBack.h"
#include "exports/History.h"
#include "snapshots/SnapshotStore.h"
#include "testops/ApiCall.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString attachmentKey(const QJsonObject &row) {
    return u"%1|%2"_s.arg(row[u"name"_s].toString()).arg(row[u"contentLength"_s].toInteger());
}

// Deeper than TestOps nests steps in practice; a snapshot that claims more (or a step among its own
// children) is not followed.
constexpr int stepDepthAtMost = 32;
} // namespace

void SnapshotRestore::push(std::function<void()> task) {
    m_tasks.emplace_back(m_current, std::move(task));
}

void SnapshotRestore::pushFront(QList<std::function<void()>> tasks) {
    for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
        m_tasks.emplace_front(m_current, std::move(*it));
}

void SnapshotRestore::apply() {
    for (int i = 0; i < m_shared.size(); ++i) {
        if (m_shared[i].halfBuilt > 0)
            push([this, i] {
                call(m_api.archiveSharedStep(m_shared[i].halfBuilt), [this](ApiCall *answer) {
                    if (answer->error().isError())
                        return stop(answer->error());
                    next();
                });
            });
        if (m_shared[i].action == SharedStep::Action::Create)
            push([this, i] { createSharedStep(i); });
        else if (m_shared[i].action == SharedStep::Action::Unarchive)
            push([this, i] {
                call(m_api.unarchiveSharedStep(m_map.sharedStepId(m_shared[i].id)), [this](ApiCall *answer) {
                    if (answer->error().isError())
                        return stop(answer->error());
                    next();
                });
            });
    }
    // Every case to create first: a relation between two of them then finds its target's new id.
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].action == Case::Action::Create)
            m_tasks.emplace_back(i, [this, i] { createCase(i); });
    }
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].action != Case::Action::Same && m_cases[i].action != Case::Action::Conflict)
            m_tasks.emplace_back(i, [this, i] { applyCase(i); });
    }
    m_applying = true;
    next();
}

void SnapshotRestore::next() {
    if (m_tasks.empty() || m_stopped) {
        for (Case &c : m_cases) {
            if (c.outcome == Case::Outcome::Planned && c.action != Case::Action::Same &&
                c.action != Case::Action::Conflict) {
                c.outcome = Case::Outcome::NotTried;
                c.error = m_error;
            }
        }
        m_tasks.clear();
        QMetaObject::invokeMethod(this, &SnapshotRestore::applied, Qt::QueuedConnection);
        return;
    }
    auto [index, task] = std::move(m_tasks.front());
    m_tasks.pop_front();
    m_current = index;
    task();
}

void SnapshotRestore::stop(const ApiError &error) {
    if (!m_applying) { // reading for the plan: the first failure ends it (other reads may still answer)
        if (!m_error.isEmpty())
            return;
        m_error = error.message.isEmpty() ? tr("TestOps could not be read") : error.message;
        return emit planned();
    }
    if (m_current >= 0 && m_current < m_cases.size() && m_cases[m_current].outcome == Case::Outcome::Planned)
        return failCase(error);
    m_error = error.message;
    m_stopped = true;
    next();
}

void SnapshotRestore::failCase(const ApiError &error) {
    if (m_current < 0 || m_current >= m_cases.size()) { // writing a shared step: the cases after need it
        m_error = tr("stopped: %1").arg(error.message);
        m_stopped = true;
        return next();
    }
    Case &c = m_cases[m_current];
    if (c.action == Case::Action::Create && c.target <= 0) // never made: relations to it are left out
        m_map.cases.insert(c.id, -1);
    c.outcome = Case::Outcome::Failed;
    c.error = error.message;
    journal(c, JournalRecord::SnapshotRestore::Event::Failed);
    const int failed = m_current;
    m_tasks.erase(std::remove_if(m_tasks.begin(), m_tasks.end(),
                                 [failed](const auto &task) { return task.first == failed; }),
                  m_tasks.end());
    if (error.kind == ApiError::Kind::Forbidden) { // the token may not write: the next case would not either
        m_error = tr("stopped: %1").arg(error.message);
        m_stopped = true;
    }
    next();
}

void SnapshotRestore::journal(const Case &c, JournalRecord::SnapshotRestore::Event event) {
    JournalRecord::SnapshotRestore record;
    record.event = event;
    record.testCase = c.id;
    record.target = c.target;
    record.written = c.written;
    record.unverified = c.unverified;
    record.error = c.error;
    journalRecord(std::move(record));
}

void SnapshotRestore::journalRecord(JournalRecord::SnapshotRestore record) {
    if (!m_journal)
        return;
    record.snapshot = m_manifest.id;
    record.project = m_project;
    record.end = QDateTime::currentDateTimeUtc();
    m_journal->append(record.toJson());
}

void SnapshotRestore::createCase(int index) {
    const QJsonObject fields = CaseParts::fieldsBody(*document(m_cases[index].id));
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const auto created = [this, index](qint64 id) {
        Case &c = m_cases[index];
        c.target = id;
        m_map.cases.insert(c.id, c.target);
        c.written.append(u"created"_s);
        journal(c, JournalRecord::SnapshotRestore::Event::Created); // a second run completes this case
                                                                    // instead of creating it again
        next();
    };
    call(m_api.createTestCase(m_project, fields), [this, index, fields, sentAt, created](ApiCall *answer) {
        const ApiError error = answer->error();
        if (error.kind != ApiError::Kind::AnswerLost) {
            if (error.isError())
                return failCase(error);
            return created(answer->json()[u"id"_s].toInteger());
        }
        // Never sent again: what TestOps holds decides whether it was created.
        ReadBack::createdTestCase(
            m_api, [this](ApiCall *c, std::function<void(ApiCall *)> then) { call(c, std::move(then)); },
            m_project, fields, sentAt,
            [this, index, error, created](ReadBack::Found found, qint64 id, const QString &why) {
                if (found == ReadBack::Found::Yes) {
                    m_cases[index].applyNotes.append(
                        tr("the answer was lost; reading TestOps back found the new test case %1").arg(id));
                    return created(id);
                }
                ApiError lost = error;
                lost.message =
                    found == ReadBack::Found::No
                        ? tr("not created: the answer was lost, and TestOps has no new test case by "
                             "this name; run the restore again")
                        : tr("not known whether it was created: the answer was lost, and %1; look in "
                             "TestOps before running the restore again")
                              .arg(why);
                failCase(lost);
            });
    });
}

void SnapshotRestore::applyCase(int index) {
    Case &c = m_cases[index];
    const auto thenRead = [this, index] {
        readCase(m_cases[index].target, [this, index](const QJsonObject &now) {
            if (now.isEmpty())
                return failCase({ApiError::Kind::NotFound, tr("the case cannot be read back"), 404, -1});
            writeParts(index, now);
        });
    };
    switch (c.action) {
    case Case::Action::Create:
        return thenRead();
    case Case::Action::Restore:
        call(m_api.restoreTestCase(c.target), [this, index, thenRead](ApiCall *answer) {
            if (answer->error().isError())
                return failCase(answer->error());
            m_cases[index].written.append(u"restored"_s);
            thenRead();
        });
        return;
    case Case::Action::PutBack:
        call(
            m_api.saveTestCaseVersion(c.target, tr("Before the restore from snapshot %1").arg(m_manifest.id)),
            [this, index, thenRead](ApiCall *answer) {
                if (answer->error().isError() && answer->error().kind != ApiError::Kind::NotFound)
                    return failCase(answer->error());
                if (answer->error().isError())
                    m_cases[index].notes.append(tr("no version saved: this TestOps keeps none"));
                thenRead();
            });
        return;
    case Case::Action::Conflict:
    case Case::Action::Same:
        break;
    }
    next();
}

void SnapshotRestore::writeParts(int index, const QJsonObject &now) {
    Case &c = m_cases[index];
    const QJsonObject &kept = *document(c.id);
    const QStringList parts = CaseParts::differing(CaseParts::of(kept, m_map), CaseParts::of(now));
    const qint64 target = c.target;
    QList<std::function<void()>> tasks;
    // Relations to cases whose creation failed in this run are left out (never another case's id): said.
    for (const QJsonValue &relation : kept[u"relations"_s].toArray()) {
        const qint64 to = relation[u"target"_s][u"id"_s].toInteger();
        if (m_map.cases.value(to, 1) <= 0 && !c.notes.join(u'\n').contains(QString::number(to)))
            c.applyNotes.append(
                tr("its relation to test case %1 is left out: that case was not created").arg(to));
    }
    const auto write = [this, index](const QString &part, ApiCall *request) {
        call(request, [this, index, part](ApiCall *answer) {
            if (answer->error().isError())
                return failCase(answer->error());
            if (!m_cases[index].written.contains(part))
                m_cases[index].written.append(part);
            next();
        });
    };

    // Attachments: those the case lacks are uploaded (bytes from the store); each kept one gets the id it has
    // now, for the attachment steps.
    auto ids = std::make_shared<QHash<qint64, qint64>>();
    QHash<QString, qint64> present;
    for (const QJsonValue &row : now[u"attachments"_s].toArray())
        present.insert(attachmentKey(row.toObject()), row[u"id"_s].toInteger());
    const SnapshotCase *entry = m_index.testCase(c.id);
    for (const QJsonValue &value : kept[u"attachments"_s].toArray()) {
        const QJsonObject row = value.toObject();
        const qint64 old = row[u"id"_s].toInteger();
        if (present.contains(attachmentKey(row))) {
            ids->insert(old, present.value(attachmentKey(row)));
            continue;
        }
        const auto a = std::find_if(entry->attachments.cbegin(), entry->attachments.cend(),
                                    [old](const SnapshotAttachment &x) { return x.id == old; });
        if (a == entry->attachments.cend() || a->object.isEmpty()) {
            c.applyNotes.append(tr("attachment %1 was not kept (its bytes were missing): not uploaded")
                                    .arg(row[u"name"_s].toString()));
            continue;
        }
        tasks.append([this, index, target, ids, old, object = a->object, row] {
            QString error;
            const std::optional<QByteArray> bytes = m_store.read(object, &error);
            if (!bytes)
                return failCase({ApiError::Kind::BadAnswer, error, 0, -1});
            call(m_api.uploadAttachments(
                     target, false, {{row[u"name"_s].toString(), row[u"contentType"_s].toString(), *bytes}}),
                 [this, index, ids, old, row](ApiCall *answer) {
                     if (answer->error().isError())
                         return failCase(answer->error());
                     const qint64 id = uploadedId(answer);
                     if (id == 0)
                         return failCase(noAttachmentId(row[u"name"_s].toString()));
                     ids->insert(old, id);
                     if (!m_cases[index].written.contains(u"attachments"_s))
                         m_cases[index].written.append(u"attachments"_s);
                     next();
                 });
        });
    }
    if (parts.contains(u"fields"_s))
        tasks.append([=] { write(u"fields"_s, m_api.patchTestCase(target, CaseParts::fieldsBody(kept))); });
    if (parts.contains(u"customFields"_s))
        tasks.append([=] {
            write(u"customFields"_s,
                  m_api.setCustomFieldValues(target, CaseParts::customFieldsByField(kept)));
        });
    for (const QString &part : parts) {
        const QString list = CaseParts::listOf(part);
        if (!list.isEmpty())
            tasks.append([=] {
                write(part, m_api.setCaseList(target, list, CaseParts::listBody(kept, list, m_map)));
            });
    }
    if (parts.contains(u"scenario"_s)) {
        const bool clear = !now[u"scenario"_s][u"root"_s][u"children"_s].toArray().isEmpty();
        tasks.append([this, index, clear, ids] { writeScenario(index, clear, ids); });
    }
    if (c.parts.contains(u"comments"_s))
        commentTasks(index, &tasks);
    tasks.append([this, index] { verifyCase(index); });
    pushFront(tasks);
    next();
}

void SnapshotRestore::writeScenario(int index, bool clear,
                                    std::shared_ptr<const QHash<qint64, qint64>> attachmentIds) {
    const QJsonObject scenario = (*document(m_cases[index].id))[u"scenario"_s].toObject();
    const qint64 target = m_cases[index].target;
    const auto build = [this, index, scenario, attachmentIds] {
        Case &c = m_cases[index];
        if (!c.written.contains(u"scenario"_s))
            c.written.append(u"scenario"_s);
        addSteps(c.target, false, scenario[u"scenarioSteps"_s].toObject(),
                 scenario[u"root"_s][u"children"_s].toArray(), 0, attachmentIds);
        next();
    };
    if (!clear)
        return build();
    call(m_api.clearScenario(target), [this, build](ApiCall *answer) {
        if (answer->error().isError())
            return failCase(answer->error());
        build();
    });
}

void SnapshotRestore::addSteps(qint64 owner, bool shared, const QJsonObject &steps, const QJsonArray &ids,
                               qint64 parent, std::shared_ptr<const QHash<qint64, qint64>> attachmentIds,
                               int depth) {
    if (ids.isEmpty())
        return;
    if (depth >= stepDepthAtMost)
        return pushFront({[this] {
            failCase({ApiError::Kind::BadAnswer,
                      tr("the snapshot's scenario nests steps deeper than %1 (or a step is among its own "
                         "children): not written further")
                          .arg(stepDepthAtMost),
                      0, -1});
        }});
    QList<std::function<void()>> tasks;
    for (const QJsonValue &id : ids) {
        const QJsonObject step = steps[QString::number(id.toInteger())].toObject();
        QJsonObject body;
        if (step.contains(u"body"_s))
            body.insert(u"body"_s, step[u"body"_s]);
        if (parent > 0)
            body.insert(u"parentId"_s, parent);
        if (const qint64 a = step[u"attachmentId"_s].toInteger()) {
            // Only an attachment uploaded or found in this run: never an id of another case's attachment.
            if (attachmentIds->contains(a)) {
                body.insert(u"attachmentId"_s, attachmentIds->value(a));
            } else {
                if (m_current >= 0 && m_current < m_cases.size())
                    m_cases[m_current].applyNotes.append(
                        tr("a step showing attachment %1 is left out: its bytes were not kept").arg(a));
                if (!body.contains(u"body"_s))
                    continue;
            }
        }
        if (const qint64 s = step[u"sharedStepId"_s].toInteger(); s > 0 && !shared)
            body.insert(u"sharedStepId"_s, m_map.sharedStepId(s));
        tasks.append([=] {
            const qint64 expected = step[u"expectedResultId"_s].toInteger();
            const QJsonArray expectedLines = steps[QString::number(expected)][u"children"_s].toArray();
            call(m_api.addScenarioStep(owner, shared, body, expected > 0), [=](ApiCall *answer) {
                if (answer->error().isError())
                    return failCase(answer->error());
                const qint64 created = answer->json()[u"createdStepId"_s].toInteger();
                const qint64 createdExpected = answer
                                                   ->json()[u"scenario"_s][u"scenarioSteps"_s]
                                                           [QString::number(created)][u"expectedResultId"_s]
                                                   .toInteger();
                if (created <= 0 || (expected > 0 && createdExpected <= 0))
                    return failCase({ApiError::Kind::BadAnswer,
                                     created <= 0
                                         ? tr("TestOps answered a new step without its id")
                                         : tr("TestOps made no expected result for a step that has one"),
                                     0, -1});
                // Its children, then its expected result's lines, before the next sibling.
                addSteps(owner, shared, steps, step[u"children"_s].toArray(), created, attachmentIds,
                         depth + 1);
                if (createdExpected > 0)
                    addSteps(owner, shared, steps, expectedLines, createdExpected, attachmentIds, depth + 1);
                next();
            });
        });
    }
    pushFront(tasks);
}

void SnapshotRestore::verifyCase(int index) {
    readCase(m_cases[index].target, [this, index](const QJsonObject &now) {
        Case &read = m_cases[index];
        read.unverified = now.isEmpty() ? QStringList{u"everything"_s}
                                        : CaseParts::differing(CaseParts::of(*document(read.id), m_map),
                                                               CaseParts::of(now));
        if (elsewhere()) { // the snapshot's tree is another project's: its group is not checked
            read.outcome = Case::Outcome::Done;
            journal(read, JournalRecord::SnapshotRestore::Event::Done);
            return next();
        }
        call(m_api.casePaths(m_manifest.treeId, read.target), [this, index](ApiCall *answer) {
            Case &c = m_cases[index];
            bool inGroup = false;
            for (const QJsonValue &path : answer->json()[u"paths"_s].toArray())
                inGroup = inGroup || path.toArray().contains(QJsonValue(m_manifest.groupId));
            c.inGroup = answer->error().isError() || inGroup; // a TestOps without the call: not known
            c.outcome = Case::Outcome::Done;
            journal(c, JournalRecord::SnapshotRestore::Event::Done);
            next();
        });
    });
}
