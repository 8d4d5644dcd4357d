#include "FakeCaseModel.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
QByteArray compact(const QJsonValue &value) {
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// A Spring page of `all`.
QJsonObject page(const QJsonArray &all, int number, int size) {
    QJsonArray content;
    for (qsizetype i = qsizetype(number) * size; i < all.size() && i < qsizetype(number + 1) * size; ++i)
        content.append(all[i]);
    const qsizetype pages = size > 0 ? (all.size() + size - 1) / size : 1;
    return {{u"content"_s, content},
            {u"totalElements"_s, all.size()},
            {u"totalPages"_s, pages},
            {u"number"_s, number},
            {u"size"_s, size},
            {u"numberOfElements"_s, content.size()},
            {u"first"_s, number == 0},
            {u"last"_s, number + 1 >= pages},
            {u"empty"_s, content.isEmpty()}};
}

// Bytes that do not compress, as pictures and archives do not: a xorshift stream seeded by the id.
QByteArray noise(qint64 seed, int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 x = quint64(seed) * 0x9E3779B97F4A7C15ull + 1;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

FakeCaseModel::Answer notFound(const QString &what) {
    return {404, compact(QJsonObject{{u"message"_s, what + u" not found"_s}}), "application/json"};
}
} // namespace

QList<qint64> FakeCaseModel::addGroup(qint64 projectId, qint64 treeId, qint64 groupId, const QString &name,
                                      int cases, const Shape &shape) {
    m_nodes.insert(groupId, {groupId, projectId, treeId, 0, name, 600000000 + groupId});
    addCustomFieldValue(projectId, treeFieldId, u"Suite"_s, 600000000 + groupId, name);
    QList<qint64> nodes{groupId};
    for (int s = 0; s < shape.subGroups; ++s) {
        const qint64 sub = groupId * 10 + s + 1;
        const QString subName = u"%1 / part %2"_s.arg(name).arg(s + 1);
        m_nodes.insert(sub, {sub, projectId, treeId, groupId, subName, 600000000 + sub});
        addCustomFieldValue(projectId, treeFieldId, u"Suite"_s, 600000000 + sub, subName);
        nodes.append(sub);
    }
    m_catalogues[projectId].workflows.insert(1);
    QList<qint64> shared;
    for (const SharedStep &existing : std::as_const(m_shared)) {
        if (existing.projectId == projectId)
            shared.append(existing.id);
    }
    for (qsizetype s = shared.size(); s < shape.sharedSteps; ++s) {
        SharedStep step;
        step.id = m_nextId++;
        step.projectId = projectId;
        step.name = u"Log in as %1"_s.arg(s == 0 ? u"admin"_s : u"user %1"_s.arg(s));
        // Its own scenario as a case's: a step with a nested one, a step with an expected result.
        const auto add = [this, &step](const QString &body, QList<qint64> children, qint64 expected) {
            const Step made{m_nextId++, body, std::move(children), expected, 0, 0};
            step.steps.insert(made.id, made);
            return made.id;
        };
        const qint64 cookies = add(u"Accept the cookies"_s, {}, 0);
        step.root.append(add(u"Open the login page"_s, {cookies}, 0));
        const qint64 dashboard = add(u"The dashboard opens"_s, {}, 0);
        const qint64 result = add(QString(), {dashboard}, 0);
        step.root.append(add(u"Enter the password"_s, {}, result));
        Attachment screen{m_nextId++, u"login.png"_s, u"image/png"_s, noise(step.id, 2048), false};
        step.attachments.append(screen);
        Step shot{m_nextId++, {}, {}, 0, screen.id, 0};
        step.steps.insert(shot.id, shot);
        step.root.append(shot.id);
        m_shared.insert(step.id, step);
        shared.append(step.id);
    }

    QList<qint64> ids;
    for (int n = 0; n < cases; ++n) {
        Case c;
        c.id = m_nextId++;
        c.leafId = m_nextId++;
        c.projectId = projectId;
        c.treeId = treeId;
        c.nodeId = nodes[n % nodes.size()];
        c.name = u"%1: case %2"_s.arg(name).arg(n + 1);
        c.description = u"Checks **%1**, line %2."_s.arg(name).arg(n + 1);
        c.precondition = u"A user exists"_s;
        c.expectedResult = u"It works"_s;
        c.automated = n % 3 == 0;
        c.status = {{u"id"_s, 1}, {u"name"_s, u"Active"_s}, {u"color"_s, u"#00ff00"_s}};
        c.workflow = {{u"id"_s, 1}, {u"name"_s, u"Default"_s}};
        c.layer = {{u"id"_s, 2}, {u"name"_s, u"UI"_s}};
        c.tags = {QJsonObject{{u"id"_s, 11}, {u"name"_s, u"smoke"_s}}};
        c.links = {QJsonObject{
            {u"name"_s, u"spec"_s}, {u"type"_s, u"link"_s}, {u"url"_s, u"https://wiki.example/%1"_s.arg(n)}}};
        c.issues = {
            QJsonObject{{u"id"_s, 100 + n}, {u"name"_s, u"JIRA-%1"_s.arg(n)}, {u"integrationId"_s, 1}}};
        c.members = {QJsonObject{{u"id"_s, 7},
                                 {u"name"_s, u"alice"_s},
                                 {u"role"_s, QJsonObject{{u"id"_s, -1}, {u"name"_s, u"Owner"_s}}}}};
        const Node &node = m_nodes[c.nodeId];
        c.customFields = {
            QJsonObject{{u"id"_s, 500 + n % 4},
                        {u"name"_s, u"Team %1"_s.arg(n % 4)},
                        {u"customField"_s, QJsonObject{{u"id"_s, 5}, {u"name"_s, u"Team"_s}}}},
            QJsonObject{{u"id"_s, node.valueId},
                        {u"name"_s, node.name},
                        {u"customField"_s, QJsonObject{{u"id"_s, treeFieldId}, {u"name"_s, u"Suite"_s}}}}};
        c.parameters = {QJsonObject{{u"name"_s, u"browser"_s}}};
        c.examples = {QJsonObject{{u"id"_s, c.id * 10},
                                  {u"parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"browser"_s},
                                                                           {u"value"_s, u"firefox"_s}}}}}};
        c.testKeys = {
            QJsonObject{{u"id"_s, 30 + n}, {u"name"_s, u"KEY-%1"_s.arg(n)}, {u"integrationId"_s, 1}}};
        c.comments = {QJsonObject{{u"id"_s, c.id * 10 + 1},
                                  {u"body"_s, u"Reviewed"_s},
                                  {u"createdBy"_s, u"bob"_s},
                                  {u"createdDate"_s, now - 86400000}}};
        if (!ids.isEmpty() && n % 5 == 1)
            c.relations = {QJsonObject{
                {u"id"_s, c.id * 10 + 2},
                {u"target"_s, QJsonObject{{u"id"_s, ids.last()}, {u"name"_s, m_cases[ids.last()].name}}},
                {u"type"_s, u"related to"_s}}};
        for (int a = 0; a < shape.attachments; ++a) {
            const int size =
                shape.attachmentBytes / 2 + int((c.id * 7919 + a * 104729) % qMax(1, shape.attachmentBytes));
            c.attachments.append({m_nextId++, u"screen-%1.png"_s.arg(a + 1), u"image/png"_s,
                                  noise(c.id * 31 + a, size), false});
        }
        // The scenario: a step with an expected result, a step with two nested ones, an attachment step, a
        // shared step, and plain steps up to the shape's count.
        const auto add = [&](Step step, QList<qint64> *into) {
            step.id = m_nextId++;
            c.steps.insert(step.id, step);
            into->append(step.id);
            return step.id;
        };
        int made = 0;
        const qint64 lineId = m_nextId++;
        c.steps.insert(lineId, Step{lineId, u"The page shows the form"_s, {}, 0, 0, 0});
        const qint64 resultId = m_nextId++; // an expected result: reached by expectedResultId, not in root
        c.steps.insert(resultId, Step{resultId, QString(), {lineId}, 0, 0, 0});
        add(Step{0, u"Open the page %1"_s.arg(n + 1), {}, resultId, 0, 0}, &c.root);
        ++made;
        if (shape.steps > 1) {
            Step parent{0, u"Fill the form"_s, {}, 0, 0, 0};
            add(Step{0, u"Type the name"_s, {}, 0, 0, 0}, &parent.children);
            add(Step{0, u"Type the e-mail"_s, {}, 0, 0, 0}, &parent.children);
            add(parent, &c.root);
            made += 3;
        }
        if (!c.attachments.isEmpty() && made < shape.steps) {
            add(Step{0, {}, {}, 0, c.attachments.first().id, 0}, &c.root);
            ++made;
        }
        if (!shared.isEmpty() && made < shape.steps) {
            add(Step{0, {}, {}, 0, 0, shared[n % shared.size()]}, &c.root);
            ++made;
        }
        while (made < shape.steps)
            add(Step{0, u"Step %1"_s.arg(++made), {}, 0, 0, 0}, &c.root);
        addCustomFieldValue(projectId, 5, u"Team"_s, 500 + n % 4, u"Team %1"_s.arg(n % 4));
        m_statuses.insert(c.status[u"id"_s].toInteger(), c.status);
        m_workflows.insert(c.workflow[u"id"_s].toInteger(), c.workflow);
        m_layers.insert(c.layer[u"id"_s].toInteger(), c.layer);
        c.createdDate = now - 30LL * 86400000;
        c.lastModifiedDate = now - 86400000 + n;
        m_cases.insert(c.id, c);
        ids.append(c.id);
    }
    return ids;
}

