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
    emit appended(record);
}

void History::forEach(const std::function<void(const QJsonObject &)> &visit) const {
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            visit(document.object());
    }
}

QList<QJsonObject> History::records() const {
    QList<QJsonObject> all;
    forEach([&all](const QJsonObject &record) { all.append(record); });
    return all;
}

qsizetype History::compact(const std::function<bool(qsizetype, const QJsonObject &)> &keep) {
    // Straight into the new file, so that compacting a large journal holds no copy of it in memory.
    QSaveFile file(m_filePath);
    bool written = file.open(QIODevice::WriteOnly);
    qsizetype index = 0;
    qsizetype dropped = 0;
    forEach([&](const QJsonObject &record) {
        if (!keep(index++, record)) {
            ++dropped;
            return;
        }
        const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        written = written && file.write(line) == line.size();
    });
    if (dropped == 0) {
        file.cancelWriting();
        return 0;
    }
    if (!written || !file.commit()) {
        qCWarning(lcExport, "cannot compact the history %s: %s", qUtf8Printable(m_filePath),
                  qUtf8Printable(file.errorString()));
        file.cancelWriting();
        return 0;
    }
    return dropped;
}
