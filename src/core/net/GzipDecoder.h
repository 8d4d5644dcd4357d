// Decodes a gzip body that arrives in pieces and says whether it ended cleanly. Qt's own decompression of a
// reply does not report a stream cut short (no trailer): an export cut inside its gzip stream would be kept
// as a smaller file. So the client asks for gzip itself and decodes here, where the end is checked.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class GzipDecoder {
public:
    // Takes decoded bytes; false stops the decoding (the sink failed).
    using Sink = std::function<bool(const char *data, qint64 size)>;

    explicit GzipDecoder(Sink sink);
    ~GzipDecoder();
    GzipDecoder(const GzipDecoder &) = delete;
    GzipDecoder &operator=(const GzipDecoder &) = delete;

    // Decodes `size` bytes of the stream; false when the stream is damaged, something follows its end that
    // is not another gzip member, or the sink refused (error() says which).
    bool feed(const char *data, qint64 size);
    // True once every member that began has ended with its trailer (CRC and length checked by zlib): the
    // stream is whole. False for a stream cut short, or no stream at all.
    bool complete() const;
    const QString &error() const { return m_error; }
    // Bytes of the stream taken and decoded bytes given to the sink so far.
    qint64 bytesIn() const { return m_in; }
    qint64 bytesOut() const { return m_out; }

    // Whether a Content-Encoding header value is one this decoder reads (gzip, x-gzip).
    static bool isGzip(const QByteArray &contentEncoding);
    // Whether a Content-Encoding says the body is sent as it is (absent or identity).
    static bool isIdentity(const QByteArray &contentEncoding);

private:
    struct State;
    std::unique_ptr<State> m_state;
    Sink m_sink;
    QString m_error;
    qint64 m_in = 0;
    qint64 m_out = 0;
};
