#include "RestoreSession.h"

#include "CsvFields.h"
#include "ReadBack.h"

#include "exports/History.h"
#include "exports/JournalRecord.h"
#include "log/LogCategories.h"
#include "testops/ApiCall.h"
#include "testops/TestOpsClient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxDeletedPages = 1000;
} // namespace

RestoreSession::RestoreSession(TestOpsClient *client, History *history, ExportGroup group, QString file,
                               std::shared_ptr<const ChangeDetails> details, QByteArray previousSha256,
                               QObject *parent)
    : QObject(parent)
    , m_api(client)
    , m_history(history)
    , m_group(std::move(group))
    , m_file(std::move(file))
    , m_details(std::move(details))
    , m_previousSha256(std::move(previousSha256)) {}

RestoreSession::~RestoreSession() = default;

QStringList RestoreSession::restorableColumns() {
    return CsvFields::columns();
}

QString RestoreSession::notRestorableReason(const QString &column) {
    if (column == u"scenario"_s)
        return tr(
            "scenario: not written back (the CSV renders the steps as text; TestOps keeps them as steps "
            "with attachments and expected results, and the text cannot be proven to round-trip)");
    if (column == u"status"_s)
        return tr(
            "status: not written back (the CSV holds the status's name; TestOps takes the id of a status "
            "of the project's workflow)");
    return tr("%1: not written back (not a field this app can write faithfully from CSV)").arg(column);
}

void RestoreSession::call(ApiCall *call, std::function<void(ApiCall *)> then) {
    m_calls.add(call, std::move(then));
}

void RestoreSession::plan(Selection selection, const QStringList &caseIds) {
    m_steps.clear();
    m_cases.clear();
    m_unknownIds.clear();
    m_error.clear();
    m_removedIds.clear();
    m_deleted.clear();
    // What an earlier restore from this export already put back (the journal keeps each write).
    m_restoredBefore.clear();
    if (m_history)
        m_history->forEach([this](const QJsonObject &json) {
            const JournalRecord::Any any = JournalRecord::read(json);
            const auto *record = std::get_if<JournalRecord::Restore>(&any);
            if (record && record->file == m_file && record->outcome == u"done"_s &&
                (record->action == u"restore"_s || record->action == u"create"_s))
                m_restoredBefore.insert(record->caseId);
        });
    const ExportComparison::Result &result = m_details->result();
    QSet<QString> wanted(caseIds.cbegin(), caseIds.cend());
    QSet<QString> found;
    const auto take = [&](const QList<ExportComparison::Case> &cases, bool removed) {
        for (const ExportComparison::Case &c : cases) {
            if (!wanted.isEmpty() && !wanted.contains(c.id))
                continue;
            m_cases.append(c);
            found.insert(c.id);
            if (removed)
                m_removedIds.insert(c.id);
        }
    };
    if (selection != Selection::Changed || !wanted.isEmpty())
        take(result.removed, true);
    if (selection != Selection::Removed || !wanted.isEmpty())
        take(result.changed, false);
    for (const QString &id : caseIds) {
        if (!found.contains(id))
            m_unknownIds.append(id);
    }
    // Always later, never inside this call: a caller connects to `planned` after calling.
    QMetaObject::invokeMethod(
        this,
        [this] {
            // Values are read from the two files at the places the comparison kept: only if both are still
            // the files compared, byte for byte.
            QString why;
            if (!std::exchange(m_verified, false) && !m_details->verifyFiles(m_previousSha256, &why)) {
                m_error = tr("nothing can be planned from %1: %2").arg(m_file, why);
                m_steps.clear();
                emit planned();
                return;
            }
            m_removedIds.isEmpty() ? planNext(0) : readDeleted(0);
        },
        Qt::QueuedConnection);
}

void RestoreSession::readDeleted(int page) {
    call(m_api.deletedTestCases(m_group.projectId, page), [this, page](ApiCall *answer) {
        if (answer->error().isError()) {
            m_error = tr("the deleted test cases of project %1 cannot be read: %2")
                          .arg(m_group.projectId)
                          .arg(answer->error().message);
            emit planned();
            return;
        }
        bool last = true;
        for (const TestOpsApi::Node &node : TestOpsApi::readNodes(answer->json(), &last))
            m_deleted.insert(node.id);
        if (!last && page + 1 < maxDeletedPages)
            readDeleted(page + 1);
        else
            planNext(0);
    });
}

