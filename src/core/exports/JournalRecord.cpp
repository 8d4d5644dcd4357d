#include "JournalRecord.h"

#include "config/WireNames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QDateTime time(const QJsonObject &object, QLatin1StringView key) {
    const QString text = object.value(key).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QStringList strings(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

using WireNames::nameOf;
using WireNames::valueOf;

constexpr QLatin1StringView attemptOutcomes[] = {"success"_L1, "failed"_L1, "aborted"_L1};
constexpr QLatin1StringView cycleOutcomes[] = {"success"_L1, "partial"_L1, "failed"_L1, "aborted"_L1};
constexpr QLatin1StringView jobStates[] = {"created"_L1, "deleted"_L1};
constexpr QLatin1StringView snapshotRestoreEvents[] = {"created"_L1,
                                                       "done"_L1,
                                                       "failed"_L1,
                                                       "comment-posted"_L1,
                                                       "shared-step-created"_L1,
                                                       "shared-step-complete"_L1};

} // namespace

namespace JournalRecord {

QJsonObject Attempt::toJson() const {
    QJsonObject object{{u"type"_s, u"attempt"_s},
                       {u"cycle"_s, cycle},
                       {u"group"_s, group},
                       {u"attempt"_s, attempt},
                       {u"start"_s, iso(start)},
                       {u"end"_s, iso(end)},
                       {u"outcome"_s, nameOf(outcome, attemptOutcomes)}};
    if (ok()) {
        object.insert(u"file"_s, file);
        object.insert(u"bytes"_s, bytes);
        object.insert(u"rows"_s, rows);
        if (expectedRows >= 0)
            object.insert(u"expectedRows"_s, expectedRows);
        if (!warning.isEmpty())
            object.insert(u"warning"_s, warning);
    } else {
        object.insert(u"error"_s, error);
        object.insert(u"errorKind"_s, errorKind);
        if (nextRetry.isValid())
            object.insert(u"nextRetry"_s, iso(nextRetry));
    }
    if (jobId > 0)
        object.insert(u"jobId"_s, jobId);
    return object;
}

Attempt Attempt::fromJson(const QJsonObject &object) {
    Attempt record;
    record.cycle = object.value(u"cycle"_s).toString();
    record.group = object.value(u"group"_s).toString();
    record.attempt = object.value(u"attempt"_s).toInt(1);
    record.start = time(object, "start"_L1);
    record.end = time(object, "end"_L1);
    record.outcome = valueOf(object.value(u"outcome"_s).toString(), attemptOutcomes, Outcome::Failed);
    record.file = object.value(u"file"_s).toString();
    record.bytes = object.value(u"bytes"_s).toInteger();
    record.rows = object.value(u"rows"_s).toInteger(-1);
    record.expectedRows = object.value(u"expectedRows"_s).toInteger(-1);
    record.warning = object.value(u"warning"_s).toString();
    record.error = object.value(u"error"_s).toString();
    record.errorKind = object.value(u"errorKind"_s).toString();
    record.nextRetry = time(object, "nextRetry"_L1);
    record.jobId = object.value(u"jobId"_s).toInteger();
    return record;
}

QJsonObject Check::toJson() const {
    QJsonObject object{{u"type"_s, u"check"_s},
                       {u"cycle"_s, cycle},
                       {u"group"_s, group},
                       {u"file"_s, file},
                       {u"previous"_s, previous.isEmpty() ? QJsonValue() : QJsonValue(previous)},
                       {u"sha256"_s, sha256},
                       {u"checkedRows"_s, checkedRows},
                       {u"changes"_s, changes ? QJsonValue(QJsonObject{{u"added"_s, changes->added},
                                                                       {u"removed"_s, changes->removed},
                                                                       {u"changed"_s, changes->changed}})
                                              : QJsonValue()},
                       {u"identical"_s, identical},
                       {u"milliseconds"_s, milliseconds},
                       {u"kept"_s, kept}};
    if (!problems.isEmpty())
        object.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

Check Check::fromJson(const QJsonObject &object) {
    Check record;
    record.cycle = object.value(u"cycle"_s).toString();
    record.group = object.value(u"group"_s).toString();
    record.file = object.value(u"file"_s).toString();
    record.previous = object.value(u"previous"_s).toString();
    record.sha256 = object.value(u"sha256"_s).toString();
    record.checkedRows = object.value(u"checkedRows"_s).toInteger();
    const QJsonObject changes = object.value(u"changes"_s).toObject();
    if (!changes.isEmpty())
        record.changes =
            Counts{changes.value(u"added"_s).toInteger(), changes.value(u"removed"_s).toInteger(),
                   changes.value(u"changed"_s).toInteger()};
    record.identical = object.value(u"identical"_s).toBool();
    record.kept = object.value(u"kept"_s).toBool(true);
    record.milliseconds = object.value(u"milliseconds"_s).toInteger();
    record.problems = strings(object.value(u"problems"_s));
    record.error = object.value(u"error"_s).toString();
    return record;
}

QJsonObject Cycle::toJson() const {
    return {{u"type"_s, u"cycle"_s},
            {u"cycle"_s, cycle},
            {u"trigger"_s, trigger},
            {u"start"_s, iso(start)},
            {u"end"_s, iso(end)},
            {u"outcome"_s, nameOf(outcome, cycleOutcomes)},
            {u"succeeded"_s, QJsonArray::fromStringList(succeeded)},
            {u"failed"_s, QJsonArray::fromStringList(failed)},
            {u"errors"_s, QJsonObject::fromVariantHash(QVariantHash(errors.cbegin(), errors.cend()))}};
}

Cycle Cycle::fromJson(const QJsonObject &object) {
    Cycle record;
    record.cycle = object.value(u"cycle"_s).toString();
    record.trigger = object.value(u"trigger"_s).toString();
    record.start = time(object, "start"_L1);
    record.end = time(object, "end"_L1);
    record.outcome = valueOf(object.value(u"outcome"_s).toString(), cycleOutcomes, Outcome::Failed);
    record.succeeded = strings(object.value(u"succeeded"_s));
    record.failed = strings(object.value(u"failed"_s));
    const QJsonObject errors = object.value(u"errors"_s).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        record.errors.insert(it.key(), it.value().toString());
    return record;
}

QJsonObject Upload::toJson() const {
    QJsonObject object{{u"type"_s, u"upload"_s},
                       {u"group"_s, group},
                       {u"file"_s, file},
                       {u"key"_s, key},
                       {u"outcome"_s, ok ? u"success"_s : u"failed"_s},
                       {u"attempt"_s, attempt},
                       {u"bytes"_s, bytes},
                       {u"end"_s, iso(end)}};
    if (!etag.isEmpty())
        object.insert(u"etag"_s, etag);
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    if (nextRetry.isValid())
        object.insert(u"nextRetry"_s, iso(nextRetry));
    return object;
}

Upload Upload::fromJson(const QJsonObject &object) {
    Upload record;
    record.group = object.value(u"group"_s).toString();
    record.file = object.value(u"file"_s).toString();
    record.key = object.value(u"key"_s).toString();
    record.ok = object.value(u"outcome"_s).toString() == u"success"_s;
    record.attempt = object.value(u"attempt"_s).toInt(1);
    record.bytes = object.value(u"bytes"_s).toInteger();
    record.etag = object.value(u"etag"_s).toString();
    record.error = object.value(u"error"_s).toString();
    record.nextRetry = time(object, "nextRetry"_L1);
    record.end = time(object, "end"_L1);
    return record;
}

QJsonObject Snapshot::toJson() const {
    QJsonObject object{{u"type"_s, u"snapshot"_s},
                       {u"group"_s, group},
                       {u"outcome"_s, ok ? u"success"_s : u"failed"_s},
                       {u"attempt"_s, attempt},
                       {u"end"_s, iso(end)}};
    if (ok) {
        object.insert(u"snapshot"_s, id);
        object.insert(u"cases"_s, cases);
        object.insert(u"fetched"_s, fetched);
        object.insert(u"unchanged"_s, unchanged);
        object.insert(u"attachments"_s, attachments);
        object.insert(u"bytesNew"_s, bytesNew);
        object.insert(u"requests"_s, requests);
        if (expected >= 0)
            object.insert(u"expectedCases"_s, expected);
    } else {
        object.insert(u"error"_s, error);
        if (nextRetry.isValid())
            object.insert(u"nextRetry"_s, iso(nextRetry));
    }
    return object;
}

Snapshot Snapshot::fromJson(const QJsonObject &object) {
    Snapshot record;
    record.group = object.value(u"group"_s).toString();
    record.id = object.value(u"snapshot"_s).toString();
    record.ok = object.value(u"outcome"_s).toString() == u"success"_s;
    record.attempt = object.value(u"attempt"_s).toInt(1);
    record.cases = object.value(u"cases"_s).toInteger();
    record.fetched = object.value(u"fetched"_s).toInteger();
    record.unchanged = object.value(u"unchanged"_s).toInteger();
    record.attachments = object.value(u"attachments"_s).toInteger();
    record.bytesNew = object.value(u"bytesNew"_s).toInteger();
    record.requests = object.value(u"requests"_s).toInteger();
    record.expected = object.value(u"expectedCases"_s).toInteger(-1);
    record.error = object.value(u"error"_s).toString();
    record.nextRetry = time(object, "nextRetry"_L1);
    record.end = time(object, "end"_L1);
    return record;
}

QJsonObject Job::toJson() const {
    QJsonObject object{{u"type"_s, u"job"_s}, {u"jobId"_s, jobId}, {u"state"_s, nameOf(state, jobStates)}};
    if (!group.isEmpty())
        object.insert(u"group"_s, group);
    return object;
}

Job Job::fromJson(const QJsonObject &object) {
    Job record;
    record.group = object.value(u"group"_s).toString();
    record.jobId = object.value(u"jobId"_s).toInteger();
    record.state = valueOf(object.value(u"state"_s).toString(), jobStates, State::Created);
    return record;
}

QJsonObject Restore::toJson() const {
    QJsonObject object{{u"type"_s, u"restore"_s}, {u"group"_s, group},   {u"file"_s, file},
                       {u"case"_s, caseId},       {u"action"_s, action}, {u"outcome"_s, outcome},
                       {u"end"_s, iso(end)}};
    if (newId > 0)
        object.insert(u"newId"_s, newId);
    if (!fields.isEmpty())
        object.insert(u"fields"_s, QJsonArray::fromStringList(fields));
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

Restore Restore::fromJson(const QJsonObject &object) {
    Restore record;
    record.group = object.value(u"group"_s).toString();
    record.file = object.value(u"file"_s).toString();
    record.caseId = object.value(u"case"_s).toString();
    record.action = object.value(u"action"_s).toString();
    record.outcome = object.value(u"outcome"_s).toString();
    record.newId = object.value(u"newId"_s).toInteger();
    for (const QJsonValue &field : object.value(u"fields"_s).toArray())
        record.fields.append(field.toString());
    record.error = object.value(u"error"_s).toString();
    record.end = QDateTime::fromString(object.value(u"end"_s).toString(), Qt::ISODateWithMs);
    return record;
}

QJsonObject SnapshotRestore::toJson() const {
    QJsonObject object{{u"type"_s, u"snapshot-restore"_s},
                       {u"event"_s, nameOf(event, snapshotRestoreEvents)},
                       {u"snapshot"_s, snapshot},
                       {u"project"_s, project},
                       {u"target"_s, target},
                       {u"end"_s, iso(end)}};
    if (testCase > 0)
        object.insert(u"case"_s, testCase);
    if (sharedStep > 0)
        object.insert(u"sharedStep"_s, sharedStep);
    if (event == Event::CommentPosted)
        object.insert(u"comment"_s, comment);
    if (event == Event::Created || event == Event::Done || event == Event::Failed) {
        object.insert(u"written"_s, QJsonArray::fromStringList(written));
        object.insert(u"unverified"_s, QJsonArray::fromStringList(unverified));
        object.insert(u"error"_s, error);
    }
    return object;
}

SnapshotRestore SnapshotRestore::fromJson(const QJsonObject &object) {
    SnapshotRestore record;
    record.event = valueOf(object.value(u"event"_s).toString(), snapshotRestoreEvents, Event::Unknown);
    record.snapshot = object.value(u"snapshot"_s).toString();
    record.project = object.value(u"project"_s).toInteger();
    record.testCase = object.value(u"case"_s).toInteger();
    record.sharedStep = object.value(u"sharedStep"_s).toInteger();
    record.target = object.value(u"target"_s).toInteger();
    record.comment = object.value(u"comment"_s).toInteger();
    for (const QJsonValue &part : object.value(u"written"_s).toArray())
        record.written.append(part.toString());
    for (const QJsonValue &part : object.value(u"unverified"_s).toArray())
        record.unverified.append(part.toString());
    record.error = object.value(u"error"_s).toString();
    record.end = QDateTime::fromString(object.value(u"end"_s).toString(), Qt::ISODateWithMs);
    return record;
}

QJsonObject Deletion::toJson() const {
    return {{u"type"_s, u"delete"_s}, {u"group"_s, group}, {u"file"_s, file}, {u"by"_s, by},
            {u"s3Kept"_s, s3Kept},    {u"end"_s, iso(end)}};
}

Deletion Deletion::fromJson(const QJsonObject &object) {
    Deletion record;
    record.group = object.value(u"group"_s).toString();
    record.file = object.value(u"file"_s).toString();
    record.by = object.value(u"by"_s).toString();
    record.s3Kept = object.value(u"s3Kept"_s).toBool();
    record.end = QDateTime::fromString(object.value(u"end"_s).toString(), Qt::ISODateWithMs);
    return record;
}

Any read(const QJsonObject &object) {
    const QString kind = object.value(u"type"_s).toString();
    if (kind == u"attempt"_s)
        return Attempt::fromJson(object);
    if (kind == u"check"_s)
        return Check::fromJson(object);
    if (kind == u"cycle"_s)
        return Cycle::fromJson(object);
    if (kind == u"job"_s)
        return Job::fromJson(object);
    if (kind == u"upload"_s)
        return Upload::fromJson(object);
    if (kind == u"restore"_s)
        return Restore::fromJson(object);
    if (kind == u"delete"_s)
        return Deletion::fromJson(object);
    if (kind == u"snapshot-restore"_s)
        return SnapshotRestore::fromJson(object);
    return std::monostate();
}

} // namespace JournalRecord

QString JournalRecord::iso(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
