// libFuzzer: any bytes as what a snapshot reads or keeps: a manifest, a case list, a tree page and a page of
// rows from TestOps, a scenario to render, a name to make a file name. Nothing may crash; a case list that is
// accepted names only positive ids and SHA-256 objects; a name made safe is never a path.
#include "snapshots/SnapshotCommands.h"
#include "snapshots/SnapshotManifest.h"
#include "testops/TestOpsApi.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const std::optional<SnapshotManifest> manifest = SnapshotManifest::fromJson(bytes, &error)) {
        if (manifest->id.isEmpty() || manifest->index.size() != 64)
            std::abort();
    }
    if (const std::optional<SnapshotIndex> index = SnapshotIndex::fromJson(bytes, &error)) {
        for (const SnapshotCase &c : index->cases) {
            if (c.id <= 0 || c.document.size() != 64)
                std::abort();
        }
        if (!index->cases.isEmpty() && index->testCase(index->cases.constFirst().id) == nullptr)
            std::abort(); // sorted, so found
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QList<TestOpsApi::Node> groups;
    QList<TestOpsApi::Leaf> leaves;
    bool last = false;
    (void)TestOpsApi::readTreePage(document, &groups, &leaves, &last);
    (void)TestOpsApi::readRows(document, &last);
    if (SnapshotCommands::stepLines(document.object()).size() > 5001)
        std::abort();
    const QString name = SnapshotCommands::safeFileName(QString::fromUtf8(bytes));
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.') ||
        name.toUtf8().size() > 200)
        std::abort();
    return 0;
}
