// libFuzzer: any bytes as CSV. The record count does not depend on how the bytes arrive (a download comes in
// pieces), and is never more than the line breaks plus one.
#include "exports/CsvRowCounter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvRowCounter whole;
    whole.feed(bytes);
    for (qsizetype split : {qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
        if (split <= 0 || split >= bytes.size())
            continue;
        CsvRowCounter pieces;
        pieces.feed(bytes.left(split));
        pieces.feed(bytes.mid(split));
        if (pieces.records() != whole.records())
            std::abort();
    }
    if (whole.records() > bytes.count('\n') + 1)
        std::abort();
    return 0;
}
