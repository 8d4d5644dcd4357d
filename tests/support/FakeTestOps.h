// A fake Allure TestOps server that follows shared/testops/API.md, including its awkward corners, with faults
// that can be injected per request. Used by the integration tests, the benchmarks and "try it" in the README.
#pragma once

#include "CsvGenerator.h"
#include "FakeCaseModel.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

class FakeTestOps : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        TokenDown,           // the token endpoint answers 503
        TokenRefused,        // the token endpoint answers 401 "Bad credentials"
        CreateServerError,   // 500 on creating the export
        PollServerError,     // 502 with an HTML body on polling
        DownloadServerError, // 500 on the download
        JobFailed,           // the job ends "failed"
        JobNeverReady,       // the job stays "queued"
        ExpireToken,         // the next authorised call answers 401 (the JWT expired)
        ResetMidBody,        // the connection is cut after half the body (Content-Length was sent)
        StallMidBody,        // half the body, then silence with the connection open
        HtmlPage,            // 200 with a login page instead of the CSV
        NoContentLength,     // the body ends when the connection closes
        ShortBody,           // Content-Length larger than the body, then close
        EmptyBody,           // 200 with no body
        GzipCut,             // the CSV gzip-encoded, its stream cut short inside a complete HTTP answer
        CutMidRecord,        // no Content-Length, and the connection closes in the middle of a record
        DropWriteAnswer,     // a write to test cases or cleanup rules is done, then its answer is lost (the
                             // connection closes before it)
        LoseWrite,           // such a write is lost on its way: the connection closes, nothing is done
        CaseReadError,       // a read of a stored test case's part answers 502 with an HTML page (a proxy)
    };
    Q_ENUM(Fault)

    struct Group {
        qint64 projectId = 0;
        qint64 treeId = 0;
        qint64 groupId = 0;
        QString name;
        qint64 rows = 0;
        int revision = 0;          // changes the content of the rows (for change tracking)
        CsvGenerator::Edits edits; // rows deleted or edited since
        qint64 testCases() const { return rows - edits.removed.size(); }
    };

    struct Job {
        qint64 id = 0;
        qint64 groupId = 0;
        qint64 rows = 0;
        int revision = 0;
        CsvGenerator::Edits edits;
        char separator = ';';
        QStringList columns;
        QString status = QStringLiteral("queued");
        int pollsLeft = 0;
        bool deleted = false;
        QByteArray userAgent;
    };

    explicit FakeTestOps(QObject *parent = nullptr);
    ~FakeTestOps() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;

    QString apiToken = QStringLiteral("fake-api-token-0123456789");
    int queuedPolls = 1; // polls that answer "queued" before "ready"; -1: ready when created
    int tokenLifetimeSecs = 3600;
    qint64 throttleBytesPerSecond = 0; // 0: as fast as the socket takes it
    bool bom = false;                  // start the CSV with a UTF-8 BOM
    bool sendContentType = true;       // false: no Content-Type on downloads
    int countOffset = 0;               // bulk/count answers this many more test cases than the export holds
    bool countUnknown = false;         // bulk/count answers 404, as a server without it would
    bool preload = false;              // generate each export once and serve it from memory (benchmarks)
    QByteArray retryAfter;             // sent as Retry-After with CreateServerError
    bool echoSecrets = false; // error messages repeat the request's token or Authorization, as some do
    bool gzip = false; // answers gzip-encoded to a client that accepts gzip (downloads whole, not streamed)

    // Storage cleanup rules ("cleaner schemas") as the report service spec 25.4.1 has them: pages of 10 by
    // default, duplicates allowed, 403 with no body for a token without the rights (the spec lists none).
    struct CleanerRule {
        qint64 id = 0;
        qint64 projectId = 0; // 0: global
        QString target;
        QString status;
        qint64 delay = 0;
    };
    QList<CleanerRule> cleanerRules;
    // The next write "VERB path" equal to this is done, then its answer is lost (cleared once taken).
    QString dropAnswerTo;
    bool cleanupOwner = true;         // the token's user owns the projects (project:configure)
    bool cleanupAdmin = true;         // and may write global rules
    QByteArray cleanupForbiddenBody;  // the body of those 403s
    bool cleanupHtml = false;         // the cleanup endpoints answer 200 with a login page (a proxy)
    qint64 launchCloseTimeout = 3600; // timeoutForFinishedLaunches of every project
    QStringList cleanupRuns;          // the runs started, by path
    qint64 addCleanerRule(qint64 projectId, const QString &target, const QString &status, qint64 delay);

    // Test cases as the restore feature sees them (report service 25.4.1): a group's rows are its cases
    // (allure_id = groupId % 100000 * 100000 + row + 1); a removed row is soft-deleted (listed by
    // /api/testcase/deleted, restorable) unless its id is in `forceDeleted` (gone: 404). PATCH writes cells.
    QSet<qint64> forceDeleted;
    bool testCaseWritesForbidden = false; // 403 on restore, PATCH, create and version
    int failTestCaseWrite = 0;            // this write (1-based, counted across them) answers 500 once
    bool versionsUnsupported = false;     // POST /api/testcase/{id}/version answers 404, as an older server
    QList<QByteArray> testCaseWrites;     // "PATCH 123 {json}", "RESTORE 123", "CREATE {json}", "VERSION 123"
    QMap<qint64, QJsonObject> createdTestCases;
    QMap<qint64, QJsonArray> versions; // per test case, as GET /api/testcase/{id}/version lists them
    // Someone edits a case in TestOps (a cell of its row), as the UI would.
    void editTestCase(qint64 id, const QString &column, const QByteArray &value);
    static qint64 testCaseId(qint64 groupId, qint64 row) { return groupId % 100000 * 100000 + row + 1; }

    void addGroup(const Group &group);
    // A group whose test cases are stored whole (for snapshots and full restore): its CSV has as many rows.
    QList<qint64> addModelGroup(qint64 projectId, qint64 treeId, qint64 groupId, const QString &name,
                                int cases, const FakeCaseModel::Shape &shape = {});
    FakeCaseModel model;
    int latencyMs = 0;        // added to every answer of the model's calls (benchmarks)
    QStringList missingCalls; // paths starting with one of these answer 404, as a TestOps without the call
    // Every request served, "GET /api/testcase/9000000001/overview" (with its query after '?').
    QStringList requestLog;
    bool logRequests = false;
    Group *group(qint64 groupId);
    // Injects a fault for the next `times` matching requests (-1: until cleared).
    void addFault(Fault fault, int times = 1);
    void clearFaults();

    // The exact bytes a download of this group serves now (without faults).
    QByteArray expectedCsv(qint64 groupId) const;

    // Every download of an export served, with who made it (the User-Agent names the replica on
    // Kubernetes) and when it started and ended (ms since the epoch; end 0 while it runs).
    struct Download {
        qint64 jobId = 0;
        QByteArray userAgent;
        qint64 startMs = 0;
        qint64 endMs = 0;
        bool complete = false;
    };
    QList<Download> downloads;

    int count(const QString &route) const { return m_counts.value(route); }
    QList<qint64> liveJobs() const;
    const QMap<qint64, Job> &jobs() const { return m_jobs; }
    const QList<QByteArray> &exportRequests() const { return m_exportRequests; }
    int openConnections() const;

signals:
    void requestServed(const QString &route);
    void downloadStalled();

private:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    class Connection;

    void onNewConnection();
    void handle(Connection *connection, const Request &request);
    void handleCleanup(Connection *connection, const Request &request);
    void handleTestCases(Connection *connection, const Request &request);
    // The group and row of a case id; null when no group has it.
    Group *caseRow(qint64 id, qint64 *row);
    QJsonObject testCaseJson(const Group &group, qint64 row) const;
    int m_testCaseWrites = 0;
    bool takeFault(Fault fault);
    bool authorised(const Request &request);
    QString newJwt();

    QTcpServer m_server;
    QHash<Fault, int> m_faults;
    QList<Group> m_groups;
    QMap<qint64, Job> m_jobs;
    QSet<QString> m_validJwts;
    QHash<QString, int> m_counts;
    QList<QByteArray> m_exportRequests;
    QHash<QString, QByteArray> m_preloaded;
    qint64 m_nextJobId = 1991;
    int m_nextJwt = 1;
};
