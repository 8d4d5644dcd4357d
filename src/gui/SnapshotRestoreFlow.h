// A restore in TestOps from a snapshot, as a window runs it: TestOps read for the plan, the plan shown
// (PlanDialog: nothing written until Write to TestOps), then each row's outcome in the same table. Used by
// the snapshot browser and by the change view's "Restore in TestOps" when the group has a snapshot of the day
// it compares with.
#pragma once

#include "PlanDialog.h"
#include "service/TestOpsWrite.h"

#include <QObject>
#include <QPointer>

#include <memory>

class SnapshotFront;
class UserDialogs;

class SnapshotRestoreFlow : public QObject {
    Q_OBJECT
public:
    // The plan opens over `owner`; `dialogs` tells what went wrong.
    SnapshotRestoreFlow(QWidget *owner, SnapshotFront *snapshots, UserDialogs *dialogs);
    ~SnapshotRestoreFlow() override;

    // Reads TestOps for a restore of `choice` from snapshot `id` and shows the plan under `summary` (empty:
    // the restore's own); false (and said) when it cannot start.
    bool start(const QString &id, const RestoreChoice &choice, const QString &summary = QString());
    // A restore is being planned, shown or written.
    bool busy() const { return m_restore != nullptr; }
    PlanDialog *plan() const { return m_plan; }

signals:
    void reading(); // TestOps is read for the plan
    void ended();   // the plan closed (or could not be made): another restore may start

private:
    QWidget *m_owner;
    QPointer<SnapshotFront> m_snapshots;
    UserDialogs *m_dialogs;
    std::unique_ptr<TestOpsWrite> m_restore;
    QPointer<PlanDialog> m_plan;
};
