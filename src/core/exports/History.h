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
    // Every record, oldest first, read from disk one line at a time: the journal of 36,500 exports is 17 MB
    // on disk but was 110 MB as objects kept in memory, so none are kept.
    void forEach(const std::function<void(const QJsonObject &record)> &visit) const;
    // All of them in a list: for tests and the command line's small reads; the app uses forEach.
    QList<QJsonObject> records() const;
    // Keeps only the records `keep` says yes to (written whole, then renamed over the old file, so a crash
    // leaves one or the other). Returns how many records were dropped.
    qsizetype compact(const std::function<bool(qsizetype index, const QJsonObject &record)> &keep);

signals:
    void appended(const QJsonObject &record);

private:
    QString m_filePath;
    bool m_tailChecked = false; // the torn tail a crash may have left is cut before the first append
    bool m_tailTorn = false;    // the file does not end after a line end: the next record starts a line
};
