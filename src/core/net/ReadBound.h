// A download's read bound that holds from its first byte. Without a bound, QNetworkAccessManager's HTTP
// thread reads a fast download into memory faster than a file or a socket takes it; but Qt 6.4 hands the
// bound to that thread only if its request already exists there (QHttpThreadDelegate::readBufferSizeChanged
// ignores it otherwise). So it is given at once, again right after the reply's own queued start (it then
// lands in the HTTP thread behind the request, before any of the answer: given only later, a server that
// answers at once had 20-30 MB read ahead first), and at each step the thread reports.
#pragma once

#include <QNetworkReply>

inline void boundReadBuffer(QNetworkReply *reply, qint64 bytes) {
    const auto bound = [reply, bytes] { reply->setReadBufferSize(bytes); };
    bound();
    QMetaObject::invokeMethod(reply, bound, Qt::QueuedConnection);
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, reply, bound);
    QObject::connect(reply, &QNetworkReply::requestSent, reply, bound);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, bound);
}
