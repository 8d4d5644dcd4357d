// Receives every Qt log message: formats it as one UTC line, removes secrets, writes stderr and a rotated
// file. One writer for the process: each line goes out whole, from any thread, also after the sink is gone.
#pragma once

#include <QFile>
#include <QObject>
#include <QStringList>

class LogSink : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool toStderr = true;
        QString filePath;              // empty: no log file
        qint64 maxFileBytes = 1 << 20; // rotate when the file would grow past this
        int keptFiles = 3;             // the current file plus this many - 1 older ones
        int recentLines = 500;         // kept in memory for the window's log tab
    };

    explicit LogSink(Options options, QObject *parent = nullptr);
    ~LogSink() override;

    // Makes this sink the receiver of all Qt log output until it is destroyed.
    void install();

    // Any text registered here is replaced by a mask before a line leaves the process.
    void addSecret(const QString &secret);

    QStringList recentLines() const;

    // Formats one message the way every sink writes it (public for tests).
    static QString formatLine(QtMsgType type, const char *category, const QString &message,
                              const QDateTime &utc);

signals:
    void lineLogged(const QString &line);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(QString line); // with the writer's lock held
    void writeToFile(const QByteArray &bytes);
    void rotate();

    Options m_options;
    QFile m_file;
    QStringList m_secrets;
    QStringList m_recent;
};