void RestoreSession::planNext(int index) {
    if (index >= m_cases.size()) {
        emit planned();
        return;
    }
    const ExportComparison::Case c = m_cases.at(index);
    const bool removed = m_removedIds.contains(c.id);
    Step step;
    step.caseId = c.id;
    step.name = c.name;
    bool numeric = false;
    const qint64 id = c.id.toLongLong(&numeric);
    if (!numeric || id <= 0) {
        step.why = tr("its allure_id \"%1\" is not a test case id").arg(c.id);
        m_steps.append(step);
        return planNext(index + 1);
    }
    if (removed && m_deleted.contains(id)) {
        step.action = Step::Action::Restore;
        step.why = tr("deleted in TestOps: restored with its id");
        m_steps.append(step);
        return planNext(index + 1);
    }
    call(m_api.testCase(id), [this, index, c, removed, step](ApiCall *answer) mutable {
        const ApiError &error = answer->error();
        if (error.isError() && error.kind != ApiError::Kind::NotFound) {
            m_error = tr("test case %1 cannot be read: %2").arg(c.id, error.message);
            emit planned();
            return;
        }
        QString readError;
        const QList<ChangeDetails::Field> fields = m_details->fields(c, &readError);
        const QJsonObject now = answer->json().object();
        if (removed) {
            if (!readError.isEmpty()) {
                step.why = readError; // never created from another case's row
            } else if (!error.isError() && !now.value(u"deleted"_s).toBool()) {
                step.why =
                    m_restoredBefore.contains(c.id)
                        ? tr("restored already by an earlier restore from this export: nothing to do")
                        : tr("still in TestOps and not deleted: it left the group (moved, or its fields "
                             "no longer place it there); nothing to restore");
            } else if (!error.isError()) {
                step.action = Step::Action::Restore;
                step.why = tr("deleted in TestOps: restored with its id");
            } else if (!m_details->previousAvailable()) {
                step.why =
                    tr("gone from TestOps for good, and the previous export that held its fields is deleted");
            } else {
                for (const ChangeDetails::Field &field : fields) {
                    const QString target = CsvFields::fieldOf(field.name);
                    if (!target.isEmpty())
                        step.body.insert(target, CsvFields::toField(target, field.before));
                    else if (field.name != u"allure_id"_s && !field.before.isEmpty())
                        step.notes.append(notRestorableReason(field.name));
                }
                if (step.body.value(u"name"_s).toString().isEmpty()) {
                    step.why = tr("gone from TestOps for good, and the previous export has no name for it");
                    step.body = {};
                } else {
                    step.action = Step::Action::Create;
                    step.why = tr("gone from TestOps for good (deleted with force): created again from the "
                                  "previous export, with a new id; its place in the tree follows its fields");
                }
            }
            m_steps.append(step);
            return planNext(index + 1);
        }
        if (error.isError()) {
            step.why = tr("no longer in TestOps (HTTP 404): nothing to put back");
            m_steps.append(step);
            return planNext(index + 1);
        }
        if (!m_details->previousAvailable() || !readError.isEmpty()) {
            step.why = readError.isEmpty() ? tr("the previous export that held the old values is deleted")
                                           : readError;
            m_steps.append(step);
            return planNext(index + 1);
        }
        QList<FieldChange> conflicts;
        bool alreadyBack = false;
        for (const ChangeDetails::Field &field : fields) {
            const QString target = CsvFields::fieldOf(field.name);
            if (target.isEmpty()) {
                step.notes.append(notRestorableReason(field.name));
                continue;
            }
            const QString current = CsvFields::asCell(target, now);
            if (CsvFields::sameCell(target, current,
                                    field.before)) { // put back already (an earlier restore, or by hand)
                alreadyBack = true;
                continue;
            }
            if (!CsvFields::sameCell(target, current, field.after))
                conflicts.append({field.name, current, field.after});
            step.fields.append({field.name, field.after, field.before});
            step.body.insert(target, CsvFields::toField(target, field.before));
        }
        if (!conflicts.isEmpty()) {
            step.action = Step::Action::Conflict;
            step.fields = conflicts;
            step.body = {};
            QStringList names;
            for (const FieldChange &conflict : std::as_const(conflicts))
                names.append(conflict.column);
            step.why =
                tr("changed again in TestOps since the export (%1): left alone").arg(names.join(u", "_s));
        } else if (step.body.isEmpty()) {
            step.why = alreadyBack ? tr("TestOps holds the previous export's values already")
                                   : tr("none of its changed fields can be written back");
        } else {
            step.action = Step::Action::Patch;
        }
        m_steps.append(step);
        planNext(index + 1);
    });
}

