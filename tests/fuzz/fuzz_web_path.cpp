// libFuzzer: any bytes as the file part of /download/<file> (percent-decoded once, as the web view does) and
// as an Accept-Language header. A name accepted as an export can never leave the export folder.
#include "exports/ExportFileStore.h"
#include "web/WebPage.h"

#include <QDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
    if (ExportFile::isSafeName(name)) {
        const QString folder = QStringLiteral("/srv/exports");
        const QString path = QDir::cleanPath(QDir(folder).filePath(name));
        if (!path.startsWith(folder + QLatin1Char('/')) ||
            path.mid(folder.size() + 1).contains(QLatin1Char('/')))
            std::abort();
    }
    const QString language = WebPage::languageFor(raw);
    if (language != QLatin1String("ru") && language != QLatin1String("en"))
        std::abort();
    return 0;
}
