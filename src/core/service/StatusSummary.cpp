#include "StatusSummary.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

QString StatusSummary::localTime(const QDateTime &utc, const Words &words) {
    const auto say = [&words](const char *source) { return words("StatusSummary", source); };
    if (!utc.isValid())
        return say(QT_TRANSLATE_NOOP("StatusSummary", "never"));
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = words.locale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return say(QT_TRANSLATE_NOOP("StatusSummary", "today at %1")).arg(time);
    if (local.date() == today.addDays(1))
        return say(QT_TRANSLATE_NOOP("StatusSummary", "tomorrow at %1")).arg(time);
    return words.locale().toString(local, QLocale::ShortFormat);
}

StatusSummary StatusSummary::notConfigured(const QString &why) {
    StatusSummary summary;
    summary.state = State::NotConfigured;
    summary.headline = QCoreApplication::translate("StatusSummary", "Not configured: %1").arg(why);
    return summary;
}

StatusSummary StatusSummary::compute(const QList<GroupStatus> &groups, bool running, bool paused,
                                     const QDateTime &nextRun, const Words &words) {
    const auto localTime = [&words](const QDateTime &utc) { return StatusSummary::localTime(utc, words); };
    const auto say = [&words](const char *source) { return words("StatusSummary", source); };
    StatusSummary summary;
    summary.nextRun = nextRun;
    summary.groupsTotal = int(groups.size());
    QString runningGroup;
    int runningIndex = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const GroupStatus &group = groups.at(i);
        const QString name = group.group.name;
        switch (group.state) {
        case GroupState::Running:
            if (runningGroup.isEmpty()) {
                runningGroup = name;
                runningIndex = i + 1;
            }
            summary.details.append(say(QT_TRANSLATE_NOOP("StatusSummary", "%1: exporting (attempt %2 of %3)"))
                                       .arg(name)
                                       .arg(group.attempt)
                                       .arg(group.maxAttempts));
            break;
        case GroupState::Queued:
            summary.details.append(
                say(QT_TRANSLATE_NOOP("StatusSummary", "%1: waiting for its turn")).arg(name));
            break;
        case GroupState::WaitingRetry:
            if (!summary.nextRetry.isValid() || group.nextRetry < summary.nextRetry)
                summary.nextRetry = group.nextRetry;
            summary.failedGroups.append(name);
            summary.details.append(
                say(QT_TRANSLATE_NOOP("StatusSummary", "%1: attempt %2 failed, retry %3: %4"))
                    .arg(name)
                    .arg(group.attempt)
                    .arg(localTime(group.nextRetry), group.lastError));
            break;
        default:
            if (group.state == GroupState::Succeeded || group.state == GroupState::Failed ||
                group.lastAttemptEnd.isValid()) {
                if (group.lastOk) {
                    ++summary.groupsDone;
                    summary.details.append(say(QT_TRANSLATE_NOOP("StatusSummary", "%1: exported %2"))
                                               .arg(name, localTime(group.lastAttemptEnd)));
                } else {
                    summary.failedGroups.append(name);
                    summary.details.append(say(QT_TRANSLATE_NOOP("StatusSummary", "%1: failed %2: %3"))
                                               .arg(name, localTime(group.lastAttemptEnd), group.lastError));
                }
            } else {
                summary.details.append(
                    say(QT_TRANSLATE_NOOP("StatusSummary", "%1: not exported yet")).arg(name));
            }
        }
    }
    if (running && !runningGroup.isEmpty()) {
        summary.state = State::Exporting;
        summary.headline = say(QT_TRANSLATE_NOOP("StatusSummary", "Exporting group %1 of %2: %3"))
                               .arg(runningIndex)
                               .arg(groups.size())
                               .arg(runningGroup);
    } else if (running && summary.nextRetry.isValid()) {
        summary.state = State::WaitingRetry;
        summary.headline = say(QT_TRANSLATE_NOOP("StatusSummary", "Waiting to retry %1 %2"))
                               .arg(summary.failedGroups.join(u", "_s), localTime(summary.nextRetry));
    } else if (running) {
        summary.state = State::Exporting;
        summary.headline = say(QT_TRANSLATE_NOOP("StatusSummary", "Exporting"));
    } else if (paused) {
        // Paused means no next export, whatever the last one did: it says both, and the icon says paused.
        summary.state = State::Paused;
        summary.nextRun = QDateTime();
        summary.headline =
            summary.failedGroups.isEmpty()
                ? say(QT_TRANSLATE_NOOP("StatusSummary", "Schedule paused"))
                : say(QT_TRANSLATE_NOOP("StatusSummary", "Schedule paused; the last export failed: %1"))
                      .arg(summary.failedGroups.join(u", "_s));
    } else if (!summary.failedGroups.isEmpty()) {
        summary.state = State::Failed;
        summary.headline = say(QT_TRANSLATE_NOOP("StatusSummary", "Last export failed: %1"))
                               .arg(summary.failedGroups.join(u", "_s));
    } else {
        summary.state = State::Idle;
        summary.headline = say(QT_TRANSLATE_NOOP("StatusSummary", "Next export %1")).arg(localTime(nextRun));
    }
    return summary;
}

QString StatusSummary::tooltip() const {
    QStringList lines{QCoreApplication::translate("StatusSummary", "TestOps Export"), headline};
    if (state == State::Failed)
        lines.append(QCoreApplication::translate("StatusSummary", "Next export %1").arg(localTime(nextRun)));
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
