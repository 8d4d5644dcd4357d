// --verify: is every export of the folder still the file that was written? Each one is read again and its
// SHA-256 compared with the one its check recorded in the journal. Named: a file that changed since, a file
// the journal recorded that is gone (and was not deleted by the user or by retention), and a file of ours the
// journal does not know (copied in, or written before the journal). Read-only: nothing is changed or deleted.
#pragma once

#include <QList>
#include <QString>

class ExportFileStore;
class History;

namespace ExportVerify {

struct Finding {
    enum class Kind { Ok, Changed, Missing, Unrecorded };
    Kind kind = Kind::Ok;
    QString file;
    QString sha256;   // what the file holds now (Ok, Changed, Unrecorded)
    QString recorded; // what the journal recorded (Ok, Changed, Missing)
};

struct Report {
    QList<Finding> findings; // in the order of the folder's files (newest first), then the missing ones
    qsizetype count(Finding::Kind kind) const;
    bool damaged() const { return count(Finding::Kind::Ok) != findings.size(); }
};

Report run(const ExportFileStore &store, const History &history);
// As --verify prints them: "OK          <file>", "CHANGED     <file>  its SHA-256 is …", and the counts.
QString lineOf(const Finding &finding);
QString summaryOf(const Report &report);

} // namespace ExportVerify
