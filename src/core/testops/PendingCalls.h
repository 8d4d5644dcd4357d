// The calls to TestOps an object has out: each answer is handed to its continuation (and the call deleted
// after), and whatever is still out when the owner goes is aborted, so no continuation runs on a dead owner.
#pragma once

#include "ApiCall.h"

#include <QList>
#include <QPointer>

#include <functional>

class PendingCalls {
public:
    explicit PendingCalls(QObject *owner)
        : m_owner(owner) {}
    ~PendingCalls() {
        for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
            if (call) {
                call->disconnect(m_owner);
                call->abort();
                call->deleteLater();
            }
        }
    }
    PendingCalls(const PendingCalls &) = delete;
    PendingCalls &operator=(const PendingCalls &) = delete;

    void add(ApiCall *call, std::function<void(ApiCall *)> then) {
        m_calls.append(call);
        QObject::connect(call, &ApiCall::finished, m_owner, [this, call, then = std::move(then)] {
            m_calls.removeAll(call);
            call->deleteLater();
            then(call);
        });
    }

private:
    QObject *m_owner;
    QList<QPointer<ApiCall>> m_calls;
};
