#include "RestoreWrites.h"

#include "restore/RestoreSession.h"
#include "restore/RestoreWords.h"
#include "restore/SnapshotRestore.h"

#include <QMetaObject>

#include <utility>

using namespace Qt::StringLiterals;

TestOpsWrite::~TestOpsWrite() = default;

namespace RestoreWrites {

using Row = TestOpsWrite::Row;
using State = Row::State;

// A restore whose session writes with the service's client and journal: once the settings changed (that
// service gone), nothing more is read or written, and it says so. A plan or a write in flight then ends at
// once with what was known (its session goes with the service's client).
class Guarded : public TestOpsWrite {
public:
    explicit Guarded(QPointer<QObject> service)
        : m_service(std::move(service)) {
        if (m_service)
            connect(m_service.data(), &QObject::destroyed, this, [this] { serviceGone(); });
    }

protected:
    // True when the service is gone; then `said` (planned or applied) comes on the next turn of the event
    // loop, as an answer from TestOps would.
    bool gone(void (TestOpsWrite::*said)()) {
        if (m_service && !m_gone) {
            m_waiting = said;
            return false;
        }
        m_gone = true;
        say(said);
        return true;
    }
    // Says planned and applied as the session says them.
    template <typename Session> void follow(Session *session) {
        connect(session, &Session::planned, this, [this] {
            m_waiting = nullptr;
            emit planned();
        });
        connect(session, &Session::applied, this, [this] {
            m_waiting = nullptr;
            m_applied = true;
            emit applied();
        });
    }
    bool isGone() const { return m_gone; }
    QString goneWords() const {
        return m_cutWhileWriting
                   ? TestOpsWrite::tr("the settings changed while it was written: the rows marked done were "
                                      "written, the others not; open it again for the rest")
                   : TestOpsWrite::tr(
                         "the settings changed since it was opened: nothing was written; open it again");
    }
    // What the rows and lines were when the session went.
    const QList<Row> &keptRows() const { return m_rows; }
    const QStringList &keptLines() const { return m_lines; }
    virtual void drop() = 0; // the session goes (its client and journal went with the service)

private:
    void say(void (TestOpsWrite::*said)()) {
        QMetaObject::invokeMethod(
            this,
            [this, said] {
                m_applied = m_applied || said == &TestOpsWrite::applied;
                emit(this->*said)();
            },
            Qt::QueuedConnection);
    }
    void serviceGone() {
        m_rows = rows();
        m_lines = lines();
        m_cutWhileWriting = m_waiting == &TestOpsWrite::applied;
        m_gone = true;
        drop();
        if (m_waiting)
            say(std::exchange(m_waiting, nullptr));
    }

    QPointer<QObject> m_service;
    bool m_gone = false;
    bool m_cutWhileWriting = false;
    void (TestOpsWrite::*m_waiting)() = nullptr; // the signal a plan or a write in flight will give
    QList<Row> m_rows;
    QStringList m_lines;
};

// Undo what an export's comparison shows, from the previous export's CSV.
class FromExport : public Guarded {
public:
    FromExport(std::unique_ptr<RestoreSession> session, QString file, QString previousFile,
               QPointer<QObject> service)
        : Guarded(std::move(service))
        , m_session(std::move(session))
        , m_file(std::move(file))
        , m_previousFile(std::move(previousFile)) {
        follow(m_session.get());
    }

    void plan(const RestoreChoice &choice) override {
        m_applied = false;
        if (gone(&TestOpsWrite::planned))
            return;
        using Selection = RestoreSession::Selection;
        m_session->plan(choice.removed && choice.changed ? Selection::Both
                        : choice.removed                 ? Selection::Removed
                                                         : Selection::Changed,
                        choice.cases);
    }
    void apply() override {
        if (!gone(&TestOpsWrite::applied))
            m_session->apply();
    }

    QString error() const override {
        if (isGone())
            return goneWords();
        if (badInput())
            return TestOpsWrite::tr("%1 does not list these test cases as removed or changed: %2")
                .arg(m_file, m_session->unknownIds().join(u", "_s));
        return m_session->error();
    }
    bool badInput() const override { return m_session && !m_session->unknownIds().isEmpty(); }

    QList<Row> rows() const override {
        using Outcome = RestoreSession::Step::Outcome;
        using Action = RestoreSession::Step::Action;
        if (!m_session)
            return keptRows();
        QList<Row> rows;
        for (const RestoreSession::Step &step : m_session->steps()) {
            State state =
                step.action == Action::Conflict || step.action == Action::Skip ? State::Leave : State::Write;
            if (step.outcome == Outcome::Done)
                state = State::Done;
            else if (step.outcome == Outcome::Failed)
                state = State::Failed;
            else if (step.outcome == Outcome::NotTried)
                state = State::NotTried;
            else if (step.outcome == Outcome::Left)
                state = State::Left;
            rows.append({step.caseId + u"  "_s + step.name, RestoreWords::what(step),
                         RestoreWords::details(step), state});
        }
        return rows;
    }