qint64 FakeCaseModel::countUnder(qint64 nodeId) const {
    return casesUnder(nodeId).size();
}

QList<qint64> FakeCaseModel::casesUnder(qint64 nodeId) const {
    QList<qint64> ids;
    for (const Case &c : m_cases) {
        if (c.deleted)
            continue;
        for (qint64 node = c.nodeId; node != 0; node = m_nodes.value(node).parentId) {
            if (node == nodeId) {
                ids.append(c.id);
                break;
            }
        }
    }
    return ids;
}

FakeCaseModel::Case *FakeCaseModel::testCase(qint64 id) {
    auto it = m_cases.find(id);
    return it == m_cases.end() ? nullptr : &it.value();
}

FakeCaseModel::SharedStep *FakeCaseModel::sharedStep(qint64 id) {
    auto it = m_shared.find(id);
    return it == m_shared.end() ? nullptr : &it.value();
}

void FakeCaseModel::touch(Case &c) {
    now += 60000;
    c.lastModifiedDate = now;
}

void FakeCaseModel::rename(qint64 caseId, const QString &name) {
    if (Case *c = testCase(caseId)) {
        c->name = name;
        touch(*c);
    }
}

void FakeCaseModel::rewriteSteps(qint64 caseId, const QStringList &bodies) {
    Case *c = testCase(caseId);
    if (!c)
        return;
    c->root.clear();
    c->steps.clear();
    for (const QString &body : bodies) {
        const Step step{m_nextId++, body, {}, 0, 0, 0};
        c->steps.insert(step.id, step);
        c->root.append(step.id);
    }
    touch(*c);
}

