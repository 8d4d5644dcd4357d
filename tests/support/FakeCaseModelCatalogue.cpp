// A project's catalogue in the fake's stored model: the custom fields it uses and their values (cfv wants
// customFieldId, as the spec says), its workflows (with their statuses), the global test layers, as report
// service 25.4.1 lists them; a project's shared steps by name; and the check a write meets: a value or
// workflow the project does not have answers 400, as TestOps does when ids of another project are sent.
#include "FakeCaseModel.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

void FakeCaseModel::addCustomFieldValue(qint64 projectId, qint64 fieldId, const QString &fieldName,
                                        qint64 valueId, const QString &name) {
    Catalogue &catalogue = m_catalogues[projectId];
    catalogue.fields.insert(fieldId, fieldName);
    catalogue.values.insert(
        valueId, QJsonObject{{u"id"_s, valueId},
                             {u"name"_s, name},
                             {u"customField"_s, QJsonObject{{u"id"_s, fieldId}, {u"name"_s, fieldName}}}});
}

std::optional<QJsonArray> FakeCaseModel::catalogueRows(const QString &path, const QUrlQuery &query) const {
    static const QRegularExpression projectPart(u"^/api/project/(\\d+)/(cf|cfv)$"_s);
    const QRegularExpressionMatch m = projectPart.match(path);
    const bool schema =
        path == u"/api/workflowschema"_s || path == u"/api/testlayer"_s || path == u"/api/sharedstep"_s;
    if (!m.hasMatch() && !schema)
        return std::nullopt;
    const qint64 projectId =
        m.hasMatch() ? m.captured(1).toLongLong() : query.queryItemValue(u"projectId"_s).toLongLong();
    const Catalogue catalogue = m_catalogues.value(projectId);
    QJsonArray rows;
    if (path == u"/api/workflowschema"_s) {
        for (qint64 id : catalogue.workflows) {
            QJsonObject workflow = m_workflows.value(id);
            QJsonArray statuses;
            for (const QJsonObject &status : m_statuses)
                statuses.append(status);
            workflow.insert(u"statuses"_s, statuses);
            rows.append(QJsonObject{{u"id"_s, projectId * 100 + id},
                                    {u"projectId"_s, projectId},
                                    {u"type"_s, u"MANUAL"_s},
                                    {u"workflow"_s, workflow}});
        }
    } else if (path == u"/api/testlayer"_s) { // global
        for (const QJsonObject &layer : m_layers)
            rows.append(layer);
    } else if (path == u"/api/sharedstep"_s) { // newest first, by a part of the name
        const QString search = query.queryItemValue(u"search"_s);
        const QList<SharedStep> all = m_shared.values();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->projectId != projectId || it->deleted || !it->name.contains(search, Qt::CaseInsensitive))
                continue;
            rows.append(QJsonObject{{u"id"_s, it->id},
                                    {u"projectId"_s, it->projectId},
                                    {u"name"_s, it->name},
                                    {u"archived"_s, it->archived},
                                    {u"createdDate"_s, it->createdDate},
                                    {u"stepsCount"_s, qint64(it->steps.size())},
                                    {u"attachmentsCount"_s, qint64(it->attachments.size())}});
        }
    } else if (m.captured(2) == u"cf"_s) {
        for (auto it = catalogue.fields.cbegin(); it != catalogue.fields.cend(); ++it)
            rows.append(
                QJsonObject{{u"id"_s, projectId * 100 + it.key()},
                            {u"projectId"_s, projectId},
                            {u"name"_s, it.value()},
                            {u"customField"_s, QJsonObject{{u"id"_s, it.key()}, {u"name"_s, it.value()}}}});
    } else {
        const qint64 field = query.queryItemValue(u"customFieldId"_s).toLongLong();
        for (const QJsonObject &value : catalogue.values) {
            if (field == 0 || value[u"customField"_s][u"id"_s].toInteger() == field)
                rows.append(value);
        }
    }
    return rows;
}

QString FakeCaseModel::notInProject(qint64 projectId, const QJsonObject &fields,
                                    const QJsonArray &values) const {
    const Catalogue catalogue = m_catalogues.value(projectId);
    if (fields.contains(u"workflowId"_s) &&
        !catalogue.workflows.contains(fields[u"workflowId"_s].toInteger()))
        return u"Workflow %1 is not used in project %2"_s.arg(fields[u"workflowId"_s].toInteger())
            .arg(projectId);
    if (fields.contains(u"testLayerId"_s) && !m_layers.contains(fields[u"testLayerId"_s].toInteger()))
        return u"Test layer %1 not found"_s.arg(fields[u"testLayerId"_s].toInteger());
    for (const QJsonValue &value : values) {
        const qint64 id = value[u"id"_s].toInteger();
        // A value sent by name only is created in the project: TestOps does that too.
        if (id > 0 && !catalogue.values.contains(id))
            return u"Custom field value %1 not found in project %2"_s.arg(id).arg(projectId);
    }
    return {};
}