    QStringList lines() const override {
        if (!m_session)
            return keptLines();
        QStringList lines;
        for (const RestoreSession::Step &step : m_session->steps())
            lines.append(m_applied ? RestoreWords::resultLine(step) : RestoreWords::planLine(step));
        return lines;
    }

    int writes() const override {
        using Action = RestoreSession::Step::Action;
        if (!m_session)
            return 0;
        return int(
            std::count_if(m_session->steps().cbegin(), m_session->steps().cend(), [](const auto &step) {
                return step.action == Action::Restore || step.action == Action::Create ||
                       step.action == Action::Patch;
            }));
    }
    QString nothingToWrite() const override {
        return TestOpsWrite::tr("Nothing to undo: %1 lists no such change.").arg(m_file);
    }

    QString summary() const override {
        if (isGone())
            return goneWords();
        if (m_applied)
            return TestOpsWrite::tr("What was written to TestOps from the comparison of %1 with %2.")
                .arg(m_file, m_previousFile);
        const bool patches =
            std::any_of(m_session->steps().cbegin(), m_session->steps().cend(),
                        [](const auto &step) { return step.action == RestoreSession::Step::Action::Patch; });
        return TestOpsWrite::tr(
                   "What will be written to TestOps to undo the changes between %1 and %2. Nothing "
                   "is written until you press Write to TestOps.")
                   .arg(m_previousFile, m_file) +
               (patches ? u' ' + TestOpsWrite::tr("A case whose fields are put back is saved as a version in "
                                                  "TestOps first.")
                        : QString());
    }

    bool succeeded() const override {
        using Outcome = RestoreSession::Step::Outcome;
        return m_applied && !isGone() && m_session &&
               std::none_of(m_session->steps().cbegin(), m_session->steps().cend(), [](const auto &s) {
                   return s.outcome == Outcome::Failed || s.outcome == Outcome::NotTried;
               });
    }

private:
    void drop() override { m_session.reset(); }

    std::unique_ptr<RestoreSession> m_session;
    QString m_file;
    QString m_previousFile;
};

// Put cases back whole, as a snapshot kept them.
class FromSnapshot : public Guarded {
public:
    FromSnapshot(std::function<std::unique_ptr<SnapshotRestore>()> make, QPointer<QObject> service)
        : Guarded(std::move(service))
        , m_make(std::move(make)) {}

    void plan(const RestoreChoice &choice) override {
        m_applied = false;
        if (gone(&TestOpsWrite::planned))
            return;
        m_session = m_make();
        follow(m_session.get());
        SnapshotRestore::Options options;
        for (const QString &id : choice.cases)
            options.cases.append(id.toLongLong());
        options.removed = choice.removed;
        options.changed = choice.changed;
        options.toProject = choice.toProject;
        options.force = choice.force;
        m_session->plan(options);
    }
    void apply() override {
        if (!gone(&TestOpsWrite::applied) && m_session) // planned first, always
            m_session->apply();
    }

    QString error() const override {
        return isGone() ? goneWords() : m_session ? m_session->error() : QString();
    }
    bool badInput() const override { return m_session && m_session->badInput(); }

    QList<Row> rows() const override {
        if (!m_session)
            return keptRows();
        QList<Row> rows;
        for (const SnapshotRestore::SharedStep &s : m_session->sharedSteps()) {
            if (s.action != SnapshotRestore::SharedStep::Action::Keep)
                rows.append({TestOpsWrite::tr("shared step %1  %2").arg(s.id).arg(s.name),
                             SnapshotRestore::sharedStepLine(s).section(u"  "_s, 2), QString(),
                             State::Write});
        }
        for (const SnapshotRestore::Case &c : m_session->cases())
            rows.append(row(c));
        return rows;
    }

    QStringList lines() const override {
        if (!m_session)
            return keptLines();
        QStringList lines;
        for (const SnapshotRestore::SharedStep &s : m_session->sharedSteps()) {
            if (!m_applied || s.action != SnapshotRestore::SharedStep::Action::Keep)
                lines.append(SnapshotRestore::sharedStepLine(s));
        }
        for (const SnapshotRestore::Case &c : m_session->cases()) {
            if (!m_applied)
                lines.append(SnapshotRestore::planLine(c));
            else if (c.action != SnapshotRestore::Case::Action::Same)
                lines.append(SnapshotRestore::resultLine(c));
        }
        return lines;
    }

