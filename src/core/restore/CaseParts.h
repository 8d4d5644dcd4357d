// A test case's document (as a snapshot keeps it, or as TestOps gives it now: {overview, scenario,
// attachments, relations, comments}) cut into the parts a full restore compares and writes back, each in a
// form that compares equal when a user would call them the same: ids TestOps gives anew (steps, attachments,
// examples) left out, attachments known by name and size, cases and shared steps re-created by the restore
// mapped to their new ids.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace CaseParts {

// Old id -> new id of what a restore created again.
struct IdMap {
    QHash<qint64, qint64> cases;
    QHash<qint64, qint64> sharedSteps;
    qint64 caseId(qint64 id) const { return cases.value(id, id); }
    qint64 sharedStepId(qint64 id) const { return sharedSteps.value(id, id); }
};

// The parts by name: fields, customFields, tags… (see parts()).
QJsonObject of(const QJsonObject &document, const IdMap &map = {});
// Every part's name, in the order a restore writes them.
const QStringList &parts();
// The names of the parts that differ.
QStringList differing(const QJsonObject &a, const QJsonObject &b);

// What a restore sends, from the snapshot's document: the fields of a create or a patch (statusId,
// workflowId, testLayerId, tags, links, members, customFields), the custom field values by field, and a
// replace-all list ("tag", "issue", "members", "testkey", "example", "relation" with targets mapped).
QJsonObject fieldsBody(const QJsonObject &document);
QJsonArray customFieldsByField(const QJsonObject &document);
// The list and, for relations, the targets left out (gone, not restored): their ids.
QJsonArray listBody(const QJsonObject &document, const QString &list, const IdMap &map,
                    QList<qint64> *leftOut = nullptr);
// The replace-all list a part is written with ("tags" -> "tag"); empty for parts that are not lists.
QString listOf(const QString &part);

} // namespace CaseParts
