#include "SnapshotCommands.h"

#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// The reader's words while a ReaderWords lives (the web view's reader); the app's otherwise.
bool readerWordsOn = false;
const QTranslator *readerWords = nullptr;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    if (!readerWordsOn)
        return QCoreApplication::translate("SnapshotCommands", text, disambiguation, n);
    QString said =
        readerWords ? readerWords->translate("SnapshotCommands", text, disambiguation, n) : QString();
    if (said.isEmpty())
        said = QString::fromUtf8(text);
    return n >= 0 ? said.replace(u"%n"_s, QString::number(n)) : said;
}

// tr() for words lupdate finds by their QT_TRANSLATE_NOOP (it skips tr() in this unnamed namespace).
QString say(const char *text) {
    return tr(text);
}

QString megabytes(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString names(const QJsonArray &items, const QString &key = u"name"_s) {
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(key).toString());
    return list.join(u", "_s);
}

// The steps below `ids` as an indented tree: "1.", "1.1.", expected results and shared steps named.
constexpr int maxLevels = 16;      // a scenario nested deeper (or a loop in a hostile answer) is cut there
constexpr int maxStepLines = 5000; // and one that renders longer (steps shared many times over)
QString cutWords() {
    return say(QT_TRANSLATE_NOOP("SnapshotCommands", "… (nested too deep, or too many steps, to show)"));
}

void steps(const QJsonObject &scenario, const QJsonArray &ids, const QString &prefix, int depth,
           QStringList *out, int level = 0) {
    if (level >= maxLevels || out->size() >= maxStepLines) {
        const QString cut = cutWords();
        if (!ids.isEmpty() && (out->isEmpty() || out->last().trimmed() != cut)) // said once in a row
            out->append(QString(2 + depth * 3, u' ') + cut);
        return;
    }
    const QJsonObject all = scenario.value(u"scenarioSteps"_s).toObject();
    QJsonObject attachments = scenario.value(u"attachments"_s).toObject();
    const QJsonObject sharedAttachments = scenario.value(u"sharedStepAttachments"_s).toObject();
    for (auto it = sharedAttachments.begin(); it != sharedAttachments.end(); ++it)
        attachments.insert(it.key(), it.value());
    const QJsonObject shared = scenario.value(u"sharedSteps"_s).toObject();
    const QJsonObject sharedSteps = scenario.value(u"sharedStepScenarioSteps"_s).toObject();
    // A case's own step, or a line of a shared step it uses (its expected results too).
    const auto stepOf = [&all, &sharedSteps](qint64 id) {
        const QJsonObject own = all.value(QString::number(id)).toObject();
        return own.isEmpty() ? sharedSteps.value(QString::number(id)).toObject() : own;
    };
    const QString indent(2 + depth * 3, u' ');
    int n = 0;
    for (const QJsonValue &id : ids) {
        if (out->size() >= maxStepLines)
            return steps(scenario, ids, prefix, depth, out, maxLevels); // says where it was cut
        const QString number = prefix + QString::number(++n) + u'.';
        const QJsonObject step = stepOf(id.toInteger());
        QString text = step.value(u"body"_s).toString();
        if (const qint64 attachment = step.value(u"attachmentId"_s).toInteger(); attachment > 0)
            text = say(QT_TRANSLATE_NOOP("SnapshotCommands", "[attachment] %1"))
                       .arg(attachments.value(QString::number(attachment))
                                .toObject()
                                .value(u"name"_s)
                                .toString(QString::number(attachment)));
        const qint64 sharedId = step.value(u"sharedStepId"_s).toInteger();
        if (sharedId > 0) {
            const QJsonObject used = shared.value(QString::number(sharedId)).toObject();
            text = say(QT_TRANSLATE_NOOP("SnapshotCommands", "[shared step %1] %2"))
                       .arg(sharedId)
                       .arg(used.value(u"body"_s).toString(
                           say(QT_TRANSLATE_NOOP("SnapshotCommands", "(not returned by TestOps)"))));
        }
        out->append(indent + number + u' ' + text);
        if (sharedId > 0)
            steps(scenario, shared.value(QString::number(sharedId)).toObject().value(u"children"_s).toArray(),
                  number, depth + 1, out, level + 1);
        steps(scenario, step.value(u"children"_s).toArray(), number, depth + 1, out, level + 1);
        if (const qint64 expected = step.value(u"expectedResultId"_s).toInteger(); expected > 0) {
            const QJsonObject result = stepOf(expected);
            QStringList lines;
            if (!result.value(u"body"_s).toString().isEmpty())
                lines.append(result.value(u"body"_s).toString());
            const QJsonArray children = result.value(u"children"_s).toArray();
            if (children.size() == 1 && lines.isEmpty()) // one line: said on the same line
                lines.append(stepOf(children[0].toInteger()).value(u"body"_s).toString());
            else
                steps(scenario, children, QString(), 0, &lines, level + 1);
            const QString under = indent + QString(number.size() + 1, u' ');
            out->append(under + say(QT_TRANSLATE_NOOP("SnapshotCommands", "Expected:")) +
                        (lines.size() == 1 ? u' ' + lines[0].trimmed() : QString()));
            for (qsizetype i = 0; lines.size() > 1 && i < lines.size() && out->size() < maxStepLines; ++i)
                out->append(under + u"  "_s + lines[i].trimmed());
        }
    }
}

