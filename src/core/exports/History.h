// The journal of attempts and cycles: one JSON object per line in a file that survives restarts.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

class History : public QObject {
    Q_OBJECT
public:
    explicit History(QString filePath, QObject *parent = nullptr);

    const QString &filePath() const { return m_filePath; }
    // Appends one record (written and flushed at once; a torn last line is skipped when read).
    void append(const QJsonObject &record);
    // Every record, oldest first; read once from disk, then kept.
    const QList<QJsonObject> &records() const;
    // Keeps only the records `keep` says yes to, in memory and on disk (written whole, then renamed over
    // the old file, so a crash leaves one or the other). Returns how many records were dropped.
    qsizetype compact(const std::function<bool(qsizetype index, const QJsonObject &record)> &keep);

signals:
    void appended(const QJsonObject &record);

private:
    QString m_filePath;
    mutable QList<QJsonObject> m_records;
    mutable bool m_loaded = false;
    bool m_tailChecked = false; // the torn tail a crash may have left is cut before the first append
    bool m_tailTorn = false;    // the file does not end after a line end: the next record starts a line
};
