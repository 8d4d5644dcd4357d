// Threads that send the bodies of downloads with sendfile(2), the way an nginx worker does: each waits for
// any of its sockets to have room (poll), gives each at most 2 MiB a turn so that one fast client cannot
// starve the others, and tells the event loop when a body is out, failed, or stalled. The event loop is then
// free for the page and /api/status while ten downloads run. A download alone is sent at the event loop's
// priority; those that come while it runs by a second thread below it (see Pump in the source).
//
// A job owns duplicates of the socket's and the file's descriptors: if Qt closes the socket meanwhile (the
// client went away), the duplicate keeps the number from being reused under the pump, and the kernel answers
// EPIPE. Linux only; elsewhere FileSender writes through Qt's buffer.
#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

class SendfilePump {
public:
    enum class Outcome {
        Complete,    // every byte went to the socket
        Failed,      // the client went away, or the file shrank
        Stalled,     // the client took nothing for the stall timeout
        Unsupported, // this file system or socket cannot: the rest goes the buffered way from `offset`
    };
    struct Result {
        Outcome outcome;
        qint64 offset; // of the file, after the last byte sent
        int error;     // errno, for Failed
    };
    class Job;

    // Starts sending; `finished` is called once, on the thread that owns `receiver` (through its event loop),
    // unless the job was cancelled first. Returns nullptr when the descriptors cannot be duplicated.
    static std::shared_ptr<Job> start(int socket, int file, qint64 offset, qint64 length, int stallTimeoutMs,
                                      class QObject *receiver, std::function<void(Result)> finished);
    // After this returns, `finished` is never called; the job's descriptors are closed by the pump.
    static void cancel(const std::shared_ptr<Job> &job);
};
