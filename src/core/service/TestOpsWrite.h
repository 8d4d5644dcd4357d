// A write to TestOps as a view drives it through the front (the window's plans, --restore and
// --restore-snapshot): read TestOps for a plan, show it, write it when the user says so, then show what
// became of each row. Only values cross: the rows in plain words, the lines the command line prints, the
// counts that decide its exit code. The session that writes (restore/RestoreSession, restore/SnapshotRestore)
// stays behind the front, in service/RestoreWrites.cpp.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// What to put back: the same choice for a restore from an export's comparison and from a snapshot.
struct RestoreChoice {
    QStringList cases;    // test case ids; empty: every case the two switches below take
    bool removed = true;  // removed (gone or soft-deleted) cases
    bool changed = true;  // changed cases
    qint64 toProject = 0; // from a snapshot: another project to create the cases in; 0: its own
    bool force = false;   // from a snapshot: write a case TestOps changed since too
};

class TestOpsWrite : public QObject {
    Q_OBJECT
public:
    // A case, a shared step or a rule, as the plan dialog shows it.
    struct Row {
        enum class State { Write, Leave, Done, Failed, NotTried, Left };
        QString subject; // "1700001  Login check 1", "fixtures of unknown tests · project 17"
        QString what;    // what will happen, or what happened, in plain words
        QString details; // the fields and notes, one per line
        State state = State::Write;
    };

    using QObject::QObject;
    ~TestOpsWrite() override;

    // Reads TestOps for the plan of `choice` (read-only calls); `planned` when done. Again for another choice
    // once applied or not.
    virtual void plan(const RestoreChoice &choice) = 0;
    // Writes the plan, one call at a time; `applied` when done.
    virtual void apply() = 0;

    // --- After `planned` (and after `applied`: the same rows with their outcomes)
    // Why no plan could be made (TestOps unreachable, a 403, a case it does not hold); empty otherwise.
    virtual QString error() const = 0;
    // The error is the user's: asked for a case the source does not hold (the command line exits 2).
    virtual bool badInput() const = 0;
    virtual QList<Row> rows() const = 0;
    // What the command line prints: the plan's lines, or after applying, the result's.
    virtual QStringList lines() const = 0;
    // How many rows the plan writes; the plan's words when there are none ("Nothing to undo: …").
    virtual int writes() const = 0;
    virtual QString nothingToWrite() const = 0;
    // Over the plan's rows, or over the result's: which source, what is saved first, that nothing is
    // written until asked.
    virtual QString summary() const = 0;
    // After `applied`: every write done and, where it is read back, verified.
    virtual bool succeeded() const = 0;
    bool isApplied() const { return m_applied; }

signals:
    void planned();
    void applied();

protected:
    bool m_applied = false;
};
