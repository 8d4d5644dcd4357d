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
constexpr qsizetype pairedRunAtMost = 400; // longer runs of changed lines get no word marks

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
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                script.append({u'-', a[i++]}); // what was before what came after, as diff -u
            } else {
                script.append({u'+', b[j++]});
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

QJsonArray SnapshotDiff::wordMarks(const QStringList &lines) {
    QJsonArray marks;
    const auto mark = [&marks](qsizetype line, qsizetype from, qsizetype to) {
        if (to > from)
            marks.append(QJsonObject{{u"line"_s, line}, {u"from"_s, from}, {u"to"_s, to}});
    };
    const auto changed = [&lines](qsizetype i) {
        return lines[i].startsWith(u"- "_s) || lines[i].startsWith(u"+ "_s);
    };
    // What two lines share from the start, after "- " and "+ ".
    const auto sameStart = [](const QString &a, const QString &b) {
        qsizetype n = 2;
        while (n < a.size() && n < b.size() && a[n] == b[n])
            ++n;
        return n;
    };
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i;
        while (end < lines.size() && changed(end))
            ++end;
        if (end == i) {
            ++i;
            continue;
        }
        // In a run of changed lines, each new line pairs with the old one it shares the longest start with
        // beyond its indent (the same step's number, the same field's name); a line with no such partner is
        // changed whole, no words marked.
        QList<qsizetype> removed;
        for (qsizetype k = i; k < end; ++k)
            if (lines[k].startsWith(u'-'))
                removed.append(k);
        for (qsizetype k = i; k < end && end - i <= pairedRunAtMost; ++k) {
            if (!lines[k].startsWith(u'+'))
                continue;
            const QString &b = lines[k];
            qsizetype best = -1;
            qsizetype bestStart = 0;
            for (qsizetype r : std::as_const(removed)) {
                const qsizetype start = sameStart(lines[r], b);
                const bool beyondIndent = QStringView(b).mid(2, start - 2).trimmed().size() > 0;
                if (beyondIndent && start > bestStart) {
                    best = r;
                    bestStart = start;
                }
            }
            if (best < 0 || QStringView(lines[best]).mid(2) == QStringView(b).mid(2))
                continue; // nothing inside the line changed (one snapshot by two names: the same heading)
            removed.removeOne(best);
            const QString &a = lines[best];
            qsizetype start = bestStart;
            qsizetype common = 0; // the common end's length
            while (common < a.size() - start && common < b.size() - start &&
                   a[a.size() - 1 - common] == b[b.size() - 1 - common])
                ++common;
            // Whole words: back to the start of the word, on to the end of the word.
            while (start > 2 && !a[start - 1].isSpace())
                --start;
            while (common > 0 && !a[a.size() - common].isSpace())
                --common;
            mark(best, start, a.size() - common);
            mark(k, start, b.size() - common);
        }
        i = end;
    }
    return marks;
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
    // Their second lines say which snapshot kept them: the heading, under the id and name --to's snapshot
    // gives the case (the newer one's in the window and on the page, which put the older one first).
    Result result;
    const QString kept = a.value(1);
    const QString keptTo = b.value(1);
    a.removeAt(1);
    b.removeAt(1);
    const QStringList lines = unified(a, b);
    result.differs = a != b;
    result.text =
        b.value(0) + u'\n' + u"- "_s + kept + u'\n' + u"+ "_s + keptTo + u'\n' +
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
        const QStringList lines = diff->text.split(u'\n');
        json.insert(u"diff"_s, QJsonObject{{u"with"_s, other->id},
                                           {u"differs"_s, diff->differs},
                                           {u"lines"_s, QJsonArray::fromStringList(lines)},
                                           {u"marks"_s, wordMarks(lines)}});
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
