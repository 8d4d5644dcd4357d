#include "ExportCheck.h"

#include "csv/ExportComparison.h"
#include "log/LogCategories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

namespace {

// A 200 MB export takes a few seconds to compare, and finding the previous one lists the folder: not on the
// thread that serves the window and the web.
ExportComparison::Result compareAndKeep(const ExportCheck::Input &input) {
    QElapsedTimer took;
    took.start();
    const ExportFileStore &store = input.store;
    const QString previous = store.previousExport(input.group, input.file);
    const QString newPath = store.filePath(input.file);
    const QString keptAt = store.changesPath(input.file);
    ExportComparison::Result comparison = ExportComparison::compare(
        previous.isEmpty() ? QString() : store.filePath(previous), newPath, input.separator);
    comparison.milliseconds = took.elapsed();
    QDir().mkpath(QFileInfo(keptAt).absolutePath());
    QSaveFile out(keptAt);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Compact));
        if (!out.commit())
            qCWarning(lcExport, "cannot keep the changes of %s: %s", qUtf8Printable(newPath),
                      qUtf8Printable(out.errorString()));
    }
    return comparison;
}

JournalRecord::Check recordOf(const ExportCheck::Input &input, const ExportComparison::Result &comparison,
                              bool kept) {
    JournalRecord::Check record;
    record.cycle = input.cycle;
    record.group = input.group;
    record.file = input.file;
    record.previous = comparison.previousFile;
    record.sha256 = QString::fromLatin1(comparison.sha256);
    record.checkedRows = comparison.rows;
    if (comparison.compared())
        record.changes =
            JournalRecord::Check::Counts{qint64(comparison.added.size()), qint64(comparison.removed.size()),
                                         qint64(comparison.changed.size())};
    record.identical = comparison.identical();
    record.milliseconds = comparison.milliseconds;
    record.kept = kept;
    record.problems = comparison.problems();
    record.error = comparison.error;
    return record;
}

} // namespace

void ExportCheck::run(const Input &input, QObject *context,
                      std::function<void(const JournalRecord::Check &)> done) {
    auto promise = std::make_shared<QPromise<ExportComparison::Result>>();
    QFuture<ExportComparison::Result> future = promise->future();
    QThreadPool::globalInstance()->start([promise, input] {
        promise->start();
        promise->addResult(compareAndKeep(input));
        promise->finish();
    });
    future.then(context, [input, done = std::move(done)](const ExportComparison::Result &comparison) {
        const QString &group = input.group;
        const QString &file = input.file;
        bool kept = true;
        if (comparison.identical() && input.skipUnchanged) {
            kept = !input.store.remove(file);
            qCInfo(lcExport, "%s: %s is identical to %s and was not kept (SKIP_UNCHANGED)",
                   qUtf8Printable(group), qUtf8Printable(file), qUtf8Printable(comparison.previousFile));
        }
        if (!comparison.error.isEmpty()) {
            qCWarning(lcExport, "%s: %s could not be compared with the previous export: %s",
                      qUtf8Printable(group), qUtf8Printable(file), qUtf8Printable(comparison.error));
        } else if (comparison.compared()) {
            qCInfo(lcExport, "%s: %s against %s: %lld added, %lld removed, %lld changed",
                   qUtf8Printable(group), qUtf8Printable(file), qUtf8Printable(comparison.previousFile),
                   qint64(comparison.added.size()), qint64(comparison.removed.size()),
                   qint64(comparison.changed.size()));
        }
        done(recordOf(input, comparison, kept));
    });
}
