// One tree group of TestOps that is exported to its own CSV file.
#pragma once

#include <QList>
#include <QString>

struct ExportGroup {
    QString name;         // used in file names: unique, file-name safe
    qint64 projectId = 0; // TestOps project
    qint64 treeId = 0;    // tree of that project
    qint64 groupId = 0;   // tree node id (the "groupsInclude" value of the TestOps UI)
    // From projects.json: its files carry the project as the Go tool's later versions name them
    // (testops_export_<projectId>_<name>_<time>.csv).
    bool projectInFileName = false;

    bool operator==(const ExportGroup &other) const {
        return name == other.name && projectId == other.projectId && treeId == other.treeId &&
               groupId == other.groupId && projectInFileName == other.projectInFileName;
    }
};

// A column added to the standard ones: a custom field, a role or an issue integration, by id.
struct ExtraColumn {
    QString field; // "custom_field", "role" or "issue_integration"
    qint64 id = 0;
    QString header;

    bool operator==(const ExtraColumn &other) const {
        return field == other.field && id == other.id && header == other.header;
    }
};

using ExportGroups = QList<ExportGroup>;
