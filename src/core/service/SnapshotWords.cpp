#include "SnapshotWords.h"

#include "StateWords.h"

#include <QCoreApplication>

namespace {
QString say(const Words &words, const char *source, int n = -1) {
    return words("SnapshotWords", source, n);
}
} // namespace

QString SnapshotWords::text(const State &state, const Words &words) {
    if (state.running)
        return state.total > 0 ? say(words, QT_TRANSLATE_NOOP("SnapshotWords", "%1 of %2 test cases…"))
                                     .arg(state.done)
                                     .arg(state.total)
                               : say(words, QT_TRANSLATE_NOOP("SnapshotWords", "listing the test cases…"));
    if (state.last && !state.last->ok) {
        QString line = say(words, QT_TRANSLATE_NOOP("SnapshotWords", "failed: %1")).arg(state.last->error);
        if (state.last->retryAt.isValid())
            line += u"; "_qs + say(words, QT_TRANSLATE_NOOP("SnapshotWords", "tried again %1"))
                                   .arg(StateWords::localTime(state.last->retryAt, words));
        return line;
    }
    if (!state.newest)
        return say(words, QT_TRANSLATE_NOOP("SnapshotWords", "none yet"));
    const SnapshotManifest &m = *state.newest;
    return say(words, QT_TRANSLATE_N_NOOP("SnapshotWords", "%n test case(s)"), int(m.cases)) + u", "_qs +
           say(words, QT_TRANSLATE_N_NOOP("SnapshotWords", "%n attachment(s)"), int(m.attachments)) +
           u", "_qs + StateWords::localTime(m.takenAt, words);
}

bool SnapshotWords::isNews(const State &state) {
    return state.running || (state.last && !state.last->ok);
}
