// A running SHA-256 (or another OpenSSL digest): the CPU's SHA instructions, several times
// QCryptographicHash's speed. Used for exports, S3 digests and the snapshot store.
#pragma once

#include <QByteArray>

#include <openssl/evp.h>

class Digest {
public:
    explicit Digest(const EVP_MD *type = EVP_sha256())
        : m_context(EVP_MD_CTX_new()) {
        m_ok = m_context && EVP_DigestInit_ex(m_context, type, nullptr) == 1;
    }
    ~Digest() { EVP_MD_CTX_free(m_context); }
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;
    bool ok() const { return m_ok; }
    void add(const char *data, qint64 size) { EVP_DigestUpdate(m_context, data, size_t(size)); }
    void add(const QByteArray &bytes) { add(bytes.constData(), bytes.size()); }
    // The digest's bytes (not hex); the digest is spent after.
    QByteArray result() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }

private:
    EVP_MD_CTX *m_context;
    bool m_ok = false;
};
