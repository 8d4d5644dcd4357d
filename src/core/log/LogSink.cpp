#include "LogSink.h"

#include "log/Secret.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
LogSink *s_active = nullptr;

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
    if (m_installed) {
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
    }
}

void LogSink::install() {
    s_active = this;
    m_previous = qInstallMessageHandler(&LogSink::handler);
    m_installed = true;
}

void LogSink::addSecret(const QString &secret) {
    QMutexLocker lock(&m_mutex);
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QStringList LogSink::recentLines() const {
    QMutexLocker lock(&m_mutex);
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
    if (s_active)
        s_active->write(type, context, message);
}

void LogSink::write(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    QString line = formatLine(type, context.category, message, QDateTime::currentDateTimeUtc());
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &secret : std::as_const(m_secrets))
            line.replace(secret, Secret::mask(secret));
        const QByteArray bytes = line.toUtf8() + '\n';
        if (m_options.toStderr) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
        if (m_file.isOpen())
            writeToFile(bytes);
        m_recent.append(line);
        while (m_recent.size() > m_options.recentLines)
            m_recent.removeFirst();
    }
    if (type == QtFatalMsg)
        std::abort();
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
