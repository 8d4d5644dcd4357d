// Reads what a user picks groups from: projects, their trees, and the group nodes of a tree. Accepts both
// Spring pages ({content: [...], last}) and plain arrays, as TestOps answers either.
#pragma once

#include "ApiError.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <functional>

class TestOpsClient;

class TestOpsCatalog : public QObject {
    Q_OBJECT
public:
    struct Node {
        qint64 id = 0;
        QString name;
        bool isGroup = true;
        qint64 count = -1; // test cases under a group, when the server says
    };
    using Callback = std::function<void(const QList<Node> &nodes, const ApiError &error)>;

    explicit TestOpsCatalog(TestOpsClient *client, QObject *parent = nullptr);

    void projects(Callback done);
    void trees(qint64 projectId, Callback done);
    // The children of `parentNodeId` (0: the top of the tree); groups first.
    void groups(qint64 projectId, qint64 treeId, qint64 parentNodeId, Callback done);

    // Items of a page or a plain array.
    static QList<Node> parseList(const QJsonValue &value);

private:
    void fetchPages(const QString &path, QUrlQuery query, int page, QList<Node> collected, Callback done);

    TestOpsClient *m_client;
};
