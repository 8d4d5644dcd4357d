#include "WallTimer.h"

#include "Clock.h"

WallTimer::WallTimer(const Clock &clock, QObject *context, std::function<void()> wake)
    : m_clock(clock) {
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, context, std::move(wake));
}

void WallTimer::wakeAt(const QDateTime &at) {
    if (!at.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 until = m_clock.nowUtc().msecsTo(at);
    const int sleep = int(qBound(qint64(0), until, qint64(maxSleepMs)));
    m_timer.setTimerType(sleep < maxSleepMs ? Qt::PreciseTimer : Qt::CoarseTimer);
    m_timer.start(sleep);
}
