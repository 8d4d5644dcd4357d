// Upload of one export to S3 the way the app does it (MD5 and SHA-256 read once, a streamed PUT, a HEAD to
// verify): seconds and peak RSS growth. tests/bench/s3_bench.sh runs it beside `s3cmd put` of the same file.
// usage: bench_upload ENDPOINT BUCKET FILE | bench_upload ENDPOINT BUCKET --many N FILE
#include "schedule/Clock.h"
#include "storage/S3Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
double statusMb(const char *field) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

bool finish(S3Call *call) {
    QEventLoop loop;
    QObject::connect(call, &S3Call::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return call->ok();
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_upload ENDPOINT BUCKET FILE\n");
        return 2;
    }
    const double before = statusMb("VmRSS:");
    SystemClock clock;
    QNetworkAccessManager network;
    S3Client client({QUrl(QString::fromLocal8Bit(argv[1])), QString::fromLocal8Bit(argv[2]), u"S3RVER"_s,
                     u"S3RVER"_s, u"us-east-1"_s, 120000},
                    &network, clock);
    if (argc > 4 && qstrcmp(argv[3], "--many") == 0) {
        // N small exports of ten groups over the days of a year, as a bucket holds them (for web_bench).
        const int count = std::atoi(argv[4]);
        const QString path = QString::fromLocal8Bit(argv[5]);
        QByteArray md5, sha256;
        qint64 size = 0;
        if (!S3Client::digests(path, &md5, &sha256, &size))
            return 1;
        const QStringList groups = {u"API"_s,      u"UI"_s,     u"Mobile"_s, u"Backend"_s, u"Smoke"_s,
                                    u"Payments"_s, u"Search"_s, u"Auth"_s,   u"Reports"_s, u"Regress"_s};
        const QDateTime start(QDate(2025, 11, 22), QTime(7, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QDateTime at = start.addDays(i / int(groups.size()));
            const QString name = u"testops_export_%1_%2.csv"_s.arg(groups.at(i % groups.size()),
                                                                   at.toString(u"yyyy-MM-dd_HH-mm-ss"_s));
            if (!finish(client.putFile(S3Client::exportKey(name, at.date()), path, md5, sha256)))
                return 1;
        }
        std::printf("%d objects put\n", count);
        return 0;
    }
    const QString path = QString::fromLocal8Bit(argv[3]);
    const QString key = u"exports/2026-11-21/"_s + QFileInfo(path).fileName();
    QElapsedTimer timer;
    timer.start();
    QByteArray md5, sha256;
    qint64 size = 0;
    if (!S3Client::digests(path, &md5, &sha256, &size))
        return 1;
    S3Call *put = client.putFile(key, path, md5, sha256);
    if (!finish(put)) {
        std::fprintf(stderr, "%s\n", qPrintable(put->error()));
        return 1;
    }
    S3Call *head = client.head(key);
    const bool verified = finish(head) && head->header("etag").replace('"', "") == md5.toHex();
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("upload %lld bytes: %.3f s, peak RSS growth %.1f MB, verified %s\n", size, seconds,
                statusMb("VmHWM:") - before, verified ? "yes" : "no");
    return verified ? 0 : 1;
}
