#include "TestOpsApi.h"

#include "ApiCall.h"
#include "TestOpsClient.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The columns the TestOps UI offers by default, in its order.
const char *const standardFields[] = {
    "allure_id", "name",     "full_name", "automated", "description", "precondition", "expected_result",
    "status",    "scenario", "tag",       "link",      "example",     "parameter"};

QJsonObject column(const QString &field, const QString &name) {
    QJsonObject object{{u"field"_s, field}, {u"name"_s, name}};
    if (field == u"tag"_s || field == u"link"_s || field == u"parameter"_s)
        object.insert(u"itemsSeparator"_s, u","_s);
    return object;
}

QUrlQuery pageQuery(TestOpsApi::Page page) {
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page.page));
    query.addQueryItem(u"size"_s, QString::number(page.size));
    return query;
}

QList<TestOpsApi::Node> nodesOf(const QJsonValue &value) {
    const QJsonArray items =
        value.isArray() ? value.toArray() : value.toObject().value(u"content"_s).toArray();
    QList<TestOpsApi::Node> nodes;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        TestOpsApi::Node node;
        node.id = object.value(u"id"_s).toInteger();
        node.name = object.value(u"name"_s).toString();
        node.isGroup = object.value(u"type"_s).toString(u"GROUP"_s) != u"LEAF"_s;
        node.count = object.value(u"count"_s).toInteger(-1);
        if (node.id > 0)
            nodes.append(node);
    }
    return nodes;
}

} // namespace

TestOpsApi::TestOpsApi(TestOpsClient *client)
    : m_client(client) {}

ApiCall *TestOpsApi::countTestCases(const ExportGroup &group) {
    return m_client->postQuery(u"/api/v2/test-case/bulk/count"_s,
                               QJsonObject{{u"selection"_s, selection(group)}});
}

ApiCall *TestOpsApi::createExport(const ExportGroup &group, const QList<ExtraColumn> &extraColumns,
                                  char separator) {
    return m_client->post(u"/api/v2/test-case/bulk/export/csv"_s,
                          exportRequest(group, extraColumns, separator));
}

ApiCall *TestOpsApi::exportJob(qint64 jobId) {
    return m_client->get(u"/api/export/%1"_s.arg(jobId));
}

ApiCall *TestOpsApi::downloadExport(qint64 jobId, QIODevice *sink) {
    return m_client->download(u"/api/export/download/%1"_s.arg(jobId), sink);
}

ApiCall *TestOpsApi::deleteExport(qint64 jobId) {
    return m_client->deleteResource(u"/api/export/%1"_s.arg(jobId));
}

ApiCall *TestOpsApi::currentUser() {
    return m_client->get(u"/api/uaa/account/me"_s);
}

ApiCall *TestOpsApi::project(qint64 projectId) {
    return m_client->get(u"/api/project/%1"_s.arg(projectId));
}

ApiCall *TestOpsApi::projects(Page page) {
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(u"sort"_s, u"name,ASC"_s);
    return m_client->get(u"/api/project"_s, query);
}

ApiCall *TestOpsApi::trees(qint64 projectId, Page page) {
    QUrlQuery query = pageQuery(page);
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    return m_client->get(u"/api/v2/tree"_s, query);
}

ApiCall *TestOpsApi::treeNodes(qint64 projectId, qint64 treeId, qint64 parentNodeId, int size) {
    QUrlQuery query;
    query.addQueryItem(u"treeId"_s, QString::number(treeId));
    if (parentNodeId > 0)
        query.addQueryItem(u"parentNodeId"_s, QString::number(parentNodeId));
    query.addQueryItem(u"size"_s, QString::number(size));
    return m_client->get(u"/api/v2/project/%1/test-case/tree/tree-node"_s.arg(projectId), query);
}

ApiCall *TestOpsApi::treeNodePage(qint64 projectId, qint64 treeId, qint64 parentNodeId, int page, int size) {
    QUrlQuery query = pageQuery({page, size});
    query.addQueryItem(u"treeId"_s, QString::number(treeId));
    query.addQueryItem(u"parentNodeId"_s, QString::number(parentNodeId));
    return m_client->get(u"/api/v2/project/%1/test-case/tree/tree-node"_s.arg(projectId), query);
}

