// Masking of secrets (API token, access key) for anything a person or a log may see.
#pragma once

#include <QString>

namespace Secret {

// "abcd…wxyz" for long secrets; short ones are masked entirely so that the visible part never reveals most of
// it.
inline QString mask(const QString &secret) {
    if (secret.isEmpty())
        return QString();
    if (secret.size() < 12)
        return QStringLiteral("…");
    return secret.left(4) + QChar(0x2026) + secret.right(4);
}

} // namespace Secret
