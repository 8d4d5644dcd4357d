// projects.json, as the Go tool's later versions read it: the groups of several projects,
//   {"projects": [{"project_id": 17, "tree_id": 937, "groups": [{"group_id": 26961091, "group_name":
//   "API"}]}]}
// Each group found is exported under its name, its files named as the Go tool names them
// (testops_export_<project_id>_<group>_<time>.csv), so a team's folder and bucket go on as they were.
#pragma once

#include "ExportGroup.h"

#include <QString>

namespace ProjectsFile {

struct Group {
    ExportGroup group;
    QString where; // its JSON path: $.projects[0].groups[1]
};

// Reads the file; on a problem, returns what is wrong and where ("$.projects[1].groups[0].group_id is "abc",
// not a positive whole number", "line 3, column 7: …"), and leaves `groups` empty.
QString read(const QString &path, QList<Group> *groups);

// What a valid file looks like, for messages.
QString expected();

} // namespace ProjectsFile
