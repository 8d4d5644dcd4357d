#include "CaseParts.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QJsonArray sorted(QStringList items) {
    std::sort(items.begin(), items.end());
    return QJsonArray::fromStringList(items);
}

QStringList names(const QJsonArray &items, const QString &key = u"name"_s) {
    QStringList out;
    for (const QJsonValue &item : items)
        out.append(item[key].toString());
    return out;
}

// An attachment by what a user sees of it: its name and size (TestOps gives rows no checksum).
QHash<qint64, QString> attachmentKeys(const QJsonObject &document) {
    QHash<qint64, QString> keys;
    const auto add = [&keys](const QJsonObject &row) {
        keys.insert(row[u"id"_s].toInteger(),
                    u"%1|%2"_s.arg(row[u"name"_s].toString()).arg(row[u"contentLength"_s].toInteger()));
    };
    for (const QJsonValue &row : document[u"attachments"_s].toArray())
        add(row.toObject());
    const QJsonObject inScenario = document[u"scenario"_s][u"attachments"_s].toObject();
    for (auto it = inScenario.begin(); it != inScenario.end(); ++it)
        add(it.value().toObject());
    return keys;
}

QJsonArray stepTree(const QJsonObject &steps, const QJsonArray &ids,
                    const QHash<qint64, QString> &attachments, const CaseParts::IdMap &map, int depth) {
    QJsonArray out;
    if (depth > 32)
        return out;
    for (const QJsonValue &id : ids) {
        const QJsonObject step = steps[QString::number(id.toInteger())].toObject();
        QJsonObject node;
        if (const QString body = step[u"body"_s].toString(); !body.isEmpty())
            node.insert(u"body"_s, body);
        if (const qint64 a = step[u"attachmentId"_s].toInteger())
            node.insert(u"attachment"_s, attachments.value(a, u"missing %1"_s.arg(a)));
        if (const qint64 s = step[u"sharedStepId"_s].toInteger())
            node.insert(u"sharedStep"_s, map.sharedStepId(s));
        if (const qint64 e = step[u"expectedResultId"_s].toInteger())
            node.insert(u"expected"_s, stepTree(steps, steps[QString::number(e)][u"children"_s].toArray(),
                                                attachments, map, depth + 1));
        if (const QJsonArray children = step[u"children"_s].toArray(); !children.isEmpty())
            node.insert(u"children"_s, stepTree(steps, children, attachments, map, depth + 1));
        out.append(node);
    }
    return out;
}
} // namespace

const QStringList &CaseParts::parts() {
    static const QStringList all{u"fields"_s,   u"customFields"_s, u"tags"_s,     u"issues"_s,
                                 u"members"_s,  u"testKeys"_s,     u"examples"_s, u"attachments"_s,
                                 u"scenario"_s, u"relations"_s};
    return all;
}

QJsonObject CaseParts::of(const QJsonObject &document, const IdMap &map) {
    const QJsonObject overview = document[u"overview"_s].toObject();
    QJsonObject fields;
    for (const QString &name : {u"name"_s, u"description"_s, u"precondition"_s, u"expectedResult"_s})
        fields.insert(name, overview[name].toString());
    fields.insert(u"automated"_s, overview[u"automated"_s].toBool());
    for (const QString &name : {u"status"_s, u"workflow"_s, u"layer"_s})
        fields.insert(name, overview[name][u"name"_s].toString());
    QStringList links;
    for (const QJsonValue &link : overview[u"links"_s].toArray())
        links.append(link[u"name"_s].toString() + u'|' + link[u"url"_s].toString() + u'|' +
                     link[u"type"_s].toString());
    fields.insert(u"links"_s, sorted(links));

    QStringList customFields;
    for (const QJsonValue &value : overview[u"customFields"_s].toArray())
        customFields.append(value[u"customField"_s][u"name"_s].toString() + u": "_s +
                            value[u"name"_s].toString());
    QStringList members;
    for (const QJsonValue &member : overview[u"members"_s].toArray())
        members.append(member[u"name"_s].toString() + u" as "_s + member[u"role"_s][u"name"_s].toString());
    QStringList examples;
    for (const QJsonValue &example : overview[u"examples"_s].toArray()) {
        QStringList values;
        for (const QJsonValue &p : example[u"parameters"_s].toArray())
            values.append(p[u"name"_s].toString() + u'=' + p[u"value"_s].toString());
        examples.append(values.join(u", "_s));
    }
    QStringList relations;
    for (const QJsonValue &relation : document[u"relations"_s].toArray()) {
        const qint64 target = map.caseId(relation[u"target"_s][u"id"_s].toInteger());
        if (target > 0) // <= 0: a target gone and not restored, left out
            relations.append(relation[u"type"_s].toString() + u' ' + QString::number(target));
    }
    QStringList attachments;
    for (const QJsonValue &row : document[u"attachments"_s].toArray())
        attachments.append(
            u"%1|%2"_s.arg(row[u"name"_s].toString()).arg(row[u"contentLength"_s].toInteger()));

    const QJsonObject scenario = document[u"scenario"_s].toObject();
    return {{u"fields"_s, fields},
            {u"customFields"_s, sorted(customFields)},
            {u"tags"_s, sorted(names(overview[u"tags"_s].toArray()))},
            {u"issues"_s, sorted(names(overview[u"issues"_s].toArray()))},
            {u"members"_s, sorted(members)},
            {u"testKeys"_s, sorted(names(overview[u"testKeys"_s].toArray()))},
            {u"examples"_s, sorted(examples)},
            {u"attachments"_s, sorted(attachments)},
            {u"scenario"_s,
             stepTree(scenario[u"scenarioSteps"_s].toObject(), scenario[u"root"_s][u"children"_s].toArray(),
                      attachmentKeys(document), map, 0)},
            {u"relations"_s, sorted(relations)}};
}

