// libFuzzer: any bytes as an answer of TestOps: lists of projects, trees and tree nodes (pages or plain
// arrays), web-page detection, and the groups setting. Nothing may crash; parsed nodes have positive ids.
#include "config/SettingsTable.h"
#include "testops/TestOpsApi.h"
#include "testops/TestOpsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    bool last = false;
    for (const TestOpsApi::Node &node : TestOpsApi::readNodes(document, &last)) {
        if (node.id <= 0)
            std::abort();
    }
    for (const TestOpsApi::Node &node : TestOpsApi::readChildren(document)) {
        if (node.id <= 0)
            std::abort();
    }
    if (const std::optional<qint64> count = TestOpsApi::readCount(document); count && *count < 0)
        std::abort();
    if (TestOpsApi::readExportJob(document).id < 0)
        std::abort();
    (void)looksLikeHtml(bytes);
    ExportGroups groups;
    if (SettingsTable::parseGroups(QString::fromUtf8(bytes), &groups).isEmpty()) {
        for (const ExportGroup &group : groups) {
            if (!SettingsTable::isSafeGroupName(group.name) || group.groupId <= 0)
                std::abort();
        }
    }
    return 0;
}
