#include "LogSink.h"

#include "log/Secret.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// One writer for the whole process: every message, from any thread, is formatted and written as one whole
// line under this lock, also before a sink is installed and after it is gone (at exit, threads still log).
// Made once and never destroyed: a thread may log after the static destructors at exit have run.
QMutex &writer() {
    static auto *mutex = new QMutex;
    return *mutex;
}
QStringList &leftSecrets() { // the secrets of sinks that are gone, still masked (guarded by writer())
    static auto *secrets = new QStringList;
    return *secrets;
}
LogSink *s_active = nullptr; // guarded by writer()
bool s_handlerInstalled = false;
// A message logged while this thread writes one (a failing write that warns): written straight out, never
// waiting on the lock this thread holds.
thread_local bool t_writing = false;

void writeWhole(FILE *stream, const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}
} // namespace

LogSink::LogSink(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    if (!m_options.filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.filePath).absolutePath());
        m_file.setFileName(m_options.filePath);
        if (!m_file.open(QIODevice::Append | QIODevice::Text))
            std::fprintf(stderr, "cannot open log file %s\n", qUtf8Printable(m_options.filePath));
    }
}

LogSink::~LogSink() {
    QMutexLocker lock(&writer());
    if (s_active == this) {
        // The handler stays: what is logged from now on still goes out whole and masked, to stderr.
        s_active = nullptr;
        for (const QString &secret : std::as_const(m_secrets)) {
            if (!leftSecrets().contains(secret))
                leftSecrets().append(secret);
        }
    }
}

void LogSink::install() {
    QMutexLocker lock(&writer());
    s_active = this;
    if (!s_handlerInstalled) {
        qInstallMessageHandler(&LogSink::handler);
        s_handlerInstalled = true;
    }
}

void LogSink::addSecret(const QString &secret) {
    QMutexLocker lock(&writer());
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QStringList LogSink::recentLines() const {
    QMutexLocker lock(&writer());
    return m_recent;
}

QString LogSink::formatLine(QtMsgType type, const char *category, const QString &message,
                            const QDateTime &utc) {
    const QString time = utc.toUTC().toString(Qt::ISODateWithMs);
    QString text = message;
    text.replace(u'\n', u"\\n"_s);
    return u"%1 %2 %3: %4"_s.arg(time, levelName(type), QString::fromUtf8(category ? category : "default"),
                                 text);
}

void LogSink::handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    QString line = formatLine(type, context.category, message, QDateTime::currentDateTimeUtc());
    if (t_writing) { // re-entered from inside a write of this thread
        writeWhole(stderr, line.toUtf8() + '\n');
    } else {
        QMutexLocker lock(&writer());
        t_writing = true;
        if (s_active) {
            s_active->write(line);
        } else {
            for (const QString &secret : std::as_const(leftSecrets()))
                line.replace(secret, Secret::mask(secret));
            writeWhole(stderr, line.toUtf8() + '\n');
        }
        t_writing = false;
    }
    if (type == QtFatalMsg)
        std::abort();
}

void LogSink::write(QString line) {
    for (const QString &secret : std::as_const(m_secrets))
        line.replace(secret, Secret::mask(secret));
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_options.toStderr)
        writeWhole(stderr, bytes);
    if (m_file.isOpen())
        writeToFile(bytes);
    m_recent.append(line);
    while (m_recent.size() > m_options.recentLines)
        m_recent.removeFirst();
    QMetaObject::invokeMethod(
        this, [this, line] { emit lineLogged(line); }, Qt::QueuedConnection);
}

void LogSink::writeToFile(const QByteArray &bytes) {
    if (m_file.size() + bytes.size() > m_options.maxFileBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

void LogSink::rotate() {
    m_file.close();
    const QString base = m_options.filePath;
    QFile::remove(base + u'.' + QString::number(m_options.keptFiles - 1));
    for (int i = m_options.keptFiles - 2; i >= 1; --i)
        QFile::rename(base + u'.' + QString::number(i), base + u'.' + QString::number(i + 1));
    QFile::rename(base, base + u".1"_s);
    m_file.open(QIODevice::Append | QIODevice::Text);
}