QStringList CaseParts::differing(const QJsonObject &a, const QJsonObject &b) {
    QStringList out;
    for (const QString &part : parts()) {
        if (a.value(part) != b.value(part))
            out.append(part);
    }
    return out;
}

QJsonObject CaseParts::fieldsBody(const QJsonObject &document) {
    const QJsonObject overview = document[u"overview"_s].toObject();
    QJsonObject body;
    for (const QString &name : {u"name"_s, u"description"_s, u"precondition"_s, u"expectedResult"_s})
        body.insert(name, overview[name].toString());
    body.insert(u"automated"_s, overview[u"automated"_s].toBool());
    if (overview[u"status"_s][u"id"_s].toInteger() > 0)
        body.insert(u"statusId"_s, overview[u"status"_s][u"id"_s].toInteger());
    if (overview[u"workflow"_s][u"id"_s].toInteger() > 0)
        body.insert(u"workflowId"_s, overview[u"workflow"_s][u"id"_s].toInteger());
    if (overview[u"layer"_s][u"id"_s].toInteger() > 0)
        body.insert(u"testLayerId"_s, overview[u"layer"_s][u"id"_s].toInteger());
    body.insert(u"tags"_s, overview[u"tags"_s].toArray());
    body.insert(u"links"_s, overview[u"links"_s].toArray());
    body.insert(u"members"_s, overview[u"members"_s].toArray());
    body.insert(u"customFields"_s, overview[u"customFields"_s].toArray());
    return body;
}

QJsonArray CaseParts::customFieldsByField(const QJsonObject &document) {
    QJsonArray byField;
    QHash<qint64, qsizetype> at;
    for (const QJsonValue &value : document[u"overview"_s][u"customFields"_s].toArray()) {
        const QJsonObject field = value[u"customField"_s].toObject();
        const qint64 id = field[u"id"_s].toInteger();
        const QJsonObject item{{u"id"_s, value[u"id"_s]}, {u"name"_s, value[u"name"_s]}};
        if (!at.contains(id)) {
            at.insert(id, byField.size());
            byField.append(QJsonObject{{u"customField"_s, field}, {u"values"_s, QJsonArray{item}}});
            continue;
        }
        QJsonObject entry = byField[at[id]].toObject();
        QJsonArray values = entry[u"values"_s].toArray();
        values.append(item);
        entry.insert(u"values"_s, values);
        byField[at[id]] = entry;
    }
    return byField;
}

QString CaseParts::listOf(const QString &part) {
    static const QHash<QString, QString> lists{
        {u"tags"_s, u"tag"_s},         {u"issues"_s, u"issue"_s},     {u"members"_s, u"members"_s},
        {u"testKeys"_s, u"testkey"_s}, {u"examples"_s, u"example"_s}, {u"relations"_s, u"relation"_s}};
    return lists.value(part);
}

QJsonArray CaseParts::listBody(const QJsonObject &document, const QString &list, const IdMap &map,
                               QList<qint64> *leftOut) {
    const QJsonObject overview = document[u"overview"_s].toObject();
    if (list == u"tag"_s)
        return overview[u"tags"_s].toArray();
    if (list == u"issue"_s)
        return overview[u"issues"_s].toArray();
    if (list == u"members"_s)
        return overview[u"members"_s].toArray();
    if (list == u"testkey"_s)
        return overview[u"testKeys"_s].toArray();
    QJsonArray out;
    if (list == u"example"_s) {
        for (const QJsonValue &example : overview[u"examples"_s].toArray())
            out.append(example[u"parameters"_s].toArray());
        return out;
    }
    for (const QJsonValue &relation : document[u"relations"_s].toArray()) {
        const qint64 target = relation[u"target"_s][u"id"_s].toInteger();
        if (map.cases.contains(target) && map.cases.value(target) <= 0) {
            if (leftOut)
                leftOut->append(target);
            continue;
        }
        out.append(QJsonObject{{u"target"_s, QJsonObject{{u"id"_s, map.caseId(target)},
                                                         {u"name"_s, relation[u"target"_s][u"name"_s]}}},
                               {u"type"_s, relation[u"type"_s]}});
    }
    return out;
}
