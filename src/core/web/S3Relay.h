// Streams an export that only the S3 bucket holds to a browser: the bytes S3 sends are written to the socket
// as they come, while the socket holds less than a few MiB (the read waits for room), so a slow client
// costs a slow download, not memory. The head goes out with the first byte, so a failure before it is a clean
// 502.
#pragma once

#include <QIODevice>
#include <QPointer>

#include <functional>

class QAbstractSocket;
class QTcpSocket;
class RemoteRead;

class S3Relay : public QIODevice {
    Q_OBJECT
public:
    // `head` is sent before the first byte; `failure` is sent instead when S3 fails before any byte came.
    S3Relay(QTcpSocket *socket, QByteArray head, qint64 length,
            std::function<QByteArray(const QString &)> failure);

    // `read` null: S3 is not on any more. The relay takes `read` over.
    void start(RemoteRead *read);
    qint64 bytesToWrite() const override;

signals:
    void done(bool complete);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    void finish(bool complete);

    QPointer<QAbstractSocket> m_socket;
    QPointer<RemoteRead> m_call;
    QByteArray m_head;
    qint64 m_remaining;
    std::function<QByteArray(const QString &)> m_failure;
    bool m_started = false;
    bool m_finished = false;
};