ApiCall *TestOpsApi::caseOverview(qint64 testCaseId) {
    return m_client->get(u"/api/testcase/%1/overview"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::caseScenario(qint64 testCaseId) {
    return m_client->get(u"/api/testcase/%1/step"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::caseAttachments(qint64 testCaseId, int page) {
    QUrlQuery query = pageQuery({page, casePageSize});
    query.addQueryItem(u"testCaseId"_s, QString::number(testCaseId));
    query.addQueryItem(u"sort"_s, u"id,ASC"_s);
    return m_client->get(u"/api/testcase/attachment"_s, query);
}

ApiCall *TestOpsApi::caseRelations(qint64 testCaseId) {
    return m_client->get(u"/api/testcase/%1/relation"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::caseComments(qint64 testCaseId, int page) {
    QUrlQuery query = pageQuery({page, casePageSize});
    query.addQueryItem(u"testCaseId"_s, QString::number(testCaseId));
    query.addQueryItem(u"sort"_s, u"createdDate,ASC"_s);
    return m_client->get(u"/api/comment"_s, query);
}

ApiCall *TestOpsApi::sharedStep(qint64 sharedStepId) {
    return m_client->get(u"/api/sharedstep/%1"_s.arg(sharedStepId));
}

ApiCall *TestOpsApi::sharedStepScenario(qint64 sharedStepId) {
    return m_client->get(u"/api/sharedstep/%1/step"_s.arg(sharedStepId));
}

ApiCall *TestOpsApi::attachmentContent(qint64 attachmentId, bool ofSharedStep, QIODevice *sink,
                                       bool mayBeHtml) {
    return m_client->download(
        (ofSharedStep ? u"/api/sharedstep/attachment/%1/content"_s : u"/api/testcase/attachment/%1/content"_s)
            .arg(attachmentId),
        sink, true, mayBeHtml);
}

bool TestOpsApi::readTreePage(const QJsonDocument &answer, QList<Node> *groups, QList<Leaf> *leaves,
                              bool *last) {
    const QJsonObject object = answer.object();
    const QJsonValue children = object.value(u"children"_s);
    const QJsonObject page = children.isObject() ? children.toObject() : object;
    if (!page.value(u"content"_s).isArray())
        return false;
    *last = page.value(u"last"_s).toBool(true);
    for (const QJsonValue &value : page.value(u"content"_s).toArray()) {
        const QJsonObject node = value.toObject();
        const qint64 testCaseId = node.value(u"testCaseId"_s).toInteger();
        if (node.value(u"type"_s).toString() == u"LEAF"_s || testCaseId > 0)
            leaves->append({testCaseId, node.value(u"name"_s).toString(),
                            node.value(u"lastModifiedDate"_s).toInteger()});
        else
            groups->append({node.value(u"id"_s).toInteger(), node.value(u"name"_s).toString(), true,
                            node.value(u"count"_s).toInteger(-1)});
    }
    return true;
}

QJsonArray TestOpsApi::readRows(const QJsonDocument &answer, bool *last) {
    if (answer.isArray()) {
        *last = true;
        return answer.array();
    }
    *last = answer.object().value(u"last"_s).toBool(true);
    return answer.object().value(u"content"_s).toArray();
}

ApiCall *TestOpsApi::casePaths(qint64 treeId, qint64 testCaseId) {
    QUrlQuery query;
    query.addQueryItem(u"treeId"_s, QString::number(treeId));
    query.addQueryItem(u"testCaseId"_s, QString::number(testCaseId));
    return m_client->get(u"/api/testcasetree/paths"_s, query);
}

ApiCall *TestOpsApi::addScenarioStep(qint64 ownerId, bool ofSharedStep, QJsonObject step,
                                     bool withExpectedResult) {
    step.insert(ofSharedStep ? u"sharedStepId"_s : u"testCaseId"_s, ownerId);
    QUrlQuery query;
    if (withExpectedResult)
        query.addQueryItem(u"withExpectedResult"_s, u"true"_s);
    return m_client->write("POST", ofSharedStep ? u"/api/sharedstep/step"_s : u"/api/testcase/step"_s, query,
                           QJsonDocument(step).toJson(QJsonDocument::Compact));
}

ApiCall *TestOpsApi::clearScenario(qint64 testCaseId) {
    return m_client->write("DELETE", u"/api/testcase/%1/scenario"_s.arg(testCaseId), {}, QByteArray());
}

ApiCall *TestOpsApi::uploadAttachments(qint64 ownerId, bool ofSharedStep, const QList<UploadFile> &files) {
    const QByteArray boundary =
        "testops-export-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body;
    for (const UploadFile &file : files) {
        // The file name as a browser sends it (UTF-8, in quotes); one that quotes cannot carry (a '"', '\\',
        // CR, LF or another control character) also as RFC 5987's filename*, which TestOps' server (Spring,
        // Tomcat) prefers, so the name comes back as it was; a content type only as type/subtype tokens.
        const QByteArray utf8 = file.name.toUtf8();
        QByteArray name = utf8;
        name.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        });
        if (!plain)
            name.replace('\\', "%5C");
        QByteArray disposition = "form-data; name=\"file\"; filename=\"" + name + '"';
        if (!plain)
            disposition += "; filename*=UTF-8''" + utf8.toPercentEncoding("!#$&+-.^_`|~");
        static const QRegularExpression token(u"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"_s);
        const QByteArray type = token.match(file.contentType).hasMatch()
                                    ? file.contentType.toLatin1()
                                    : QByteArray("application/octet-stream");
        body += "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type +
                "\r\n\r\n" + file.bytes + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    QUrlQuery query;
    query.addQueryItem(ofSharedStep ? u"sharedStepId"_s : u"testCaseId"_s, QString::number(ownerId));
    return m_client->write("POST",
                           ofSharedStep ? u"/api/sharedstep/attachment"_s : u"/api/testcase/attachment"_s,
                           query, body, "multipart/form-data; boundary=" + boundary);
}

ApiCall *TestOpsApi::setCustomFieldValues(qint64 testCaseId, const QJsonArray &byField) {
    return m_client->write("PATCH", u"/api/testcase/%1/cfv"_s.arg(testCaseId), {},
                           QJsonDocument(byField).toJson(QJsonDocument::Compact));
}

ApiCall *TestOpsApi::setCaseList(qint64 testCaseId, const QString &list, const QJsonArray &items) {
    return m_client->write("POST", u"/api/testcase/%1/%2"_s.arg(testCaseId).arg(list), {},
                           QJsonDocument(items).toJson(QJsonDocument::Compact));
}

ApiCall *TestOpsApi::postComment(qint64 testCaseId, const QString &body) {
    return m_client->post(u"/api/comment"_s, {{u"testCaseId"_s, testCaseId}, {u"body"_s, body}});
}

ApiCall *TestOpsApi::createSharedStep(qint64 projectId, const QString &name) {
    return m_client->post(u"/api/sharedstep"_s, {{u"projectId"_s, projectId}, {u"name"_s, name}});
}

ApiCall *TestOpsApi::archiveSharedStep(qint64 sharedStepId) {
    return m_client->postEmpty(u"/api/sharedstep/%1/archive"_s.arg(sharedStepId));
}

ApiCall *TestOpsApi::unarchiveSharedStep(qint64 sharedStepId) {
    return m_client->postEmpty(u"/api/sharedstep/%1/unarchive"_s.arg(sharedStepId));
}

ApiCall *TestOpsApi::deletedTestCases(qint64 projectId, int page) {
    QUrlQuery query = pageQuery({page, 100});
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    query.addQueryItem(u"sort"_s, u"id,ASC"_s);
    return m_client->get(u"/api/testcase/deleted"_s, query);
}

ApiCall *TestOpsApi::projectWorkflows(qint64 projectId, int page) {
    QUrlQuery query = pageQuery({page, 100});
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    return m_client->get(u"/api/workflowschema"_s, query);
}

ApiCall *TestOpsApi::testLayers(int page) {
    return m_client->get(u"/api/testlayer"_s, pageQuery({page, 100}));
}

ApiCall *TestOpsApi::projectCustomFields(qint64 projectId, int page) {
    return m_client->get(u"/api/project/%1/cf"_s.arg(projectId), pageQuery({page, 100}));
}

ApiCall *TestOpsApi::projectCustomFieldValues(qint64 projectId, qint64 customFieldId, int page) {
    QUrlQuery query = pageQuery({page, casePageSize});
    query.addQueryItem(u"customFieldId"_s, QString::number(customFieldId)); // required
    return m_client->get(u"/api/project/%1/cfv"_s.arg(projectId), query);
}

ApiCall *TestOpsApi::sharedSteps(qint64 projectId, const QString &search, int page) {
    QUrlQuery query = pageQuery({page, 100});
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    query.addQueryItem(u"search"_s, search);
    query.addQueryItem(u"sort"_s, u"id,DESC"_s);
    return m_client->get(u"/api/sharedstep"_s, query);
}

ApiCall *TestOpsApi::testCase(qint64 testCaseId) {
    return m_client->get(u"/api/testcase/%1"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::restoreTestCase(qint64 testCaseId) {
    return m_client->postEmpty(u"/api/testcase/%1/restore"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::patchTestCase(qint64 testCaseId, const QJsonObject &fields) {
    return m_client->patch(u"/api/testcase/%1"_s.arg(testCaseId), fields);
}

ApiCall *TestOpsApi::createTestCase(qint64 projectId, QJsonObject fields) {
    fields.insert(u"projectId"_s, projectId);
    return m_client->post(u"/api/testcase"_s, fields);
}

ApiCall *TestOpsApi::saveTestCaseVersion(qint64 testCaseId, const QString &title) {
    return m_client->post(u"/api/testcase/%1/version"_s.arg(testCaseId), QJsonObject{{u"title"_s, title}});
}

ApiCall *TestOpsApi::testCaseVersions(qint64 testCaseId) {
    return m_client->get(u"/api/testcase/%1/version"_s.arg(testCaseId));
}

ApiCall *TestOpsApi::newestTestCases(qint64 projectId, int size) {
    QUrlQuery query = pageQuery({0, size});
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    query.addQueryItem(u"sort"_s, u"createdDate,DESC"_s);
    return m_client->get(u"/api/testcase"_s, query);
}

ApiCall *TestOpsApi::cleanerRules(qint64 projectId, int page) {
    QUrlQuery query;
    if (projectId > 0)
        query.addQueryItem(u"projectId"_s, QString::number(projectId));
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"sort"_s, u"id,ASC"_s); // a stable order across pages
    return m_client->get(projectId > 0 ? u"/api/cleanerschema"_s : u"/api/cleanerschema/global"_s, query);
}

ApiCall *TestOpsApi::createCleanerRule(const CleanerRule &rule) {
    return m_client->post(u"/api/cleanerschema"_s, cleanerRuleBody(rule));
}

ApiCall *TestOpsApi::changeCleanerRuleDelay(qint64 ruleId, qint64 delayHours) {
    return m_client->patch(u"/api/cleanerschema/%1"_s.arg(ruleId), QJsonObject{{u"delay"_s, delayHours}});
}

ApiCall *TestOpsApi::deleteCleanerRule(qint64 ruleId) {
    return m_client->deleteResource(u"/api/cleanerschema/%1"_s.arg(ruleId));
}

ApiCall *TestOpsApi::runCleanup(CleanupRun run) {
    switch (run) {
    case CleanupRun::ProjectRules:
        return m_client->postEmpty(u"/api/cleanup/scheduler/cleaner_schema_project"_s);
    case CleanupRun::GlobalRules:
        return m_client->postEmpty(u"/api/cleanup/scheduler/cleaner_schema_global"_s);
    case CleanupRun::BlobRemoval:
        break;
    }
    return m_client->postEmpty(u"/api/cleanup/scheduler/blob_remove_task"_s);
}

ApiCall *TestOpsApi::permissions(qint64 projectId) {
    QUrlQuery query;
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    return m_client->get(u"/api/permission"_s, query);
}

ApiCall *TestOpsApi::launchClose(qint64 projectId) {
    QUrlQuery query;
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    return m_client->get(u"/api/projectsettings/launchclose"_s, query);
}

QList<TestOpsApi::CleanerRule> TestOpsApi::readCleanerRules(const QJsonDocument &answer, bool *last) {
    const QJsonArray items =
        answer.isArray() ? answer.array() : answer.object().value(u"content"_s).toArray();
    *last = answer.isArray() || answer.object().value(u"last"_s).toBool(true) || items.isEmpty();
    QList<CleanerRule> rules;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        CleanerRule rule{object.value(u"id"_s).toInteger(), object.value(u"projectId"_s).toInteger(),
                         object.value(u"target"_s).toString().toLower(),
                         object.value(u"status"_s).toString().toLower(),
                         object.value(u"delay"_s).toInteger(-1)};
        if (rule.id > 0 && !rule.target.isEmpty() && !rule.status.isEmpty() && rule.delayHours >= 0)
            rules.append(rule);
    }
    return rules;
}

QStringList TestOpsApi::readPermissions(const QJsonDocument &answer) {
    QStringList permissions;
    for (const QJsonValue &item : answer.array())
        permissions.append(item.isString() ? item.toString() : item.toObject().value(u"name"_s).toString());
    return permissions;
}

TestOpsApi::LaunchClose TestOpsApi::readLaunchClose(const QJsonDocument &answer) {
    const QJsonObject object = answer.object();
    LaunchClose close;
    close.known = answer.isObject();
    close.finishedTimeout = object.value(u"timeoutForFinishedLaunches"_s).toInteger();
    close.inProgressTimeout = object.value(u"timeoutForInProgressLaunches"_s).toInteger();
    close.filter = object.value(u"autoCloseFilter"_s).toString();
    return close;
}

QJsonObject TestOpsApi::cleanerRuleBody(const CleanerRule &rule) {
    QJsonObject body{{u"target"_s, rule.target}, {u"status"_s, rule.status}, {u"delay"_s, rule.delayHours}};
    if (rule.projectId > 0)
        body.insert(u"projectId"_s, rule.projectId);
    return body;
}

std::optional<qint64> TestOpsApi::readCount(const QJsonDocument &answer) {
    const QJsonValue total = answer.object().value(u"total"_s);
    if (total.isDouble() && total.toDouble() >= 0)
        return total.toInteger();
    return std::nullopt;
}

TestOpsApi::ExportJob TestOpsApi::readExportJob(const QJsonDocument &answer) {
    const QJsonObject object = answer.object();
    ExportJob job;
    job.id = qMax<qint64>(0, object.value(u"id"_s).toInteger());
    const QString status = object.value(u"status"_s).toString();
    job.state = status == u"ready"_s    ? ExportJob::State::Ready
                : status == u"failed"_s ? ExportJob::State::Failed
                                        : ExportJob::State::Preparing;
    job.errorMessage = object.value(u"errorMessage"_s).toString();
    return job;
}

QString TestOpsApi::readUserName(const QJsonDocument &answer) {
    const QJsonObject me = answer.object();
    return me.value(u"username"_s).toString(me.value(u"name"_s).toString());
}

QString TestOpsApi::readName(const QJsonDocument &answer) {
    return answer.object().value(u"name"_s).toString();
}

QList<TestOpsApi::Node> TestOpsApi::readNodes(const QJsonDocument &answer, bool *last) {
    const QJsonValue body = answer.isArray() ? QJsonValue(answer.array()) : QJsonValue(answer.object());
    if (last)
        *last = body.isArray() || body.toObject().value(u"last"_s).toBool(true);
    return nodesOf(body);
}

QList<TestOpsApi::Node> TestOpsApi::readChildren(const QJsonDocument &answer) {
    // {id, name, children: Page of nodes}; some servers answer the page of children directly.
    const QJsonObject object = answer.object();
    QList<Node> nodes = answer.isArray()                 ? nodesOf(answer.array())
                        : object.contains(u"children"_s) ? nodesOf(object.value(u"children"_s))
                                                         : nodesOf(object);
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const Node &a, const Node &b) { return a.isGroup && !b.isGroup; });
    return nodes;
}

QJsonObject TestOpsApi::selection(const ExportGroup &group) {
    return {{u"projectId"_s, group.projectId},
            {u"treeId"_s, group.treeId},
            {u"groupsInclude"_s, QJsonArray{group.groupId}},
            {u"groupsExclude"_s, QJsonArray()},
            {u"testCasesInclude"_s, QJsonArray()},
            {u"testCasesExclude"_s, QJsonArray()},
            {u"inverted"_s, false},
            {u"deleted"_s, false}};
}

QJsonObject TestOpsApi::exportRequest(const ExportGroup &group, const QList<ExtraColumn> &extraColumns,
                                      char separator) {
    QJsonArray mapping;
    for (const char *field : standardFields)
        mapping.append(column(QString::fromLatin1(field), QString::fromLatin1(field)));
    for (const ExtraColumn &extra : extraColumns) {
        QJsonObject object{
            {u"field"_s, extra.field}, {u"name"_s, extra.header}, {u"itemsSeparator"_s, u","_s}};
        const QString idKey = extra.field == u"custom_field"_s ? u"customFieldId"_s
                              : extra.field == u"role"_s       ? u"roleId"_s
                                                               : u"integrationId"_s;
        object.insert(idKey, extra.id);
        mapping.append(object);
    }
    return {{u"selection"_s, selection(group)},
            {u"mapping"_s, mapping},
            {u"columnSeparator"_s, QString(QLatin1Char(separator))},
            {u"includeHeaders"_s, true}, // the UI's name
            {u"withHeaders"_s, true},    // the spec's name
            {u"name"_s, group.name + u".csv"_s}};
}