void FakeCaseModel::removeAttachment(qint64 caseId, qint64 attachmentId) {
    Case *c = testCase(caseId);
    if (!c)
        return;
    c->attachments.removeIf([attachmentId](const Attachment &a) { return a.id == attachmentId; });
    for (Step &step : c->steps) {
        if (step.attachmentId == attachmentId)
            step.attachmentId = 0;
    }
    touch(*c);
}

void FakeCaseModel::replaceAttachmentBytes(qint64 attachmentId, const QByteArray &bytes, bool touchCase) {
    for (Case &c : m_cases) {
        for (Attachment &a : c.attachments) {
            if (a.id == attachmentId) {
                a.bytes = bytes;
                if (touchCase)
                    touch(c);
            }
        }
    }
}

qint64 FakeCaseModel::addAttachment(qint64 caseId, const QString &name, const QByteArray &bytes,
                                    const QString &contentType) {
    Case *c = testCase(caseId);
    if (!c)
        return 0;
    const qint64 id = m_nextId++;
    c->attachments.append({id, name, contentType, bytes, false});
    touch(*c);
    return id;
}

void FakeCaseModel::forceDelete(qint64 caseId) {
    m_cases.remove(caseId);
}

void FakeCaseModel::softDelete(qint64 caseId) {
    if (Case *c = testCase(caseId)) {
        c->deleted = true;
        touch(*c);
    }
}

