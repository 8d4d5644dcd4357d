#include "History.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

History::History(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath)) {}

void History::append(const QJsonObject &record) {
    records(); // load first, so the new record is not read twice
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::Append)) {
        qCWarning(lcExport, "cannot write the history %s: %s", qUtf8Printable(m_filePath),
                  qUtf8Printable(file.errorString()));
    } else {
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        file.close();
    }
    m_records.append(record);
    emit appended(record);
}

const QList<QJsonObject> &History::records() const {
    if (m_loaded)
        return m_records;
    m_loaded = true;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return m_records;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            m_records.append(document.object());
    }
    return m_records;
}
