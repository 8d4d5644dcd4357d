#include "RestoreWords.h"

using namespace Qt::StringLiterals;
using Step = RestoreSession::Step;
using FieldChange = RestoreSession::FieldChange;

namespace {
QString shortened(const QString &text) {
    QString line = text;
    line.replace(u'\n', u" ↵ "_s);
    return line.size() > 120 ? line.left(117) + u"…"_s : line;
}
} // namespace

QString RestoreWords::actionName(Step::Action action) {
    switch (action) {
    case Step::Action::Restore:
        return tr("RESTORE");
    case Step::Action::Create:
        return tr("CREATE");
    case Step::Action::Patch:
        return tr("PATCH");
    case Step::Action::Conflict:
        return tr("CONFLICT");
    case Step::Action::Skip:
        break;
    }
    return tr("SKIP");
}

QString RestoreWords::planLine(const Step &step) {
    QString line =
        actionName(step.action).leftJustified(9) + u' ' + step.caseId + u"  "_s + shortened(step.name);
    QStringList details;
    if (step.action == Step::Action::Patch) {
        for (const FieldChange &field : step.fields)
            details.append(
                tr("%1: \"%2\" → \"%3\"").arg(field.column, shortened(field.now), shortened(field.back)));
    } else if (step.action == Step::Action::Conflict) {
        for (const FieldChange &field : step.fields)
            details.append(tr("%1 in TestOps now: \"%2\", in the export: \"%3\"")
                               .arg(field.column, shortened(field.now), shortened(field.back)));
    }
    if (!step.why.isEmpty())
        details.prepend(step.why);
    details += step.notes;
    return details.isEmpty() ? line : line + u"\n    "_s + details.join(u"\n    "_s);
}

QString RestoreWords::resultLine(const Step &step) {
    const QString line = outcomeLine(step);
    return step.applyNotes.isEmpty() ? line : line + u"\n    "_s + step.applyNotes.join(u"\n    "_s);
}

QString RestoreWords::outcomeLine(const Step &step) {
    const QString head = step.caseId + u"  "_s + shortened(step.name);
    switch (step.outcome) {
    case Step::Outcome::Done:
        switch (step.action) {
        case Step::Action::Restore:
            return tr("RESTORED  %1").arg(head);
        case Step::Action::Create:
            return tr("CREATED   %1  as a new test case %2").arg(head).arg(step.newId);
        default:
            break;
        }
        {
            QStringList columns;
            for (const FieldChange &field : step.fields)
                columns.append(field.column);
            return tr("PATCHED   %1  %2 put back").arg(head, columns.join(u", "_s));
        }
    case Step::Outcome::Failed:
        return tr("FAILED    %1  %2").arg(head, step.error);
    case Step::Outcome::NotTried:
        return tr("NOT TRIED %1  %2").arg(head, step.error);
    case Step::Outcome::Left:
    case Step::Outcome::Planned:
        break;
    }
    return (step.action == Step::Action::Conflict ? tr("CONFLICT  %1  %2") : tr("SKIPPED   %1  %2"))
        .arg(head, step.why);
}

QString RestoreWords::what(const Step &step) {
    switch (step.outcome) {
    case Step::Outcome::Planned:
        switch (step.action) {
        case Step::Action::Restore:
            return tr("Restore it in TestOps, with its id");
        case Step::Action::Create:
            return tr("Create it again from the previous export, with a new id");
        case Step::Action::Patch:
            return tr("Put back %1 (the case is saved as a version in TestOps first)").arg(columns(step));
        case Step::Action::Conflict:
        case Step::Action::Skip:
            break;
        }
        return tr("Leave it: %1").arg(step.why);
    case Step::Outcome::Done:
        switch (step.action) {
        case Step::Action::Restore:
            return tr("Restored, with its id");
        case Step::Action::Create:
            return tr("Created again as test case %1").arg(step.newId);
        default:
            return tr("Put back: %1").arg(columns(step));
        }
    case Step::Outcome::Failed:
        return tr("Failed: %1").arg(step.error);
    case Step::Outcome::NotTried:
        return tr("Not tried: %1").arg(step.error);
    case Step::Outcome::Left:
        break;
    }
    return tr("Left alone: %1").arg(step.why);
}

QString RestoreWords::details(const Step &step) {
    QStringList lines;
    if (step.action == Step::Action::Patch) {
        for (const FieldChange &field : step.fields)
            lines.append(tr("%1: \"%2\" → \"%3\"").arg(field.column, field.now, field.back));
    } else if (step.action == Step::Action::Conflict) {
        for (const FieldChange &field : step.fields)
            lines.append(tr("%1 in TestOps now: \"%2\", in the export: \"%3\"")
                             .arg(field.column, field.now, field.back));
    }
    if (step.action != Step::Action::Conflict && step.action != Step::Action::Skip && !step.why.isEmpty())
        lines.append(step.why);
    return (lines + step.notes + step.applyNotes).join(u'\n');
}

QString RestoreWords::columns(const Step &step) {
    QStringList names;
    for (const FieldChange &field : step.fields)
        names.append(field.column);
    return names.join(u", "_s);
}
