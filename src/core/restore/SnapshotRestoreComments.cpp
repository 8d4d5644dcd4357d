// A restored case's comments: posted again, each starting with who wrote it and when (one an earlier restore
// posted says so already, and is posted as it is), one at a time and
// journaled one by one (by the comment's id in the snapshot), so that a second run posts only those not yet
// posted; a comment whose answer was lost is read back, never posted again blindly.
#include "SnapshotRestore.h"

#include "ReadBack.h"
#include "testops/ApiCall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *restoredHeader =
    QT_TRANSLATE_NOOP("SnapshotRestore", "Written by %1 on %2 (restored from snapshot %3):");
}

bool SnapshotRestore::restoredBefore(const QJsonValue &comment, const QString &account) {
    const QString body = comment[u"body"_s].toString();
    if (account.isEmpty() || comment[u"createdBy"_s].toString() != account)
        return false;
    // The header a restore starts a comment with, in English or in the app's language, then a blank line.
    const auto startsWith = [&body](const QString &words) {
        QString pattern = QRegularExpression::escape(words);
        pattern.replace(u"\\%1"_s, u".+"_s)
            .replace(u"\\%2"_s, u"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"_s)
            .replace(u"\\%3"_s, u"[^\\s)]+"_s);
        return QRegularExpression(u"^"_s + pattern + u"\n\n"_s).match(body).hasMatch();
    };
    return startsWith(QString::fromLatin1(restoredHeader)) ||
           startsWith(QCoreApplication::translate("SnapshotRestore", restoredHeader));
}

qint64 SnapshotRestore::commentKey(const QJsonValue &comment, int index) {
    const qint64 id = comment[u"id"_s].toInteger();
    return id > 0 ? id : -1 - index; // a comment without an id: by its place
}

bool SnapshotRestore::commentsLeft(const Case &c) const {
    const QJsonArray comments = (*document(c.id))[u"comments"_s].toArray();
    const QSet<qint64> posted = m_commentsPosted.value(c.target);
    for (int i = 0; i < comments.size(); ++i) {
        if (!posted.contains(commentKey(comments.at(i), i)))
            return true;
    }
    return false;
}

void SnapshotRestore::commentTasks(int index, QList<std::function<void()>> *tasks) {
    const Case &c = m_cases[index];
    const QJsonArray comments = (*document(c.id))[u"comments"_s].toArray();
    const qint64 target = c.target;
    const QSet<qint64> posted =
        c.action == Case::Action::Create ? QSet<qint64>() : m_commentsPosted.value(target);
    for (int i = 0; i < comments.size(); ++i) {
        const QJsonValue comment = comments.at(i);
        const qint64 key = commentKey(comment, i);
        if (posted.contains(key))
            continue;
        const QString said = comment[u"body"_s].toString();
        const QString body =
            restoredBefore(comment, m_account)
                ? said // posted by an earlier restore: it already says who wrote it and when
                : QCoreApplication::translate("SnapshotRestore", restoredHeader)
                          .arg(comment[u"createdBy"_s].toString(),
                               QDateTime::fromMSecsSinceEpoch(comment[u"createdDate"_s].toInteger(), Qt::UTC)
                                   .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                               m_manifest.id) +
                      u"\n\n"_s + said;
        tasks->append([this, index, target, body, key] {
            const auto done = [this, index, target, key] {
                Case &commented = m_cases[index];
                if (!commented.written.contains(u"comments"_s))
                    commented.written.append(u"comments"_s);
                JournalRecord::SnapshotRestore record;
                record.event = JournalRecord::SnapshotRestore::Event::CommentPosted;
                record.testCase = commented.id;
                record.target = target;
                record.comment = key;
                journalRecord(std::move(record));
                next();
            };
            const QDateTime sentAt = QDateTime::currentDateTimeUtc();
            call(m_api.postComment(target, body), [this, target, body, sentAt, done](ApiCall *answer) {
                const ApiError error = answer->error();
                if (error.kind != ApiError::Kind::AnswerLost) {
                    if (error.isError())
                        return failCase(error);
                    return done();
                }
                ReadBack::postedComment(
                    m_api,
                    [this](ApiCall *request, std::function<void(ApiCall *)> then) {
                        call(request, std::move(then));
                    },
                    target, body, sentAt,
                    [this, error, done](ReadBack::Found found, const QString &why) {
                        if (found == ReadBack::Found::Yes)
                            return done();
                        ApiError lost = error;
                        lost.message =
                            found == ReadBack::Found::No
                                ? tr("a comment was not posted: the answer was lost, and TestOps "
                                     "does not have it; run the restore again")
                                : tr("not known whether a comment was posted: the answer was lost, "
                                     "and %1; look in TestOps before running the restore again")
                                      .arg(why);
                        failCase(lost);
                    });
            });
        });
    }
}
