// The storage cleanup rules as a read-only view shows them (the web page): values only, and the words in the
// language asked for. What crosses the front in place of the cleanup session.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct CleanupView {
    enum class State { NotConfigured, Loading, Ready, Error };
    struct Cell {
        QString target;
        QString status;
        QString source; // global, project, missing
        qint64 globalDelay = -1;
        qint64 projectDelay = -1;
        qint64 effectiveDelay = -1;
        QList<qint64> projectRuleIds; // the project's rules of this cell (duplicates are possible)
    };
    struct Project {
        qint64 id = 0;
        QString name;
        QString error;
        int missing = 0;
        bool canConfigure = false;
        bool launchCloseKnown = false;
        qint64 launchCloseSeconds = 0;
        QString launchCloseText; // "Launches close 1 h after they finish; …"
        QList<Cell> cells;       // targets × statuses
    };

    State state = State::NotConfigured;
    QString error;
    QString globalError;
    QStringList targets;
    QStringList statuses;
    QStringList targetNames; // in the language asked for
    QStringList statusNames;
    QList<Project> projects;
};
