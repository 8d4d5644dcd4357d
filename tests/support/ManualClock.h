// A clock that moves only when the test says so.
#pragma once

#include "schedule/Clock.h"

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
