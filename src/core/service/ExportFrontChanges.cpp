// What the front says of an export's changes: the comparison kept with its previous export, the earlier
// exports it can be compared with, and a comparison with one of them, checked and bounded before a view runs it.
#include "ExportFront.h"

#include "ExportService.h"
#include "exports/ChangeDetails.h"

std::shared_ptr<const ChangeDetails> ExportFront::changeDetails(const QString &fileName,
                                                                QString *error) const {
    if (!m_service) {
        if (error)
            *error = tr("the export service is not running");
        return nullptr;
    }
    return ChangeDetails::load(m_service->store(), fileName, error);
}

QList<ExportFile> ExportFront::baselinesOf(const QString &fileName) const {
    const ExportEntry *entry = exportNamed(fileName);
    if (!entry)
        return {};
    QList<ExportFile> earlier;
    for (const ExportEntry &other : exports()) {
        if (!other.remote && other.file.group == entry->file.group &&
            ExportFile::isOlder(other.file, entry->file))
            earlier.append(other.file);
    }
    std::sort(earlier.begin(), earlier.end(),
              [](const ExportFile &a, const ExportFile &b) { return ExportFile::isOlder(b, a); });
    return earlier;
}

ExportFront::Comparison ExportFront::comparison(const QString &fileName, const QString &baseline,
                                                qint64 maxBytes, QString *error, const Words &words) const {
    const ExportEntry *entry = exportNamed(fileName);
    const QList<ExportFile> baselines = baselinesOf(fileName);
    const auto found =
        std::find_if(baselines.cbegin(), baselines.cend(),
                     [&baseline](const ExportFile &file) { return file.fileName == baseline; });
    if (!m_service || !entry || entry->remote || found == baselines.cend()) {
        if (error)
            *error =
                words("ExportFront",
                      QT_TRANSLATE_NOOP("ExportFront", "%1 is not an earlier export of the same group in "
                                                       "the export folder"))
                    .arg(baseline.left(200));
        return {};
    }
    if (entry->file.bytes + found->bytes > maxBytes) {
        if (error)
            *error =
                words("ExportFront", QT_TRANSLATE_NOOP("ExportFront", "these two exports are too large to "
                                                                      "compare (%1 together, at most %2)"))
                    .arg(words.dataSize(entry->file.bytes + found->bytes), words.dataSize(maxBytes));
        return {};
    }
    return [store = m_service->store(), fileName, baseline, separator = csvSeparator()] {
        return ChangeDetails::compare(store, fileName, baseline, separator);
    };
}
