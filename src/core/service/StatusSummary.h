// What the app is doing, in one sentence and one state: the tray icon, its tooltip, the window's status line
// and the web view's status all come from here, so they never disagree and can be tested without a screen.
#pragma once

#include "config/Words.h"
#include "exports/GroupStatus.h"

#include <QDateTime>
#include <QStringList>

struct StatusSummary {
    enum class State { NotConfigured, Idle, Paused, Exporting, WaitingRetry, Failed };

    State state = State::NotConfigured;
    QString headline;    // "Exporting group 2 of 3: UI"
    QStringList details; // one line per group (StateWords::groupLine)
    QDateTime nextRun;   // UTC
    QDateTime nextRetry; // UTC
    QStringList failedGroups;
    int groupsDone = 0;
    int groupsTotal = 0;

    // `words` says it in a language other than the app's (the web view: the browser's).
    static StatusSummary compute(const QList<GroupStatus> &groups, bool running, bool paused,
                                 const QDateTime &nextRun, const Words &words = Words());
    static StatusSummary notConfigured(const QString &why);

    // "TestOps Export\n<headline>\n<details>"; times shown in the local time zone.
    QString tooltip() const;
    // The icon name under :/icons/ for this state.
    QString iconName() const;
};
