// Runs the real testops-export binary the way a user or a service manager does, with the test's event loop
// turning meanwhile (so that an in-process fake TestOps answers it).
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QString>

class AppProcess {
public:
    AppProcess(QString binary, QString workingDirectory)
        : m_binary(std::move(binary))
        , m_workingDirectory(std::move(workingDirectory)) {}

    // A clean environment: PATH, a home and configuration folder of the test's own, the C locale.
    QProcessEnvironment environment() const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_workingDirectory);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_workingDirectory + QStringLiteral("/config"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env) const {
        process.setProgram(m_binary);
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_workingDirectory);
        process.start();
    }
    // To the end: the exit code, -1 when it did not end in time (killed), -2 when it crashed; out() and err()
    // hold what it printed.
    int run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000) {
        QProcess process;
        return run(process, arguments, env, timeoutMs);
    }
    // The same in `process`, which the caller may read or signal afterwards.
    int run(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env,
            int timeoutMs = 30000) {
        QSignalSpy finished(&process, &QProcess::finished);
        start(process, arguments, env);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            return -1;
        }
        m_out = QString::fromUtf8(process.readAllStandardOutput());
        m_err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    const QString &out() const { return m_out; }
    const QString &err() const { return m_err; }

private:
    QString m_binary;
    QString m_workingDirectory;
    QString m_out;
    QString m_err;
};