void RestoreSession::apply() {
    QMetaObject::invokeMethod(
        this,
        [this] {
            QString why;
            if (!m_details->verifyFiles(m_previousSha256, &why)) { // changed since the plan was made
                m_error = tr("nothing was written: %1").arg(why);
                return leaveTheRest(0, m_error);
            }
            applyNext(0);
        },
        Qt::QueuedConnection);
}

void RestoreSession::applyNext(int index) {
    if (index >= m_steps.size()) {
        emit applied();
        return;
    }
    Step &step = m_steps[index];
    const qint64 id = step.caseId.toLongLong();
    switch (step.action) {
    case Step::Action::Conflict:
    case Step::Action::Skip:
        step.outcome = Step::Outcome::Left;
        journal(step);
        return applyNext(index + 1);
    case Step::Action::Restore:
        return call(m_api.restoreTestCase(id), [this, index, id](ApiCall *answer) {
            // A restore has no body, and Qt sends a request without one again after a lost answer (nothing
            // to rewind, so OnceBody cannot stop it); the second one is refused ("not deleted"). Whatever the
            // error (but a refusal of the token), the case read back says whether it is restored.
            const ApiError &error = answer->error();
            if (error.isError() && error.kind != ApiError::Kind::Forbidden &&
                error.kind != ApiError::Kind::Unauthorized)
                return readBack(index, id, error);
            finishStep(index, !error.isError(), &error);
        });
    case Step::Action::Create: {
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        return call(m_api.createTestCase(m_group.projectId, step.body),
                    [this, index, sentAt](ApiCall *answer) {
                        const ApiError error = answer->error();
                        if (error.kind == ApiError::Kind::AnswerLost)
                            return findCreated(index, sentAt, error);
                        if (!error.isError())
                            m_steps[index].newId = answer->json().object().value(u"id"_s).toInteger();
                        finishStep(index, !error.isError(), &error);
                    });
    }
    case Step::Action::Patch:
        break;
    }
    // A version first, so that the case as it is now can be brought back in TestOps itself.
    const QString title = tr("Before testops-export put back the fields of %1").arg(m_file);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    call(m_api.saveTestCaseVersion(id, title), [this, index, id, title, sentAt](ApiCall *version) {
        const ApiError error = version->error();
        if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::Unauthorized)
            return finishStep(index, false, &error);
        const auto patch = [this, index, id] {
            call(m_api.patchTestCase(id, m_steps.at(index).body), [this, index, id](ApiCall *answer) {
                if (answer->error().kind == ApiError::Kind::AnswerLost)
                    return readBack(index, id, answer->error());
                finishStep(index, !answer->error().isError(), &answer->error());
            });
        };
        if (error.kind != ApiError::Kind::AnswerLost) {
            if (error.isError())
                m_steps[index].applyNotes.append(tr("no version was taken first: %1").arg(error.message));
            return patch();
        }
        ReadBack::savedVersion(
            m_api, caller(), id, title, sentAt,
            [this, index, patch](ReadBack::Found found, const QString &why) {
                m_steps[index].applyNotes.append(
                    found == ReadBack::Found::Yes
                        ? tr("the answer to the version was lost; reading back found it saved")
                    : found == ReadBack::Found::No
                        ? tr("no version was taken first: its answer was lost, and TestOps lists none")
                        : tr("whether a version was taken first is not known: its answer was lost, and %1")
                              .arg(why));
                patch();
            });
    });
}

ReadBack::Call RestoreSession::caller() {
    return [this](ApiCall *answer, std::function<void(ApiCall *)> then) { call(answer, std::move(then)); };
}

void RestoreSession::findCreated(int index, const QDateTime &sentAt, const ApiError &lost) {
    ReadBack::createdTestCase(
        m_api, caller(), m_group.projectId, m_steps.at(index).body, sentAt,
        [this, index, lost](ReadBack::Found found, qint64 id, const QString &why) {
            Step &step = m_steps[index];
            if (found == ReadBack::Found::Yes) {
                step.newId = id;
                step.applyNotes.append(
                    tr("the answer was lost; reading TestOps back found the new test case %1, "
                       "kept (not created twice)")
                        .arg(id));
                return finishStep(index, true, nullptr);
            }
            ApiError error = lost;
            error.message = found == ReadBack::Found::No
                                ? tr("not created: the answer was lost, and TestOps has no new test case by "
                                     "this name; run the restore again")
                                : tr("not known whether it was created: the answer was lost, and %1; look in "
                                     "TestOps before running the restore again")
                                      .arg(why);
            finishStep(index, false, &error);
        });
}

