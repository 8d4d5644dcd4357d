// libFuzzer: any bytes as a .env file. Every entry has a key of letters, digits, '_' and '.', starting with a
// letter or '_'; every refused line says which line it is.
#include "config/DotEnv.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DotEnvResult result = DotEnv::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const DotEnvEntry &entry : result.entries) {
        if (entry.key.isEmpty() || !(entry.key.at(0).isLetter() || entry.key.at(0) == u'_') || entry.line < 1)
            std::abort();
        for (const QChar c : entry.key) {
            if (!(c.isLetterOrNumber() || c == u'_' || c == u'.'))
                std::abort();
        }
    }
    for (const QString &error : result.errors) {
        if (!error.startsWith(QStringLiteral("line ")))
            std::abort();
    }
    return 0;
}
