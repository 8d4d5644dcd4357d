#include "TestOpsCatalog.h"

#include "ApiCall.h"
#include "TestOpsClient.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int pageSize = 1000;
constexpr int maxCatalogPages = 50; // 50,000 items: a guard against a server that never says "last"
} // namespace

TestOpsCatalog::TestOpsCatalog(TestOpsClient *client, QObject *parent)
    : QObject(parent)
    , m_api(client) {}

void TestOpsCatalog::fetchPages(PageCall pageCall, int page, QList<Node> collected, Callback done) {
    ApiCall *call = pageCall({page, pageSize});
    call->setParent(this);
    connect(call, &ApiCall::finished, this,
            [=, pageCall = std::move(pageCall), collected = std::move(collected)]() mutable {
                call->deleteLater();
                if (call->error().isError()) {
                    done(collected, call->error());
                    return;
                }
                bool last = true;
                collected += TestOpsApi::readNodes(call->json(), &last);
                if (last || page + 1 >= maxCatalogPages)
                    done(collected, {});
                else
                    fetchPages(std::move(pageCall), page + 1, std::move(collected), std::move(done));
            });
}

void TestOpsCatalog::projects(Callback done) {
    fetchPages([this](TestOpsApi::Page page) { return m_api.projects(page); }, 0, {}, std::move(done));
}

void TestOpsCatalog::trees(qint64 projectId, Callback done) {
    fetchPages([this, projectId](TestOpsApi::Page page) { return m_api.trees(projectId, page); }, 0, {},
               std::move(done));
}

void TestOpsCatalog::groups(qint64 projectId, qint64 treeId, qint64 parentNodeId, Callback done) {
    ApiCall *call = m_api.treeNodes(projectId, treeId, parentNodeId, pageSize);
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [call, done = std::move(done)] {
        call->deleteLater();
        if (call->error().isError())
            done({}, call->error());
        else
            done(TestOpsApi::readChildren(call->json()), {});
    });
}
