#include "LeaderElector.h"

#include "KubeClient.h"
#include "log/LogCategories.h"
#include "schedule/Clock.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QString microTime(const QDateTime &utc) {
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'000Z'"_s);
}

QDateTime parseTime(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) // more than milliseconds (MicroTime): cut to them
        time = QDateTime::fromString(text.left(23) + u'Z', Qt::ISODateWithMs);
    return time.toUTC();
}
} // namespace

LeaderElector::LeaderElector(Options options, KubeClient *kube, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_kube(kube)
    , m_clock(clock) {
    m_retry.setInterval(m_options.retryPeriodMs);
    connect(&m_retry, &QTimer::timeout, this, &LeaderElector::tick);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopLeading(tr("the lease was not renewed within %1 ms").arg(m_options.renewDeadlineMs));
    });
}

LeaderElector::~LeaderElector() {
    if (m_inFlight)
        m_inFlight->abort();
}

bool LeaderElector::canTake(const QString &holder, const QString &me, const QDateTime &observed,
                            int leaseDurationMs, const QDateTime &now) {
    return holder.isEmpty() || holder == me || !observed.isValid() ||
           observed.addMSecs(leaseDurationMs) <= now;
}

void LeaderElector::start() {
    qCInfo(lcExport, "leader election on lease %s/%s as %s", qUtf8Printable(m_options.leaseNamespace),
           qUtf8Printable(m_options.leaseName), qUtf8Printable(m_options.identity));
    m_retry.start();
    tick();
}

void LeaderElector::tick() {
    if (m_inFlight || m_released)
        return; // the last request is still out (it times out within a retry period)
    KubeCall *call = m_kube->getLease(m_options.leaseNamespace, m_options.leaseName);
    m_inFlight = call;
    connect(call, &KubeCall::finished, this, [this, call] {
        call->deleteLater();
        m_inFlight = nullptr;
        onLease(call);
    });
}

void LeaderElector::observe(const QJsonObject &lease) {
    const QJsonObject spec = lease.value(u"spec"_s).toObject();
    const QString record = QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    if (record != m_observedRecord) {
        m_observedRecord = record;
        m_observedTime = m_clock.nowUtc();
    }
    const QString holder = spec.value(u"holderIdentity"_s).toString();
    const QDateTime since = parseTime(spec.value(u"acquireTime"_s).toString());
    if (holder != m_leader || since != m_leaderSince) {
        m_leader = holder;
        m_leaderSince = since;
        emit leaderChanged();
    }
    m_lastLease = lease;
}

QJsonObject LeaderElector::newSpec(const QJsonObject &old) const {
    const QDateTime now = m_clock.nowUtc();
    const bool ours = old.value(u"holderIdentity"_s).toString() == m_options.identity;
    QJsonObject spec = old;
    spec.insert(u"holderIdentity"_s, m_options.identity);
    spec.insert(u"leaseDurationSeconds"_s, qMax(1, (m_options.leaseDurationMs + 999) / 1000));
    spec.insert(u"renewTime"_s, microTime(now));
    if (!ours || !old.contains(u"acquireTime"_s)) {
        spec.insert(u"acquireTime"_s, microTime(now));
        spec.insert(u"leaseTransitions"_s,
                    old.value(u"leaseTransitions"_s).toInt() + (old.isEmpty() ? 0 : 1));
    }
    return spec;
}

void LeaderElector::onLease(KubeCall *call) {
    if (call->status() == 404) {
        QJsonObject lease{{u"apiVersion"_s, u"coordination.k8s.io/v1"_s},
                          {u"kind"_s, u"Lease"_s},
                          {u"metadata"_s, QJsonObject{{u"name"_s, m_options.leaseName},
                                                      {u"namespace"_s, m_options.leaseNamespace}}},
                          {u"spec"_s, newSpec({})}};
        write(lease, true, QString());
        return;
    }
    if (!call->error().isEmpty()) {
        if (call->error() != m_lastError)
            qCWarning(lcExport, "leader election: %s", qUtf8Printable(call->error()));
        m_lastError = call->error();
        return; // a leader keeps leading until its renew deadline
    }
    observe(call->json());
    const QJsonObject spec = call->json().value(u"spec"_s).toObject();
    const QString holder = spec.value(u"holderIdentity"_s).toString();
    if (!canTake(holder, m_options.identity, m_observedTime, m_options.leaseDurationMs, m_clock.nowUtc())) {
        if (m_leading)
            stopLeading(tr("%1 holds the lease").arg(holder));
        return;
    }
    QJsonObject lease = call->json();
    lease.insert(u"spec"_s, newSpec(spec));
    // A run asked for by a follower and not yet started: marked as taken in this very write.
    QJsonObject metadata = lease.value(u"metadata"_s).toObject();
    QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
    const QString wanted = annotations.value(QString::fromUtf16(runNowKey)).toString();
    QString runNow;
    if (!wanted.isEmpty() && wanted != annotations.value(QString::fromUtf16(runNowDoneKey)).toString()) {
        annotations.insert(QString::fromUtf16(runNowDoneKey), wanted);
        metadata.insert(u"annotations"_s, annotations);
        lease.insert(u"metadata"_s, metadata);
        runNow = wanted.section(u' ', 1, 1);
    }
    write(lease, false, runNow);
}

