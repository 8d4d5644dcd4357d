// Slows down guessing of the web view's access key, per client address: a few wrong keys are free, then each
// one more blocks the client for twice as long (up to a minute), and while blocked no key of it is checked at
// all. Wrong keys are logged once per client and minute, with a count, so that a guessing client cannot
// flood the log and push out what matters.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class Clock;

class AuthThrottle : public QObject {
    Q_OBJECT
public:
    static constexpr int freeFailures = 5;
    static constexpr int maxBlockSecs = 60;
    static constexpr int forgetAfterSecs = 15 * 60; // a client without failures for this long starts afresh
    static constexpr int maxClients = 10000;

    explicit AuthThrottle(const Clock &clock, QObject *parent = nullptr);

    // Seconds until a key from `client` is checked again; 0: check it now.
    int blockedSecs(const QHostAddress &client) const;
    // A wrong key came from `client`.
    void failed(const QHostAddress &client, const char *how);
    // Logs the count of wrong keys of every client whose minute has passed (the timer calls it).
    void flushLog();

private:
    struct Client {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime blockedUntil;
        QDateTime loggedAt; // the start of the client's logging minute
        int unlogged = 0;   // wrong keys since then, not logged yet
    };

    const Clock &m_clock;
    QHash<QHostAddress, Client> m_clients;
    QTimer m_logTimer;
};
