#include "SendfilePump.h"

#include <QMetaObject>
#include <QObject>

#ifdef Q_OS_LINUX
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <pthread.h>

#include <atomic>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <vector>
#endif

class SendfilePump::Job {
public:
    int socket = -1;
    int file = -1;
    qint64 offset = 0;
    qint64 remaining = 0;
    std::chrono::milliseconds stall{};
    std::chrono::steady_clock::time_point lastProgress;
    // Guarded by `mutex`: cleared by cancel(), so that the pump never posts to a receiver being destroyed.
    std::mutex mutex;
    QObject *receiver = nullptr;
    std::function<void(Result)> finished;
    std::function<void()> wakePump; // of the pump that sends it
};

#ifdef Q_OS_LINUX
namespace {

using SteadyClock = std::chrono::steady_clock;
template <typename Predicate>
int eraseIf(std::vector<std::shared_ptr<SendfilePump::Job>> &jobs, Predicate predicate) {
    const auto end = std::remove_if(jobs.begin(), jobs.end(), predicate);
    const int erased = int(jobs.end() - end);
    jobs.erase(end, jobs.end());
    return erased;
}

constexpr qint64 turnBytes = 2 * 1024 * 1024; // nginx's sendfile_max_chunk

// Two pumps: a download alone goes to `lead`, at the event loop's priority, as nginx's worker runs; while it
// runs, the others go to `crowd`, below the event loop's priority, so that with ten downloads and their
// clients on every core the page and /api/status still get the CPU the moment a request comes. Measured with
// web_bench.sh, ten clients on one pump: nice 0 1.01x nginx but p99 21 ms, nice 3 0.97x and 17 ms, nice 5
// 0.94x and 13 ms; one download on a pump at nice 4 was the most exposed to a busy moment (worst of 9 runs
// 0.61-0.78x nginx, nginx against itself 0.84x).
class Pump {
public:
    static Pump &lead() {
        static Pump pump(0);
        return pump;
    }
    static Pump &crowd() {
        static Pump pump(7);
        return pump;
    }

    bool running() const { return m_wake >= 0; }
    // Downloads it sends now (read on the event loop's thread, which alone adds them).
    int active() const { return m_active.load(); }

    void add(std::shared_ptr<SendfilePump::Job> job) {
        ++m_active;
        job->wakePump = [this] { wake(); };
        {
            std::lock_guard lock(m_mutex);
            m_incoming.push_back(std::move(job));
        }
        wake();
    }
    void wake() {
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
    }

    ~Pump() {
        if (!running())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        wake();
        m_thread.join();
        ::close(m_wake);
    }

private:
    explicit Pump(int niceness)
        : m_niceness(niceness) {
        m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (m_wake >= 0)
            m_thread = std::thread([this] { run(); });
    }

