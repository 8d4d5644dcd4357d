// The TestOps API as the app uses it: every path and request body the app sends lives here, and so do the
// readers that turn answers into typed results. Callers never write a URL; the cleanup and restore features
// add their calls here.
#pragma once

#include "config/ExportGroup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ApiCall;
class QIODevice;
class TestOpsClient;

class TestOpsApi {
public:
    // The token exchange; TestOpsClient sends it itself before the first call and when the JWT expires.
    static constexpr char16_t tokenPath[] = u"/api/uaa/oauth/token";

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

    // --- Request bodies (public for tests and the fake server)
    // The test cases of the group, as the export and the count ask for them.
    static QJsonObject selection(const ExportGroup &group);
    static QJsonObject exportRequest(const ExportGroup &group, const QList<ExtraColumn> &extraColumns,
                                     char separator = ';');

private:
    TestOpsClient *m_client;
};