void RestoreSession::readBack(int index, qint64 id, const ApiError &lost) {
    // A restore or a patch done twice does no harm, but it is not sent again: the case read back says
    // whether it took.
    call(m_api.testCase(id), [this, index, lost](ApiCall *answer) {
        Step &step = m_steps[index];
        bool done = !answer->error().isError();
        const QJsonObject now = answer->json().object();
        if (done && step.action == Step::Action::Restore)
            done = !now.value(u"deleted"_s).toBool();
        for (const FieldChange &field : std::as_const(step.fields)) {
            const QString target = CsvFields::fieldOf(field.column);
            if (done && !target.isEmpty())
                done = CsvFields::sameCell(target, CsvFields::asCell(target, now), field.back);
        }
        if (done) {
            step.applyNotes.append(
                lost.kind == ApiError::Kind::AnswerLost
                    ? tr("the answer was lost; reading the case back shows it done")
                    : tr("TestOps answered \"%1\", but reading the case back shows it done")
                          .arg(lost.message));
            return finishStep(index, true, nullptr);
        }
        ApiError error = lost;
        error.message =
            answer->error().isError()
                ? tr("not known whether it was done: the answer was lost, and the case could not be "
                     "read back (%1)")
                      .arg(answer->error().message)
                : tr("not done: the answer was lost, and the case read back is as it was");
        finishStep(index, false, &error);
    });
}

void RestoreSession::finishStep(int index, bool ok, const ApiError *error) {
    Step &step = m_steps[index];
    step.outcome = ok ? Step::Outcome::Done : Step::Outcome::Failed;
    if (!ok) {
        step.error = error->kind == ApiError::Kind::Forbidden
                         ? (error->serverMessage.isEmpty()
                                ? tr("TestOps refused (HTTP 403): writing test cases needs the project:write "
                                     "permission in project %1")
                                      .arg(m_group.projectId)
                                : tr("TestOps refused (HTTP 403): %1").arg(error->serverMessage))
                         : error->message;
    }
    journal(step);
    if (!ok && (error->kind == ApiError::Kind::Forbidden || error->kind == ApiError::Kind::Unauthorized)) {
        // The same token is refused the rest: nothing more is sent, and each case says so.
        return leaveTheRest(index + 1, tr("not tried: TestOps refused case %1 before it").arg(step.caseId));
    }
    applyNext(index + 1);
}

void RestoreSession::leaveTheRest(int from, const QString &why) {
    for (int i = from; i < m_steps.size(); ++i) {
        Step &left = m_steps[i];
        if (left.action == Step::Action::Conflict || left.action == Step::Action::Skip) {
            left.outcome = Step::Outcome::Left;
        } else {
            left.outcome = Step::Outcome::NotTried;
            left.error = why;
        }
        journal(left);
    }
    emit applied();
}

void RestoreSession::journal(const Step &step) {
    static const char *const actions[] = {"restore", "create", "patch", "conflict", "skip"};
    static const char *const outcomes[] = {"planned", "done", "failed", "not-tried", "left"};
    JournalRecord::Restore record;
    record.group = m_group.name;
    record.file = m_file;
    record.caseId = step.caseId;
    record.action = QString::fromLatin1(actions[int(step.action)]);
    record.outcome = QString::fromLatin1(outcomes[int(step.outcome)]);
    record.newId = step.newId;
    for (const FieldChange &field : step.fields)
        record.fields.append(field.column);
    record.error = step.error.isEmpty() ? step.why : step.error;
    record.end = QDateTime::currentDateTimeUtc();
    if (m_history)
        m_history->append(record.toJson());
    qCInfo(lcApi, "restore of %s from %s: %s %s%s", qUtf8Printable(step.caseId), qUtf8Printable(m_file),
           qUtf8Printable(record.action), qUtf8Printable(record.outcome),
           step.error.isEmpty() ? "" : qUtf8Printable(u": "_s + step.error));
}
