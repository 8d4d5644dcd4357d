#include "ConnectionCheck.h"

#include "ApiCall.h"
#include "TestOpsClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

ConnectionCheck::ConnectionCheck(TestOpsClient *client, ExportGroups groups, QObject *parent)
    : QObject(parent)
    , m_api(client)
    , m_groups(std::move(groups)) {}

bool ConnectionCheck::ok() const {
    for (const Line &line : m_lines) {
        if (!line.ok)
            return false;
    }
    return !m_lines.isEmpty();
}

void ConnectionCheck::report(bool ok, const QString &text) {
    m_lines.append({ok, text});
    emit lineAdded(m_lines.last());
}

void ConnectionCheck::step(ApiCall *call, std::function<void(ApiCall *)> onDone) {
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [this, call, onDone] {
        call->deleteLater();
        onDone(call);
        next();
    });
}

void ConnectionCheck::start() {
    m_steps.append([this] {
        step(m_api.currentUser(), [this](ApiCall *call) {
            if (call->error().isError()) {
                report(false, tr("connection to %1: %2")
                                  .arg(m_api.client()->options().baseUrl.toString(), call->error().message));
                m_stop = true; // nothing else can work
                return;
            }
            const QString user = TestOpsApi::readUserName(call->json());
            report(true, tr("connected to %1; the token is accepted (user %2)")
                             .arg(m_api.client()->options().baseUrl.toString(),
                                  user.isEmpty() ? tr("unknown") : user));
        });
    });
    QSet<qint64> projects;
    for (const ExportGroup &group : std::as_const(m_groups)) {
        if (projects.contains(group.projectId))
            continue;
        projects.insert(group.projectId);
        const qint64 id = group.projectId;
        m_steps.append([this, id] {
            step(m_api.project(id), [this, id](ApiCall *call) {
                if (call->error().isError())
                    report(false, tr("project %1: %2").arg(id).arg(call->error().message));
                else
                    report(
                        true,
                        tr("project %1 (%2) is accessible").arg(id).arg(TestOpsApi::readName(call->json())));
            });
        });
    }
    for (const ExportGroup &group : std::as_const(m_groups)) {
        m_steps.append([this, group] {
            step(m_api.countTestCases(group), [this, group](ApiCall *call) {
                const QString where = tr("group %1 (project %2, tree %3, group %4)")
                                          .arg(group.name)
                                          .arg(group.projectId)
                                          .arg(group.treeId)
                                          .arg(group.groupId);
                if (call->error().isError()) {
                    report(false, u"%1: %2"_s.arg(where, call->error().message));
                    return;
                }
                const qint64 total = TestOpsApi::readCount(call->json()).value_or(-1);
                if (total == 0)
                    report(false, tr("%1 holds no test cases: is the group id still right?").arg(where));
                else
                    report(true, tr("%1 holds %2 test cases").arg(where).arg(total));
            });
        });
    }
    next();
}

void ConnectionCheck::next() {
    if (m_stop || m_steps.isEmpty()) {
        emit finished();
        return;
    }
    m_steps.takeFirst()();
}
