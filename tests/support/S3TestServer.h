// What a test beside tests/storage/with_s3.sh knows of the real S3 server it runs with: its options, the
// app's S3_* settings for it, and Debian's s3cmd pointed at it (path-style, SigV4).
#pragma once

#include "storage/S3Client.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace S3TestServer {

inline S3Client::Options options() {
    S3Client::Options options;
    options.endpoint = QUrl(qEnvironmentVariable("S3_TEST_ENDPOINT"));
    options.bucket = qEnvironmentVariable("S3_TEST_BUCKET");
    options.accessKey = qEnvironmentVariable("S3_TEST_ACCESS_KEY");
    options.secretKey = qEnvironmentVariable("S3_TEST_SECRET_KEY");
    options.region = QStringLiteral("us-east-1");
    options.timeoutMs = 30000;
    return options;
}

inline void addSettings(QProcessEnvironment *env) {
    env->insert(QStringLiteral("S3_ENABLED"), QStringLiteral("true"));
    env->insert(QStringLiteral("S3_ENDPOINT"), qEnvironmentVariable("S3_TEST_ENDPOINT"));
    env->insert(QStringLiteral("S3_BUCKET"), qEnvironmentVariable("S3_TEST_BUCKET"));
    env->insert(QStringLiteral("S3_ACCESS_KEY"), qEnvironmentVariable("S3_TEST_ACCESS_KEY"));
    env->insert(QStringLiteral("S3_SECRET_KEY"), qEnvironmentVariable("S3_TEST_SECRET_KEY"));
    env->insert(QStringLiteral("S3_REGION"), QStringLiteral("us-east-1"));
}

// s3cmd against the server; its exit code (-1 when it did not end), what it printed in `output`.
inline int s3cmd(const QStringList &arguments, QString *output = nullptr) {
    const QUrl endpoint(qEnvironmentVariable("S3_TEST_ENDPOINT"));
    const QString host = QStringLiteral("%1:%2").arg(endpoint.host()).arg(endpoint.port());
    QProcess process;
    process.start(QStringLiteral("s3cmd"),
                  QStringList{QStringLiteral("--config=/dev/null"),
                              QStringLiteral("--access_key=") + qEnvironmentVariable("S3_TEST_ACCESS_KEY"),
                              QStringLiteral("--secret_key=") + qEnvironmentVariable("S3_TEST_SECRET_KEY"),
                              QStringLiteral("--host=") + host, QStringLiteral("--host-bucket=") + host,
                              QStringLiteral("--no-ssl"), QStringLiteral("--region=us-east-1")} +
                      arguments);
    process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace S3TestServer
