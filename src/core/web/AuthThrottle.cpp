#include "AuthThrottle.h"

#include "log/LogCategories.h"
#include "schedule/Clock.h"

AuthThrottle::AuthThrottle(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
    m_logTimer.setInterval(60 * 1000);
    connect(&m_logTimer, &QTimer::timeout, this, &AuthThrottle::flushLog);
}

int AuthThrottle::blockedSecs(const QHostAddress &client) const {
    const auto it = m_clients.constFind(client);
    if (it == m_clients.cend() || !it->blockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock.nowUtc().msecsTo(it->blockedUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void AuthThrottle::failed(const QHostAddress &client, const char *how) {
    const QDateTime now = m_clock.nowUtc();
    if (m_clients.size() >= maxClients && !m_clients.contains(client))
        flushLog(); // forgets the quiet ones
    Client &state = m_clients[client];
    if (state.lastFailure.isValid() && state.lastFailure.secsTo(now) > forgetAfterSecs)
        state.failures = 0;
    state.failures += 1;
    state.lastFailure = now;
    if (state.failures > freeFailures) {
        const int doubling = qMin(state.failures - freeFailures - 1, 6);
        state.blockedUntil = now.addSecs(qMin(1 << doubling, maxBlockSecs));
    }
    if (!state.loggedAt.isValid() || state.loggedAt.secsTo(now) >= 60) {
        qCWarning(lcWeb, "wrong access key from %s (%s)", qUtf8Printable(client.toString()), how);
        state.loggedAt = now;
        state.unlogged = 0;
    } else {
        state.unlogged += 1;
        if (!m_logTimer.isActive())
            m_logTimer.start();
    }
}

void AuthThrottle::flushLog() {
    const QDateTime now = m_clock.nowUtc();
    bool pending = false;
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        Client &state = it.value();
        if (state.unlogged > 0 && state.loggedAt.secsTo(now) >= 60) {
            qCWarning(lcWeb, "%d more wrong access keys from %s in the last minute%s", state.unlogged,
                      qUtf8Printable(it.key().toString()),
                      state.failures > freeFailures ? "; its keys are not checked for a while" : "");
            state.unlogged = 0;
            state.loggedAt = QDateTime();
        }
        pending = pending || state.unlogged > 0;
        if (state.unlogged == 0 && state.lastFailure.secsTo(now) > forgetAfterSecs)
            it = m_clients.erase(it);
        else
            ++it;
    }
    if (!pending)
        m_logTimer.stop();
}
