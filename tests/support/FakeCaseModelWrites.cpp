// The write side of the fake's stored case model (report service 25.4.1's calls and shapes): what a full
// restore writes. Each write is checked as TestOps would (a step naming an attachment of another case, a
// relation to a case that does not exist, a shared step that is gone: 400), logged in `writes`, and the one
// numbered `failWrite` answers 500 without doing anything.
#include "FakeCaseModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
QByteArray compactJson(const QJsonValue &value) {
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

FakeCaseModel::Answer answer(int status, const QJsonValue &value) {
    return {status, compactJson(value), "application/json"};
}

FakeCaseModel::Answer badRequest(const QString &why) {
    return answer(400, QJsonObject{{u"message"_s, why}});
}
} // namespace

bool FakeCaseModel::hasProject(qint64 projectId) const {
    return std::any_of(m_nodes.cbegin(), m_nodes.cend(),
                       [projectId](const Node &n) { return n.projectId == projectId; });
}

qint64 FakeCaseModel::nodeOfValue(qint64 valueId) const {
    for (const Node &node : m_nodes) {
        if (node.valueId == valueId)
            return node.id;
    }
    return 0;
}

void FakeCaseModel::moveOut(qint64 caseId) {
    Case *c = testCase(caseId);
    if (!c)
        return;
    QJsonArray fields;
    for (const QJsonValue &v : std::as_const(c->customFields)) {
        if (v[u"customField"_s][u"id"_s].toInteger() != treeFieldId)
            fields.append(v);
    }
    fields.append(
        QJsonObject{{u"id"_s, 1},
                    {u"name"_s, u"Elsewhere"_s},
                    {u"customField"_s, QJsonObject{{u"id"_s, treeFieldId}, {u"name"_s, u"Suite"_s}}}});
    setCustomFields(*c, fields);
    touch(*c);
}

void FakeCaseModel::setCustomFields(Case &c, const QJsonArray &flat) {
    c.customFields = flat;
    c.nodeId = 0;
    for (const QJsonValue &v : flat) {
        if (v[u"customField"_s][u"id"_s].toInteger() == treeFieldId)
            c.nodeId = nodeOfValue(v[u"id"_s].toInteger());
    }
    if (c.nodeId)
        c.treeId = m_nodes[c.nodeId].treeId;
}

void FakeCaseModel::setFields(Case &c, const QJsonObject &body) {
    const auto text = [&body](const QString &name, QString *into) {
        if (body.contains(name))
            *into = body.value(name).toString();
    };
    text(u"name"_s, &c.name);
    text(u"description"_s, &c.description);
    text(u"precondition"_s, &c.precondition);
    text(u"expectedResult"_s, &c.expectedResult);
    if (body.contains(u"automated"_s))
        c.automated = body.value(u"automated"_s).toBool();
    if (body.contains(u"statusId"_s))
        c.status = m_statuses.value(body.value(u"statusId"_s).toInteger());
    if (body.contains(u"workflowId"_s))
        c.workflow = m_workflows.value(body.value(u"workflowId"_s).toInteger());
    if (body.contains(u"testLayerId"_s))
        c.layer = m_layers.value(body.value(u"testLayerId"_s).toInteger());
    if (body.contains(u"tags"_s))
        c.tags = body.value(u"tags"_s).toArray();
    if (body.contains(u"links"_s))
        c.links = body.value(u"links"_s).toArray();
    if (body.contains(u"members"_s))
        c.members = body.value(u"members"_s).toArray();
    if (body.contains(u"customFields"_s))
        setCustomFields(c, body.value(u"customFields"_s).toArray());
    if (body.contains(u"deleted"_s))
        c.deleted = body.value(u"deleted"_s).toBool();
}

