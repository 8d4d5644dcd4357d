#include "ReadBack.h"

#include "testops/ApiCall.h"
#include "testops/TestOpsApi.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace ReadBack {
namespace {
constexpr int newestCases = 100;
constexpr int commentPagesAtMost = 100;

QString tr(const char *text) {
    return QCoreApplication::translate("ReadBack", text);
}

bool createdSince(const QJsonObject &object, const QDateTime &sentAt) {
    const qint64 created = object.value(u"createdDate"_s).toInteger();
    return created > 0 && created >= sentAt.toMSecsSinceEpoch() - slackMs;
}

// Checks the candidates one by one (newest first): the first whose fields are the ones sent.
void check(TestOpsApi &api, const Call &call, std::shared_ptr<QList<qint64>> candidates, QJsonObject sent,
           QDateTime sentAt, std::function<void(Found, qint64, const QString &)> done) {
    if (candidates->isEmpty())
        return done(Found::No, 0, QString());
    const qint64 id = candidates->takeFirst();
    call(api.testCase(id), [&api, call, candidates, sent, sentAt, done, id](ApiCall *answer) {
        if (answer->error().isError())
            return done(Found::Unknown, 0,
                        tr("test case %1 could not be read back: %2").arg(id).arg(answer->error().message));
        const QJsonObject now = answer->json().object();
        bool same = createdSince(now, sentAt) && !now.value(u"deleted"_s).toBool();
        for (const QString &field : {u"fullName"_s, u"description"_s, u"precondition"_s}) {
            if (sent.contains(field) && now.value(field).toString() != sent.value(field).toString())
                same = false;
        }
        if (same)
            return done(Found::Yes, id, QString());
        check(api, call, candidates, sent, sentAt, done);
    });
}
} // namespace

void createdTestCase(TestOpsApi &api, const Call &call, qint64 projectId, const QJsonObject &sent,
                     const QDateTime &sentAt,
                     std::function<void(Found, qint64 id, const QString &why)> done) {
    call(api.newestTestCases(projectId, newestCases), [&api, call, sent, sentAt, done](ApiCall *answer) {
        if (answer->error().isError())
            return done(Found::Unknown, 0,
                        tr("the newest test cases could not be read back: %1").arg(answer->error().message));
        auto candidates = std::make_shared<QList<qint64>>();
        const QString name = sent.value(u"name"_s).toString();
        for (const TestOpsApi::Node &node : TestOpsApi::readNodes(answer->json())) {
            if (node.name == name)
                candidates->append(node.id);
        }
        check(api, call, candidates, sent, sentAt, done);
    });
}

void savedVersion(TestOpsApi &api, const Call &call, qint64 testCaseId, const QString &title,
                  const QDateTime &sentAt, std::function<void(Found, const QString &why)> done) {
    call(api.testCaseVersions(testCaseId), [title, sentAt, done](ApiCall *answer) {
        if (answer->error().isError())
            return done(Found::Unknown,
                        tr("its versions could not be read back: %1").arg(answer->error().message));
        const QJsonDocument document = answer->json();
        const QJsonArray versions =
            document.isArray() ? document.array() : document.object().value(u"content"_s).toArray();
        for (const QJsonValue &value : versions) {
            const QJsonObject version = value.toObject();
            if (version.value(u"title"_s).toString() == title && createdSince(version, sentAt))
                return done(Found::Yes, QString());
        }
        done(Found::No, QString());
    });
}

void postedComment(TestOpsApi &api, const Call &call, qint64 testCaseId, const QString &body,
                   const QDateTime &sentAt, std::function<void(Found, const QString &why)> done) {
    const auto page = [&api, call, testCaseId, body, sentAt, done](auto &&self, int number) -> void {
        call(api.caseComments(testCaseId, number), [self, number, body, sentAt, done](ApiCall *answer) {
            if (answer->error().isError())
                return done(Found::Unknown,
                            tr("its comments could not be read back: %1").arg(answer->error().message));
            bool last = true;
            for (const QJsonValue &comment : TestOpsApi::readRows(answer->json(), &last)) {
                if (comment[u"body"_s].toString() == body && createdSince(comment.toObject(), sentAt))
                    return done(Found::Yes, QString());
            }
            if (!last && number + 1 < commentPagesAtMost)
                return self(self, number + 1);
            done(Found::No, QString());
        });
    };
    page(page, 0);
}

void createdSharedStep(TestOpsApi &api, const Call &call, qint64 projectId, const QString &name,
                       const QDateTime &sentAt, const QSet<qint64> &known,
                       std::function<void(Found, qint64 id, const QString &why)> done) {
    call(api.sharedSteps(projectId, name, 0), [name, sentAt, known, done](ApiCall *answer) {
        if (answer->error().isError())
            return done(Found::Unknown, 0,
                        tr("the shared steps could not be read back: %1").arg(answer->error().message));
        bool last = true;
        QList<qint64> made;
        for (const QJsonValue &row : TestOpsApi::readRows(answer->json(), &last)) {
            const QJsonObject step = row.toObject();
            if (step[u"name"_s].toString() == name && createdSince(step, sentAt) &&
                step[u"stepsCount"_s].toInteger() == 0 && step[u"attachmentsCount"_s].toInteger() == 0 &&
                !known.contains(step[u"id"_s].toInteger()))
                made.append(step[u"id"_s].toInteger());
        }
        if (made.size() > 1)
            return done(Found::Unknown, 0,
                        tr("%1 empty shared steps by this name were made since").arg(made.size()));
        done(made.isEmpty() ? Found::No : Found::Yes, made.value(0), QString());
    });
}

} // namespace ReadBack
