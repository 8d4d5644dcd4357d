#include "HealthPing.h"

#include "log/LogCategories.h"

using namespace Qt::StringLiterals;

HealthPing::HealthPing(QUrl url, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_network(network) {}

void HealthPing::cycleStarted() {
    ping(u"/start"_s);
}

void HealthPing::cycleFinished(const CycleSummary &summary, const QList<GroupStatus> &statuses) {
    if (summary.aborted)
        return; // not an outcome: the next start or the next leader finishes the cycle
    if (summary.failed.isEmpty()) {
        ping(QString());
        return;
    }
    QByteArray body;
    for (const GroupStatus &status : statuses) {
        if (summary.failed.contains(status.group.name))
            body += status.group.name.toUtf8() + ": " + status.lastError.toUtf8() + '\n';
    }
    ping(u"/fail"_s, body);
}

void HealthPing::ping(const QString &suffix, const QByteArray &body) {
    QUrl url = m_url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + suffix);
    Notify::post(m_network, url, body, "text/plain; charset=utf-8", this,
                 [host = m_url.host(), suffix](const QByteArray &failure) {
                     if (!failure.isEmpty())
                         qCWarning(lcExport, "the health check ping%s to %s failed: %s",
                                   suffix.isEmpty() ? "" : qUtf8Printable(u" "_s + suffix),
                                   qUtf8Printable(host), failure.constData());
                 });
}
