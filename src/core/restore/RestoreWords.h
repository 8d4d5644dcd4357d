// What a restore plans and did, in words: the command line's lines (RESTORE, PATCHED…) and the plain words
// of the plan dialog (a sentence per case, its fields and notes below). The words of RestoreSession.
#pragma once

#include "RestoreSession.h"

#include <QCoreApplication>

class RestoreWords {
    Q_DECLARE_TR_FUNCTIONS(RestoreSession)
public:
    using Step = RestoreSession::Step;

    // "RESTORE   1700001  Login check 1" and the like, with details on the lines below.
    static QString planLine(const Step &step);
    // The outcome, with what applying met on the way on the lines below.
    static QString resultLine(const Step &step);
    static QString outcomeLine(const Step &step);
    static QString actionName(Step::Action action);

    // What will happen to the case, or what happened, in a sentence without HTTP verbs.
    static QString what(const Step &step);
    // Its fields (old and new), the reasons and notes, a line each.
    static QString details(const Step &step);

private:
    static QString columns(const Step &step);
};
