#include "GzipDecoder.h"

#include <QCoreApplication>

#include <zlib.h>

namespace {
constexpr int outputBytes = 64 * 1024;
} // namespace

struct GzipDecoder::State {
    z_stream stream{};
    bool open = false;     // inflateInit2 succeeded
    bool inMember = false; // a member began and has not ended
    bool ended = false;    // at least one member ended
    QByteArray output = QByteArray(outputBytes, Qt::Uninitialized);
};

GzipDecoder::GzipDecoder(Sink sink)
    : m_state(std::make_unique<State>())
    , m_sink(std::move(sink)) {
    // 16 + MAX_WBITS: a gzip header and trailer, not a raw or zlib stream.
    m_state->open = inflateInit2(&m_state->stream, 16 + MAX_WBITS) == Z_OK;
    if (!m_state->open)
        m_error = QCoreApplication::translate("GzipDecoder", "the gzip decoder could not be set up");
}

GzipDecoder::~GzipDecoder() {
    if (m_state->open)
        inflateEnd(&m_state->stream);
}

bool GzipDecoder::feed(const char *data, qint64 size) {
    if (!m_error.isEmpty())
        return false;
    z_stream &z = m_state->stream;
    m_in += size;
    // zlib takes at most 4 GiB at a time; the client feeds a few hundred KiB.
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    for (;;) {
        if (!m_state->inMember) {
            if (z.avail_in == 0)
                break;
            // After a member's end only another member may follow (RFC 1952 allows several); zero bytes of
            // padding are tolerated, as gzip(1) does.
            if (m_state->ended && *z.next_in == 0) {
                ++z.next_in;
                --z.avail_in;
                continue;
            }
            if (m_state->ended && inflateReset(&z) != Z_OK) {
                m_error = QCoreApplication::translate("GzipDecoder", "the gzip decoder could not be reset");
                return false;
            }
            m_state->inMember = true;
        }
        z.next_out = reinterpret_cast<Bytef *>(m_state->output.data());
        z.avail_out = outputBytes;
        const int result = inflate(&z, Z_NO_FLUSH);
        const qint64 produced = outputBytes - qint64(z.avail_out);
        if (produced > 0) {
            m_out += produced;
            if (!m_sink(m_state->output.constData(), produced)) {
                m_error = QCoreApplication::translate("GzipDecoder", "the decoded bytes could not be kept");
                return false;
            }
        }
        if (result == Z_STREAM_END) {
            m_state->inMember = false;
            m_state->ended = true;
            continue;
        }
        if (result != Z_OK && result != Z_BUF_ERROR) {
            m_error = QCoreApplication::translate("GzipDecoder", "the gzip stream is damaged (%1)")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return false;
        }
        // Everything taken and the output not full: zlib holds nothing more until more input comes.
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
        if (result == Z_BUF_ERROR && produced == 0)
            break;
    }
    return true;
}

bool GzipDecoder::complete() const {
    return m_error.isEmpty() && m_state->ended && !m_state->inMember;
}

bool GzipDecoder::isGzip(const QByteArray &contentEncoding) {
    const QByteArray value = contentEncoding.trimmed().toLower();
    return value == "gzip" || value == "x-gzip";
}

bool GzipDecoder::isIdentity(const QByteArray &contentEncoding) {
    const QByteArray value = contentEncoding.trimmed().toLower();
    return value.isEmpty() || value == "identity";
}
