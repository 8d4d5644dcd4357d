// A request body that QNetworkAccessManager may send only once. Qt 6.4 sends a request again, body and all,
// when its connection closes before the answer comes, for POST too: for a write to TestOps that is a
// second test case, rule or version. Before sending again Qt rewinds the body; this one refuses once a byte
// of it was read, so the reply fails (QNetworkReply::ContentReSendError) and the caller reads TestOps back
// before it decides what happened.
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstring>

class OnceBody : public QIODevice {
public:
    explicit OnceBody(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_offset >= m_data.size(); }
    bool seek(qint64 position) override {
        // Where it is, or back to the start before the request went out: never a second time. An empty body
        // is never read by Qt, so "went out" is said by markSent() (the reply's requestSent), not by a read.
        if (position != m_offset && (m_sent || m_consumed || position < 0 || position > m_data.size()))
            return false;
        if (position == 0 && m_sent)
            return false;
        m_offset = position;
        return QIODevice::seek(position);
    }
    // The request, body and all, has gone out (QNetworkReply::requestSent).
    void markSent() { m_sent = true; }
    bool sent() const { return m_sent || m_consumed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        m_consumed = true;
        const qint64 n = qMin(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_consumed = false;
    bool m_sent = false;
};
