#include "StatusSummary.h"

#include "StateWords.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

StatusSummary StatusSummary::notConfigured(const QString &why) {
    StatusSummary summary;
    summary.state = State::NotConfigured;
    summary.headline = QCoreApplication::translate("StatusSummary", "Not configured: %1").arg(why);
    return summary;
}

StatusSummary StatusSummary::compute(const QList<GroupStatus> &groups, bool running, bool paused,
                                     const QDateTime &nextRun, const Words &words) {
    const auto localTime = [&words](const QDateTime &utc) { return StateWords::localTime(utc, words); };
    const auto say = [&words](const char *source) { return words("StatusSummary", source); };
    StatusSummary summary;
    summary.nextRun = nextRun;
    summary.groupsTotal = int(groups.size());
    QString runningGroup;
    int runningIndex = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const GroupStatus &group = groups.at(i);
        summary.details.append(StateWords::groupLine(StateWords::groupView(group, words)));
        switch (group.state) {
        case GroupState::Running:
            if (runningGroup.isEmpty()) {
                runningGroup = group.group.name;
                runningIndex = i + 1;
            }
            break;
        case GroupState::Queued:
            break;
        case GroupState::WaitingRetry:
            if (!summary.nextRetry.isValid() || group.nextRetry < summary.nextRetry)
                summary.nextRetry = group.nextRetry;
            summary.failedGroups.append(group.group.name);
            break;
        default:
            if (group.lastAttemptEnd.isValid() || group.state == GroupState::Succeeded ||
                group.state == GroupState::Failed) {
                if (group.lastOk)
                    ++summary.groupsDone;
                else
                    summary.failedGroups.append(group.group.name);
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
        lines.append(QCoreApplication::translate("StatusSummary", "Next export %1")
                         .arg(StateWords::localTime(nextRun)));
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
