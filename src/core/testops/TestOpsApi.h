// The TestOps API as the app uses it: every path and request body the app sends lives here, and so do the
// readers that turn answers into typed results. Callers never write a URL; the cleanup and restore features
// add their calls here.
#pragma once

#include "config/ExportGroup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ApiCall;
class QIODevice;
class TestOpsClient;

class TestOpsApi {
public:
    // One page of a listing; TestOps answers Spring pages, some servers a plain array.
    struct Page {
        int page = 0;
        int size = 1000;
    };

    // A node of what a user picks groups from: a project, a tree, or a node of a tree.
    struct Node {
        qint64 id = 0;
        QString name;
        bool isGroup = true;
        qint64 count = -1; // test cases under a group, when the server says
    };

    struct ExportJob {
        enum class State { Preparing, Ready, Failed };
        qint64 id = 0; // 0 when the answer did not say
        State state = State::Preparing;
        QString errorMessage; // why it failed, when the server says
    };

    // A cleanup rule (a "cleaner schema"): artefacts of `target` of tests ended with `status`, in closed
    // launches, are deleted `delayHours` after the launch closed. projectId 0: a global rule.
    struct CleanerRule {
        qint64 id = 0;
        qint64 projectId = 0;
        QString target; // attachment, scenario, fixture
        QString status; // passed, failed, broken, skipped, unknown
        qint64 delayHours = 0;
    };
    // The launch auto-close settings of a project (cleanup only touches closed launches).
    struct LaunchClose {
        bool known = false;
        qint64 finishedTimeout = 0;   // as the server gives it (seconds, unconfirmed); 0: not closed
        qint64 inProgressTimeout = 0; // likewise
        QString filter;
    };
    enum class CleanupRun { ProjectRules, GlobalRules, BlobRemoval };

    explicit TestOpsApi(TestOpsClient *client);

    TestOpsClient *client() const { return m_client; }

    // --- Test case export (an asynchronous job: create, poll, download, delete)
    ApiCall *countTestCases(const ExportGroup &group);
    ApiCall *createExport(const ExportGroup &group, const QList<ExtraColumn> &extraColumns, char separator);
    ApiCall *exportJob(qint64 jobId);
    // The CSV, written to `sink` as it arrives.
    ApiCall *downloadExport(qint64 jobId, QIODevice *sink);
    ApiCall *deleteExport(qint64 jobId);

    // --- Who and where
    ApiCall *currentUser();
    ApiCall *project(qint64 projectId);
    ApiCall *projects(Page page);
    ApiCall *trees(qint64 projectId, Page page);
    // The children of `parentNodeId` (0: the top of the tree).
    ApiCall *treeNodes(qint64 projectId, qint64 treeId, qint64 parentNodeId, int size);

    // --- Storage cleanup rules (cleaner schemas) and their runs
    // One page of the rules of a project, or of the global ones (projectId 0), oldest first; the page size is
    // the server's own (10 by default), so callers follow the pages.
    ApiCall *cleanerRules(qint64 projectId, int page);
    ApiCall *createCleanerRule(const CleanerRule &rule);
    ApiCall *changeCleanerRuleDelay(qint64 ruleId, qint64 delayHours);
    ApiCall *deleteCleanerRule(qint64 ruleId);
    // Starts the collection (project or global rules) or the deletion of what was collected: 202.
    ApiCall *runCleanup(CleanupRun run);
    // What the token's user may do in a project (project:configure, project:write, …).
    ApiCall *permissions(qint64 projectId);
    ApiCall *launchClose(qint64 projectId);

    // --- Test cases, for restoring them (soft-deleted ones, one case's fields, writing them back)
    // One page of the project's soft-deleted test cases (restorable), 100 a page.
    ApiCall *deletedTestCases(qint64 projectId, int page);
    // A project's catalogue, a page at a time: the workflows it uses (workflowschema, each with its
    // statuses), the test layers, its custom fields and each one's values there.
    ApiCall *projectWorkflows(qint64 projectId, int page);
    ApiCall *testLayers(int page); // global: every project may use them
    ApiCall *projectCustomFields(qint64 projectId, int page);
    ApiCall *projectCustomFieldValues(qint64 projectId, qint64 customFieldId, int page);
    // A project's shared steps whose name contains `search`, newest first.
    ApiCall *sharedSteps(qint64 projectId, const QString &search, int page);
    ApiCall *testCase(qint64 testCaseId);
    ApiCall *restoreTestCase(qint64 testCaseId);
    // `fields`: TestCasePatchV2Dto's (name, fullName, description, precondition, expectedResult, automated,
    // tags, links).
    ApiCall *patchTestCase(qint64 testCaseId, const QJsonObject &fields);
    // A new test case from `fields` in the project (TestCaseCreateV2Dto); TestOps gives it a new id.
    ApiCall *createTestCase(qint64 projectId, QJsonObject fields);
    // A version of the case as it is now, so that it can be brought back in TestOps itself.
    ApiCall *saveTestCaseVersion(qint64 testCaseId, const QString &title);
    // The versions saved of a case (to read back a version whose answer was lost).
    ApiCall *testCaseVersions(qint64 testCaseId);
    // The project's newest test cases, newest first (to read back a creation whose answer was lost).
    ApiCall *newestTestCases(qint64 projectId, int size);

