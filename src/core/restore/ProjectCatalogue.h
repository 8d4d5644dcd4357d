// What a project of TestOps offers a test case restored into it from another project: the workflows it uses
// (with their statuses), the test layers (global) and its custom field values, each known by name. A case's
// document is translated to the ids of this project by name; what has no match there is said, and left out (a
// custom field value) or left to TestOps' default (a workflow, status or layer: the case then differs).
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class ProjectCatalogue {
public:
    enum class Kind { Workflows, Layers, Fields, Values };

    // Rows of a page of /api/workflowschema?projectId, /api/testlayer, /api/project/{id}/cf or
    // /api/project/{id}/cfv?customFieldId.
    void add(Kind kind, const QJsonArray &rows);
    // The ids of the project's custom fields (from the Fields rows): whose values to read.
    const QList<qint64> &fieldIds() const { return m_fieldIds; }
    // The document ({overview, …}) with this project's ids; `notes` gets a line for each thing that has no
    // match here.
    QJsonObject translate(const QJsonObject &document, QStringList *notes) const;

private:
    QHash<QString, QJsonObject> m_workflows; // by name, with "statuses"
    QHash<QString, QJsonObject> m_layers;
    QHash<QString, QJsonObject> m_values; // by "field\nvalue"
    QList<qint64> m_fieldIds;
};