QList<FakeCaseModel::Attachment> FakeCaseModel::parseMultipart(const QByteArray &body,
                                                               const QByteArray &contentType) {
    QList<Attachment> files;
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return files;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd);
        if (headersEnd < 0 || next < 0)
            break;
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        static const QRegularExpression name(uR"x(\bname="([^"]*)")x"_s);
        static const QRegularExpression fileName(uR"x(filename="([^"]*)")x"_s);
        static const QRegularExpression type(u"(?i)content-type:\\s*([^\\r\\n]+)"_s);
        const QString text = QString::fromUtf8(headers);
        if (name.match(text).captured(1) == u"file"_s) {
            Attachment file;
            // RFC 5987's filename* first, as Spring and Tomcat read it.
            static const QRegularExpression extended(uR"x(filename\*=UTF-8''([^;\r\n]*))x"_s);
            const QRegularExpressionMatch star = extended.match(text);
            file.name = star.hasMatch()
                            ? QString::fromUtf8(QByteArray::fromPercentEncoding(star.captured(1).toLatin1()))
                            : fileName.match(text).captured(1);
            file.contentType = type.match(text).captured(1).trimmed();
            file.bytes = body.mid(headersEnd + 4, next - headersEnd - 4);
            files.append(file);
        }
        pos = body.indexOf(delimiter, next);
    }
    return files;
}

std::optional<FakeCaseModel::Answer> FakeCaseModel::writeStep(Case *owner, SharedStep *sharedOwner,
                                                              const QJsonObject &body,
                                                              bool withExpectedResult) {
    QMap<qint64, Step> &steps = owner ? owner->steps : sharedOwner->steps;
    QList<qint64> &root = owner ? owner->root : sharedOwner->root;
    const QList<Attachment> &attachments = owner ? owner->attachments : sharedOwner->attachments;
    Step step{m_nextId++,
              body.value(u"body"_s).toString(),
              {},
              0,
              body.value(u"attachmentId"_s).toInteger(),
              owner ? body.value(u"sharedStepId"_s).toInteger() : 0};
    if (step.attachmentId && std::none_of(attachments.cbegin(), attachments.cend(),
                                          [&step](const Attachment &a) { return a.id == step.attachmentId; }))
        return badRequest(u"Attachment %1 does not belong to this test case"_s.arg(step.attachmentId));
    if (step.sharedStepId && (!m_shared.contains(step.sharedStepId) || m_shared[step.sharedStepId].deleted))
        return badRequest(u"Shared step %1 not found"_s.arg(step.sharedStepId));
    const qint64 parentId = body.value(u"parentId"_s).toInteger();
    if (parentId && !steps.contains(parentId))
        return badRequest(u"Parent step %1 not found"_s.arg(parentId));
    if (withExpectedResult) {
        const Step result{m_nextId++, QString(), {}, 0, 0, 0};
        steps.insert(result.id, result);
        step.expectedResultId = result.id;
    }
    steps.insert(step.id, step);
    if (parentId)
        steps[parentId].children.append(step.id);
    else
        root.append(step.id);
    if (owner)
        touch(*owner);
    return answer(200, QJsonObject{{u"createdStepId"_s, step.id},
                                   {u"scenario"_s, owner ? scenario(*owner) : sharedScenario(*sharedOwner)}});
}

std::optional<FakeCaseModel::Answer> FakeCaseModel::write(const QByteArray &method, const QString &path,
                                                          const QString &rawQuery, const QByteArray &body,
                                                          const QByteArray &contentType) {
    const QUrlQuery query(rawQuery);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    const QString verb = QString::fromLatin1(method);

    // Which calls are the model's: a case or shared step of the model, or a new one in one of its projects.
    static const QRegularExpression casePath(
        u"^/api/testcase/(\\d+)(/restore|/version|/scenario|/cfv|/tag|/issue|/members|/testkey|/relation|"
        "/example)?$"_s);
    static const QRegularExpression sharedPath(u"^/api/sharedstep/(\\d+)(/unarchive|/archive)?$"_s);
    const QRegularExpressionMatch caseMatch = casePath.match(path);
    const QRegularExpressionMatch sharedMatch = sharedPath.match(path);
    qint64 caseId = caseMatch.hasMatch() ? caseMatch.captured(1).toLongLong() : 0;
    if (path == u"/api/testcase/attachment"_s || path == u"/api/testcase/step"_s)
        caseId = path.endsWith(u"step"_s) ? object.value(u"testCaseId"_s).toInteger()
                                          : query.queryItemValue(u"testCaseId"_s).toLongLong();
    if (path == u"/api/comment"_s)
        caseId = object.value(u"testCaseId"_s).toInteger();
    qint64 sharedId = sharedMatch.hasMatch() ? sharedMatch.captured(1).toLongLong() : 0;
    if (path == u"/api/sharedstep/attachment"_s)
        sharedId = query.queryItemValue(u"sharedStepId"_s).toLongLong();
    if (path == u"/api/sharedstep/step"_s)
        sharedId = object.value(u"sharedStepId"_s).toInteger();
    const bool create = (path == u"/api/testcase"_s || path == u"/api/sharedstep"_s) && method == "POST";
    if (create ? !hasProject(object.value(u"projectId"_s).toInteger())
               : (caseId < 9000000001 && sharedId < 9000000001))
        return std::nullopt;

    if (failWrite > 0 && ++m_writes == failWrite) {
        failWrite = 0;
        m_writes = 0;
        return answer(500, QJsonObject{{u"message"_s, u"Internal server error"_s}});
    }
    if (!failWriteTo.isEmpty() && verb + u' ' + path == failWriteTo && --failWriteToNth == 0) {
        failWriteTo.clear();
        failWriteToNth = 1;
        return answer(500, QJsonObject{{u"message"_s, u"Internal server error"_s}});
    }
    writes.append(verb + u' ' + path);

    if (create && path == u"/api/testcase"_s) {
        if (object.value(u"name"_s).toString().isEmpty())
            return badRequest(u"name is required"_s);
        if (const QString wrong = notInProject(object.value(u"projectId"_s).toInteger(), object,
                                               object.value(u"customFields"_s).toArray());
            !wrong.isEmpty())
            return badRequest(wrong);
        Case c;
        c.id = m_nextId++;
        c.leafId = m_nextId++;
        c.projectId = object.value(u"projectId"_s).toInteger();
        c.status = m_statuses.value(1);
        c.workflow = m_workflows.value(1);
        setFields(c, object);
        c.createdDate = QDateTime::currentMSecsSinceEpoch(); // TestOps' clock: what a read-back compares with
        c.lastModifiedDate = now;
        m_cases.insert(c.id, c);
        return answer(200, overview(c));
    }
    if (create) {
        SharedStep step;
        step.id = m_nextId++;
        step.projectId = object.value(u"projectId"_s).toInteger();
        step.name = object.value(u"name"_s).toString();
        step.createdDate = QDateTime::currentMSecsSinceEpoch(); // TestOps' clock
        m_shared.insert(step.id, step);
        return answer(
            200, QJsonObject{{u"id"_s, step.id}, {u"name"_s, step.name}, {u"projectId"_s, step.projectId}});
    }
    if (sharedId) {
        SharedStep *shared = sharedStep(sharedId);
        if (!shared || shared->deleted)
            return answer(404, QJsonObject{{u"message"_s, u"Shared step not found"_s}});
        if (sharedMatch.captured(2) == u"/unarchive"_s || sharedMatch.captured(2) == u"/archive"_s) {
            shared->archived = sharedMatch.captured(2) == u"/archive"_s;
            return Answer{202, QByteArray(), QByteArray()};
        }
        if (path == u"/api/sharedstep/step"_s)
            return writeStep(nullptr, shared, object,
                             query.queryItemValue(u"withExpectedResult"_s) == u"true"_s);
        if (path == u"/api/sharedstep/attachment"_s) {
            QJsonArray rows;
            for (Attachment file : parseMultipart(body, contentType)) {
                file.id = m_nextId++;
                shared->attachments.append(file);
                rows.append(attachmentRow(file, "shared_step"));
            }
            return rows.isEmpty() ? badRequest(u"file is required"_s) : answer(200, rows);
        }
        return std::nullopt;
    }

    Case *c = testCase(caseId);
    if (!c)
        return answer(404, QJsonObject{{u"message"_s, u"Test case not found"_s}});
    const QString part = caseMatch.hasMatch() ? caseMatch.captured(2) : QString();
    if (path == u"/api/testcase/step"_s && method == "POST")
        return writeStep(c, nullptr, object, query.queryItemValue(u"withExpectedResult"_s) == u"true"_s);
    if (path == u"/api/testcase/attachment"_s && method == "POST") {
        QJsonArray rows;
        for (Attachment file : parseMultipart(body, contentType)) {
            file.id = m_nextId++;
            c->attachments.append(file);
            rows.append(attachmentRow(file, "test_case"));
        }
        if (rows.isEmpty())
            return badRequest(u"file is required"_s);
        touch(*c);
        return answer(200, rows);
    }
    if (path == u"/api/comment"_s && method == "POST") {
        const QJsonObject comment{{u"id"_s, m_nextId++},
                                  {u"body"_s, object.value(u"body"_s)},
                                  {u"createdBy"_s, u"fake.user"_s},
                                  {u"createdDate"_s, QDateTime::currentMSecsSinceEpoch()}};
        c->comments.append(comment);
        return answer(200, comment);
    }
    if (part.isEmpty() && method == "PATCH") {
        if (const QString wrong =
                notInProject(c->projectId, object, object.value(u"customFields"_s).toArray());
            !wrong.isEmpty())
            return badRequest(wrong);
        setFields(*c, object);
        touch(*c);
        return answer(200, overview(*c));
    }
    if (part == u"/restore"_s && method == "POST") {
        if (!c->deleted)
            return badRequest(u"Test case is not deleted"_s);
        c->deleted = false;
        touch(*c);
        return answer(200, overview(*c));
    }
    if (part == u"/version"_s && method == "POST") {
        versions[c->id] += 1;
        return answer(200, QJsonObject{{u"id"_s, m_nextId++}, {u"title"_s, object.value(u"title"_s)}});
    }
    if (part == u"/scenario"_s && method == "DELETE") {
        c->root.clear();
        c->steps.clear();
        touch(*c);
        return Answer{204, QByteArray(), QByteArray()};
    }
    const QJsonArray list = document.array();
    if (part == u"/cfv"_s && method == "PATCH") {
        QJsonArray flat;
        for (const QJsonValue &field : list) {
            for (const QJsonValue &value : field[u"values"_s].toArray())
                flat.append(QJsonObject{{u"id"_s, value[u"id"_s]},
                                        {u"name"_s, value[u"name"_s]},
                                        {u"customField"_s, field[u"customField"_s]}});
        }
        if (const QString wrong = notInProject(c->projectId, {}, flat); !wrong.isEmpty())
            return badRequest(wrong);
        setCustomFields(*c, flat);
        touch(*c);
        return answer(200, flat);
    }
    if (method != "POST")
        return answer(405, QJsonObject{{u"message"_s, u"Method not allowed"_s}});
    if (part == u"/relation"_s) {
        for (const QJsonValue &relation : list) {
            if (!m_cases.contains(relation[u"target"_s][u"id"_s].toInteger()))
                return badRequest(
                    u"Target test case %1 not found"_s.arg(relation[u"target"_s][u"id"_s].toInteger()));
        }
        c->relations = list;
    } else if (part == u"/example"_s) {
        QJsonArray examples;
        for (const QJsonValue &row : list)
            examples.append(QJsonObject{{u"id"_s, m_nextId++}, {u"parameters"_s, row}});
        c->examples = examples;
    } else {
        QJsonArray *into = part == u"/tag"_s       ? &c->tags
                           : part == u"/issue"_s   ? &c->issues
                           : part == u"/members"_s ? &c->members
                           : part == u"/testkey"_s ? &c->testKeys
                                                   : nullptr;
        if (!into)
            return std::nullopt;
        *into = list;
    }
    touch(*c);
    return answer(200, list);
}
