// Several replicas of the real binary electing a leader on a Lease served by a Kubernetes API double of our
// own (tests/cluster/kube_api_double.py, HTTPS with a CA this test makes): exactly one leads; Run now on a
// follower runs once, on the leader; killed leaders are replaced within lease duration + retry period; a
// leader cut off from the API stops exporting before its lease expires, so no two replicas ever export at
// once; a replica that does not trust the API's certificate never leads.
#include "FakeTestOps.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int leaseMs = 3000;
constexpr int renewMs = 2000;
constexpr int retryMs = 1000;

struct Replica {
    QString name;
    std::unique_ptr<QProcess> process;
    QUrl web;
    QByteArray log;
};
} // namespace

class TestCluster : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void exactlyOneLeadsAndRunNowOnAFollowerRunsOnTheLeader();
    void killedLeadersAreReplacedWithoutDoubleExports();
    void aLeaderCutOffStopsExportingBeforeItsLeaseExpires();
    void aCycleALeaderDidNotFinishIsFinishedByTheNextOnce();
    void aReplicaThatDoesNotTrustTheApiNeverLeads();

private:
    bool openssl(const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(u"openssl"_s, arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }
    Replica *start(const QString &name, const QString &caFile = QString()) {
        const QString accounts = m_dir.filePath(u"sa-"_s + name);
        QDir().mkpath(accounts);
        QFile::copy(caFile.isEmpty() ? m_dir.filePath(u"ca.crt"_s) : caFile, accounts + u"/ca.crt"_s);
        for (const auto &[file, text] :
             {std::pair{u"/token"_s, u"tok-"_s + name}, std::pair{u"/namespace"_s, u"exports"_s}}) {
            QFile out(accounts + file);
            if (out.open(QIODevice::WriteOnly))
                out.write(text.toUtf8());
        }
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, m_dir.filePath(u"home-"_s + name));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"TESTOPS_BASE_URL"_s, m_fake->url().toString());
        env.insert(u"TESTOPS_TOKEN"_s, m_fake->apiToken);
        env.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
        env.insert(u"EXPORT_PATH"_s, m_dir.filePath(u"shared-volume"_s));
        env.insert(u"CRON_SCHEDULE"_s, u"0 0 1 1 *"_s); // only Run now exports here
        env.insert(u"CATCH_UP_MISSED"_s, u"false"_s);
        env.insert(u"RETRY_DELAYS"_s, QString());
        env.insert(u"WEB_PORT"_s, u"0"_s);
        env.insert(u"LEADER_ELECTION"_s, u"on"_s);
        env.insert(u"LEADER_LEASE_DURATION"_s, u"%1s"_s.arg(leaseMs / 1000));
        env.insert(u"LEADER_RENEW_DEADLINE"_s, u"%1s"_s.arg(renewMs / 1000));
        env.insert(u"LEADER_RETRY_PERIOD"_s, u"%1s"_s.arg(retryMs / 1000));
        env.insert(u"KUBERNETES_SERVICE_HOST"_s, u"127.0.0.1"_s);
        env.insert(u"KUBERNETES_SERVICE_PORT"_s, QString::number(m_apiPort));
        env.insert(u"SERVICE_ACCOUNT_DIR"_s, accounts);
        env.insert(u"POD_NAME"_s, name);
        auto replica = std::make_unique<Replica>();
        replica->name = name;
        replica->process = std::make_unique<QProcess>();
        replica->process->setProcessEnvironment(env);
        replica->process->setWorkingDirectory(m_dir.path());
        Replica *raw = replica.get();
        connect(raw->process.get(), &QProcess::readyReadStandardError, this,
                [raw] { raw->log += raw->process->readAllStandardError(); });
        raw->process->start(QStringLiteral(TESTOPS_EXPORT_BINARY), {u"--headless"_s});
        static const QRegularExpression webView(u"web view at (http://\\S+)"_s);
        if (!QTest::qWaitFor([raw] { return webView.match(QString::fromUtf8(raw->log)).hasMatch(); }, 15000))
            return nullptr;
        raw->web = QUrl(webView.match(QString::fromUtf8(raw->log)).captured(1));
        m_replicas.push_back(std::move(replica));
        return raw;
    }
    QByteArray http(const QUrl &url, const QByteArray &verb = "GET", int *status = nullptr) {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply =
            m_network.sendCustomRequest(request, verb, verb == "POST" ? QByteArray("{}") : QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(6000);
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }
    QJsonObject cluster(const Replica *replica) {
        return QJsonDocument::fromJson(http(replica->web.resolved(QUrl(u"/api/status"_s))))
            .object()
            .value(u"cluster"_s)
            .toObject();
    }
    // Three replicas pod-N.., and a long download that Run now started on their leader (named); empty when
    // that did not come about.
    QString longExportOnTheLeader(int firstPod) {
        for (int i = firstPod; i < firstPod + 3; ++i) {
            if (!start(u"pod-%1"_s.arg(i)))
                return QString();
        }
        if (!QTest::qWaitFor([this] { return replica(holder()) != nullptr; }, 10000))
            return QString();
        const QString leader = holder();
        m_fake->group(26961091)->rows = 40000;
        m_fake->throttleBytesPerSecond = 512 * 1024;
        const qsizetype before = m_fake->downloads.size();
        int status = 0;
        http(replica(leader)->web.resolved(QUrl(u"/export"_s)), "POST", &status);
        if (status != 202 || !QTest::qWaitFor([&] { return m_fake->downloads.size() == before + 1; }, 10000))
            return QString();
        return leader;
    }
    // Every change of the lease's holder the API double saw: (ms since the epoch, holder).
    QList<std::pair<qint64, QString>> holders() {
        QList<std::pair<qint64, QString>> list;
        for (const QByteArray &line :
             http(QUrl(u"http://127.0.0.1:%1/holders"_s.arg(m_controlPort))).split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                list.append({parts[0].toLongLong(), QString::fromUtf8(parts[1])});
        }
        return list;
    }
    QString holder() {
        const auto list = holders();
        return list.isEmpty() ? QString() : list.last().second;
    }
    Replica *replica(const QString &name) {
        for (const auto &r : m_replicas) {
            if (r->name == name)
                return r.get();
        }
        return nullptr;
    }
    void kill(Replica *replica) {
        replica->process->kill();
        replica->process->waitForFinished(5000);
        m_replicas.erase(std::find_if(m_replicas.begin(), m_replicas.end(),
                                      [replica](const auto &r) { return r.get() == replica; }));
    }
    // No two replicas' downloads of an export overlap in time.
    QString overlappingDownloads() const {
        const auto &all = m_fake->downloads;
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j) {
                const auto &a = all.at(i);
                const auto &b = all.at(j);
                const qint64 aEnd = a.endMs ? a.endMs : std::numeric_limits<qint64>::max();
                const qint64 bEnd = b.endMs ? b.endMs : std::numeric_limits<qint64>::max();
                if (a.userAgent != b.userAgent && a.startMs < bEnd && b.startMs < aEnd)
                    return QString::fromUtf8(a.userAgent + " and " + b.userAgent);
            }
        }
        return QString();
    }

    QTemporaryDir m_dir;
    QProcess m_api;
    int m_apiPort = 0;
    int m_controlPort = 0;
    std::unique_ptr<FakeTestOps> m_fake;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Replica>> m_replicas;
};

