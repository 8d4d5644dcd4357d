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

bool SnapshotRestoreFlow::start(const QString &id, const RestoreChoice &choice, const QString &summary) {
    if (m_restore)
        return false;
    QString error;
    m_restore = m_snapshots ? m_snapshots->restore(id, &error) : nullptr;
    if (!m_restore) {
        m_dialogs->information(m_owner, tr("Restore in TestOps"), error);
        emit ended();
        return false;
    }
    connect(m_restore.get(), &TestOpsWrite::planned, this, [this, summary] {
        if (!m_restore->error().isEmpty()) {
            const QString why = m_restore->error();
            m_restore.reset();
            emit ended();
            m_dialogs->information(m_owner, tr("Restore in TestOps"), why);
            return;
        }
        PlanDialog::open(m_owner, m_plan, tr("Restore in TestOps"),
                         summary.isEmpty() ? m_restore->summary() : summary, m_restore->rows(), m_dialogs,
                         [this] { m_restore->apply(); });
        connect(m_plan, &QObject::destroyed, this, [this] {
            m_restore.reset(); // a plan closed, or its result read: the next restore reads TestOps again
            emit ended();
        });
    });
    connect(m_restore.get(), &TestOpsWrite::applied, this, [this] {
        if (m_plan)
            m_plan->showResults(m_restore->summary(), m_restore->rows());
    });
    emit reading();
    m_restore->plan(choice);
    return true;
}
