#include "SnapshotRestoreFlow.h"

#include "UserDialogs.h"
#include "service/SnapshotFront.h"

using namespace Qt::StringLiterals;

SnapshotRestoreFlow::SnapshotRestoreFlow(QWidget *owner, SnapshotFront *snapshots, UserDialogs *dialogs)
    : QObject(owner)
    , m_owner(owner)
    , m_snapshots(snapshots)
    , m_dialogs(dialogs) {}

SnapshotRestoreFlow::~SnapshotRestoreFlow() {
    // The plan goes before the session its rows and buttons reach.
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
        delete m_plan;
    }
}

bool SnapshotRestoreFlow::start(const QString &id, const SnapshotRestore::Options &options,
                                const QString &summary) {
    if (m_restore)
        return false;
    QString error;
    m_restore = m_snapshots ? m_snapshots->restoreSession(id, &error) : nullptr;
    if (!m_restore) {
        m_dialogs->information(m_owner, tr("Restore in TestOps"), error);
        emit ended();
        return false;
    }
    connect(m_restore.get(), &SnapshotRestore::planned, this, [this, summary] {
        if (!m_restore->error().isEmpty()) {
            const QString why = m_restore->error();
            m_restore.reset();
            emit ended();
            m_dialogs->information(m_owner, tr("Restore in TestOps"), why);
            return;
        }
        PlanDialog::open(m_owner, m_plan, tr("Restore in TestOps"), summary, rows(*m_restore), m_dialogs,
                         [this] { m_restore->apply(); });
        connect(m_plan, &QObject::destroyed, this, [this] {
            m_restore.reset(); // a plan closed, or its result read: the next restore reads TestOps again
            emit ended();
        });
    });
    connect(m_restore.get(), &SnapshotRestore::applied, this, [this] {
        if (m_plan)
            m_plan->showResults(
                tr("What was written to TestOps from snapshot %1.").arg(m_restore->manifest().id),
                rows(*m_restore));
    });
    emit reading();
    m_restore->plan(options);
    return true;
}

QList<PlanDialog::Row> SnapshotRestoreFlow::rows(const SnapshotRestore &restore) {
    using State = PlanDialog::Row::State;
    using Outcome = SnapshotRestore::Case::Outcome;
    QList<PlanDialog::Row> rows;
    for (const SnapshotRestore::SharedStep &s : restore.sharedSteps()) {
        if (s.action != SnapshotRestore::SharedStep::Action::Keep)
            rows.append({tr("shared step %1  %2").arg(s.id).arg(s.name),
                         SnapshotRestore::sharedStepLine(s).section(u"  "_s, 2), QString(), State::Write});
    }
    using Action = SnapshotRestore::Case::Action;
    for (const SnapshotRestore::Case &c : restore.cases()) {
        State state = c.action == Action::Same || c.action == Action::Conflict ? State::Leave : State::Write;
        QString what = c.action == Action::Create     ? tr("Create it again (TestOps gives it a new id)")
                       : c.action == Action::Restore  ? tr("Restore it, with its id")
                       : c.action == Action::PutBack  ? tr("Put back: %1").arg(c.parts.join(u", "_s))
                       : c.action == Action::Conflict ? tr("Left alone: %1").arg(c.error)
                                                      : tr("As kept: nothing to write");
        QStringList details = c.notes;
        switch (c.outcome) {
        case Outcome::Planned:
            if (c.action == Action::Create || c.action == Action::Restore)
                details.prepend(tr("Parts: %1").arg(c.parts.join(u", "_s)));
            break;
        case Outcome::Done:
            state = c.unverified.isEmpty() && c.inGroup ? State::Done : State::Failed;
            what = c.unverified.isEmpty() ? tr("Written and read back: as kept")
                                          : tr("Written; still differs: %1").arg(c.unverified.join(u", "_s));
            if (!c.inGroup)
                what += u"; "_s + tr("not in its group");
            details.prepend(tr("Written: %1").arg(c.written.join(u", "_s)));
            if (c.target != c.id)
                details.prepend(tr("Its new id: %1").arg(c.target));
            break;
        case Outcome::Failed:
            state = State::Failed;
            what = tr("Failed: %1").arg(c.error);
            details.prepend(
                tr("Written: %1").arg(c.written.isEmpty() ? tr("nothing") : c.written.join(u", "_s)));
            break;
        case Outcome::NotTried:
            state = State::NotTried;
            what = c.error;
            break;
        }
        details += c.applyNotes;
        rows.append({u"%1  %2"_s.arg(c.id).arg(c.name), what, details.join(u'\n'), state});
    }
    return rows;
}