void TestCluster::initTestCase() {
    // A CA, the API's certificate signed by it (for 127.0.0.1), and another CA nobody signed with.
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s};
    QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                    QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.crt"_s, u"-days"_s, u"2"_s,
                                u"-subj"_s, u"/CN=test-cluster-ca"_s}));
    QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                    QStringList{u"-keyout"_s, u"other.key"_s, u"-out"_s, u"other-ca.crt"_s, u"-days"_s,
                                u"2"_s, u"-subj"_s, u"/CN=other-ca"_s}));
    QVERIFY(openssl(QStringList{u"req"_s} + ec +
                    QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                                u"/CN=kubernetes"_s}));
    QFile extensions(m_dir.filePath(u"san.ext"_s));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:kubernetes.default.svc\n");
    extensions.close();
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                     u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s,
                     u"-extfile"_s, u"san.ext"_s}));
    QStringList tokens;
    for (int i = 0; i < 30; ++i)
        tokens.append(u"tok-pod-%1=pod-%1"_s.arg(i));
    tokens.append(u"tok-untrusting=untrusting"_s);
    m_api.setWorkingDirectory(m_dir.path());
    m_api.start(u"python3"_s,
                {QStringLiteral(KUBE_API_DOUBLE), u"server.crt"_s, u"server.key"_s, tokens.join(u',')});
    QVERIFY(m_api.waitForReadyRead(10000));
    static const QRegularExpression ports(u"API_PORT=(\\d+) CONTROL_PORT=(\\d+)"_s);
    const QRegularExpressionMatch match = ports.match(QString::fromUtf8(m_api.readAllStandardOutput()));
    QVERIFY(match.hasMatch());
    m_apiPort = match.captured(1).toInt();
    m_controlPort = match.captured(2).toInt();
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 200, 0, {}});
    m_fake->queuedPolls = 0;
    QVERIFY(m_fake->listen());
}