void FakeCaseModel::deleteSharedStep(qint64 sharedStepId) {
    m_shared.remove(sharedStepId);
}

QJsonObject FakeCaseModel::stepJson(const Step &step, qint64 owner, bool shared) {
    QJsonObject json{{u"id"_s, step.id}};
    if (!step.body.isEmpty())
        json.insert(u"body"_s, step.body);
    if (!step.children.isEmpty()) {
        QJsonArray children;
        for (qint64 child : step.children)
            children.append(child);
        json.insert(u"children"_s, children);
    }
    if (step.expectedResultId)
        json.insert(u"expectedResultId"_s, step.expectedResultId);
    if (step.attachmentId)
        json.insert(u"attachmentId"_s, step.attachmentId);
    if (step.sharedStepId)
        json.insert(u"sharedStepId"_s, step.sharedStepId);
    if (!shared)
        json.insert(u"testCaseId"_s, owner);
    return json;
}

QJsonObject FakeCaseModel::attachmentRow(const Attachment &a, const char *entity) {
    QJsonObject row{{u"id"_s, a.id},
                    {u"name"_s, a.name},
                    {u"contentType"_s, a.contentType},
                    {u"contentLength"_s, qint64(a.bytes.size())},
                    {u"entity"_s, QString::fromLatin1(entity)}};
    if (a.missed)
        row.insert(u"missed"_s, true);
    return row;
}

QJsonObject FakeCaseModel::overview(const Case &c) const {
    return {{u"id"_s, c.id},
            {u"projectId"_s, c.projectId},
            {u"name"_s, c.name},
            {u"fullName"_s, u"tests.%1"_s.arg(c.id)},
            {u"description"_s, c.description},
            {u"precondition"_s, c.precondition},
            {u"expectedResult"_s, c.expectedResult},
            {u"automated"_s, c.automated},
            {u"external"_s, false},
            {u"deleted"_s, c.deleted},
            {u"style"_s, u"regular"_s},
            {u"status"_s, c.status},
            {u"workflow"_s, c.workflow},
            {u"layer"_s, c.layer},
            {u"tags"_s, c.tags},
            {u"links"_s, c.links},
            {u"issues"_s, c.issues},
            {u"members"_s, c.members},
            {u"customFields"_s, c.customFields},
            {u"parameters"_s, c.parameters},
            {u"examples"_s, c.examples},
            {u"testKeys"_s, c.testKeys},
            {u"createdBy"_s, u"alice"_s},
            {u"createdDate"_s, c.createdDate},
            {u"lastModifiedBy"_s, u"alice"_s},
            {u"lastModifiedDate"_s, c.lastModifiedDate}};
}

QJsonObject FakeCaseModel::sharedScenario(const SharedStep &shared) {
    QJsonArray root;
    for (qint64 id : shared.root)
        root.append(id);
    QJsonObject steps, attachments;
    for (const Step &step : shared.steps)
        steps.insert(QString::number(step.id), stepJson(step, shared.id, true));
    for (const Attachment &a : shared.attachments)
        attachments.insert(QString::number(a.id), attachmentRow(a, "shared_step"));
    return QJsonObject{{u"root"_s, QJsonObject{{u"children"_s, root}}},
                       {u"scenarioSteps"_s, steps},
                       {u"attachments"_s, attachments}};
}

