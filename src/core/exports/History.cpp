#include "History.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
// A process killed mid-append leaves a line without its end: it is cut off, so that it cannot join the next
// record and take it down with it.
// Returns whether the file now ends where a record may start (empty, or after a line end).
bool repairTornTail(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false; // unwritable: the append fails anyway
    const qint64 size = file.size();
    if (size == 0)
        return true;
    const qint64 window = qMin<qint64>(size, 64 * 1024);
    file.seek(size - window);
    const QByteArray tail = file.read(window);
    if (tail.endsWith('\n'))
        return true;
    const qsizetype lastNewline = tail.lastIndexOf('\n');
    const qint64 keep = lastNewline < 0 ? (window == size ? 0 : -1) : size - window + lastNewline + 1;
    if (keep < 0) {
        qCWarning(lcExport, "the history %s ends in a torn line longer than 64 KiB; left as it is",
                  qUtf8Printable(file.fileName()));
        return false;
    }
    qCWarning(lcExport, "the history %s ended in a torn line (%lld bytes, a write cut short); removed",
              qUtf8Printable(file.fileName()), size - keep);
    return file.resize(keep);
}
} // namespace

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
        // Each record on a line of its own: a torn line left by a crash is cut first (by the writer only,
        // which holds the folder; a reader such as --check never changes the file), and should it stay, the
        // record starts on a fresh line anyway.
        if (!m_tailChecked) {
            m_tailChecked = true;
            file.close();
            m_tailTorn = !repairTornTail(m_filePath);
            file.open(QIODevice::Append);
        }
        QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        if (m_tailTorn)
            line.prepend('\n');
        // A write cut short (disk full) leaves a torn line: the next record starts after a line end.
        m_tailTorn = file.write(line) != line.size() || !file.flush();
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

qsizetype History::compact(const std::function<bool(qsizetype, const QJsonObject &)> &keep) {
    records();
    QList<QJsonObject> kept;
    QByteArray text;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (!keep(i, m_records.at(i)))
            continue;
        kept.append(m_records.at(i));
        text += QJsonDocument(m_records.at(i)).toJson(QJsonDocument::Compact) + '\n';
    }
    const qsizetype dropped = m_records.size() - kept.size();
    if (dropped == 0)
        return 0;
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        qCWarning(lcExport, "cannot compact the history %s: %s", qUtf8Printable(m_filePath),
                  qUtf8Printable(file.errorString()));
        return 0;
    }
    m_records = std::move(kept);
    m_records.squeeze();
    return dropped;
}
