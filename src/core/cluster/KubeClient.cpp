#include "KubeClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
}

QString leasesPath(const QString &ns) {
    return u"/apis/coordination.k8s.io/v1/namespaces/%1/leases"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(ns)));
}
} // namespace

void KubeCall::abort() {
    if (m_reply)
        m_reply->abort();
}

std::optional<KubeClient::InCluster> KubeClient::InCluster::detect(QString *why) {
    const QString host = qEnvironmentVariable("KUBERNETES_SERVICE_HOST");
    const QString port = qEnvironmentVariable("KUBERNETES_SERVICE_PORT", u"443"_s);
    const QString folder =
        qEnvironmentVariable("SERVICE_ACCOUNT_DIR", u"/var/run/secrets/kubernetes.io/serviceaccount"_s);
    InCluster config;
    config.tokenPath = QDir(folder).filePath(u"token"_s);
    config.caPath = QDir(folder).filePath(u"ca.crt"_s);
    config.ownNamespace = QString::fromUtf8(readFile(QDir(folder).filePath(u"namespace"_s))).trimmed();
    if (host.isEmpty()) {
        *why = QObject::tr("KUBERNETES_SERVICE_HOST is not set: not running in a Kubernetes pod");
        return std::nullopt;
    }
    if (!QFile::exists(config.tokenPath) || !QFile::exists(config.caPath)) {
        *why = QObject::tr("the service account's token or CA is missing in %1").arg(folder);
        return std::nullopt;
    }
    config.server.setScheme(u"https"_s);
    config.server.setHost(host);
    config.server.setPort(port.toInt());
    if (!config.server.isValid() || config.server.port() <= 0) {
        *why = QObject::tr("KUBERNETES_SERVICE_HOST/_PORT do not make an address: %1:%2").arg(host, port);
        return std::nullopt;
    }
    return config;
}

KubeClient::KubeClient(InCluster config, QNetworkAccessManager *network, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
    , m_timeoutMs(timeoutMs) {}

KubeCall *KubeClient::getLease(const QString &ns, const QString &name) {
    return send("GET", leasesPath(ns) + u'/' + name, {});
}

KubeCall *KubeClient::createLease(const QString &ns, const QJsonObject &lease) {
    return send("POST", leasesPath(ns), lease);
}

KubeCall *KubeClient::replaceLease(const QString &ns, const QString &name, const QJsonObject &lease) {
    return send("PUT", leasesPath(ns) + u'/' + name, lease);
}

KubeCall *KubeClient::send(const QByteArray &verb, const QString &path, const QJsonObject &body) {
    QUrl url = m_config.server;
    url.setPath(path);
    QNetworkRequest request(url);
    // The CA of the service account only, never the system's, and the host name checked as usual.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(
        QSslCertificate::fromData(readFile(m_config.caPath), QSsl::Pem)); // read each time: it rotates
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization", "Bearer " + readFile(m_config.tokenPath).trimmed());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto *call = new KubeCall(this);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, payload);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] {
        reply->deleteLater();
        call->m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A reply that timed out is closed: reading it would only print Qt's "device not open".
        const QByteArray answer = reply->isOpen() ? reply->read(4 * 1024 * 1024) : QByteArray();
        call->m_json = QJsonDocument::fromJson(answer).object();
        if (call->m_status == 0 && reply->error() == QNetworkReply::OperationCanceledError)
            call->m_error = tr("the Kubernetes API did not answer within %1 s").arg(m_timeoutMs / 1000.0);
        else if (call->m_status == 0)
            call->m_error = tr("the Kubernetes API cannot be reached: %1").arg(reply->errorString());
        else if (call->m_status < 200 || call->m_status > 299)
            call->m_error = tr("the Kubernetes API answered HTTP %1: %2")
                                .arg(call->m_status)
                                .arg(call->m_json.value(u"message"_s).toString(u"no message"_s));
        emit call->finished();
    });
    return call;
}
