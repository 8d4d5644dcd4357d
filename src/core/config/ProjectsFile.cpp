#include "ProjectsFile.h"

#include "SettingsTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxBytes = 4 * 1024 * 1024; // thousands of groups; anything larger is not a projects file

QString shown(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return QCoreApplication::translate("ProjectsFile", "missing");
    case QJsonValue::String:
        return u"\"%1\""_s.arg(value.toString().left(60));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Array:
        return QCoreApplication::translate("ProjectsFile", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("ProjectsFile", "an object");
    }
    return QString();
}

// A positive whole number, as JSON numbers or (the Go tool's json package would refuse them, but people write
// them) strings of digits are not accepted: the Go tool's files hold numbers.
bool positiveId(const QJsonValue &value, qint64 *id) {
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740991.0 || number != double(qint64(number)))
        return false;
    *id = qint64(number);
    return true;
}

// Line and column of a byte offset, for a syntax error.
QString position(const QByteArray &bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((bytes.at(i) & 0xc0) != 0x80) {
            ++column;
        }
    }
    return QCoreApplication::translate("ProjectsFile", "line %1, column %2").arg(line).arg(column);
}
} // namespace

QString ProjectsFile::expected() {
    return QCoreApplication::translate(
        "ProjectsFile",
        "{\"projects\": [{\"project_id\": 17, \"tree_id\": 937, \"groups\": [{\"group_id\": 26961091, "
        "\"group_name\": \"API\"}]}]}");
}

QString ProjectsFile::read(const QString &path, QList<Group> *groups) {
    groups->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ProjectsFile", "the file cannot be read: %1")
            .arg(file.errorString());
    if (file.size() > maxBytes)
        return QCoreApplication::translate("ProjectsFile",
                                           "the file is %1 bytes long; a projects file is at most %2")
            .arg(file.size())
            .arg(maxBytes);
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("ProjectsFile", "%1: not valid JSON (%2)")
            .arg(position(bytes, error.offset), error.errorString());
    if (!document.isObject())
        return QCoreApplication::translate("ProjectsFile", "$ is %1, not an object with \"projects\"")
            .arg(shown(document.isArray() ? QJsonValue(document.array()) : QJsonValue()));
    const QJsonValue projects = document.object().value(u"projects"_s);
    if (!projects.isArray())
        return QCoreApplication::translate("ProjectsFile", "$.projects is %1, not a list of projects")
            .arg(shown(projects));
    QList<Group> found;
    const QJsonArray list = projects.toArray();
    for (qsizetype p = 0; p < list.size(); ++p) {
        const QString at = u"$.projects[%1]"_s.arg(p);
        if (!list.at(p).isObject())
            return QCoreApplication::translate("ProjectsFile", "%1 is %2, not an object")
                .arg(at, shown(list.at(p)));
        const QJsonObject project = list.at(p).toObject();
        qint64 projectId = 0;
        qint64 treeId = 0;
        if (!positiveId(project.value(u"project_id"_s), &projectId))
            return QCoreApplication::translate("ProjectsFile",
                                               "%1.project_id is %2, not a positive whole number")
                .arg(at, shown(project.value(u"project_id"_s)));
        if (!positiveId(project.value(u"tree_id"_s), &treeId))
            return QCoreApplication::translate("ProjectsFile",
                                               "%1.tree_id is %2, not a positive whole number")
                .arg(at, shown(project.value(u"tree_id"_s)));
        const QJsonValue groupsValue = project.value(u"groups"_s);
        if (!groupsValue.isArray())
            return QCoreApplication::translate("ProjectsFile", "%1.groups is %2, not a list of groups")
                .arg(at, shown(groupsValue));
        const QJsonArray groupList = groupsValue.toArray();
        for (qsizetype g = 0; g < groupList.size(); ++g) {
            const QString groupAt = u"%1.groups[%2]"_s.arg(at).arg(g);
            if (!groupList.at(g).isObject())
                return QCoreApplication::translate("ProjectsFile", "%1 is %2, not an object")
                    .arg(groupAt, shown(groupList.at(g)));
            const QJsonObject object = groupList.at(g).toObject();
            ExportGroup group;
            group.projectId = projectId;
            group.treeId = treeId;
            group.projectInFileName = true;
            if (!positiveId(object.value(u"group_id"_s), &group.groupId))
                return QCoreApplication::translate("ProjectsFile",
                                                   "%1.group_id is %2, not a positive whole number")
                    .arg(groupAt, shown(object.value(u"group_id"_s)));
            const QJsonValue name = object.value(u"group_name"_s);
            group.name = name.toString();
            if (!name.isString() || !SettingsTable::isSafeGroupName(group.name))
                return QCoreApplication::translate(
                           "ProjectsFile",
                           "%1.group_name is %2, not a name of letters, digits, '-' and '_' (at most 64, not "
                           "starting with digits and '_')")
                    .arg(groupAt, shown(name));
            for (const Group &other : std::as_const(found)) {
                if (other.group.name.compare(group.name, Qt::CaseInsensitive) == 0)
                    return QCoreApplication::translate(
                               "ProjectsFile",
                               "%1.group_name \"%2\" is taken by %3 already: every group needs its own name")
                        .arg(groupAt, group.name, other.where);
            }
            found.append({group, groupAt});
        }
    }
    if (found.isEmpty())
        return QCoreApplication::translate("ProjectsFile",
                                           "no group is listed: $.projects holds no project with groups");
    *groups = std::move(found);
    return QString();
}
