// Undo in TestOps what an export's change view shows: removed cases restored (soft-deleted ones, same id) or
// created again from the previous export's fields (gone for good: a new id), changed cases' fields put back
// to the previous export's values. Always a plan first (read-only calls), then apply: one call at a time, a
// version of each case taken before its fields are written, a result per case journaled
// ({"type":"restore",…}). A case edited again since the export is a conflict and left alone. The window and
// --restore use it; the web view never writes to TestOps.
#pragma once

#include "config/ExportGroup.h"
#include "exports/ChangeDetails.h"
#include "testops/PendingCalls.h"
#include "testops/TestOpsApi.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class ApiCall;
class History;
class TestOpsClient;
struct ApiError;

class RestoreSession : public QObject {
    Q_OBJECT
public:
    struct FieldChange {
        QString column; // as in the CSV
        QString now;    // the export's (and, unless a conflict, TestOps') value
        QString back;   // the previous export's value, written back
    };

    struct Step {
        enum class Action { Restore, Create, Patch, Conflict, Skip };
        enum class Outcome { Planned, Done, Failed, NotTried, Left };
        QString caseId;
        QString name;
        Action action = Action::Skip;
        QList<FieldChange> fields; // Patch: what is written; Conflict: what changed again in TestOps
        QJsonObject body;          // Patch, Create: what is sent
        QStringList notes;         // fields left as they are, and why
        QStringList applyNotes;    // what applying met on the way (no version taken, an answer lost)
        QString why;               // Skip, Conflict: why nothing is written
        Outcome outcome = Outcome::Planned;
        qint64 newId = 0; // Create
        QString error;    // Failed, NotTried
    };

    enum class Selection { Removed, Changed, Both };

    // `previousSha256`: the previous export's SHA-256 as the journal has it, for a comparison kept without
    // it (ChangeDetails::verifyFiles).
    RestoreSession(TestOpsClient *client, History *history, ExportGroup group, QString file,
                   std::shared_ptr<const ChangeDetails> details, QByteArray previousSha256 = {},
                   QObject *parent = nullptr);
    ~RestoreSession() override;

    // Reads TestOps (deleted cases, each case's current fields) and builds the plan; `planned` when done.
    // `caseIds` non-empty: only these (removed or changed) cases.
    void plan(Selection selection, const QStringList &caseIds = {});
    // Writes the plan's Restore, Create and Patch steps; `applied` when done (steps() then holds outcomes).
    void apply();
    // The files were just proven unchanged (by whoever made the session): the next plan need not hash them
    // again; apply() always does.
    void filesVerified() { m_verified = true; }

    const QList<Step> &steps() const { return m_steps; }
    // Why no plan could be made (TestOps unreachable, a 403…); empty otherwise.
    const QString &error() const { return m_error; }
    // Ids asked for that the change view does not list as removed or changed.
    const QStringList &unknownIds() const { return m_unknownIds; }
    const ExportGroup &group() const { return m_group; }
    const QString &file() const { return m_file; }

    // Its words (the plan's and the result's lines, the plan dialog's sentences): RestoreWords.
    // The columns written back, with the TestOps field each goes to; the others are listed as not
    // restorable with their reason.
    static QStringList restorableColumns();
    static QString notRestorableReason(const QString &column);

signals:
    void planned();
    void applied();

private:
    void call(ApiCall *call, std::function<void(ApiCall *)> then);
    void readDeleted(int page);
    void planNext(int index);
    void applyNext(int index);
    void finishStep(int index, bool ok, const ApiError *error);
    // After a write whose answer was lost: what TestOps holds decides (ReadBack), nothing is sent again.
    void findCreated(int index, const QDateTime &sentAt, const ApiError &lost);
    void readBack(int index, qint64 id, const ApiError &lost);
    std::function<void(ApiCall *, std::function<void(ApiCall *)>)> caller();
    void journal(const Step &step);
    // Steps from `from` on are not written (Left, or NotTried with `why`), journaled; then `applied`.
    void leaveTheRest(int from, const QString &why);

    TestOpsApi m_api;
    History *m_history;
    ExportGroup m_group;
    QString m_file;
    std::shared_ptr<const ChangeDetails> m_details;
    QByteArray m_previousSha256;
    bool m_verified = false;
    QList<ExportComparison::Case> m_cases; // selected: removed ones first
    QSet<QString> m_removedIds;
    QSet<qint64> m_deleted;         // soft-deleted in TestOps
    QSet<QString> m_restoredBefore; // removed cases an earlier restore from this export brought back
    QList<Step> m_steps;
    QStringList m_unknownIds;
    QString m_error;
    PendingCalls m_calls{this};
};
