#include "SecretStore.h"

#include "log/LogCategories.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace {
// qtkeychain works asynchronously; the settings are read and written at moments when waiting is right.
template <typename Job> void runAndWait(Job &job) {
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop,
                       &QEventLoop::quit); // a keyring waiting for its password is not waited on forever
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service)) {}

QString SecretStore::read(const QString &key, QString *problem) const {
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound) {
        if (problem)
            *problem = job.errorString();
        qCInfo(lcGui, "the keychain could not be read (%s)", qUtf8Printable(job.errorString()));
    }
    return QString();
}

bool SecretStore::write(const QString &key, const QString &value, QString *problem) const {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    runAndWait(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (problem)
        *problem = job.errorString().isEmpty() ? QObject::tr("no keychain answered") : job.errorString();
    qCWarning(lcGui, "the keychain could not store the token (%s)", qUtf8Printable(job.errorString()));
    return false;
}

void SecretStore::remove(const QString &key) const {
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);
}
