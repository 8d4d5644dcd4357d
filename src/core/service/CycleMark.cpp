#include "CycleMark.h"

#include "cluster/LeaderElector.h"
#include "exports/ExportRunner.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QJsonObject CycleMark::Due::toJson() const {
    if (isEmpty())
        return {};
    return {{u"cycle"_s, cycle}, {u"trigger"_s, trigger}, {u"groups"_s, QJsonArray::fromStringList(groups)}};
}

CycleMark::Due CycleMark::Due::fromJson(const QJsonObject &object) {
    Due due;
    due.cycle = object.value(u"cycle"_s).toString();
    due.trigger = object.value(u"trigger"_s).toString();
    for (const QJsonValue &group : object.value(u"groups"_s).toArray())
        due.groups.append(group.toString());
    return due;
}

CycleMark::CycleMark(ExportRunner *runner, LeaderElector *elector, QString file, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_elector(elector)
    , m_file(std::move(file)) {
    connect(m_runner, &ExportRunner::cycleStarted, this, &CycleMark::update);
    connect(m_runner, &ExportRunner::statusChanged, this, &CycleMark::update); // a group done: owed no more
    connect(m_runner, &ExportRunner::cycleFinished, this, [this](const CycleSummary &) {
        m_finishing = false;
        if (!std::exchange(m_interrupting, false) && m_active)
            store({}); // ended (or stopped by the user): nothing is owed
    });
}

void CycleMark::interrupt() {
    if (m_runner->isRunning())
        m_interrupting = true;
}

void CycleMark::update() {
    if (!m_active || m_interrupting)
        return;
    const std::optional<CycleSummary> cycle = m_runner->cycleInProgress();
    if (!cycle)
        return;
    Due due{cycle->id, cycle->trigger, {}};
    for (const QString &group : cycle->groups) {
        if (!cycle->succeeded.contains(group))
            due.groups.append(group);
    }
    store(due);
}

void CycleMark::store(const Due &due) {
    const QJsonObject json = due.toJson();
    if (json == m_written)
        return;
    m_written = json;
    if (m_elector) {
        m_elector->setAnnotation(QString::fromUtf16(leaseKey),
                                 json.isEmpty()
                                     ? QString()
                                     : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return;
    }
    if (json.isEmpty()) {
        QFile::remove(m_file);
        return;
    }
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !out.commit())
        qCWarning(lcExport, "cannot keep the cycle in flight in %s: %s", qUtf8Printable(m_file),
                  qUtf8Printable(out.errorString()));
}

CycleMark::Due CycleMark::due() const {
    if (m_elector)
        return Due::fromJson(
            QJsonDocument::fromJson(m_elector->annotation(QString::fromUtf16(leaseKey)).toUtf8()).object());
    QFile in(m_file);
    return in.open(QIODevice::ReadOnly) ? Due::fromJson(QJsonDocument::fromJson(in.readAll()).object())
                                        : Due();
}

void CycleMark::resume() {
    m_interrupting = false;
    m_written = {};
    const Due owed = due();
    if (owed.isEmpty())
        return;
    if (owed.groups.isEmpty()) { // every group was exported; only its end was not recorded
        store({});
        return;
    }
    qCWarning(lcExport, "export cycle %s (%s) was not finished: exporting %s now", qUtf8Printable(owed.cycle),
              qUtf8Printable(owed.trigger), qUtf8Printable(owed.groups.join(u", "_s)));
    const ExportRunner::RunNow started = m_runner->runNow(
        u"finishing cycle %1 (%2), which was interrupted"_s.arg(owed.cycle, owed.trigger), owed.groups);
    if (started == ExportRunner::RunNow::NoGroups) // the groups are no longer configured
        store({});
    m_finishing = started == ExportRunner::RunNow::Started;
}
