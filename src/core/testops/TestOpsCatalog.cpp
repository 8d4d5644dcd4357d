#include "TestOpsCatalog.h"

#include "ApiCall.h"
#include "TestOpsClient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr int pageSize = 1000;
constexpr int maxPages = 50; // 50,000 items: a guard against a server that never says "last"
} // namespace

TestOpsCatalog::TestOpsCatalog(TestOpsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

QList<TestOpsCatalog::Node> TestOpsCatalog::parseList(const QJsonValue &value) {
    const QJsonArray items =
        value.isArray() ? value.toArray() : value.toObject().value(u"content"_s).toArray();
    QList<Node> nodes;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        Node node;
        node.id = object.value(u"id"_s).toInteger();
        node.name = object.value(u"name"_s).toString();
        node.isGroup = object.value(u"type"_s).toString(u"GROUP"_s) != u"LEAF"_s;
        node.count = object.value(u"count"_s).toInteger(-1);
        if (node.id > 0)
            nodes.append(node);
    }
    return nodes;
}

void TestOpsCatalog::fetchPages(const QString &path, QUrlQuery query, int page, QList<Node> collected,
                                Callback done) {
    QUrlQuery pageQuery = query;
    pageQuery.addQueryItem(u"page"_s, QString::number(page));
    pageQuery.addQueryItem(u"size"_s, QString::number(pageSize));
    ApiCall *call = m_client->get(path, pageQuery);
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [=, collected = std::move(collected)]() mutable {
        call->deleteLater();
        if (call->error().isError()) {
            done(collected, call->error());
            return;
        }
        const QJsonValue body =
            call->json().isArray() ? QJsonValue(call->json().array()) : QJsonValue(call->json().object());
        collected += parseList(body);
        const bool last = body.isArray() || body.toObject().value(u"last"_s).toBool(true);
        if (last || page + 1 >= maxPages)
            done(collected, {});
        else
            fetchPages(path, query, page + 1, std::move(collected), std::move(done));
    });
}

void TestOpsCatalog::projects(Callback done) {
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, u"name,ASC"_s);
    fetchPages(u"/api/project"_s, query, 0, {}, std::move(done));
}

void TestOpsCatalog::trees(qint64 projectId, Callback done) {
    QUrlQuery query;
    query.addQueryItem(u"projectId"_s, QString::number(projectId));
    fetchPages(u"/api/v2/tree"_s, query, 0, {}, std::move(done));
}

void TestOpsCatalog::groups(qint64 projectId, qint64 treeId, qint64 parentNodeId, Callback done) {
    QUrlQuery query;
    query.addQueryItem(u"treeId"_s, QString::number(treeId));
    if (parentNodeId > 0)
        query.addQueryItem(u"parentNodeId"_s, QString::number(parentNodeId));
    query.addQueryItem(u"size"_s, QString::number(pageSize));
    ApiCall *call = m_client->get(u"/api/v2/project/%1/test-case/tree/tree-node"_s.arg(projectId), query);
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [call, done = std::move(done)] {
        call->deleteLater();
        if (call->error().isError()) {
            done({}, call->error());
            return;
        }
        // {id, name, children: Page of nodes}; some servers answer the page of children directly.
        const QJsonObject object = call->json().object();
        QList<Node> nodes =
            parseList(object.contains(u"children"_s) ? object.value(u"children"_s) : QJsonValue(object));
        std::stable_sort(nodes.begin(), nodes.end(),
                         [](const Node &a, const Node &b) { return a.isGroup && !b.isGroup; });
        done(nodes, {});
    });
}
