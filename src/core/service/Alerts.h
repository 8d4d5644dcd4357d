// Alerts to a team's chat, so that a failure is heard by someone who is not looking: a group failed after its
// last retry, a group recovered, more of a group's cases removed since its previous export than ALERT_REMOVED
// (with the first names), no good export of a group for longer than ALERT_OVERDUE, damage found by the
// verify, a copy to S3 that failed after its retries. Posted to each of
// ALERT_WEBHOOK_URL in ALERT_WEBHOOK_FORMAT: `slack` ({"text"}, which Slack, Mattermost and Rocket.Chat
// take), `teams` (a message card) or `json` ({"event", "group", "at", "text", "details", "url"}). Each alert
// once per occurrence: a group that keeps failing is reported once, then once when it recovers. A post is
// tried three times (at once, after 5 s and after 30 s), each with a 10-second timeout; it never holds up an
// export, and a webhook that fails is logged (its host only: the rest of a webhook's address is a secret).
#pragma once

#include "config/Config.h"
#include "exports/GroupStatus.h"
#include "net/Notify.h"
#include "snapshots/SnapshotManifest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class Clock;
class QNetworkAccessManager;

class Alerts : public QObject {
    Q_OBJECT
public:
    enum class Event { Failed, Recovered, MassRemoval, Overdue, Damage, S3Failed, SnapshotFailed };

    // `page`: the web view as colleagues reach it (when shared), for links to the change view; may be empty.
    Alerts(AlertSettings settings, QUrl page, QNetworkAccessManager *network, const Clock &clock,
           QObject *parent = nullptr);

    // A cycle ended: failed and recovered groups (their reasons from `statuses`).
    void cycleFinished(const CycleSummary &summary, const QList<GroupStatus> &statuses);
    // A new export of `group` was compared with the previous one, which had `previousCases`.
    void compared(const QString &group, const QString &file, qint64 removed, qint64 previousCases,
                  const QStringList &firstRemoved);
    // When each group's newest good export was made (invalid: none yet); alerts those silent for too long.
    void checkOverdue(const QHash<QString, QDateTime> &lastSuccess);
    // The scheduled verify found exports changed, missing or unrecorded (`lines` as --verify prints them);
    // said again only when it finds a file it did not name before.
    void damageFound(const QStringList &files, const QStringList &lines);
    // A copy to S3 failed after its last retry: alerted once, until a copy succeeds again.
    void uploadGaveUp(const QString &group, const QString &file, const QString &error);
    void uploadSucceeded() { m_s3Failing = false; }
    // A group's snapshot ended: one that failed after its last retry is alerted once, until one succeeds.
    void snapshotFinished(const SnapshotResult &result);
    // Whether `removed` of `previousCases` passes ALERT_REMOVED.
    static bool isMassRemoval(const AlertSettings &settings, qint64 removed, qint64 previousCases);

    // The body of one alert in `format`.
    static QByteArray body(AlertSettings::Format format, Event event, const QString &group,
                           const QDateTime &at, const QString &text, const QStringList &details,
                           const QUrl &url);
    static QString eventName(Event event);

    static constexpr int timeoutMs = Notify::timeoutMs;

private:
    void send(Event event, const QString &group, const QString &text, const QStringList &details,
              const QUrl &url = QUrl());
    void post(const QUrl &webhook, const QByteArray &body, int attempt);

    AlertSettings m_settings;
    QUrl m_page;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QDateTime m_started;
    QSet<QString> m_failing;         // alerted as failed, not yet recovered
    QSet<QString> m_overdue;         // alerted as overdue, no good export since
    QSet<QString> m_damaged;         // named by an alert of damage
    bool m_s3Failing = false;        // alerted of a failed copy, none succeeded since
    QSet<QString> m_snapshotFailing; // groups alerted of a failed snapshot, none succeeded since
};