    void run() {
        // A client gone mid-body: the kernel says EPIPE to this thread instead of ending the process.
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
        if (m_niceness > 0)
            ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), m_niceness);
        std::vector<std::shared_ptr<SendfilePump::Job>> jobs;
        std::vector<pollfd> fds;
        for (;;) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    break;
                for (auto &job : m_incoming) {
                    job->lastProgress = SteadyClock::now();
                    jobs.push_back(std::move(job));
                }
                m_incoming.clear();
            }
            // Cancelled jobs go without a word.
            m_active -= eraseIf(jobs, [](const std::shared_ptr<SendfilePump::Job> &job) {
                std::lock_guard lock(job->mutex);
                if (job->receiver)
                    return false;
                release(*job);
                return true;
            });
            // Each socket that has room gets its turn; sockets that are full wait in poll below.
            for (auto &job : jobs)
                send(*job);
            m_active -=
                eraseIf(jobs, [](const std::shared_ptr<SendfilePump::Job> &job) { return job->socket < 0; });

            fds.assign(1, pollfd{m_wake, POLLIN, 0});
            auto deadline = SteadyClock::time_point::max();
            for (const auto &job : jobs) {
                fds.push_back(pollfd{job->socket, POLLOUT, 0});
                deadline = std::min(deadline, job->lastProgress + job->stall);
            }
            int timeout = -1;
            if (!jobs.empty()) {
                const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - SteadyClock::now());
                timeout = int(std::clamp<qint64>(left.count(), 0, 60'000));
            }
            const int ready = ::poll(fds.data(), fds.size(), timeout);
            if (ready < 0 && errno != EINTR) { // cannot wait any more: no download is left hanging
                for (auto &job : jobs)
                    finish(*job, {SendfilePump::Outcome::Failed, job->offset, errno});
                m_active -= int(jobs.size());
                jobs.clear();
                continue;
            }
            if (fds[0].revents & POLLIN) {
                quint64 count = 0;
                [[maybe_unused]] const auto read = ::read(m_wake, &count, sizeof count);
            }
            const auto now = SteadyClock::now();
            for (std::size_t i = 0; i < jobs.size(); ++i) {
                auto &job = *jobs[i];
                const short events = fds[i + 1].revents;
                if (events & (POLLOUT | POLLERR | POLLHUP))
                    continue; // its turn comes at the top of the loop
                if (now - job.lastProgress >= job.stall)
                    finish(job, {SendfilePump::Outcome::Stalled, job.offset, 0});
            }
            m_active -=
                eraseIf(jobs, [](const std::shared_ptr<SendfilePump::Job> &job) { return job->socket < 0; });
        }
        for (auto &job : jobs)
            release(*job);
    }

    static void send(SendfilePump::Job &job) {
        qint64 turn = turnBytes;
        while (job.remaining > 0 && turn > 0) {
            off_t offset = off_t(job.offset);
            const ssize_t sent =
                ::sendfile(job.socket, job.file, &offset, size_t(std::min(job.remaining, turn)));
            if (sent > 0) {
                job.offset += sent;
                job.remaining -= sent;
                turn -= sent;
                job.lastProgress = SteadyClock::now();
                continue;
            }
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0 && errno == EAGAIN)
                return; // full: poll says when it has room
            if (sent < 0 && (errno == EINVAL || errno == ENOSYS))
                finish(job, {SendfilePump::Outcome::Unsupported, job.offset, errno});
            else // 0: the file shrank under us; or the client went away
                finish(job, {SendfilePump::Outcome::Failed, job.offset, sent < 0 ? errno : 0});
            return;
        }
        if (job.remaining == 0)
            finish(job, {SendfilePump::Outcome::Complete, job.offset, 0});
    }

    static void finish(SendfilePump::Job &job, SendfilePump::Result result) {
        release(job);
        std::lock_guard lock(job.mutex);
        if (!job.receiver)
            return;
        QMetaObject::invokeMethod(
            job.receiver, [finished = std::move(job.finished), result] { finished(result); },
            Qt::QueuedConnection);
        job.receiver = nullptr;
    }

    static void release(SendfilePump::Job &job) {
        if (job.socket >= 0)
            ::close(job.socket);
        if (job.file >= 0)
            ::close(job.file);
        job.socket = job.file = -1;
    }

    int m_niceness;
    std::atomic<int> m_active{0};
    int m_wake = -1;
    std::thread m_thread;
    std::mutex m_mutex;
    bool m_stop = false;
    std::vector<std::shared_ptr<SendfilePump::Job>> m_incoming;
};

} // namespace
#endif

std::shared_ptr<SendfilePump::Job> SendfilePump::start(int socket, int file, qint64 offset, qint64 length,
                                                       int stallTimeoutMs, QObject *receiver,
                                                       std::function<void(Result)> finished) {
#ifdef Q_OS_LINUX
    Pump &pump = Pump::lead().active() == 0 ? Pump::lead() : Pump::crowd();
    if (!pump.running())
        return nullptr;
    auto job = std::make_shared<Job>();
    job->socket = ::fcntl(socket, F_DUPFD_CLOEXEC, 0);
    job->file = ::fcntl(file, F_DUPFD_CLOEXEC, 0);
    if (job->socket < 0 || job->file < 0) {
        if (job->socket >= 0)
            ::close(job->socket);
        if (job->file >= 0)
            ::close(job->file);
        return nullptr;
    }
    job->offset = offset;
    job->remaining = length;
    job->stall = std::chrono::milliseconds(stallTimeoutMs);
    job->receiver = receiver;
    job->finished = std::move(finished);
    pump.add(job);
    return job;
#else
    Q_UNUSED(socket)
    Q_UNUSED(file)
    Q_UNUSED(offset)
    Q_UNUSED(length)
    Q_UNUSED(stallTimeoutMs)
    Q_UNUSED(receiver)
    Q_UNUSED(finished)
    return nullptr;
#endif
}

void SendfilePump::cancel(const std::shared_ptr<Job> &job) {
    if (!job)
        return;
    {
        std::lock_guard lock(job->mutex);
        if (!job->receiver)
            return;
        job->receiver = nullptr;
    }
    if (job->wakePump)
        job->wakePump(); // it closes the descriptors
}
