// Streams a file (or a byte range of it) to a socket with bounded memory. On Linux the kernel copies the
// file to the socket itself (sendfile(2), as nginx does): once Qt's buffer has sent the headers, the body
// goes from the page cache to the socket on the SendfilePump's thread, so the event loop stays free for the
// page and /api/status, and a slow client costs a slow download, not memory. Elsewhere, or when the kernel
// refuses, it writes while the socket holds less than a small buffer and refills on bytesWritten.
// QHttpServerResponse::fromFile would read the whole file.
#pragma once

#include "SendfilePump.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractSocket;
class QTcpSocket;

class FileSender : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 bufferBytes = 1024 * 1024;

    // Takes an open file; sends `length` bytes from `offset` after `head` (the status line and headers).
    FileSender(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 offset, qint64 length, QByteArray head,
               int stallTimeoutMs = 60000);
    ~FileSender() override;

    void start();

signals:
    void done(bool complete);

private:
    void pump();
    void kernelDone(SendfilePump::Result result);
    void stalled();
    void finish(bool complete);

    // The base class: `disconnected` also comes from ~QAbstractSocket, when the object is no QTcpSocket any
    // more.
    QPointer<QAbstractSocket> m_socket;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining;
    QByteArray m_head;
    QTimer m_stall;
    bool m_finished = false;
    bool m_kernel = false; // sendfile(2) in use
    qint64 m_offset = 0;   // of the file, for sendfile
    std::shared_ptr<SendfilePump::Job> m_job;
};
