// The real binary against the fake TestOps's stored case model: one group, API (project 17, tree 937, group
// 2001), of ten cases with 3,000-byte attachments, a temporary folder of its own. What the snapshot tests
// that run the app share; a test class derives from it.
#pragma once

#include "AppProcess.h"
#include "FakeTestOps.h"

#include <QTemporaryDir>

#include <memory>

class ModelAppRig {
protected:
    // Call from init(): false when the fake cannot listen.
    bool setUpRig(const QString &binary) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_app = std::make_unique<AppProcess>(binary, m_dir->path());
        m_fake = std::make_unique<FakeTestOps>();
        m_fake->queuedPolls = 0;
        FakeCaseShape shape;
        shape.attachmentBytes = 3000;
        m_ids = m_fake->addModelGroup(17, 937, 2001, QStringLiteral("API"), 10, shape);
        return m_fake->listen();
    }
    // The settings of a user of that group, retries off.
    QProcessEnvironment rigEnvironment() const {
        QProcessEnvironment env = m_app->environment();
        env.insert(QStringLiteral("TESTOPS_BASE_URL"), m_fake->url().toString());
        env.insert(QStringLiteral("TESTOPS_TOKEN"), m_fake->apiToken);
        env.insert(QStringLiteral("EXPORT_GROUPS"), QStringLiteral("API=17:937:2001"));
        env.insert(QStringLiteral("EXPORT_PATH"), m_dir->filePath(QStringLiteral("exports")));
        env.insert(QStringLiteral("RETRY_DELAYS"), QString());
        return env;
    }
    // Runs the app to its end; what it printed in m_out and m_err.
    int run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000) {
        const int code = m_app->run(arguments, env, timeoutMs);
        m_out = m_app->out();
        m_err = m_app->err();
        return code;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeTestOps> m_fake;
    std::unique_ptr<AppProcess> m_app;
    QList<qint64> m_ids;
    QString m_out;
    QString m_err;
};
