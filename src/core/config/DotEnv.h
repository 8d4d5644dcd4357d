// Reads a .env file the way the Go tool's users wrote them: KEY=VALUE lines, quotes, comments, "export".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct DotEnvEntry {
    QString key;
    QString value;
    int line = 0;
};

struct DotEnvResult {
    QList<DotEnvEntry> entries; // in file order; a later duplicate wins when applied
    QStringList errors;         // "line N: …", one per unreadable line
};

namespace DotEnv {

DotEnvResult parse(const QByteArray &content);

// A missing file is not an error (most users have none); an unreadable one is.
DotEnvResult read(const QString &path);

} // namespace DotEnv