QJsonObject FakeCaseModel::scenario(const Case &c) const {
    QJsonArray root;
    for (qint64 id : c.root)
        root.append(id);
    QJsonObject steps, attachments, sharedSteps, sharedStepSteps, sharedAttachments;
    for (const Step &step : c.steps) {
        steps.insert(QString::number(step.id), stepJson(step, c.id, false));
        if (step.attachmentId)
            if (const Attachment *a = attachment(step.attachmentId, false))
                attachments.insert(QString::number(a->id), attachmentRow(*a, "test_case"));
        if (!step.sharedStepId || !m_shared.contains(step.sharedStepId))
            continue; // a shared step deleted since: the step still names it, the server returns nothing
        const SharedStep &shared = m_shared[step.sharedStepId];
        QJsonArray children;
        for (qint64 id : shared.root)
            children.append(id);
        sharedSteps.insert(QString::number(shared.id), QJsonObject{{u"id"_s, shared.id},
                                                                   {u"body"_s, shared.name},
                                                                   {u"archived"_s, shared.archived},
                                                                   {u"children"_s, children}});
        for (const Step &line : shared.steps)
            sharedStepSteps.insert(QString::number(line.id), stepJson(line, shared.id, true));
        for (const Attachment &a : shared.attachments)
            sharedAttachments.insert(QString::number(a.id), attachmentRow(a, "shared_step"));
    }
    return {{u"root"_s, QJsonObject{{u"children"_s, root}}},
            {u"scenarioSteps"_s, steps},
            {u"attachments"_s, attachments},
            {u"sharedSteps"_s, sharedSteps},
            {u"sharedStepScenarioSteps"_s, sharedStepSteps},
            {u"sharedStepAttachments"_s, sharedAttachments}};
}

const FakeCaseModel::Attachment *FakeCaseModel::attachment(qint64 id, bool shared) const {
    if (shared) {
        for (const SharedStep &step : m_shared)
            for (const Attachment &a : step.attachments)
                if (a.id == id)
                    return &a;
        return nullptr;
    }
    for (const Case &c : m_cases)
        for (const Attachment &a : c.attachments)
            if (a.id == id)
                return &a;
    return nullptr;
}

QJsonObject FakeCaseModel::treeNode(qint64 projectId, qint64 treeId, qint64 parent, int number,
                                    int size) const {
    QJsonArray children;
    for (const Node &node : m_nodes) {
        if (node.parentId == parent && node.projectId == projectId && node.treeId == treeId)
            children.append(QJsonObject{{u"id"_s, node.id},
                                        {u"name"_s, node.name},
                                        {u"type"_s, u"GROUP"_s},
                                        {u"parentNodeId"_s, parent},
                                        {u"count"_s, countUnder(node.id)}});
    }
    for (const Case &c : m_cases) {
        if (c.nodeId == parent && !c.deleted)
            children.append(QJsonObject{{u"id"_s, c.leafId},
                                        {u"name"_s, c.name},
                                        {u"type"_s, u"LEAF"_s},
                                        {u"testCaseId"_s, c.id},
                                        {u"automated"_s, c.automated},
                                        {u"status"_s, c.status},
                                        {u"createdDate"_s, c.createdDate},
                                        {u"lastModifiedDate"_s, c.lastModifiedDate}});
    }
    const Node &node = m_nodes[parent];
    return {{u"id"_s, parent},
            {u"name"_s, node.name},
            {u"parentNodeId"_s, node.parentId},
            {u"children"_s, page(children, number, size)}};
}

std::optional<qint64> FakeCaseModel::count(const QJsonObject &selection) const {
    const qint64 group = selection.value(u"groupsInclude"_s).toArray().at(0).toInteger();
    if (!m_nodes.contains(group))
        return std::nullopt;
    return countUnder(group);
}

