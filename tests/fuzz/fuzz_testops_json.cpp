// libFuzzer: any bytes as an answer of TestOps: lists of projects, trees and tree nodes (pages or plain
// arrays), web-page detection, and the groups setting. Nothing may crash; parsed nodes have positive ids.
#include "config/SettingsTable.h"
#include "testops/TestOpsCatalog.h"
#include "testops/TestOpsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    for (const TestOpsCatalog::Node &node : TestOpsCatalog::parseList(value)) {
        if (node.id <= 0)
            std::abort();
    }
    for (const TestOpsCatalog::Node &node : TestOpsCatalog::parseList(document.object().value(QStringLiteral("children")))) {
        if (node.id <= 0)
            std::abort();
    }
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