bool writeFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &fill, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            say(QT_TRANSLATE_NOOP("SnapshotCommands", "cannot write %1: %2")).arg(path, file.errorString());
        return false;
    }
    if (!fill(&file, error))
        return false; // not committed: nothing half-written stays
    if (!file.commit()) {
        *error =
            say(QT_TRANSLATE_NOOP("SnapshotCommands", "cannot write %1: %2")).arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

QStringList SnapshotCommands::stepLines(const QJsonObject &scenario) {
    QStringList out;
    steps(scenario, scenario.value(u"root"_s).toObject().value(u"children"_s).toArray(), QString(), 0, &out);
    if (out.size() > maxStepLines) { // the expected results under the steps being cut add a line each
        out.resize(maxStepLines);
        out.append(u"  "_s + cutWords());
    }
    return out;
}

QString SnapshotCommands::listLine(const SnapshotManifest &m) {
    return u"%1  %2  %3  %4  %5  %6  %7"_s.arg(
        m.id, m.group, m.takenAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
        tr("%n case(s)", nullptr, int(m.cases)), tr("%n attachment(s)", nullptr, int(m.attachments)),
        megabytes(m.bytes), tr("%1 new").arg(megabytes(m.bytesNew)));
}

QJsonArray SnapshotCommands::listJson(const QList<SnapshotManifest> &manifests) {
    QJsonArray array;
    for (const SnapshotManifest &m : manifests)
        array.append(QJsonObject{{u"id"_s, m.id},
                                 {u"group"_s, m.group},
                                 {u"takenAt"_s, m.takenAt.toUTC().toString(Qt::ISODate)},
                                 {u"cases"_s, m.cases},
                                 {u"attachments"_s, m.attachments},
                                 {u"bytes"_s, m.bytes},
                                 {u"bytesNew"_s, m.bytesNew},
                                 {u"full"_s, m.full}});
    return array;
}

QString SnapshotCommands::resultLine(const SnapshotResult &r) {
    if (!r.ok)
        return u"FAIL  %1  %2"_s.arg(r.group, r.error);
    const SnapshotManifest &m = r.manifest;
    QString line =
        u"OK    %1  "_s.arg(r.group) +
        tr("%n case(s): %1 read, %2 unchanged", nullptr, int(m.cases)).arg(m.fetched).arg(m.unchanged) +
        u"; "_s + tr("%n attachment(s)", nullptr, int(m.attachments)) + u", "_s +
        tr("%1 new on disk").arg(megabytes(m.bytesNew)) + u"; "_s +
        tr("%n request(s)", nullptr, int(m.requests)) + u"; "_s;
    if (m.expected < 0)
        line += tr("TestOps did not count the group");
    else if (m.verifiedCount())
        line += tr("verified: TestOps counts %n", nullptr, int(m.expected));
    else
        line += tr("NOT verified: TestOps counts %1").arg(m.expected);
    if (m.changedWithoutDate > 0)
        line += u"; "_s +
                tr("%n case(s) changed without a new lastModifiedDate", nullptr, int(m.changedWithoutDate));
    if (!m.notes.isEmpty())
        line += u"; "_s + tr("%n note(s) in the manifest", nullptr, int(m.notes.size()));
    return line;
}

QString SnapshotCommands::copyLine(const SnapshotCopyResult &r) {
    if (!r.ok)
        return u"FAIL  S3  "_s + r.error;
    QString line = u"OK    S3  "_s + tr("%n snapshot(s) copied: ", nullptr, r.manifests) +
                   tr("%n object(s)", nullptr, int(r.objects)) + u", "_s + megabytes(r.bytes) + u", "_s +
                   tr("each checked by its MD5") + u"; "_s + tr("%n in the bucket", nullptr, r.inBucket);
    if (r.deleted > 0)
        line += u"; "_s + tr("%n deleted by SNAPSHOT_KEEP", nullptr, r.deleted);
    return line;
}

SnapshotCommands::ReaderWords::ReaderWords(const QTranslator *words)
    : m_was(readerWords)
    , m_wasOn(readerWordsOn) {
    readerWords = words;
    readerWordsOn = true;
}

SnapshotCommands::ReaderWords::~ReaderWords() {
    readerWords = m_was;
    readerWordsOn = m_wasOn;
}

std::optional<SnapshotManifest> SnapshotCommands::findFor(const SnapshotStore &store, qint64 caseId,
                                                          const QString &at, QString *error) {
    const QDate day = QDate::fromString(at, Qt::ISODate);
    std::optional<SnapshotManifest> found;
    bool named = false; // a snapshot answers to `at`
    QString unreadable; // why a snapshot that answers could not be read (damaged, not a missing case)
    const QList<SnapshotManifest> manifests = store.manifests();
    for (const SnapshotManifest &m : manifests) {
        if (!at.isEmpty() && m.id != at && (!day.isValid() || m.takenAt.toUTC().date() != day))
            continue;
        named = true;
        QString why;
        const std::optional<SnapshotIndex> index = store.index(m, &why);
        if (index && index->testCase(caseId))
            found = m; // the newest wins
        else if (!index)
            unreadable = why;
    }
    // What is wrong: the case, the day, or the name of the snapshot.
    if (found)
        return found;
    if (!at.isEmpty() && !unreadable.isEmpty())
        *error = unreadable;
    else if (at.isEmpty())
        *error = tr("no snapshot holds test case %1").arg(caseId);
    else if (named)
        *error = day.isValid() ? tr("no snapshot of %1 holds test case %2").arg(at).arg(caseId)
                               : tr("snapshot %1 holds no test case %2").arg(at).arg(caseId);
    else
        *error =
            day.isValid()
                ? tr("no snapshot was taken on %1 (see --snapshots)").arg(at)
                : tr("there is no snapshot %1: an id of --snapshots, or a date yyyy-MM-dd").arg(at.left(200));
    return found;
}

std::optional<QString> SnapshotCommands::showCase(const SnapshotStore &store, qint64 caseId,
                                                  const QString &at, bool json, QString *error) {
    const std::optional<SnapshotManifest> m = findFor(store, caseId, at, error);
    if (!m)
        return std::nullopt;
    const std::optional<SnapshotIndex> index = store.index(*m, error);
    if (!index)
        return std::nullopt;
    const SnapshotCase &c = *index->testCase(caseId);
    const std::optional<QByteArray> bytes = store.read(c.document, error);
    if (!bytes)
        return std::nullopt;
    const QJsonObject doc = QJsonDocument::fromJson(*bytes).object();
    if (json)
        return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    const QJsonObject o = doc.value(u"overview"_s).toObject();
    QStringList out;
    out << u"%1  %2"_s.arg(c.id).arg(c.name);
    out << tr("Kept in %1 (%2)").arg(m->id, m->takenAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    if (!c.path.isEmpty())
        out << tr("Group: %1").arg(m->group + u" / "_s + c.path.join(u" / "_s));
    out << tr("Status: %1  Layer: %2  Automated: %3")
               .arg(o.value(u"status"_s).toObject().value(u"name"_s).toString(),
                    o.value(u"layer"_s).toObject().value(u"name"_s).toString(),
                    o.value(u"automated"_s).toBool() ? tr("yes") : tr("no"));
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label + u' ' + value;
    };
    line(tr("Tags:"), names(o.value(u"tags"_s).toArray()));
    QStringList fields;
    for (const QJsonValue &v : o.value(u"customFields"_s).toArray())
        fields << v[u"customField"_s][u"name"_s].toString() + u": "_s + v[u"name"_s].toString();
    line(tr("Custom fields:"), fields.join(u", "_s));
    line(tr("Links:"), names(o.value(u"links"_s).toArray(), u"url"_s));
    line(tr("Issues:"), names(o.value(u"issues"_s).toArray()));
    line(tr("Members:"), names(o.value(u"members"_s).toArray()));
    line(tr("Test keys:"), names(o.value(u"testKeys"_s).toArray()));
    line(tr("Description:"), o.value(u"description"_s).toString());
    line(tr("Precondition:"), o.value(u"precondition"_s).toString());
    line(tr("Expected result:"), o.value(u"expectedResult"_s).toString());
    const QJsonObject scenario = doc.value(u"scenario"_s).toObject();
    out << tr("Steps:");
    out += stepLines(scenario);
    if (!c.attachments.isEmpty()) {
        out << tr("Attachments:");
        for (const SnapshotAttachment &a : c.attachments)
            out << u"  %1  %2 (%3, %4)%5"_s.arg(a.id).arg(a.name, a.contentType, megabytes(a.size),
                                                          a.object.isEmpty() ? u"  "_s + tr("bytes not kept")
                                                                             : QString());
    }
    QStringList relations;
    for (const QJsonValue &r : doc.value(u"relations"_s).toArray())
        relations << r[u"type"_s].toString() + u' ' + QString::number(r[u"target"_s][u"id"_s].toInteger()) +
                         u" ("_s + r[u"target"_s][u"name"_s].toString() + u')';
    line(tr("Relations:"), relations.join(u", "_s));
    for (const QJsonValue &comment : doc.value(u"comments"_s).toArray())
        out << tr("Comment by %1, %2: %3")
                   .arg(comment[u"createdBy"_s].toString(),
                        QDateTime::fromMSecsSinceEpoch(comment[u"createdDate"_s].toInteger(), Qt::UTC)
                            .toString(u"yyyy-MM-dd"_s),
                        comment[u"body"_s].toString());
    return out.join(u'\n');
}

QString SnapshotCommands::safeFileName(const QString &name) {
    QString safe;
    for (const QChar c : name)
        safe += (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control || c == QChar(0)) ? u'_' : c;
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    while (safe.toUtf8().size() > 200)
        safe.chop(1);
    return safe.isEmpty() ? u"attachment"_s : safe;
}

std::optional<SnapshotCommands::Extracted>
SnapshotCommands::extract(const SnapshotStore &store, const QString &id, const QString &dir, QString *error) {
    const std::optional<SnapshotManifest> m = store.manifest(id);
    if (!m) {
        *error = tr("no snapshot %1 (see --snapshots)").arg(id);
        return std::nullopt;
    }
    const std::optional<SnapshotIndex> index = store.index(*m, error);
    if (!index)
        return std::nullopt;
    Extracted done;
    const auto one = [&](const SnapshotCase &c, const QString &folder, const QString &documentName) -> bool {
        if (!QDir().mkpath(folder + u"/attachments"_s)) {
            *error = tr("cannot create the folder %1").arg(folder);
            return false;
        }
        const auto copy = [&store, &done](const QByteArray &object) {
            return [&store, &done, object](QIODevice *to, QString *why) {
                const qint64 before = to->pos();
                const bool ok = store.copy(object, to, why);
                done.bytes += to->pos() - before;
                return ok;
            };
        };
        if (!writeFile(folder + u'/' + documentName, copy(c.document), error))
            return false;
        ++done.files;
        for (const SnapshotAttachment &a : c.attachments) {
            if (a.object.isEmpty())
                continue;
            if (!writeFile(folder + u"/attachments/"_s + QString::number(a.id) + u'-' + safeFileName(a.name),
                           copy(a.object), error))
                return false;
            ++done.files;
        }
        return true;
    };
    const QString root = QDir(dir).filePath(safeFileName(m->group));
    for (const SnapshotCase &c : index->cases) {
        if (!one(c, root + u'/' + QString::number(c.id), u"case.json"_s))
            return std::nullopt;
        ++done.cases;
    }
    for (const SnapshotCase &s : index->sharedSteps) {
        if (!one(s, root + u"/shared-steps/"_s + QString::number(s.id), u"shared-step.json"_s))
            return std::nullopt;
        ++done.sharedSteps;
    }
    return done;
}
