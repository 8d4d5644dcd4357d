// Keeps the export cycle in flight outside the process, so that a cycle ended by a shutdown (a rolling
// update's SIGTERM), a kill or a lost lease is finished by the next start or the next leader, once: in the
// Lease's annotations with several replicas (whose folders need not be shared), in a file of the data folder
// otherwise. A cycle the user stopped, or that ended, is done and not repeated.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class ExportRunner;
class LeaderElector;

class CycleMark : public QObject {
    Q_OBJECT
public:
    // What a cycle still owed: its id, what started it and the groups it had not exported yet.
    struct Due {
        QString cycle;
        QString trigger;
        QStringList groups;
        bool isEmpty() const { return cycle.isEmpty(); }
        QJsonObject toJson() const;
        static Due fromJson(const QJsonObject &object);
    };

    static constexpr char16_t leaseKey[] = u"testops-export.io/cycle-due";

    // `elector` null: one process, the mark in `file`.
    CycleMark(ExportRunner *runner, LeaderElector *elector, QString file, QObject *parent = nullptr);

    // The cycle running now ends by an interruption (shutdown, leadership lost): it stays due.
    void interrupt();
    // Runs what the last process or leader left due, if anything; called when this process starts to
    // schedule, or starts to lead.
    void resume();
    // Whether cycles are marked at all (--export-now runs one and leaves nothing due behind).
    void setActive(bool active) { m_active = active; }

    Due due() const; // as stored now
    // Whether the cycle running now finishes one that was interrupted (resume() started it): a scheduled run
    // that comes meanwhile waits for it, rather than being skipped as a cycle already running.
    bool finishing() const { return m_finishing; }

private:
    void update();
    void store(const Due &due);

    ExportRunner *m_runner;
    LeaderElector *m_elector;
    QString m_file;
    bool m_active = false;
    bool m_interrupting = false;
    bool m_finishing = false;
    QJsonObject m_written; // what was stored last, so that progress writes only what changed
};
