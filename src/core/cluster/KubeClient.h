// The Kubernetes API as the leader election uses it: a Lease read, created and replaced, with the in-cluster
// configuration of a pod (KUBERNETES_SERVICE_HOST/_PORT, the service account's token, CA and namespace),
// TLS verified against that CA only, the token read again before every request (it rotates).
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One request; finishes once (deleteLater after finished).
class KubeCall : public QObject {
    Q_OBJECT
public:
    int status() const { return m_status; } // 0: no answer (unreachable, timed out, TLS)
    const QJsonObject &json() const { return m_json; }
    const QString &error() const { return m_error; } // empty on 2xx
    void abort();

signals:
    void finished();

private:
    friend class KubeClient;
    explicit KubeCall(QObject *parent)
        : QObject(parent) {}
    QPointer<QNetworkReply> m_reply;
    int m_status = 0;
    QJsonObject m_json;
    QString m_error;
};

class KubeClient : public QObject {
    Q_OBJECT
public:
    struct InCluster {
        QUrl server;
        QString tokenPath;
        QString caPath;
        QString ownNamespace;
        // From the pod's environment and its service account folder (SERVICE_ACCOUNT_DIR overrides
        // /var/run/secrets/kubernetes.io/serviceaccount); nothing, with `why`, outside a cluster.
        static std::optional<InCluster> detect(QString *why);
    };

    KubeClient(InCluster config, QNetworkAccessManager *network, int timeoutMs, QObject *parent = nullptr);

    KubeCall *getLease(const QString &ns, const QString &name);
    KubeCall *createLease(const QString &ns, const QJsonObject &lease);
    // PUT: the lease's metadata.resourceVersion must be the current one, or the answer is 409 Conflict.
    KubeCall *replaceLease(const QString &ns, const QString &name, const QJsonObject &lease);
    const InCluster &config() const { return m_config; }

private:
    KubeCall *send(const QByteArray &verb, const QString &path, const QJsonObject &body);

    InCluster m_config;
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
};
