#include "Scheduler.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Scheduler::Scheduler(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock) {}

Scheduler::~Scheduler() {
    stop();
}

void Scheduler::start() {
    if (m_running)
        return;
    m_running = true;
    const QDateTime now = m_clock.nowUtc();
    QDateTime saved = loadState();
    if (saved.isValid() && saved > now.addSecs(clockSlackSecs)) {
        // A mark in the future would hold every run back until then: the clock was ahead once, or the file
        // came from another machine. Distrust it.
        qCWarning(
            lcSchedule,
            "the schedule state %s says runs up to %s were handled, but that is in the future (now %s): "
            "was the clock ahead? Scheduling from now",
            qUtf8Printable(m_options.stateFile), qUtf8Printable(saved.toString(Qt::ISODate)),
            qUtf8Printable(now.toString(Qt::ISODate)));
        saved = QDateTime();
    }
    if (!saved.isValid()) {
        advance(now); // first start: nothing can have been missed
    } else {
        const QDateTime missed = m_options.cron.next(saved, m_options.zone);
        if (missed.isValid() && missed <= now && m_options.catchUpMissed) {
            qCInfo(lcSchedule, "the run of %s was missed while the app was not running: running it now",
                   qUtf8Printable(missed.toString(Qt::ISODate)));
            advance(now);
            QMetaObject::invokeMethod(
                this, [this, missed] { emit due(missed, true); }, Qt::QueuedConnection);
        } else {
            if (missed.isValid() && missed <= now)
                qCInfo(lcSchedule, "the run of %s was missed; catching up is off",
                       qUtf8Printable(missed.toString(Qt::ISODate)));
            advance(qMax(saved, now));
        }
    }
    arm();
}

void Scheduler::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    // Times up to now are accounted for: a later start catches up only what passes while stopped.
    if (m_clock.nowUtc() > m_handledUntil) {
        m_handledUntil = m_clock.nowUtc();
        saveState();
    }
}

void Scheduler::setPaused(bool paused) {
    if (m_paused == paused)
        return;
    m_paused = paused;
    qCInfo(lcSchedule, paused ? "schedule paused" : "schedule resumed");
    emit pausedChanged(paused);
}

void Scheduler::check() {
    if (!m_running)
        return;
    const QDateTime now = m_clock.nowUtc();
    if (m_handledUntil > now.addSecs(clockBackLimitSecs)) {
        qCWarning(lcSchedule, "the clock went back by more than a day, from %s to %s: scheduling from now",
                  qUtf8Printable(m_handledUntil.toString(Qt::ISODate)),
                  qUtf8Printable(now.toString(Qt::ISODate)));
        advance(now);
    }
    if (m_next.isValid() && now >= m_next) {
        const QDateTime fireTime = m_next;
        advance(now);
        if (m_paused) {
            qCInfo(lcSchedule, "run of %s skipped: the schedule is paused",
                   qUtf8Printable(fireTime.toString(Qt::ISODate)));
        } else {
            emit due(fireTime, false);
        }
    }
    arm();
}

void Scheduler::advance(const QDateTime &handledUntil) {
    m_handledUntil = handledUntil;
    saveState();
    const QDateTime next = m_options.cron.next(m_handledUntil, m_options.zone);
    if (next != m_next) {
        m_next = next;
        qCInfo(lcSchedule, "next %s at %s", qUtf8Printable(m_options.what),
               qUtf8Printable(next.toString(Qt::ISODate)));
        emit nextRunChanged(next);
    }
}

void Scheduler::arm() {
    if (!m_running || !m_next.isValid())
        return;
    m_timer.wakeAt(m_next);
}

QDateTime Scheduler::loadState() const {
    if (m_options.stateFile.isEmpty())
        return {};
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QDateTime handled = QDateTime::fromString(object.value(u"handledUntil"_s).toString(), Qt::ISODateWithMs);
    if (!handled.isValid())
        qCWarning(lcSchedule, "schedule state %s is unreadable; starting afresh",
                  qUtf8Printable(m_options.stateFile));
    return handled.toUTC();
}

void Scheduler::saveState() const {
    if (m_options.stateFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_options.stateFile).absolutePath());
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSchedule, "cannot write schedule state %s: %s", qUtf8Printable(m_options.stateFile),
                  qUtf8Printable(file.errorString()));
        return;
    }
    QJsonObject object{{u"handledUntil"_s, m_handledUntil.toUTC().toString(Qt::ISODateWithMs)}};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    file.commit();
}
