// After a write to TestOps whose answer was lost (ApiError::Kind::AnswerLost), what TestOps holds now decides
// whether the write was done: it is read back, never sent again blindly. Used by restore (a created test
// case, a saved version) and, for its rules, by the cleanup session.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

class ApiCall;
class TestOpsApi;

namespace ReadBack {

enum class Found { Yes, No, Unknown };

// Hands a call to its owner's PendingCalls.
using Call = std::function<void(ApiCall *, std::function<void(ApiCall *)>)>;

// How long before the write something it made may be dated: TestOps' clock is not ours.
constexpr qint64 slackMs = 10 * 60 * 1000;

// The test case a lost POST /api/testcase made, if it did: among the project's newest cases, the one with the
// name, full name and description sent, created since the write (within the slack). done(Yes, id) or
// done(No, 0) or done(Unknown, 0, why).
void createdTestCase(TestOpsApi &api, const Call &call, qint64 projectId, const QJsonObject &sent,
                     const QDateTime &sentAt, std::function<void(Found, qint64 id, const QString &why)> done);

// Whether a lost POST /api/testcase/{id}/version saved the version titled `title`.
void savedVersion(TestOpsApi &api, const Call &call, qint64 testCaseId, const QString &title,
                  const QDateTime &sentAt, std::function<void(Found, const QString &why)> done);

// Whether a lost POST /api/comment posted `body` on the test case (a comment with that text since the write).
void postedComment(TestOpsApi &api, const Call &call, qint64 testCaseId, const QString &body,
                   const QDateTime &sentAt, std::function<void(Found, const QString &why)> done);

// The shared step a lost POST /api/sharedstep made, if it did: in the project, named `name`, created since
// the write, still empty, and none of `known`. Two such: Unknown (which one is not known).
void createdSharedStep(TestOpsApi &api, const Call &call, qint64 projectId, const QString &name,
                       const QDateTime &sentAt, const QSet<qint64> &known,
                       std::function<void(Found, qint64 id, const QString &why)> done);

} // namespace ReadBack
