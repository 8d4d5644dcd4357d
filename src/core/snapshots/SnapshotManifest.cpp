#include "SnapshotManifest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QJsonArray strings(const QStringList &list) {
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QStringList stringsOf(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonArray casesJson(const QList<SnapshotCase> &cases) {
    QJsonArray array;
    for (const SnapshotCase &c : cases)
        array.append(c.toJson());
    return array;
}

QList<SnapshotCase> casesOf(const QJsonValue &value) {
    QList<SnapshotCase> cases;
    for (const QJsonValue &item : value.toArray())
        cases.append(SnapshotCase::fromJson(item.toObject()));
    return cases;
}

const SnapshotCase *byId(const QList<SnapshotCase> &sorted, qint64 id) {
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), id,
                                     [](const SnapshotCase &c, qint64 value) { return c.id < value; });
    return it != sorted.cend() && it->id == id ? &*it : nullptr;
}

bool isSha(const QByteArray &hex) {
    return hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}
} // namespace

QJsonObject SnapshotAttachment::toJson() const {
    QJsonObject json{{u"id"_s, id}, {u"name"_s, name}, {u"contentType"_s, contentType}, {u"size"_s, size}};
    if (!object.isEmpty())
        json.insert(u"object"_s, QString::fromLatin1(object));
    if (missed)
        json.insert(u"missed"_s, true);
    return json;
}

SnapshotAttachment SnapshotAttachment::fromJson(const QJsonObject &json) {
    return {json.value(u"id"_s).toInteger(),
            json.value(u"name"_s).toString(),
            json.value(u"contentType"_s).toString(),
            json.value(u"size"_s).toInteger(),
            json.value(u"object"_s).toString().toLatin1(),
            json.value(u"missed"_s).toBool()};
}

QJsonObject SnapshotCase::toJson() const {
    QJsonObject json{{u"id"_s, id}, {u"name"_s, name}, {u"document"_s, QString::fromLatin1(document)}};
    if (documentSize > 0)
        json.insert(u"documentSize"_s, documentSize);
    if (!path.isEmpty())
        json.insert(u"path"_s, strings(path));
    if (lastModified)
        json.insert(u"lastModified"_s, lastModified);
    if (!attachments.isEmpty()) {
        QJsonArray array;
        for (const SnapshotAttachment &a : attachments)
            array.append(a.toJson());
        json.insert(u"attachments"_s, array);
    }
    if (!sharedSteps.isEmpty()) {
        QJsonArray array;
        for (qint64 step : sharedSteps)
            array.append(step);
        json.insert(u"sharedSteps"_s, array);
    }
    return json;
}

SnapshotCase SnapshotCase::fromJson(const QJsonObject &json) {
    SnapshotCase c;
    c.id = json.value(u"id"_s).toInteger();
    c.name = json.value(u"name"_s).toString();
    c.path = stringsOf(json.value(u"path"_s));
    c.lastModified = json.value(u"lastModified"_s).toInteger();
    c.document = json.value(u"document"_s).toString().toLatin1();
    c.documentSize = json.value(u"documentSize"_s).toInteger();
    for (const QJsonValue &item : json.value(u"attachments"_s).toArray())
        c.attachments.append(SnapshotAttachment::fromJson(item.toObject()));
    for (const QJsonValue &item : json.value(u"sharedSteps"_s).toArray())
        c.sharedSteps.append(item.toInteger());
    return c;
}

bool SnapshotCase::sameContent(const SnapshotCase &other) const {
    if (document != other.document || attachments.size() != other.attachments.size())
        return false;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (attachments[i].object != other.attachments[i].object ||
            attachments[i].id != other.attachments[i].id)
            return false;
    }
    return true;
}

