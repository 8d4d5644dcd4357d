#include "Alerts.h"

#include "config/WireNames.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int retryDelaysMs[] = {5000, 30000}; // after the first try
constexpr int namesShown = 10;
} // namespace

Alerts::Alerts(AlertSettings settings, QUrl page, QNetworkAccessManager *network, const Clock &clock,
               QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_page(std::move(page))
    , m_network(network)
    , m_clock(clock)
    , m_started(clock.nowUtc()) {}

QString Alerts::eventName(Event event) {
    static constexpr QLatin1StringView names[] = {"failed"_L1,         "recovered"_L1, "mass-removal"_L1,
                                                  "overdue"_L1,        "damage"_L1,    "s3-failed"_L1,
                                                  "snapshot-failed"_L1};
    return WireNames::nameOf(event, names);
}

void Alerts::cycleFinished(const CycleSummary &summary, const QList<GroupStatus> &statuses) {
    if (summary.aborted)
        return;
    for (const GroupStatus &status : statuses) {
        const QString &group = status.group.name;
        if (summary.failed.contains(group) && !m_failing.contains(group)) {
            m_failing.insert(group);
            send(Event::Failed, group,
                 tr("TestOps export of group %1 failed: %2").arg(group, status.lastError),
                 {tr("Tried %n time(s); the next scheduled export tries again.", nullptr, status.attempt)});
        } else if (summary.succeeded.contains(group) && m_failing.remove(group)) {
            send(Event::Recovered, group, tr("TestOps export of group %1 works again").arg(group), {});
        }
    }
}

void Alerts::damageFound(const QStringList &files, const QStringList &lines) {
    bool news = false;
    for (const QString &file : files)
        news = !m_damaged.contains(file) || news;
    m_damaged = QSet<QString>(files.cbegin(), files.cend());
    if (!news)
        return;
    QStringList details = lines.mid(0, namesShown);
    if (lines.size() > details.size())
        details.append(tr("… and %n more", nullptr, int(lines.size() - details.size())));
    send(Event::Damage, QString(),
         tr("The verify of the exports found %n export(s) changed, missing or unrecorded", nullptr,
            int(files.size())),
         details);
}

void Alerts::uploadGaveUp(const QString &group, const QString &file, const QString &error) {
    if (std::exchange(m_s3Failing, true))
        return; // the same occurrence: copies keep failing
    send(Event::S3Failed, group, tr("The copy of %1 to S3 failed after its retries").arg(file), {error});
}

void Alerts::snapshotFinished(const SnapshotResult &result) {
    if (result.ok) {
        m_snapshotFailing.remove(result.group);
        return;
    }
    if (result.retryAt.isValid() || m_snapshotFailing.contains(result.group))
        return; // tried again later, or said already
    m_snapshotFailing.insert(result.group);
    send(Event::SnapshotFailed, result.group,
         tr("The snapshot of %1 failed after its retries; its CSV exports go on").arg(result.group),
         {result.error});
}

bool Alerts::isMassRemoval(const AlertSettings &settings, qint64 removed, qint64 previousCases) {
    if (removed <= 0)
        return false;
    if (settings.removedCount >= 0)
        return removed > settings.removedCount;
    return previousCases > 0 && double(removed) * 100.0 > settings.removedPercent * double(previousCases);
}

void Alerts::compared(const QString &group, const QString &file, qint64 removed, qint64 previousCases,
                      const QStringList &firstRemoved) {
    if (!isMassRemoval(m_settings, removed, previousCases))
        return;
    QStringList details = firstRemoved.mid(0, namesShown);
    if (removed > details.size())
        details.append(tr("… and %n more", nullptr, int(removed - details.size())));
    QUrl url;
    if (m_page.isValid()) {
        url = m_page;
        url.setPath(u"/changes/"_s + file);
    }
    send(Event::MassRemoval, group,
         tr("%1 of %2 test cases of group %3 were removed since its previous export")
             .arg(removed)
             .arg(previousCases)
             .arg(group),
         details, url);
}

void Alerts::checkOverdue(const QHash<QString, QDateTime> &lastSuccess) {
    const QDateTime now = m_clock.nowUtc();
    for (auto it = lastSuccess.cbegin(); it != lastSuccess.cend(); ++it) {
        // A group never exported is measured from this start, not from the beginning of time.
        const QDateTime since = it.value().isValid() ? it.value() : m_started;
        const bool overdue = since.secsTo(now) > m_settings.overdueSeconds;
        if (!overdue) {
            m_overdue.remove(it.key());
            continue;
        }
        if (m_overdue.contains(it.key()))
            continue;
        m_overdue.insert(it.key());
        const QString when =
            it.value().isValid()
                ? tr("the last one was made %1 h ago").arg(it.value().secsTo(now) / 3600)
                : tr("there has been none since the app started %1 h ago").arg(m_started.secsTo(now) / 3600);
        send(Event::Overdue, it.key(),
             tr("No good TestOps export of group %1 for longer than %2 h: %3")
                 .arg(it.key())
                 .arg(m_settings.overdueSeconds / 3600)
                 .arg(when),
             {});
    }
}

QByteArray Alerts::body(AlertSettings::Format format, Event event, const QString &group, const QDateTime &at,
                        const QString &text, const QStringList &details, const QUrl &url) {
    QString whole = text;
    for (const QString &line : details)
        whole += u"\n• "_s + line;
    if (url.isValid())
        whole += u"\n"_s + url.toString();
    QJsonObject json;
    switch (format) {
    case AlertSettings::Format::Slack:
        json = {{u"text"_s, whole}};
        break;
    case AlertSettings::Format::Teams:
        json = {{u"@type"_s, u"MessageCard"_s},
                {u"@context"_s, u"http://schema.org/extensions"_s},
                {u"summary"_s, text},
                {u"themeColor"_s, event == Event::Recovered ? u"2E7D32"_s : u"C62828"_s},
                {u"title"_s, text},
                {u"text"_s, QStringList(details).join(u"<br>"_s)}};
        if (url.isValid())
            json.insert(
                u"potentialAction"_s,
                QJsonArray{QJsonObject{{u"@type"_s, u"OpenUri"_s},
                                       {u"name"_s, tr("Open the change view")},
                                       {u"targets"_s, QJsonArray{QJsonObject{{u"os"_s, u"default"_s},
                                                                             {u"uri"_s, url.toString()}}}}}});
        break;
    case AlertSettings::Format::Json:
        json = {{u"event"_s, eventName(event)},
                {u"group"_s, group},
                {u"at"_s, at.toUTC().toString(Qt::ISODate)},
                {u"text"_s, text},
                {u"details"_s, QJsonArray::fromStringList(details)},
                {u"url"_s, url.isValid() ? QJsonValue(url.toString()) : QJsonValue()}};
        break;
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void Alerts::send(Event event, const QString &group, const QString &text, const QStringList &details,
                  const QUrl &url) {
    qCWarning(lcExport, "alert (%s): %s", qUtf8Printable(eventName(event)), qUtf8Printable(text));
    const QByteArray bytes = body(m_settings.format, event, group, m_clock.nowUtc(), text, details, url);
    for (const QUrl &webhook : std::as_const(m_settings.webhooks))
        post(webhook, bytes, 0);
}

void Alerts::post(const QUrl &webhook, const QByteArray &bytes, int attempt) {
    Notify::post(m_network, webhook, bytes, "application/json", this,
                 [this, webhook, bytes, attempt](const QByteArray &failure) {
                     if (failure.isEmpty())
                         return;
                     if (attempt < int(std::size(retryDelaysMs))) {
                         QTimer::singleShot(retryDelaysMs[attempt], this, [this, webhook, bytes, attempt] {
                             post(webhook, bytes, attempt + 1);
                         });
                     } else {
                         qCWarning(lcExport, "the alert webhook at %s failed after %d tries: %s",
                                   qUtf8Printable(webhook.host()), attempt + 1, failure.constData());
                     }
                 });
}
