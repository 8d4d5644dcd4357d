// Shared steps a restore creates again: created, journaled at once, their attachments uploaded from the
// store and their steps written, then journaled as complete (a second run archives one left half-built).
#include "SnapshotRestore.h"

#include "ReadBack.h"
#include "exports/History.h"
#include "testops/ApiCall.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

void SnapshotRestore::createSharedStep(int index) {
    const SharedStep &s = m_shared[index];
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    call(m_api.createSharedStep(m_project, s.name), [this, index, sentAt](ApiCall *answer) {
        const ApiError error = answer->error();
        if (error.kind != ApiError::Kind::AnswerLost) {
            if (error.isError())
                return stop(error);
            const qint64 id = answer->json()[u"id"_s].toInteger();
            if (id <= 0)
                return stop({ApiError::Kind::BadAnswer,
                             tr("TestOps answered a new shared step without its id"), 0, -1});
            return sharedStepCreated(index, id);
        }
        // Never sent again: what TestOps holds decides whether it was made.
        QSet<qint64> known;
        for (auto it = m_map.sharedSteps.cbegin(); it != m_map.sharedSteps.cend(); ++it)
            known << it.key() << it.value();
        for (const SharedStep &other : std::as_const(m_shared))
            known << other.id << other.halfBuilt;
        ReadBack::createdSharedStep(
            m_api, [this](ApiCall *c, std::function<void(ApiCall *)> then) { call(c, std::move(then)); },
            m_project, m_shared[index].name, sentAt, known,
            [this, index, error](ReadBack::Found found, qint64 id, const QString &why) {
                if (found == ReadBack::Found::Yes)
                    return sharedStepCreated(index, id);
                ApiError lost = error;
                lost.message =
                    found == ReadBack::Found::No
                        ? tr("shared step %1 was not created: the answer was lost, and TestOps has "
                             "no new one by its name; run the restore again")
                              .arg(m_shared[index].name)
                        : tr("not known whether shared step %1 was created: the answer was lost, and "
                             "%2; look in TestOps before running the restore again")
                              .arg(m_shared[index].name, why);
                stop(lost);
            });
    });
}

void SnapshotRestore::sharedStepCreated(int index, qint64 newId) {
    const SnapshotCase *kept = m_index.sharedStep(m_shared[index].id);
    const QJsonObject doc = *document(m_shared[index].id);
    {
        SharedStep &created = m_shared[index];
        created.newId = newId;
        m_map.sharedSteps.insert(created.id, created.newId);
        // Journaled at once (a second run archives it if its steps are not all written) and when complete.
        journalSharedStep(created, JournalRecord::SnapshotRestore::Event::SharedStepCreated);
        auto ids = std::make_shared<QHash<qint64, qint64>>();
        QList<std::function<void()>> tasks;
        for (const SnapshotAttachment &a : kept->attachments) {
            if (a.object.isEmpty())
                continue;
            tasks.append([this, newId = created.newId, a, ids] {
                QString error;
                const std::optional<QByteArray> bytes = m_store.read(a.object, &error);
                if (!bytes)
                    return stop({ApiError::Kind::BadAnswer, error, 0, -1});
                call(m_api.uploadAttachments(newId, true, {{a.name, a.contentType, *bytes}}),
                     [this, ids, old = a.id, name = a.name](ApiCall *uploaded) {
                         if (uploaded->error().isError())
                             return stop(uploaded->error());
                         const qint64 id = uploadedId(uploaded);
                         if (id == 0)
                             return stop(noAttachmentId(name));
                         ids->insert(old, id);
                         next();
                     });
            });
        }
        const QJsonObject scenario = doc[u"scenario"_s].toObject();
        tasks.append([this, newId = created.newId, scenario, ids] {
            addSteps(newId, true, scenario[u"scenarioSteps"_s].toObject(),
                     scenario[u"root"_s][u"children"_s].toArray(), 0, ids);
            next();
        });
        tasks.append([this, index] {
            journalSharedStep(m_shared[index], JournalRecord::SnapshotRestore::Event::SharedStepComplete);
            next();
        });
        pushFront(tasks);
        next();
    }
}

void SnapshotRestore::journalSharedStep(const SharedStep &s, JournalRecord::SnapshotRestore::Event event) {
    JournalRecord::SnapshotRestore record;
    record.event = event;
    record.sharedStep = s.id;
    record.target = s.newId;
    journalRecord(std::move(record));
}

ApiError SnapshotRestore::noAttachmentId(const QString &name) {
    return {ApiError::Kind::BadAnswer,
            tr("TestOps answered the upload of %1 without an attachment id").arg(name), 0, -1};
}

qint64 SnapshotRestore::uploadedId(ApiCall *answer) {
    return std::max<qint64>(0, answer->json().array().at(0)[u"id"_s].toInteger());
}
