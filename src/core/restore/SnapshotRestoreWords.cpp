// The words of a restore from a snapshot: its plan's lines, its result's lines, as --restore-snapshot
// prints them.
#include "SnapshotRestore.h"

using namespace Qt::StringLiterals;

QString SnapshotRestore::planLine(const Case &c) {
    // In the order of Case::Action.
    static const char *const actions[] = {"CREATE  ", "RESTORE ", "PUT BACK", "CONFLICT", "SAME    "};
    const QString action = QString::fromLatin1(actions[int(c.action)]);
    QString line = u"%1  %2  %3"_s.arg(action).arg(c.id).arg(c.name);
    if (!c.parts.isEmpty() && c.action != Case::Action::Same)
        line += u"  ("_s + c.parts.join(u", "_s) + u')';
    for (const QString &note : c.notes)
        line += u"\n          "_s + note;
    return line;
}

QString SnapshotRestore::sharedStepLine(const SharedStep &s) {
    const QString what = s.intoProject > 0 ? tr("created in project %1 with its steps").arg(s.intoProject)
                         : s.action == SharedStep::Action::Create ? tr("gone: created again with its steps")
                         : s.action == SharedStep::Action::Unarchive ? tr("archived: unarchived")
                                                                     : tr("exists: used as it is");
    QString line = u"SHARED    %1  %2  (%3)"_s.arg(s.id).arg(s.name, what) +
                   (s.newId > 0 ? u" -> %1"_s.arg(s.newId) : QString());
    if (s.halfBuilt > 0)
        line += u"\n          "_s +
                tr("an earlier restore left it half-built as %1: that one is archived").arg(s.halfBuilt);
    return line;
}

QString SnapshotRestore::resultLine(const Case &c) {
    QString notes;
    for (const QString &note : c.applyNotes)
        notes += u"\n          "_s + note;
    return outcomeLine(c) + notes;
}

QString SnapshotRestore::outcomeLine(const Case &c) {
    const QString ids =
        c.target > 0 && c.target != c.id ? u"%1 -> %2"_s.arg(c.id).arg(c.target) : QString::number(c.id);
    switch (c.outcome) {
    case Case::Outcome::Done: {
        QString line =
            (c.unverified.isEmpty() && c.inGroup ? u"OK    "_s : u"DIFF  "_s) + ids + u"  "_s + c.name;
        if (!c.written.isEmpty())
            line += u"  "_s + tr("written: %1").arg(c.written.join(u", "_s));
        line += u"; "_s + (c.unverified.isEmpty() ? tr("verified")
                                                  : tr("still differs: %1").arg(c.unverified.join(u", "_s)));
        if (!c.inGroup)
            line += u"; "_s + tr("not in its group");
        return line;
    }
    case Case::Outcome::Failed:
        return u"FAIL  "_s + ids + u"  "_s + c.name + u"  "_s +
               tr("written: %1; failed: %2")
                   .arg(c.written.isEmpty() ? tr("nothing") : c.written.join(u", "_s), c.error);
    case Case::Outcome::NotTried:
        return u"LEFT  "_s + ids + u"  "_s + c.name + u"  "_s + c.error;
    case Case::Outcome::Planned:
        break;
    }
    if (c.action == Case::Action::Conflict)
        return u"LEFT  "_s + ids + u"  "_s + c.name + u"  "_s + c.error;
    return u"SAME  "_s + ids + u"  "_s + c.name;
}
