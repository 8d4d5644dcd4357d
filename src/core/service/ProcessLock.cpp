#include "ProcessLock.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

ProcessLock::ProcessLock(QString path)
    : m_path(std::move(path)) {}

ProcessLock::~ProcessLock() {
    if (m_fd >= 0)
        ::close(m_fd); // the kernel drops the lock with the last descriptor
}

ProcessLock::Result ProcessLock::tryLock() {
    if (m_fd >= 0)
        return Result::Locked;
    m_holderPid = 0;
    m_error.clear();
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return Result::Error;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            char text[32] = {};
            const ssize_t read = ::pread(fd, text, sizeof text - 1, 0);
            m_holderPid =
                read > 0 ? QByteArray(text, int(read)).trimmed().split('\n').value(0).toLongLong() : 0;
        } else {
            m_error = QString::fromLocal8Bit(std::strerror(error));
        }
        ::close(fd);
        return error == EWOULDBLOCK ? Result::HeldByOther : Result::Error;
    }
    // Informative only: on a full disk the lock holds without it.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) < 0) {
        // nothing to do: the lock is what counts
    }
    m_fd = fd;
    return Result::Locked;
}