void TestCluster::cleanup() {
    for (const auto &replica : m_replicas) {
        replica->process->terminate();
        replica->process->waitForFinished(12000);
    }
    m_replicas.clear();
    http(QUrl(u"http://127.0.0.1:%1/uncut?who=all"_s.arg(m_controlPort)), "POST");
}

void TestCluster::cleanupTestCase() {
    m_api.kill();
    m_api.waitForFinished(5000);
}

void TestCluster::exactlyOneLeadsAndRunNowOnAFollowerRunsOnTheLeader() {
    for (int i = 0; i < 3; ++i)
        QVERIFY(start(u"pod-%1"_s.arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(!holder().isEmpty(), 10000);
    const QString leader = holder();
    QStringList followers;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int leading = 0;
            followers.clear();
            for (const auto &r : m_replicas) {
                const QJsonObject state = cluster(r.get());
                if (state.value(u"role"_s) == u"leader"_s && r->name == leader)
                    ++leading;
                else if (state.value(u"role"_s) == u"follower"_s && state.value(u"leader"_s) == leader)
                    followers.append(r->name);
            }
            return leading == 1 && followers.size() == 2;
        }(),
        10000);
    // Run now pressed on a follower: handed to the leader through the Lease, run once, there.
    int status = 0;
    const QJsonObject answer =
        QJsonDocument::fromJson(
            http(replica(followers.first())->web.resolved(QUrl(u"/export"_s)), "POST", &status))
            .object();
    QCOMPARE(status, 202);
    // The follower answers as a follower (its status names the leader) and started nothing itself.
    const QJsonObject followerCluster = answer.value(u"status"_s).toObject().value(u"cluster"_s).toObject();
    QCOMPARE(followerCluster.value(u"role"_s).toString(), u"follower"_s);
    QCOMPARE(followerCluster.value(u"leader"_s).toString(), leader);
    QVERIFY(!answer.contains(u"error"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->downloads.size(), 1, 10000);
    QVERIFY2(m_fake->downloads.first().userAgent.contains("(" + leader.toUtf8() + ")"),
             m_fake->downloads.first().userAgent.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->downloads.first().complete, 10000);
    QTest::qWait(3 * retryMs); // further renewals must not run it again
    QCOMPARE(m_fake->downloads.size(), 1);
    QCOMPARE(QDir(m_dir.filePath(u"shared-volume"_s)).entryList({u"*.csv"_s}).size(), 1);
}

void TestCluster::killedLeadersAreReplacedWithoutDoubleExports() {
    for (int i = 3; i < 6; ++i)
        QVERIFY(start(u"pod-%1"_s.arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(replica(holder()) != nullptr, 10000);
    QList<qint64> takeovers;
    for (int kill = 0; kill < 10; ++kill) {
        const QString leader = holder();
        Replica *victim = replica(leader);
        QVERIFY2(victim, qPrintable(leader));
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        this->kill(victim);
        QTRY_VERIFY_WITH_TIMEOUT(!holder().isEmpty() && holder() != leader, leaseMs + retryMs + 5000);
        const qint64 tookOver = holders().last().first - killedAt;
        takeovers.append(tookOver);
        // A follower sees the leader's last renewal up to a retry period late, and tries again a retry period
        // after the lease has run out by its own clock: lease + 2 retry periods at worst (client-go's bound).
        QVERIFY2(tookOver <= leaseMs + 2 * retryMs, qPrintable(u"takeover %1 ms"_s.arg(tookOver)));
        QVERIFY(start(u"pod-%1"_s.arg(6 + kill))); // the Deployment starts another pod
    }
    std::sort(takeovers.begin(), takeovers.end());
    qInfo("takeover after SIGKILL of the leader (lease %d ms, retry %d ms), 10 kills: median %lld ms, worst "
          "%lld ms",
          leaseMs, retryMs, (takeovers.at(4) + takeovers.at(5)) / 2, takeovers.last());
    QVERIFY2(overlappingDownloads().isEmpty(), qPrintable(overlappingDownloads()));
    // What the replicas asked of the API is what the Role in packaging/kubernetes grants.
    QFile role(QStringLiteral(KUBERNETES_ROLE));
    QVERIFY(role.open(QIODevice::ReadOnly));
    static const QRegularExpression verbsLine(u"verbs: \\[([^\\]]*)\\]"_s);
    QSet<QString> granted;
    for (const QString &verb : verbsLine.match(QString::fromUtf8(role.readAll())).captured(1).split(u','))
        granted.insert(verb.trimmed().remove(u'"') + u" leases"_s);
    const QStringList served =
        QString::fromUtf8(http(QUrl(u"http://127.0.0.1:%1/verbs"_s.arg(m_controlPort))))
            .split(u'\n', Qt::SkipEmptyParts);
    const QSet<QString> used(served.cbegin(), served.cend());
    QCOMPARE(used, granted);
}

void TestCluster::aLeaderCutOffStopsExportingBeforeItsLeaseExpires() {
    const int filesBefore = int(QDir(m_dir.filePath(u"shared-volume"_s)).entryList({u"*.csv"_s}).size());
    const qsizetype before = m_fake->downloads.size();
    const QString leader = longExportOnTheLeader(20);
    QVERIFY(!leader.isEmpty());
    // Cut off from the API: it cannot renew, stops exporting after the renew deadline, before the lease ends.
    http(QUrl(u"http://127.0.0.1:%1/cut?who=%2"_s.arg(m_controlPort).arg(leader)), "POST");
    QTRY_VERIFY_WITH_TIMEOUT(!holder().isEmpty() && holder() != leader, leaseMs + renewMs + 5000);
    const qint64 newLeaderAt = holders().last().first;
    const auto &download = m_fake->downloads.at(before);
    QVERIFY2(download.endMs > 0 && !download.complete, "the cut-off leader's download went on");
    QVERIFY2(download.endMs < newLeaderAt, qPrintable(u"stopped %1 ms after the next leader took over"_s.arg(
                                               download.endMs - newLeaderAt)));
    QVERIFY(replica(leader)->log.contains("no longer leading"));
    QCOMPARE(int(QDir(m_dir.filePath(u"shared-volume"_s)).entryList({u"*.csv"_s}).size()),
             filesBefore); // no partial file
    // The new leader finishes the cycle the cut-off one could not, by itself, once; never at the same time as
    // another replica.
    m_fake->throttleBytesPerSecond = 0;
    m_fake->group(26961091)->rows = 200;
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->downloads.size() == before + 2 && m_fake->downloads.last().complete,
                             10000);
    QVERIFY2(m_fake->downloads.last().userAgent.contains("(" + holder().toUtf8() + ")"),
             m_fake->downloads.last().userAgent.constData());
    QVERIFY2(overlappingDownloads().isEmpty(), qPrintable(overlappingDownloads()));
    QTest::qWait(3 * retryMs);
    QCOMPARE(m_fake->downloads.size(), before + 2);
    QCOMPARE(int(QDir(m_dir.filePath(u"shared-volume"_s)).entryList({u"*.csv"_s}).size()), filesBefore + 1);
    // Back in touch, the old leader follows.
    http(QUrl(u"http://127.0.0.1:%1/uncut?who=%2"_s.arg(m_controlPort).arg(leader)), "POST");
    QTRY_COMPARE_WITH_TIMEOUT(cluster(replica(leader)).value(u"role"_s).toString(), u"follower"_s, 10000);
}

void TestCluster::aCycleALeaderDidNotFinishIsFinishedByTheNextOnce() {
    // A rolling update during the daily run: the leader gets SIGTERM mid-download. The replica that leads
    // next exports that cycle, once.
    const QDir volume(m_dir.filePath(u"shared-volume"_s));
    const qsizetype filesBefore = volume.entryList({u"*.csv"_s}).size();
    const qsizetype before = m_fake->downloads.size();
    const QString leader = longExportOnTheLeader(24);
    QVERIFY(!leader.isEmpty());
    QTest::qWait(2 * retryMs); // the leader has noted the cycle on the Lease
    Replica *victim = replica(leader);
    victim->process->terminate();
    QVERIFY(victim->process->waitForFinished(15000));
    m_replicas.erase(std::find_if(m_replicas.begin(), m_replicas.end(),
                                  [victim](const auto &r) { return r.get() == victim; }));
    m_fake->throttleBytesPerSecond = 0;
    m_fake->group(26961091)->rows = 200;
    QTRY_VERIFY_WITH_TIMEOUT(!holder().isEmpty() && holder() != leader, leaseMs + retryMs + 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->downloads.size() == before + 2 && m_fake->downloads.last().complete,
                             10000);
    QVERIFY(!m_fake->downloads.at(before).complete); // the one cut by the SIGTERM
    QVERIFY2(m_fake->downloads.last().userAgent.contains("(" + holder().toUtf8() + ")"),
             m_fake->downloads.last().userAgent.constData());
    QTest::qWait(3 * retryMs); // renewals and a restart of a replica must not run it again
    QVERIFY(start(u"pod-27"_s));
    QTest::qWait(3 * retryMs);
    QCOMPARE(m_fake->downloads.size(), before + 2);
    QCOMPARE(volume.entryList({u"*.csv"_s}).size(), filesBefore + 1);
    QVERIFY2(overlappingDownloads().isEmpty(), qPrintable(overlappingDownloads()));
}

void TestCluster::aReplicaThatDoesNotTrustTheApiNeverLeads() {
    Replica *untrusting = start(u"untrusting"_s, m_dir.filePath(u"other-ca.crt"_s));
    QVERIFY(untrusting);
    QTRY_VERIFY_WITH_TIMEOUT(!cluster(untrusting).value(u"error"_s).toString().isEmpty(), 10000);
    const QString error = cluster(untrusting).value(u"error"_s).toString();
    QVERIFY2(error.contains(u"cannot be reached"_s), qPrintable(error));
    QCOMPARE(cluster(untrusting).value(u"role"_s).toString(), u"follower"_s);
    QVERIFY(holder() != u"untrusting"_s);
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
