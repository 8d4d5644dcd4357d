#include "ExportVerify.h"

#include "ExportFileStore.h"
#include "History.h"
#include "JournalRecord.h"
#include "csv/ExportComparison.h"

#include <QHash>

qsizetype ExportVerify::Report::count(Finding::Kind kind) const {
    return std::count_if(findings.cbegin(), findings.cend(),
                         [kind](const Finding &finding) { return finding.kind == kind; });
}

QString ExportVerify::lineOf(const Finding &finding) {
    using namespace Qt::StringLiterals;
    switch (finding.kind) {
    case Finding::Kind::Ok:
        return u"OK          "_s + finding.file;
    case Finding::Kind::Changed:
        return u"CHANGED     %1  its SHA-256 is %2, the journal recorded %3"_s.arg(
            finding.file, finding.sha256.isEmpty() ? u"unreadable"_s : finding.sha256, finding.recorded);
    case Finding::Kind::Missing:
        return u"MISSING     %1  the journal recorded it (SHA-256 %2); it is not in the folder"_s.arg(
            finding.file, finding.recorded);
    case Finding::Kind::Unrecorded:
        return u"UNRECORDED  %1  not in the journal (copied in, or written before it)"_s.arg(finding.file);
    }
    return QString();
}

QString ExportVerify::summaryOf(const Report &report) {
    using namespace Qt::StringLiterals;
    return u"%1 export(s): %2 intact, %3 changed, %4 missing, %5 unrecorded"_s.arg(report.findings.size())
        .arg(report.count(Finding::Kind::Ok))
        .arg(report.count(Finding::Kind::Changed))
        .arg(report.count(Finding::Kind::Missing))
        .arg(report.count(Finding::Kind::Unrecorded));
}

ExportVerify::Report ExportVerify::run(const ExportFileStore &store, const History &history) {
    // What the journal says should be in the folder: each kept export's SHA-256, unless deleted since.
    QHash<QString, QString> recorded;
    QStringList order; // the journal's order, for the missing ones
    history.forEach([&](const QJsonObject &json) {
        const JournalRecord::Any record = JournalRecord::read(json);
        if (const auto *check = std::get_if<JournalRecord::Check>(&record)) {
            if (check->kept && !check->sha256.isEmpty()) {
                if (!recorded.contains(check->file))
                    order.append(check->file);
                recorded.insert(check->file, check->sha256.toLower());
            }
        } else if (const auto *deletion = std::get_if<JournalRecord::Deletion>(&record)) {
            recorded.remove(deletion->file);
        }
    });
    Report report;
    QSet<QString> seen;
    for (const ExportFile &file : store.list()) {
        seen.insert(file.fileName);
        Finding finding;
        finding.file = file.fileName;
        finding.recorded = recorded.value(file.fileName);
        // The hash the check recorded, computed the same way (OpenSSL: 200 MB in 0.1 s); empty: unreadable.
        finding.sha256 = QString::fromLatin1(ExportComparison::sha256Of(store.filePath(file.fileName)));
        finding.kind = finding.recorded.isEmpty()           ? Finding::Kind::Unrecorded
                       : finding.sha256 == finding.recorded ? Finding::Kind::Ok
                                                            : Finding::Kind::Changed;
        report.findings.append(finding);
    }
    for (const QString &file : std::as_const(order)) {
        if (recorded.contains(file) && !seen.contains(file))
            report.findings.append({Finding::Kind::Missing, file, QString(), recorded.value(file)});
    }
    return report;
}
