// Leader election on a coordination.k8s.io/v1 Lease, as client-go's leaderelection does it: every retry
// period the Lease is read and, when it is free, expired (by the time this replica last saw it change, not by
// the clock in the record) or ours, written with its resourceVersion (409: someone else wrote; read again).
// A leader that has not renewed within the renew deadline stops leading before its lease can expire, and
// goes back to following. Run now on a follower is handed to the leader through an annotation of the Lease.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class Clock;
class KubeCall;
class KubeClient;

class LeaderElector : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString leaseName = QStringLiteral("testops-export");
        QString leaseNamespace;
        QString identity;
        int leaseDurationMs = 15000;
        int renewDeadlineMs = 10000;
        int retryPeriodMs = 2000;
    };

    LeaderElector(Options options, KubeClient *kube, const Clock &clock, QObject *parent = nullptr);
    ~LeaderElector() override;

    void start();
    // Gives the lease up (a leader that stops: the next one need not wait for it to expire).
    void release();

    bool isLeader() const { return m_leading; }
    const QString &identity() const { return m_options.identity; }
    // The holder of the lease as last read, and since when it holds it; empty before the first read.
    const QString &leader() const { return m_leader; }
    const QDateTime &leaderSince() const { return m_leaderSince; }
    const QString &lastError() const { return m_lastError; }

    // A follower asks the leader to run now: an annotation on the Lease, which the leader reads at its next
    // renewal. `done(ok, why)`.
    void requestRunNow(std::function<void(bool, const QString &)> done);

    // An annotation this leader keeps on the Lease (empty: removed), written with its next renewal and when
    // it gives the lease up; forgotten when it stops leading, so a replica that led before never writes an
    // old value over a newer leader's.
    void setAnnotation(const QString &key, const QString &value);
    // An annotation of the Lease as last read or written.
    QString annotation(const QString &key) const;

    // Whether a replica may take a lease held by `holder`, last seen changing at `observed` (client-go's
    // rule).
    static bool canTake(const QString &holder, const QString &me, const QDateTime &observed,
                        int leaseDurationMs, const QDateTime &now);

    static constexpr char16_t runNowKey[] = u"testops-export.io/run-now";
    static constexpr char16_t runNowDoneKey[] = u"testops-export.io/run-now-done";

signals:
    void startedLeading();
    void stoppedLeading();
    void leaderChanged();
    // The leader was asked to run now (by a follower, named in `requester`).
    void runNowRequested(const QString &requester);

private:
    void tick();
    void onLease(KubeCall *call);
    void write(QJsonObject lease, bool create, const QString &runNow);
    void renewed();
    void stopLeading(const QString &why);
    void observe(const QJsonObject &lease);
    QJsonObject newSpec(const QJsonObject &old) const;
    void sendRunNow(int attemptsLeft, const QString &request,
                    std::function<void(bool, const QString &)> done);

    Options m_options;
    KubeClient *m_kube;
    const Clock &m_clock;
    QTimer m_retry;
    QTimer m_deadline;
    QPointer<KubeCall> m_inFlight;
    bool m_leading = false;
    bool m_released = false;
    QString m_leader;
    QDateTime m_leaderSince;
    QString m_lastError;
    QString m_observedRecord; // the spec last read, to tell when it changes
    QDateTime m_observedTime; // when it last changed, by this replica's clock
    QJsonObject m_lastLease;
    QHash<QString, QString> m_annotations; // this leadership's own (setAnnotation)
    // The lease with this leadership's annotations in it.
    QJsonObject annotated(QJsonObject lease) const;
};
