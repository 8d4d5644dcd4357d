// A dead man's switch, as healthchecks.io and Uptime Kuma take it: HEALTHCHECK_URL is pinged when an export
// cycle starts (<url>/start), when it ends with every group exported (<url>) and when a group failed for good
// (<url>/fail, with the groups and their reasons as the body). A machine that died or a schedule that
// stopped then is noticed by something outside it. A stopped cycle (by hand, or a shutdown that the next
// start or the next leader finishes) sends nothing. A ping never holds up an export: it is sent once, with a
// 10-second timeout, and a failed one is logged (the address's host only: the rest may be a secret).
#pragma once

#include "exports/GroupStatus.h"
#include "net/Notify.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

class HealthPing : public QObject {
    Q_OBJECT
public:
    HealthPing(QUrl url, QNetworkAccessManager *network, QObject *parent = nullptr);

    void cycleStarted();
    // `statuses`: the groups as the cycle left them (the reasons of the failed ones).
    void cycleFinished(const CycleSummary &summary, const QList<GroupStatus> &statuses);

    static constexpr int timeoutMs = Notify::timeoutMs;

private:
    void ping(const QString &suffix, const QByteArray &body = QByteArray());

    QUrl m_url;
    QNetworkAccessManager *m_network;
};
