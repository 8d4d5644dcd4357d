#include "WebAccess.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QByteArray digest(const QByteArray &key) {
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// Equal-length digests compared without an early exit: the time taken says nothing about the key.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}
} // namespace

WebAccess::WebAccess(const QString &key, QStringList allowedHosts, const QHostAddress &bind,
                     const Clock &clock)
    : m_keyDigest(key.isEmpty() ? QByteArray() : digest(key.toUtf8()))
    , m_allowedHosts(std::move(allowedHosts))
    , m_loopback(bind.isLoopback())
    , m_throttle(clock) {
    for (QString &name : m_allowedHosts) {
        if (name != u"*"_s)
            name = hostName(name.toLatin1());
    }
    if (!m_loopback) {
        const QString own = QHostInfo::localHostName().toLower();
        if (!own.isEmpty())
            m_ownNames = {own, own.section(u'.', 0, 0)};
    }
}

QString WebAccess::hostName(const QByteArray &header) {
    static const QRegularExpression valid(
        u"^(?:\\[([0-9a-f:.]+)\\]|([a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?\\.?))(?::[0-9]{1,5})?$"_s);
    const QRegularExpressionMatch match = valid.match(QString::fromLatin1(header.trimmed()).toLower());
    if (!match.hasMatch())
        return QString();
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

bool WebAccess::hostAllowed(const QByteArray &header) const {
    const QString host = hostName(header);
    if (host == u"localhost"_s || m_allowedHosts.contains(host) || m_allowedHosts.contains(u"*"_s))
        return true;
    QHostAddress address;
    if (address.setAddress(host)) {
        // An address cannot be rebound to us by somebody's DNS. On this computer only, it must be ours.
        return !m_loopback || address.isLoopback();
    }
    return m_ownNames.contains(host);
}

bool WebAccess::sameOrigin(const QHttpServerRequest &request) {
    // A browser names the page a POST comes from; another site's page must not run exports here (CSRF).
    // Requests without Origin or Referer do not come from a web page (scripts, curl).
    const QByteArray host = request.value("host");
    const QByteArray origin = request.value("origin");
    if (!origin.isEmpty())
        return origin == "http://" + host;
    const QByteArray referer = request.value("referer");
    if (!referer.isEmpty())
        return referer.startsWith("http://" + host + '/');
    return true;
}

WebAccess::Verdict WebAccess::check(const QHttpServerRequest &request) {
    if (m_keyDigest.isEmpty())
        return Verdict::Granted;
    const QByteArray authorization = request.value("authorization");
    if (authorization.startsWith("Bearer ")) {
        if (m_throttle.blockedSecs(request.remoteAddress()) > 0)
            return Verdict::Blocked; // not even checked: a blocked client learns nothing
        if (constantTimeEquals(digest(authorization.mid(7).trimmed()), m_keyDigest))
            return Verdict::Granted;
        m_throttle.failed(request.remoteAddress(), "Bearer");
        return Verdict::Wrong;
    }
    const QByteArray cookieName = QByteArray(sessionCookie) + '=';
    for (const QByteArray &cookie : request.value("cookie").split(';')) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(cookieName) && m_sessions.contains(digest(trimmed.mid(cookieName.size()))))
            return Verdict::Granted;
    }
    return Verdict::Missing;
}

QByteArray WebAccess::signIn(const QByteArray &key, const QHostAddress &client) {
    if (m_keyDigest.isEmpty() || !constantTimeEquals(digest(key), m_keyDigest)) {
        m_throttle.failed(client, "sign-in form");
        return {};
    }
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), token.size() / 4);
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (m_sessions.size() > 1000)
        m_sessions.clear(); // bounded: everybody signs in again
    m_sessions.insert(digest(token));
    return token;
}