QByteArray SnapshotIndex::toJson() const {
    return QJsonDocument(
               QJsonObject{{u"cases"_s, casesJson(cases)}, {u"sharedSteps"_s, casesJson(sharedSteps)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SnapshotIndex> SnapshotIndex::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = u"the case list is not a JSON object (%1)"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    SnapshotIndex index;
    index.cases = casesOf(document.object().value(u"cases"_s));
    index.sharedSteps = casesOf(document.object().value(u"sharedSteps"_s));
    for (const QList<SnapshotCase> *list : {&index.cases, &index.sharedSteps}) {
        for (const SnapshotCase &c : *list) {
            bool ok = c.id > 0 && isSha(c.document);
            for (const SnapshotAttachment &a : c.attachments)
                ok = ok && (a.object.isEmpty() || isSha(a.object));
            if (!ok) {
                *error =
                    u"the case list holds an entry without an id or an object name (case %1)"_s.arg(c.id);
                return std::nullopt;
            }
        }
    }
    const auto order = [](const SnapshotCase &a, const SnapshotCase &b) { return a.id < b.id; };
    std::sort(index.cases.begin(), index.cases.end(), order);
    std::sort(index.sharedSteps.begin(), index.sharedSteps.end(), order);
    return index;
}

const SnapshotCase *SnapshotIndex::testCase(qint64 id) const {
    return byId(cases, id);
}

const SnapshotCase *SnapshotIndex::sharedStep(qint64 id) const {
    return byId(sharedSteps, id);
}

QJsonObject SnapshotManifest::toJson() const {
    QJsonObject json{{u"format"_s, formatVersion},
                     {u"id"_s, id},
                     {u"group"_s, group},
                     {u"projectId"_s, projectId},
                     {u"treeId"_s, treeId},
                     {u"groupId"_s, groupId},
                     {u"takenAt"_s, takenAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"full"_s, full},
                     {u"index"_s, QString::fromLatin1(index)},
                     {u"cases"_s, cases},
                     {u"attachments"_s, attachments},
                     {u"bytes"_s, bytes},
                     {u"bytesNew"_s, bytesNew},
                     {u"fetched"_s, fetched},
                     {u"unchanged"_s, unchanged},
                     {u"requests"_s, requests}};
    if (changedWithoutDate >= 0)
        json.insert(u"changedWithoutDate"_s, changedWithoutDate);
    if (expected >= 0)
        json.insert(u"expected"_s, expected);
    if (!notes.isEmpty())
        json.insert(u"notes"_s, strings(notes));
    return json;
}

std::optional<SnapshotManifest> SnapshotManifest::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = document.object();
    if (!document.isObject()) {
        *error = u"not a JSON object (%1)"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    if (o.value(u"format"_s).toInt() != formatVersion) {
        *error =
            u"format %1, this program reads format %2"_s.arg(o.value(u"format"_s).toInt()).arg(formatVersion);
        return std::nullopt;
    }
    SnapshotManifest m;
    m.id = o.value(u"id"_s).toString();
    m.group = o.value(u"group"_s).toString();
    m.projectId = o.value(u"projectId"_s).toInteger();
    m.treeId = o.value(u"treeId"_s).toInteger();
    m.groupId = o.value(u"groupId"_s).toInteger();
    m.takenAt = QDateTime::fromString(o.value(u"takenAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    m.full = o.value(u"full"_s).toBool();
    m.index = o.value(u"index"_s).toString().toLatin1();
    m.cases = o.value(u"cases"_s).toInteger();
    m.attachments = o.value(u"attachments"_s).toInteger();
    m.bytes = o.value(u"bytes"_s).toInteger();
    m.bytesNew = o.value(u"bytesNew"_s).toInteger();
    m.fetched = o.value(u"fetched"_s).toInteger();
    m.unchanged = o.value(u"unchanged"_s).toInteger();
    m.changedWithoutDate = o.value(u"changedWithoutDate"_s).toInteger(-1);
    m.requests = o.value(u"requests"_s).toInteger();
    m.expected = o.value(u"expected"_s).toInteger(-1);
    m.notes = stringsOf(o.value(u"notes"_s));
    if (m.id.isEmpty() || m.group.isEmpty() || !m.takenAt.isValid() || !isSha(m.index)) {
        *error = u"id, group, takenAt or index missing"_s;
        return std::nullopt;
    }
    return m;
}

QString SnapshotManifest::idFor(const QString &group, const QDateTime &takenAt) {
    return takenAt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' + group;
}

QSet<QByteArray> SnapshotIndex::objects() const {
    QSet<QByteArray> shas;
    for (const QList<SnapshotCase> *list : {&cases, &sharedSteps}) {
        for (const SnapshotCase &c : *list) {
            shas.insert(c.document);
            for (const SnapshotAttachment &a : c.attachments) {
                if (!a.object.isEmpty())
                    shas.insert(a.object);
            }
        }
    }
    return shas;
}
