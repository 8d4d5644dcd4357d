#include "ProjectCatalogue.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
QString catalogueWords(const char *text) {
    return QCoreApplication::translate("ProjectCatalogue", text);
}
} // namespace

void ProjectCatalogue::add(Kind kind, const QJsonArray &rows) {
    for (const QJsonValue &row : rows) {
        switch (kind) {
        case Kind::Workflows: {
            const QJsonObject workflow = row[u"workflow"_s].toObject();
            m_workflows.insert(workflow[u"name"_s].toString(), workflow);
            break;
        }
        case Kind::Layers:
            m_layers.insert(row[u"name"_s].toString(), row.toObject());
            break;
        case Kind::Fields:
            if (const qint64 id = row[u"customField"_s][u"id"_s].toInteger();
                id > 0 && !m_fieldIds.contains(id))
                m_fieldIds.append(id);
            break;
        case Kind::Values:
            m_values.insert(row[u"customField"_s][u"name"_s].toString() + u'\n' + row[u"name"_s].toString(),
                            row.toObject());
            break;
        }
    }
}

QJsonObject ProjectCatalogue::translate(const QJsonObject &document, QStringList *notes) const {
    QJsonObject overview = document[u"overview"_s].toObject();
    // A workflow, status or layer without a match keeps its name (what the case should have) and loses its
    // id (not sent: TestOps gives its default).
    const auto match = [&overview, notes](const QString &key, const QJsonObject *found, const char *missing) {
        QJsonObject kept = overview[key].toObject();
        const QString name = kept[u"name"_s].toString();
        if (name.isEmpty())
            return;
        if (found) {
            kept.insert(u"id"_s, (*found)[u"id"_s]);
        } else {
            kept.insert(u"id"_s, 0);
            notes->append(catalogueWords(missing).arg(name));
        }
        overview.insert(key, kept);
    };
    const QString workflowName = overview[u"workflow"_s][u"name"_s].toString();
    const auto workflow = m_workflows.constFind(workflowName);
    match(u"workflow"_s, workflow == m_workflows.cend() ? nullptr : &*workflow,
          QT_TRANSLATE_NOOP("ProjectCatalogue",
                            "workflow %1 is not used in the target project: TestOps gives "
                            "its default"));
    // A status by name among the statuses of the workflow it gets there.
    std::optional<QJsonObject> status;
    const QString statusName = overview[u"status"_s][u"name"_s].toString();
    for (const QJsonObject &w : m_workflows) {
        if (workflow != m_workflows.cend() && w[u"name"_s] != workflowName)
            continue;
        for (const QJsonValue &s : w[u"statuses"_s].toArray())
            if (s[u"name"_s].toString() == statusName)
                status = s.toObject();
    }
    match(u"status"_s, status ? &*status : nullptr,
          QT_TRANSLATE_NOOP("ProjectCatalogue", "status %1 is not in the target project's workflow: TestOps "
                                                "gives its default"));
    const auto layer = m_layers.constFind(overview[u"layer"_s][u"name"_s].toString());
    match(u"layer"_s, layer == m_layers.cend() ? nullptr : &*layer,
          QT_TRANSLATE_NOOP("ProjectCatalogue", "test layer %1 is not in TestOps any more: TestOps gives its "
                                                "default"));

    QJsonArray values;
    for (const QJsonValue &value : overview[u"customFields"_s].toArray()) {
        const QString field = value[u"customField"_s][u"name"_s].toString();
        const auto found = m_values.constFind(field + u'\n' + value[u"name"_s].toString());
        if (found == m_values.cend()) {
            notes->append(catalogueWords(QT_TRANSLATE_NOOP("ProjectCatalogue",
                                                           "custom field %1: the target project has no value "
                                                           "%2; left out"))
                              .arg(field, value[u"name"_s].toString()));
            continue;
        }
        values.append(*found);
    }
    overview.insert(u"customFields"_s, values);
    QJsonObject translated = document;
    translated.insert(u"overview"_s, overview);
    return translated;
}
