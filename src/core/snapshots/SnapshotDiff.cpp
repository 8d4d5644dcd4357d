#include "SnapshotDiff.h"

#include "SnapshotCommands.h"
#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxLines = 5000;

} // namespace

QStringList SnapshotDiff::unified(const QStringList &a, const QStringList &b, int context) {
    // Longest common subsequence, then the edit script; '=' kept, '-' from a, '+' from b.
    QList<QPair<QChar, QString>> script;
    if (a.size() > maxLines || b.size() > maxLines) {
        for (const QString &line : a)
            script.append({u'-', line});
        for (const QString &line : b)
            script.append({u'+', line});
    } else {
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] =
                    a[i] == b[j] ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                script.append({u'=', a[i]});
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
                script.append({u'+', b[j++]});
            } else {
                script.append({u'-', a[i++]});
            }
        }
    }
    QStringList out;
    qsizetype lastShown = -1;
    for (qsizetype k = 0; k < script.size(); ++k) {
        bool near = script[k].first != u'=';
        for (qsizetype d = -context; d <= context && !near; ++d)
            near = k + d >= 0 && k + d < script.size() && script[k + d].first != u'=';
        if (!near)
            continue;
        if (lastShown >= 0 && k > lastShown + 1)
            out.append(u"…"_s);
        out.append((script[k].first == u'=' ? u' ' : script[k].first) + u' ' + script[k].second);
        lastShown = k;
    }
    return out;
}

std::optional<SnapshotDiff::Result> SnapshotDiff::diffCase(const SnapshotStore &store, qint64 caseId,
                                                           const QString &from, const QString &to,
                                                           QString *error) {
    const std::optional<QString> before = SnapshotCommands::showCase(store, caseId, from, false, error);
    if (!before)
        return std::nullopt;
    const std::optional<QString> after = SnapshotCommands::showCase(store, caseId, to, false, error);
    if (!after)
        return std::nullopt;
    QStringList a = before->split(u'\n');
    QStringList b = after->split(u'\n');
    // Their second lines say which snapshot kept them: the heading.
    Result result;
    const QString kept = a.value(1);
    const QString keptTo = b.value(1);
    a.removeAt(1);
    b.removeAt(1);
    const QStringList lines = unified(a, b);
    result.differs = a != b;
    result.text =
        a.value(0) + u'\n' + u"- "_s + kept + u'\n' + u"+ "_s + keptTo + u'\n' +
        (result.differs ? lines.join(u'\n') : QCoreApplication::translate("SnapshotDiff", "No difference."));
    return result;
}

std::optional<QJsonObject> SnapshotDiff::caseJson(const SnapshotStore &store, const QString &snapshotId,
                                                  qint64 caseId, const QString &compareWith, QString *error) {
    const std::optional<SnapshotManifest> m = store.manifest(snapshotId);
    if (!m) {
        *error =
            QCoreApplication::translate("SnapshotDiff", "There is no snapshot %1.").arg(snapshotId.left(200));
        return std::nullopt;
    }
    const std::optional<SnapshotIndex> index = store.index(*m, error);
    if (!index)
        return std::nullopt;
    const SnapshotCase *c = index->testCase(caseId);
    if (!c) {
        *error = QCoreApplication::translate("SnapshotDiff", "Snapshot %1 holds no test case %2.")
                     .arg(m->id)
                     .arg(caseId);
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = store.read(c->document, error);
    const std::optional<QString> text = SnapshotCommands::showCase(store, caseId, m->id, false, error);
    if (!bytes || !text)
        return std::nullopt;
    QJsonArray attachments;
    for (const SnapshotAttachment &a : c->attachments)
        attachments.append(QJsonObject{{u"id"_s, a.id},
                                       {u"name"_s, a.name},
                                       {u"contentType"_s, a.contentType},
                                       {u"size"_s, a.size},
                                       {u"missed"_s, a.missed},
                                       {u"kept"_s, !a.object.isEmpty()}});
    QJsonObject json{{u"snapshot"_s, QJsonObject{{u"id"_s, m->id},
                                                 {u"group"_s, m->group},
                                                 {u"takenAt"_s, m->takenAt.toUTC().toString(Qt::ISODate)}}},
                     {u"case"_s, QJsonObject{{u"id"_s, c->id},
                                             {u"name"_s, c->name},
                                             {u"path"_s, QJsonArray::fromStringList(c->path)},
                                             {u"lastModified"_s, c->lastModified},
                                             {u"attachments"_s, attachments}}},
                     {u"lines"_s, QJsonArray::fromStringList(text->split(u'\n'))},
                     {u"document"_s, QJsonDocument::fromJson(*bytes).object()}};
    if (!compareWith.isEmpty()) {
        // The older one first, whichever was asked for: "-" what was, "+" what came after.
        const std::optional<SnapshotManifest> other =
            SnapshotCommands::findFor(store, caseId, compareWith, error);
        if (!other)
            return std::nullopt;
        const bool older = other->takenAt < m->takenAt;
        const std::optional<Result> diff =
            diffCase(store, caseId, older ? other->id : m->id, older ? m->id : other->id, error);
        if (!diff)
            return std::nullopt;
        json.insert(u"diff"_s,
                    QJsonObject{{u"to"_s, compareWith},
                                {u"differs"_s, diff->differs},
                                {u"lines"_s, QJsonArray::fromStringList(diff->text.split(u'\n'))}});
    }
    return json;
}

std::optional<QJsonObject> SnapshotDiff::casesJson(const SnapshotStore &store, const QString &snapshotId,
                                                   QString *error) {
    const std::optional<SnapshotManifest> m = store.manifest(snapshotId);
    if (!m) {
        *error =
            QCoreApplication::translate("SnapshotDiff", "There is no snapshot %1.").arg(snapshotId.left(200));
        return std::nullopt;
    }
    const std::optional<SnapshotIndex> index = store.index(*m, error);
    if (!index)
        return std::nullopt;
    QList<const SnapshotCase *> cases;
    for (const SnapshotCase &c : index->cases)
        cases.append(&c);
    std::sort(cases.begin(), cases.end(), [](const SnapshotCase *a, const SnapshotCase *b) {
        return a->name.localeAwareCompare(b->name) < 0 || (a->name == b->name && a->id < b->id);
    });
    QJsonArray list;
    for (const SnapshotCase *c : std::as_const(cases))
        list.append(QJsonObject{{u"id"_s, c->id},
                                {u"name"_s, c->name},
                                {u"path"_s, QJsonArray::fromStringList(c->path)},
                                {u"attachments"_s, c->attachments.size()}});
    return QJsonObject{{u"snapshot"_s, QJsonObject{{u"id"_s, m->id},
                                                   {u"group"_s, m->group},
                                                   {u"takenAt"_s, m->takenAt.toUTC().toString(Qt::ISODate)},
                                                   {u"cases"_s, m->cases}}},
                       {u"cases"_s, list}};
}
