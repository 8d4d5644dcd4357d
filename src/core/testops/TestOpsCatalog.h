// Reads what a user picks groups from: projects, their trees, and the group nodes of a tree. Accepts both
// Spring pages ({content: [...], last}) and plain arrays, as TestOps answers either.
#pragma once

#include "ApiError.h"
#include "TestOpsApi.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <functional>

class ApiCall;
class TestOpsClient;

class TestOpsCatalog : public QObject {
    Q_OBJECT
public:
    using Node = TestOpsApi::Node;
    using Callback = std::function<void(const QList<Node> &nodes, const ApiError &error)>;

    explicit TestOpsCatalog(TestOpsClient *client, QObject *parent = nullptr);

    void projects(Callback done);
    void trees(qint64 projectId, Callback done);
    // The children of `parentNodeId` (0: the top of the tree); groups first.
    void groups(qint64 projectId, qint64 treeId, qint64 parentNodeId, Callback done);

private:
    using PageCall = std::function<ApiCall *(TestOpsApi::Page)>;
    void fetchPages(PageCall call, int page, QList<Node> collected, Callback done);

    TestOpsApi m_api;
};
