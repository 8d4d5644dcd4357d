// The fake TestOps server as a program: for trying the app without a TestOps server, and for benchmarks.
#include "FakeTestOps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake Allure TestOps server for testops-export."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on (0: any free port)."_s, u"port"_s, u"0"_s},
        {u"token"_s, u"The API token it accepts."_s, u"token"_s, u"fake-api-token-0123456789"_s},
        {u"group"_s, u"A group: PROJECT:TREE:GROUP:ROWS (repeatable)."_s, u"spec"_s},
        {u"fault"_s, u"Inject a fault: NAME[:TIMES], e.g. ResetMidBody:1 (repeatable; TIMES -1 = always)."_s,
         u"fault"_s},
        {u"queued-polls"_s, u"Polls answering 'queued' before 'ready'."_s, u"n"_s, u"1"_s},
        {u"throttle"_s, u"Download speed limit in bytes per second."_s, u"bps"_s, u"0"_s},
        {u"bom"_s, u"Start CSV files with a UTF-8 BOM."_s},
        {u"preload"_s, u"Generate each export once and serve it from memory (for benchmarks)."_s},
        {u"model"_s,
         u"A group whose cases are stored whole (snapshots): PROJECT:TREE:GROUP:CASES[:NAME] (repeatable)."_s,
         u"spec"_s},
        {u"attachment-bytes"_s, u"Average size of the stored cases' attachments."_s, u"bytes"_s, u"51200"_s},
        {u"big-attachment"_s, u"Adds one attachment of this size to the first stored case."_s, u"bytes"_s,
         u"0"_s},
        {u"latency"_s, u"Milliseconds added to every answer about stored cases."_s, u"ms"_s, u"0"_s},
    });
    parser.process(app);

    FakeTestOps fake;
    fake.apiToken = parser.value(u"token"_s);
    fake.queuedPolls = parser.value(u"queued-polls"_s).toInt();
    fake.throttleBytesPerSecond = parser.value(u"throttle"_s).toLongLong();
    fake.bom = parser.isSet(u"bom"_s);
    fake.preload = parser.isSet(u"preload"_s);
    QStringList groups = parser.values(u"group"_s);
    if (groups.isEmpty())
        groups = {u"17:937:26961091:500:API"_s, u"17:937:24545654:300:UI"_s};
    for (const QString &spec : std::as_const(groups)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() != 4 && parts.size() != 5) {
            std::fprintf(stderr, "--group wants PROJECT:TREE:GROUP:ROWS[:NAME], got %s\n",
                         qUtf8Printable(spec));
            return 2;
        }
        fake.addGroup({parts[0].toLongLong(),
                       parts[1].toLongLong(),
                       parts[2].toLongLong(),
                       parts.value(4), // the node's name in the tree
                       parts[3].toLongLong(),
                       0,
                       {}});
    }
    FakeCaseShape shape;
    shape.attachmentBytes = parser.value(u"attachment-bytes"_s).toInt();
    fake.latencyMs = parser.value(u"latency"_s).toInt();
    QList<qint64> stored;
    for (const QString &spec : parser.values(u"model"_s)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() != 4 && parts.size() != 5) {
            std::fprintf(stderr, "--model wants PROJECT:TREE:GROUP:CASES[:NAME], got %s\n",
                         qUtf8Printable(spec));
            return 2;
        }
        stored += fake.addModelGroup(parts[0].toLongLong(), parts[1].toLongLong(), parts[2].toLongLong(),
                                     parts.value(4, parts[2]), parts[3].toInt(), shape);
    }
    if (const qint64 big = parser.value(u"big-attachment"_s).toLongLong(); big > 0 && !stored.isEmpty()) {
        QByteArray bytes(qsizetype(big), Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        fake.model.addAttachment(stored.first(), u"video.mp4"_s, bytes, u"video/mp4"_s);
    }
    const QMetaEnum faults = QMetaEnum::fromType<FakeTestOps::Fault>();
    for (const QString &spec : parser.values(u"fault"_s)) {
        const QStringList parts = spec.split(u':');
        bool ok = false;
        const int value = faults.keyToValue(parts[0].toLatin1().constData(), &ok);
        if (!ok) {
            std::fprintf(stderr, "unknown fault %s\n", qUtf8Printable(parts[0]));
            return 2;
        }
        fake.addFault(FakeTestOps::Fault(value), parts.size() > 1 ? parts[1].toInt() : 1);
    }
    if (!fake.listen(QHostAddress::LocalHost, quint16(parser.value(u"port"_s).toUInt()))) {
        std::fprintf(stderr, "cannot listen on port %s\n", qUtf8Printable(parser.value(u"port"_s)));
        return 1;
    }
    std::printf("FAKE_TESTOPS_URL=%s\n", qUtf8Printable(fake.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
