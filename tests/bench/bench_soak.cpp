// Memory follows what is kept, not how long the app has run: 500 export cycles, a day apart on a manual
// clock, with a retention that keeps 50 days of files, through the same wiring and front as the real program,
// against the fake TestOps in a process of its own (so that its memory is not counted). The baseline is the
// RSS after the first 50 cycles, when retention starts deleting; the target is to end within 3 MB of it.
// usage: bench_soak FAKE_TESTOPS [CYCLES] [ROWS]
#include "ManualClock.h"
#include "app/AppWiring.h"
#include "service/ExportFront.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {
double rssMb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

qint64 lines(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : -1;
}
} // namespace

int main(int argc, char **argv) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 64 * 1024); // as main.cpp does
#endif
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_soak FAKE_TESTOPS [CYCLES] [ROWS]\n");
        return 2;
    }
    const int cycles = argc > 2 ? std::atoi(argv[2]) : 500;
    const int rows = argc > 3 ? std::atoi(argv[3]) : 300;
    const int baselineCycle = qMin(50, cycles);
    QTemporaryDir dir;
    QProcess fake;
    fake.start(QString::fromLocal8Bit(argv[1]), {u"--port"_s, u"0"_s, u"--queued-polls"_s, u"-1"_s,
                                                 u"--group"_s, u"17:937:26961091:%1"_s.arg(rows)});
    QUrl url;
    while (url.isEmpty() && fake.waitForReadyRead(5000)) {
        const QString line = QString::fromUtf8(fake.readLine()).trimmed();
        if (line.startsWith(u"FAKE_TESTOPS_URL="_s))
            url = QUrl(line.mid(17));
    }
    if (url.isEmpty())
        return 2;
    Config config;
    config.baseUrl = url;
    config.token = u"fake-api-token-0123456789"_s;
    config.groups = {{u"API"_s, 17, 937, 26961091}};
    config.exportPath = dir.filePath(u"exports"_s);
    config.retryDelaysSeconds = {};
    config.retentionDays = 50;
    config.webEnabled = false;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(7, 0), Qt::UTC));
    QNetworkAccessManager network;
    AppWiring wiring(clock, &network);
    wiring.build(config);
    QString why;
    if (!wiring.claimFolder(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 2;
    }
    ExportFront *front = wiring.front();
    double baseline = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        clock.advanceSecs(24 * 60 * 60);
        QEventLoop loop;
        QObject::connect(front, &ExportFront::cycleFinished, &loop, [&](const CycleSummary &summary) {
            failed += summary.ok() ? 0 : 1;
            loop.quit();
        });
        front->runNow(u"soak"_s);
        loop.exec();
        if (cycle == baselineCycle)
            baseline = rssMb();
    }
    const double end = rssMb();
    const qsizetype files = front->exports().size();
    const qint64 journal = lines(config.exportPath + u"/.testops-export/history.jsonl"_s);
    std::printf("%-22s %8s %8s %12s %10s %8s %9s %8s\n", "soak", "cycles", "files", "journal_lines",
                "rss_50_mb", "rss_end", "growth", "seconds");
    std::printf("%-22s %8d %8lld %12lld %10.1f %8.1f %9.2f %8.1f\n", "run-now cycles", cycles, qint64(files),
                journal, baseline, end, end - baseline, timer.elapsed() / 1000.0);
    std::printf("growth after cycle %d: %.2f MB, target: within 3 MB (%s)\n", baselineCycle, end - baseline,
                end - baseline <= 3 ? "met" : "NOT met");
    fake.terminate();
    fake.waitForFinished();
    return failed == 0 && files <= 51 ? 0 : 1;
}
