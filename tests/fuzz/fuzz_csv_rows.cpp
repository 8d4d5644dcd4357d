// libFuzzer: any bytes as CSV.
// - The download's record counter does not depend on how the bytes arrive (a download comes in pieces), and
//   never counts more than the line breaks plus one.
// - The reader (comparison, preview) gives the same records whatever the read sizes, with either separator,
//   and reading again at a record's offset gives that record back.
#include "csv/CsvReader.h"
#include "exports/CsvRowCounter.h"

#include <QBuffer>

#include <cstdlib>

namespace {
class ChunkedBuffer : public QBuffer {
public:
    explicit ChunkedBuffer(qint64 chunk)
        : m_chunk(chunk) {}

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        return QBuffer::readData(data, qMin(maxSize, m_chunk));
    }

private:
    qint64 m_chunk;
};

QList<QList<QByteArray>> readAll(const QByteArray &bytes, char separator, qint64 chunk,
                                 QList<qint64> *offsets = nullptr) {
    ChunkedBuffer buffer(chunk);
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    QList<QList<QByteArray>> records;
    QList<QByteArray> cells;
    while (reader.readRecord(&cells)) {
        if (cells.isEmpty())
            std::abort(); // a record has at least one cell
        records.append(cells);
        if (offsets)
            offsets->append(reader.recordOffset());
    }
    return records;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
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

    for (const char separator : {';', ','}) {
        QList<qint64> offsets;
        const auto records = readAll(bytes, separator, 1 << 16, &offsets);
        if (readAll(bytes, separator, 1) != records || readAll(bytes, separator, 3) != records)
            std::abort();
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (offsets.at(i) < 0 || offsets.at(i) >= bytes.size())
                std::abort();
            QBuffer again;
            again.setData(bytes);
            again.open(QIODevice::ReadOnly);
            again.seek(offsets.at(i));
            CsvReader reader(&again, separator);
            QList<QByteArray> cells;
            // At offset 0 a BOM is skipped both times; elsewhere the record starts right there.
            if (!reader.readRecord(&cells) || cells != records.at(i))
                std::abort();
        }
    }
    return 0;
}