void LeaderElector::setAnnotation(const QString &key, const QString &value) {
    m_annotations.insert(key, value);
}

QString LeaderElector::annotation(const QString &key) const {
    return m_lastLease.value(u"metadata"_s)
        .toObject()
        .value(u"annotations"_s)
        .toObject()
        .value(key)
        .toString();
}

QJsonObject LeaderElector::annotated(QJsonObject lease) const {
    if (m_annotations.isEmpty())
        return lease;
    QJsonObject metadata = lease.value(u"metadata"_s).toObject();
    QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
    for (auto it = m_annotations.cbegin(); it != m_annotations.cend(); ++it) {
        if (it.value().isEmpty())
            annotations.remove(it.key());
        else
            annotations.insert(it.key(), it.value());
    }
    metadata.insert(u"annotations"_s, annotations);
    lease.insert(u"metadata"_s, metadata);
    return lease;
}

void LeaderElector::write(QJsonObject lease, bool create, const QString &runNow) {
    if (m_leading) // a replica only taking the lease has nothing of its own to say yet
        lease = annotated(lease);
    KubeCall *call = create ? m_kube->createLease(m_options.leaseNamespace, lease)
                            : m_kube->replaceLease(m_options.leaseNamespace, m_options.leaseName, lease);
    m_inFlight = call;
    connect(call, &KubeCall::finished, this, [this, call, runNow] {
        call->deleteLater();
        m_inFlight = nullptr;
        if (!call->error().isEmpty()) {
            if (call->status() != 409 && call->error() != m_lastError) // 409: another wrote first
                qCWarning(lcExport, "leader election: %s", qUtf8Printable(call->error()));
            m_lastError = call->status() == 409 ? QString() : call->error();
            return;
        }
        m_lastError.clear();
        observe(call->json());
        renewed();
        if (!runNow.isEmpty()) {
            qCInfo(lcExport, "run now asked for by %s", qUtf8Printable(runNow));
            emit runNowRequested(runNow);
        }
    });
}

void LeaderElector::renewed() {
    m_deadline.start(m_options.renewDeadlineMs);
    if (m_leading || m_released)
        return;
    m_leading = true;
    qCInfo(lcExport, "leading: %s holds lease %s", qUtf8Printable(m_options.identity),
           qUtf8Printable(m_options.leaseName));
    emit startedLeading();
}

void LeaderElector::stopLeading(const QString &why) {
    m_deadline.stop();
    if (!m_leading)
        return;
    m_leading = false;
    qCWarning(lcExport, "no longer leading: %s; exports stop here and the replica follows",
              qUtf8Printable(why));
    emit stoppedLeading();
    m_annotations.clear();
}

void LeaderElector::release() {
    m_released = true;
    m_retry.stop();
    if (!m_leading || m_lastLease.isEmpty())
        return;
    const QJsonObject lease0 = annotated(m_lastLease); // what it still owes, for the next leader
    stopLeading(tr("the replica stops"));
    QJsonObject lease = lease0;
    QJsonObject spec = lease.value(u"spec"_s).toObject();
    spec.insert(u"holderIdentity"_s, QString());
    spec.insert(u"leaseDurationSeconds"_s, 1);
    spec.insert(u"renewTime"_s, microTime(m_clock.nowUtc()));
    lease.insert(u"spec"_s, spec);
    KubeCall *call = m_kube->replaceLease(m_options.leaseNamespace, m_options.leaseName, lease);
    connect(call, &KubeCall::finished, call, &QObject::deleteLater);
}

void LeaderElector::requestRunNow(std::function<void(bool, const QString &)> done) {
    const QString request = QString::number(QRandomGenerator::global()->generate64(), 16) + u' ' +
                            m_options.identity + u' ' + microTime(m_clock.nowUtc());
    sendRunNow(5, request, std::move(done));
}

void LeaderElector::sendRunNow(int attemptsLeft, const QString &request,
                               std::function<void(bool, const QString &)> done) {
    KubeCall *get = m_kube->getLease(m_options.leaseNamespace, m_options.leaseName);
    connect(get, &KubeCall::finished, this, [this, get, attemptsLeft, request, done] {
        get->deleteLater();
        if (!get->error().isEmpty())
            return done(false, get->error());
        QJsonObject lease = get->json();
        QJsonObject metadata = lease.value(u"metadata"_s).toObject();
        QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
        annotations.insert(QString::fromUtf16(runNowKey), request);
        metadata.insert(u"annotations"_s, annotations);
        lease.insert(u"metadata"_s, metadata);
        KubeCall *put = m_kube->replaceLease(m_options.leaseNamespace, m_options.leaseName, lease);
        connect(put, &KubeCall::finished, this, [this, put, attemptsLeft, request, done] {
            put->deleteLater();
            if (put->status() == 409 && attemptsLeft > 1) // the leader renewed meanwhile
                return sendRunNow(attemptsLeft - 1, request, done);
            done(put->error().isEmpty(), put->error());
        });
    });
}
