// A lock held by the kernel for as long as this process keeps its file open (flock). It is gone the moment
// its process is, however that ended, so a PID that comes back (PID 1 in a container after a SIGKILL) can
// never seem to hold it. The holder's PID is written into the file, only to name it in a message.
#pragma once

#include <QString>

class ProcessLock {
public:
    enum class Result { Locked, HeldByOther, Error };

    explicit ProcessLock(QString path);
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    Result tryLock();
    bool isLocked() const { return m_fd >= 0; }
    const QString &path() const { return m_path; }
    // After HeldByOther: the PID its holder wrote (0 when unknown).
    qint64 holderPid() const { return m_holderPid; }
    // After Error: why the lock file cannot be opened or locked.
    const QString &errorString() const { return m_error; }

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
    QString m_error;
};
