// One instance per user: the first holds a lock and listens; a second asks it to show its window and exits.
#pragma once

#include <QLocalServer>
#include <QObject>

#include <memory>

class ProcessLock;

class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `name` tells instances of different users or tests apart.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True for the first instance. For a later one the first is asked to show itself, and this returns false.
    bool claim();

signals:
    void activationRequested();

private:
    QString m_name;
    std::unique_ptr<ProcessLock> m_lock;
    QLocalServer m_server;
};