std::optional<FakeCaseModel::Answer> FakeCaseModel::get(const QString &path, const QString &rawQuery) const {
    const QUrlQuery query(rawQuery);
    const auto number = [&](const QString &name) { return query.queryItemValue(name).toLongLong(); };
    const int pageNumber = pagesNeverEnd ? 0 : int(number(u"page"_s));
    const int asked = query.hasQueryItem(u"size"_s) ? int(number(u"size"_s)) : 10;
    const int pageSize = pageSizeAtMost > 0 ? std::min(asked, pageSizeAtMost) : asked;
    const auto json = [this](const QJsonValue &value) {
        if (!pagesNeverEnd || !value.isObject() || !value.toObject().contains(u"last"_s))
            return Answer{200, compact(value), "application/json"};
        QJsonObject endless = value.toObject();
        endless.insert(u"last"_s, false);
        return Answer{200, compact(endless), "application/json"};
    };

    static const QRegularExpression valuesPath(u"^/api/project/\\d+/cfv$"_s);
    if (valuesPath.match(path).hasMatch() && !query.hasQueryItem(u"customFieldId"_s))
        return Answer{400, compact(QJsonObject{{u"message"_s, u"customFieldId is required"_s}}),
                      "application/json"};
    if (const std::optional<QJsonArray> rows = catalogueRows(path, query))
        return json(page(*rows, pageNumber, pageSize));
    static const QRegularExpression treeNodePath(u"^/api/v2/project/(\\d+)/test-case/tree/tree-node$"_s);
    if (const auto m = treeNodePath.match(path); m.hasMatch()) {
        const qint64 parent = number(u"parentNodeId"_s);
        if (!m_nodes.contains(parent))
            return std::nullopt;
        return json(treeNode(m.captured(1).toLongLong(), number(u"treeId"_s), parent, pageNumber,
                             query.hasQueryItem(u"size"_s) ? pageSize : 100));
    }
    static const QRegularExpression casePart(
        u"^/api/testcase/(\\d+)/(overview|step|relation|cfv|issue|members|"
        "testkey|example|tag)$"_s);
    if (const auto m = casePart.match(path); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        if (id < 9000000001)
            return std::nullopt; // a case of the CSV rows
        const auto it = m_cases.constFind(id);
        if (it == m_cases.cend())
            return notFound(u"Test case"_s);
        const Case &c = *it;
        const QString part = m.captured(2);
        if (part == u"overview"_s)
            return json(overview(c));
        if (part == u"step"_s)
            return json(scenario(c));
        if (part == u"relation"_s)
            return json(c.relations);
        if (part == u"issue"_s)
            return json(c.issues);
        if (part == u"members"_s)
            return json(c.members);
        if (part == u"testkey"_s)
            return json(c.testKeys);
        if (part == u"tag"_s)
            return json(c.tags);
        if (part == u"example"_s)
            return json(page(c.examples, pageNumber, pageSize));
        if (!query.hasQueryItem(u"projectId"_s)) // cfv: projectId is required
            return Answer{400, compact(QJsonObject{{u"message"_s, u"projectId is required"_s}}),
                          "application/json"};
        QJsonArray byField;
        for (const QJsonValue &value : c.customFields) {
            const QJsonObject v = value.toObject();
            byField.append(QJsonObject{
                {u"customField"_s, v.value(u"customField"_s)},
                {u"values"_s,
                 QJsonArray{QJsonObject{{u"id"_s, v.value(u"id"_s)}, {u"name"_s, v.value(u"name"_s)}}}}});
        }
        return json(byField);
    }
    static const QRegularExpression content(u"^/api/(testcase|sharedstep)/attachment/(\\d+)/content$"_s);
    if (const auto m = content.match(path); m.hasMatch()) {
        const qint64 id = m.captured(2).toLongLong();
        if (id < 9000000001)
            return std::nullopt;
        const Attachment *a = attachment(id, m.captured(1) == u"sharedstep"_s);
        if (!a || a->missed)
            return notFound(u"Attachment"_s);
        if (noContent.contains(id))
            return Answer{204, QByteArray(), QByteArray()};
        return Answer{200, a->bytes, a->contentType.toLatin1()};
    }
    if (path == u"/api/testcase/attachment"_s || path == u"/api/sharedstep/attachment"_s) {
        const bool shared = path.startsWith(u"/api/sharedstep"_s);
        const qint64 owner = number(shared ? u"sharedStepId"_s : u"testCaseId"_s);
        if (owner < 9000000001)
            return std::nullopt;
        QJsonArray rows;
        if (shared) {
            if (!m_shared.contains(owner))
                return notFound(u"Shared step"_s);
            for (const Attachment &a : m_shared[owner].attachments)
                rows.append(attachmentRow(a, "shared_step"));
        } else {
            if (!m_cases.contains(owner))
                return notFound(u"Test case"_s);
            for (const Attachment &a : m_cases[owner].attachments)
                rows.append(attachmentRow(a, "test_case"));
        }
        return json(page(rows, pageNumber, pageSize));
    }
    if (path == u"/api/comment"_s) {
        const auto it = m_cases.constFind(number(u"testCaseId"_s));
        if (it == m_cases.cend())
            return notFound(u"Test case"_s);
        return json(page(it->comments, pageNumber, pageSize));
    }
    if (path == u"/api/testcasetree/paths"_s) {
        const auto it = m_cases.constFind(number(u"testCaseId"_s));
        if (it == m_cases.cend())
            return notFound(u"Test case"_s);
        QJsonArray nodes;
        for (qint64 node = it->nodeId; node != 0; node = m_nodes.value(node).parentId)
            nodes.prepend(node);
        return json(QJsonObject{{u"paths"_s, QJsonArray{nodes}}});
    }
    if (path == u"/api/testcase"_s) { // the project's cases, newest first (to read back a lost creation)
        const qint64 projectId = number(u"projectId"_s);
        if (!hasProject(projectId))
            return std::nullopt;
        QList<const Case *> newest;
        for (const Case &c : m_cases) {
            if (c.projectId == projectId)
                newest.append(&c);
        }
        std::sort(newest.begin(), newest.end(), [](const Case *a, const Case *b) {
            return a->createdDate > b->createdDate || (a->createdDate == b->createdDate && a->id > b->id);
        });
        QJsonArray rows;
        for (const Case *c : std::as_const(newest))
            rows.append(
                QJsonObject{{u"id"_s, c->id}, {u"name"_s, c->name}, {u"createdDate"_s, c->createdDate}});
        return json(page(rows, pageNumber, pageSize));
    }
    static const QRegularExpression lean(u"^/api/testcase/(\\d+)$"_s);
    if (const auto m = lean.match(path); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        const auto it = m_cases.constFind(id);
        if (it == m_cases.cend())
            return id >= 9000000001 ? std::optional<Answer>(notFound(u"Test case"_s)) : std::nullopt;
        return json(overview(*it));
    }
    if (path == u"/api/testcase/deleted"_s) {
        const qint64 projectId = number(u"projectId"_s);
        if (!hasProject(projectId))
            return std::nullopt;
        QJsonArray rows;
        for (const Case &c : m_cases) {
            if (c.deleted && c.projectId == projectId)
                rows.append(QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"automated"_s, c.automated}});
        }
        return json(page(rows, pageNumber, pageSize));
    }
    static const QRegularExpression sharedPart(u"^/api/sharedstep/(\\d+)(/step)?$"_s);
    if (const auto m = sharedPart.match(path); m.hasMatch()) {
        const auto it = m_shared.constFind(m.captured(1).toLongLong());
        if (it == m_shared.cend())
            return notFound(u"Shared step"_s);
        if (m.captured(2).isEmpty())
            return json(QJsonObject{{u"id"_s, it->id},
                                    {u"projectId"_s, it->projectId},
                                    {u"name"_s, it->name},
                                    {u"archived"_s, it->archived},
                                    {u"stepsCount"_s, it->steps.size()},
                                    {u"attachmentsCount"_s, it->attachments.size()}});
        return json(sharedScenario(*it));
    }
    return std::nullopt;
}