    int writes() const override {
        using Action = SnapshotRestore::Case::Action;
        if (!m_session)
            return 0;
        return int(std::count_if(m_session->cases().cbegin(), m_session->cases().cend(), [](const auto &c) {
            return c.action != Action::Same && c.action != Action::Conflict;
        }));
    }
    QString nothingToWrite() const override {
        if (!m_session)
            return {};
        return TestOpsWrite::tr(
                   "Nothing to put back: TestOps holds these test cases as snapshot %1 kept them.")
            .arg(m_session->manifest().id);
    }

    QString summary() const override {
        if (isGone() || !m_session)
            return goneWords();
        const QString id = m_session->manifest().id;
        return m_applied
                   ? TestOpsWrite::tr("What was written to TestOps from snapshot %1.").arg(id)
                   : TestOpsWrite::tr("What will be written to TestOps to put these test cases back as "
                                      "snapshot %1 kept them. A changed case is saved as a version in "
                                      "TestOps first. Nothing is written until you press Write to TestOps.")
                         .arg(id);
    }

    bool succeeded() const override {
        using Action = SnapshotRestore::Case::Action;
        using Outcome = SnapshotRestore::Case::Outcome;
        return m_session && m_applied && !isGone() &&
               std::all_of(m_session->cases().cbegin(), m_session->cases().cend(), [](const auto &c) {
                   return c.action == Action::Same || c.action == Action::Conflict || // left alone, as asked
                          (c.outcome == Outcome::Done && c.unverified.isEmpty() && c.inGroup);
               });
    }

private:
    static Row row(const SnapshotRestore::Case &c) {
        using Action = SnapshotRestore::Case::Action;
        using Outcome = SnapshotRestore::Case::Outcome;
        State state = c.action == Action::Same || c.action == Action::Conflict ? State::Leave : State::Write;
        QString what =
            c.action == Action::Create     ? TestOpsWrite::tr("Create it again (TestOps gives it a new id)")
            : c.action == Action::Restore  ? TestOpsWrite::tr("Restore it, with its id")
            : c.action == Action::PutBack  ? TestOpsWrite::tr("Put back: %1").arg(c.parts.join(u", "_s))
            : c.action == Action::Conflict ? TestOpsWrite::tr("Left alone: %1").arg(c.error)
                                           : TestOpsWrite::tr("As kept: nothing to write");
        QStringList details = c.notes;
        switch (c.outcome) {
        case Outcome::Planned:
            if (c.action == Action::Create || c.action == Action::Restore)
                details.prepend(TestOpsWrite::tr("Parts: %1").arg(c.parts.join(u", "_s)));
            break;
        case Outcome::Done:
            state = c.unverified.isEmpty() && c.inGroup ? State::Done : State::Failed;
            what = c.unverified.isEmpty()
                       ? TestOpsWrite::tr("Written and read back: as kept")
                       : TestOpsWrite::tr("Written; still differs: %1").arg(c.unverified.join(u", "_s));
            if (!c.inGroup)
                what += u"; "_s + TestOpsWrite::tr("not in its group");
            details.prepend(TestOpsWrite::tr("Written: %1").arg(c.written.join(u", "_s)));
            if (c.target != c.id)
                details.prepend(TestOpsWrite::tr("Its new id: %1").arg(c.target));
            break;
        case Outcome::Failed:
            state = State::Failed;
            what = TestOpsWrite::tr("Failed: %1").arg(c.error);
            details.prepend(
                TestOpsWrite::tr("Written: %1")
                    .arg(c.written.isEmpty() ? TestOpsWrite::tr("nothing") : c.written.join(u", "_s)));
            break;
        case Outcome::NotTried:
            state = State::NotTried;
            what = c.error;
            break;
        }
        details += c.applyNotes;
        return {u"%1  %2"_s.arg(c.id).arg(c.name), what, details.join(u'\n'), state};
    }

    void drop() override { m_session.reset(); }

    std::function<std::unique_ptr<SnapshotRestore>()> m_make;
    std::unique_ptr<SnapshotRestore> m_session;
};

} // namespace RestoreWrites

std::unique_ptr<TestOpsWrite> RestoreWrites::ofExport(std::unique_ptr<RestoreSession> session,
                                                      const QString &file, const QString &previousFile,
                                                      QPointer<QObject> service) {
    return std::make_unique<FromExport>(std::move(session), file, previousFile, std::move(service));
}

std::unique_ptr<TestOpsWrite>
RestoreWrites::ofSnapshot(std::function<std::unique_ptr<SnapshotRestore>()> make, QPointer<QObject> service) {
    return std::make_unique<FromSnapshot>(std::move(make), std::move(service));
}
