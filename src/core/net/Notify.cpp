#include "Notify.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

void Notify::post(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                  const QByteArray &contentType, QObject *context,
                  std::function<void(const QByteArray &failure)> done) {
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Content-Type", contentType);
    request.setRawHeader("User-Agent", "testops-export");
    QNetworkReply *reply = network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            done(QByteArray());
        else if (status)
            done("HTTP " + QByteArray::number(status));
        else // the error's name, not Qt's sentence: that one quotes the whole address
            done(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
    });
}