    // --- Whole test cases, for snapshots (report service 25.4.1; see shared/testops/FULL-FIDELITY.md)
    // One page of a tree node's children: groups, and leaves with their test case and lastModifiedDate.
    ApiCall *treeNodePage(qint64 projectId, qint64 treeId, qint64 parentNodeId, int page, int size);
    // The case's fields and the parts the overview carries (tags, links, issues, members, custom fields by
    // field, parameters, examples, test keys, status, workflow, layer).
    ApiCall *caseOverview(qint64 testCaseId);
    // The scenario, normalized: steps by id with their children, expected results, attachment and shared
    // steps.
    ApiCall *caseScenario(qint64 testCaseId);
    ApiCall *caseAttachments(qint64 testCaseId, int page);
    ApiCall *caseRelations(qint64 testCaseId);
    ApiCall *caseComments(qint64 testCaseId, int page);
    ApiCall *sharedStep(qint64 sharedStepId);
    ApiCall *sharedStepScenario(qint64 sharedStepId);
    // An attachment's bytes (of a case, or of a shared step), streamed to `sink`.
    ApiCall *attachmentContent(qint64 attachmentId, bool ofSharedStep, QIODevice *sink, bool mayBeHtml);
    static constexpr int casePageSize = 1000; // attachments and comments of a case, tree levels
    // The case's places in the tree (each a list of node ids from the top).
    ApiCall *casePaths(qint64 treeId, qint64 testCaseId);

    // --- Whole test cases written back (a full restore from a snapshot; FULL-FIDELITY.md §1.1)
    // One step added to a case's (or a shared step's) scenario, after the last child of `step.parentId`
    // (ScenarioStepCreateDto: body, attachmentId, sharedStepId, parentId); with an expected result made
    // for it when asked.
    ApiCall *addScenarioStep(qint64 ownerId, bool ofSharedStep, QJsonObject step, bool withExpectedResult);
    ApiCall *clearScenario(qint64 testCaseId);
    struct UploadFile {
        QString name;
        QString contentType;
        QByteArray bytes;
    };
    // Attachments uploaded to a case or a shared step (multipart, part "file"): their new rows.
    ApiCall *uploadAttachments(qint64 ownerId, bool ofSharedStep, const QList<UploadFile> &files);
    // [CustomFieldWithValuesDto]: the case's values, by field.
    ApiCall *setCustomFieldValues(qint64 testCaseId, const QJsonArray &byField);
    // A replace-all list of the case: "tag", "issue", "members", "testkey", "relation" or "example".
    ApiCall *setCaseList(qint64 testCaseId, const QString &list, const QJsonArray &items);
    ApiCall *postComment(qint64 testCaseId, const QString &body);
    ApiCall *createSharedStep(qint64 projectId, const QString &name);
    ApiCall *unarchiveSharedStep(qint64 sharedStepId);
    ApiCall *archiveSharedStep(qint64 sharedStepId);

    struct Leaf {
        qint64 testCaseId = 0;
        QString name;
        qint64 lastModified = 0;
    };
    // A tree page's groups and leaves; `last` whether no page follows. False when it is not a tree page.
    static bool readTreePage(const QJsonDocument &answer, QList<Node> *groups, QList<Leaf> *leaves,
                             bool *last);
    // The rows of a page (or a plain array), `last` whether no page follows.
    static QJsonArray readRows(const QJsonDocument &answer, bool *last);

    // --- Readers of the answers
    // `total` of a count answer; nothing when the server did not say.
    static std::optional<qint64> readCount(const QJsonDocument &answer);
    static ExportJob readExportJob(const QJsonDocument &answer);
    static QString readUserName(const QJsonDocument &answer);
    static QString readName(const QJsonDocument &answer);
    // The items of a page or a plain array; with `last`, whether no page follows.
    static QList<Node> readNodes(const QJsonDocument &answer, bool *last = nullptr);
    // A tree node answer ({id, name, children: page}) or a bare page of children; groups first.
    static QList<Node> readChildren(const QJsonDocument &answer);

    // The rules of a page; `last` whether no page follows.
    static QList<CleanerRule> readCleanerRules(const QJsonDocument &answer, bool *last);
    static QStringList readPermissions(const QJsonDocument &answer);
    static LaunchClose readLaunchClose(const QJsonDocument &answer);
    static QJsonObject cleanerRuleBody(const CleanerRule &rule);

    // --- Request bodies (public for tests and the fake server)
    // The test cases of the group, as the export and the count ask for them.
    static QJsonObject selection(const ExportGroup &group);
    static QJsonObject exportRequest(const ExportGroup &group, const QList<ExtraColumn> &extraColumns,
                                     char separator = ';');

private:
    TestOpsClient *m_client;
};
