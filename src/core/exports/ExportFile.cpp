#include "ExportFile.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &namePattern() {
    static const QRegularExpression pattern(
        u"^testops_export_(.+)_(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:_(\\d{1,4}))?\\.csv$"_s);
    return pattern;
}
} // namespace

QString ExportFile::baseName(const QString &group, const QDateTime &utc, qint64 projectId) {
    const QString prefix = projectId > 0 ? u"%1_%2"_s.arg(projectId).arg(group) : group;
    return u"testops_export_%1_%2"_s.arg(prefix, utc.toUTC().toString(u"yyyy-MM-dd_HH-mm-ss"_s));
}

bool ExportFile::parse(const QString &fileName, ExportFile *file) {
    // A name with a line break or another control character is nobody's export: it could only end up
    // in a header or a log line it does not belong to.
    for (const QChar c : fileName) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    const QRegularExpressionMatch match = namePattern().match(fileName);
    if (!match.hasMatch())
        return false;
    // yyyy-MM-dd_HH-mm-ss, read by hand: QDateTime::fromString costs more than the rest of a listing.
    const QStringView stamp = match.capturedView(2);
    const auto number = [stamp](int from, int length) { return stamp.mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return false;
    file->fileName = fileName;
    file->group = match.captured(1);
    file->projectId = 0;
    // The Go tool's later names put the project first; no group name of ours starts with digits and '_'.
    const qsizetype underscore = file->group.indexOf(u'_');
    if (underscore > 0 && underscore + 1 < file->group.size()) {
        bool isNumber = false;
        const QStringView digits = QStringView(file->group).left(underscore);
        const qint64 project = digits.toLongLong(&isNumber);
        if (isNumber && project > 0 &&
            std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); })) {
            file->projectId = project;
            file->group = file->group.mid(underscore + 1);
        }
    }
    file->timestamp = QDateTime(date, time, Qt::UTC); // the UTC spec: no time zone lookups when sorting
    return true;
}

bool ExportFile::isSafeName(const QString &fileName) {
    ExportFile parsed;
    return !fileName.contains(u'/') && !fileName.contains(u'\\') && !fileName.contains(u".."_s) &&
           !fileName.contains(QChar(0)) && parse(fileName, &parsed);
}
