// Change tracking on big exports: compares two exports of a group the way the app does after every export,
// on a worker thread, while this thread runs an event loop with a 10 ms timer, as the GUI thread would.
//   bench_compare generate DIR MB   writes DIR/old.csv and DIR/new.csv (about MB each; in the new one 1% of the
//                                  test cases edited, 0.5% deleted, 0.5% added)
//   bench_compare compare OLD NEW   prints seconds, peak RSS, the longest event-loop stall and the counts
#include "CsvGenerator.h"
#include "csv/ExportComparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 bytesPerRow = 453; // one generated row with the standard 13 columns

qint64 statusKb(const char *field) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool write(const QString &path, CsvGenerator generator) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    while (!generator.atEnd())
        file.write(generator.next(4 << 20));
    return true;
}

int generate(const QString &dir, qint64 mb) {
    const qint64 rows = mb * 1024 * 1024 / bytesPerRow;
    const QStringList columns = CsvGenerator::standardColumns();
    CsvGenerator::Edits edits;
    for (qint64 row = 0; row < rows; row += 200)
        edits.removed.insert(row);
    for (qint64 row = 1; row < rows; row += 100)
        edits.edited.insert(row);
    CsvGenerator after(columns, 1, rows + rows / 200, false, 0);
    after.setEdits(edits);
    QDir().mkpath(dir);
    if (!write(QDir(dir).filePath(u"old.csv"_s), CsvGenerator(columns, 1, rows, false, 0)) ||
        !write(QDir(dir).filePath(u"new.csv"_s), after)) {
        std::fprintf(stderr, "cannot write into %s\n", qPrintable(dir));
        return 1;
    }
    return 0;
}

int compare(const QString &previous, const QString &current) {
    const qint64 baselineKb = statusKb("VmRSS:");
    auto promise = std::make_shared<QPromise<ExportComparison::Result>>();
    QFuture<ExportComparison::Result> future = promise->future();
    QElapsedTimer clock;
    clock.start();
    QThreadPool::globalInstance()->start([promise, previous, current] {
        promise->start();
        promise->addResult(ExportComparison::compare(previous, current, ';'));
        promise->finish();
    });
    // The "GUI thread": how late does a 10 ms timer fire while the comparison runs?
    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestStall = qMax(longestStall, sinceTick.restart() - 10);
    });
    tick.start();
    future.then(QCoreApplication::instance(), [&](const ExportComparison::Result &result) {
        const double seconds = clock.nsecsElapsed() / 1e9;
        std::printf("seconds=%.3f peak_rss_mb=%.1f baseline_rss_mb=%.1f stall_ms=%lld rows=%lld added=%lld "
                    "removed=%lld changed=%lld error=%s\n",
                    seconds, statusKb("VmHWM:") / 1024.0, baselineKb / 1024.0, longestStall, result.rows,
                    qint64(result.added.size()), qint64(result.removed.size()), qint64(result.changed.size()),
                    result.error.isEmpty() ? "none" : qPrintable(result.error));
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"generate"_s)
        return generate(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == u"compare"_s)
        return compare(args.at(2), args.at(3));
    std::fprintf(stderr, "usage: bench_compare generate DIR MB | compare OLD NEW\n");
    return 2;
}
