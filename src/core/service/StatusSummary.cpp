#include "StatusSummary.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("StatusSummary", text);
}
} // namespace

QString StatusSummary::localTime(const QDateTime &utc) {
    if (!utc.isValid())
        return tr("never");
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return QLocale().toString(local, QLocale::ShortFormat);
}

StatusSummary StatusSummary::notConfigured(const QString &why) {
    StatusSummary summary;
    summary.state = State::NotConfigured;
    summary.headline = tr("Not configured: %1").arg(why);
    return summary;
}

StatusSummary StatusSummary::compute(const QList<ExportRunner::GroupStatus> &groups, bool running,
                                     bool paused, const QDateTime &nextRun) {
    using GroupState = ExportRunner::GroupState;
    StatusSummary summary;
    summary.nextRun = nextRun;
    summary.groupsTotal = int(groups.size());
    QString runningGroup;
    int runningIndex = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const ExportRunner::GroupStatus &group = groups.at(i);
        const QString name = group.group.name;
        switch (group.state) {
        case GroupState::Running:
            if (runningGroup.isEmpty()) {
                runningGroup = name;
                runningIndex = i + 1;
            }
            summary.details.append(
                tr("%1: exporting (attempt %2 of %3)").arg(name).arg(group.attempt).arg(group.maxAttempts));
            break;
        case GroupState::Queued:
            summary.details.append(tr("%1: waiting for its turn").arg(name));
            break;
        case GroupState::WaitingRetry:
            if (!summary.nextRetry.isValid() || group.nextRetry < summary.nextRetry)
                summary.nextRetry = group.nextRetry;
            summary.failedGroups.append(name);
            summary.details.append(tr("%1: attempt %2 failed, retry %3: %4")
                                       .arg(name)
                                       .arg(group.attempt)
                                       .arg(localTime(group.nextRetry), group.lastError));
            break;
        default:
            if (group.state == GroupState::Succeeded || group.state == GroupState::Failed ||
                group.lastAttemptEnd.isValid()) {
                if (group.lastOk) {
                    ++summary.groupsDone;
                    summary.details.append(tr("%1: exported %2").arg(name, localTime(group.lastAttemptEnd)));
                } else {
                    summary.failedGroups.append(name);
                    summary.details.append(
                        tr("%1: failed %2: %3").arg(name, localTime(group.lastAttemptEnd), group.lastError));
                }
            } else {
                summary.details.append(tr("%1: not exported yet").arg(name));
            }
        }
    }
    if (running && !runningGroup.isEmpty()) {
        summary.state = State::Exporting;
        summary.headline =
            tr("Exporting group %1 of %2: %3").arg(runningIndex).arg(groups.size()).arg(runningGroup);
    } else if (running && summary.nextRetry.isValid()) {
        summary.state = State::WaitingRetry;
        summary.headline = tr("Waiting to retry %1 %2")
                               .arg(summary.failedGroups.join(u", "_s), localTime(summary.nextRetry));
    } else if (running) {
        summary.state = State::Exporting;
        summary.headline = tr("Exporting");
    } else if (!summary.failedGroups.isEmpty()) {
        summary.state = State::Failed;
        summary.headline = tr("Last export failed: %1").arg(summary.failedGroups.join(u", "_s));
    } else if (paused) {
        summary.state = State::Paused;
        summary.headline = tr("Schedule paused");
    } else {
        summary.state = State::Idle;
        summary.headline = tr("Next export %1").arg(localTime(nextRun));
    }
    return summary;
}

QString StatusSummary::tooltip() const {
    QStringList lines{tr("TestOps Export"), headline};
    if (state == State::Failed || state == State::Paused)
        lines.append(tr("Next export %1").arg(localTime(nextRun)));
    lines += details;
    return lines.join(u'\n');
}

QString StatusSummary::iconName() const {
    switch (state) {
    case State::Exporting:
        return u"tray-busy"_s;
    case State::WaitingRetry:
        return u"tray-retry"_s;
    case State::Failed:
    case State::NotConfigured:
        return u"tray-failed"_s;
    case State::Paused:
        return u"tray-paused"_s;
    case State::Idle:
        break;
    }
    return u"tray-idle"_s;
}
