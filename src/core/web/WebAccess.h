// Who may ask the web server what: the names it answers to (Host, against DNS rebinding), the page a POST
// comes from (Origin, against CSRF), the access key or a session signed in with it, and the throttle on
// wrong keys. No answer is written here: the server says what the verdicts mean.
#pragma once

#include "AuthThrottle.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QSet>
#include <QStringList>

class Clock;

class WebAccess {
public:
    static constexpr char sessionCookie[] = "testops_session";

    // `key` empty: no key asked. `allowedHosts`: names besides localhost and addresses ("*": any).
    WebAccess(const QString &key, QStringList allowedHosts, const QHostAddress &bind, const Clock &clock);

    bool keyRequired() const { return !m_keyDigest.isEmpty(); }
    // Whether a Host header names this server (a foreign name resolved to our address does not).
    bool hostAllowed(const QByteArray &header) const;
    // The name of a Host header (RFC 9110 §7.2: uri-host [":" port]), lower case, without a final dot; empty
    // when the header is not one ("localhost:9090@evil.example" is not: it would pass as localhost).
    static QString hostName(const QByteArray &header);
    // Whether a POST comes from this server's own page (or from no page: scripts, curl).
    static bool sameOrigin(const QHttpServerRequest &request);

    enum class Verdict { Granted, Missing, Wrong, Blocked };
    // The key (Authorization: Bearer) or a session cookie; a wrong key counts against its client.
    Verdict check(const QHttpServerRequest &request);
    // Seconds before a key from `client` is checked again (0: now).
    int blockedSecs(const QHostAddress &client) const { return m_throttle.blockedSecs(client); }
    // The sign-in form's key: a new session's token, or empty for a wrong key (counted against `client`).
    QByteArray signIn(const QByteArray &key, const QHostAddress &client);

private:
    QByteArray m_keyDigest;
    QStringList m_allowedHosts;
    QStringList m_ownNames; // this machine's names, accepted when the page is shared
    bool m_loopback;
    QSet<QByteArray> m_sessions; // digests of the tokens
    AuthThrottle m_throttle;
};
