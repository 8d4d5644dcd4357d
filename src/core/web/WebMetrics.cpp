#include "WebMetrics.h"

#include "service/ExportFront.h"
#include "service/SnapshotFront.h"

#include <QMap>

#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Labels = QList<std::pair<const char *, QString>>;

// One family after another: its help and type once, then its samples.
class Text {
public:
    void family(const char *name, const char *type, const char *help) {
        m_name = name;
        m_out += "# HELP " + m_name + ' ' + help + "\n# TYPE " + m_name + ' ' + type + '\n';
    }
    void sample(const Labels &labels, double value) {
        m_out += m_name;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0)
                    m_out += ',';
                m_out += labels.at(i).first;
                m_out += "=\"" + escaped(labels.at(i).second) + '"';
            }
            m_out += '}';
        }
        m_out += ' ' + number(value) + '\n';
    }
    void sample(double value) { sample({}, value); }
    QByteArray text() const { return m_out; }

private:
    static QByteArray escaped(const QString &value) {
        QByteArray out;
        for (const char c : value.toUtf8()) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '"')
                out += "\\\"";
            else if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        return out;
    }
    static QByteArray number(double value) {
        if (std::isnan(value))
            return "NaN";
        if (std::floor(value) == value && std::fabs(value) < 1e15)
            return QByteArray::number(qint64(value));
        return QByteArray::number(value, 'g', 17);
    }
    QByteArray m_name;
    QByteArray m_out;
};

double seconds(const QDateTime &time) {
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

} // namespace

QByteArray WebMetrics::contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
}

QByteArray WebMetrics::render(const ExportFront &front, const RequestCounts &requests) {
    Text out;
    out.family("testops_export_build_info", "gauge", "The version of the app and of Qt it runs on.");
    out.sample({{"version", QStringLiteral(TESTOPS_VERSION)}, {"qt", QString::fromLatin1(qVersion())}}, 1);
    out.family("testops_export_configured", "gauge", "1 when the settings are valid and the exports run.");
    out.sample(front.isConfigured() ? 1 : 0);

    if (front.isConfigured()) {
        const ExportFront::Cluster cluster = front.cluster();
        out.family("testops_export_leader", "gauge",
                   "1 when this replica runs the exports (always 1 without LEADER_ELECTION).");
        out.sample(!cluster.enabled || cluster.leading ? 1 : 0);
        out.family("testops_export_paused", "gauge", "1 while the schedule is paused.");
        out.sample(front.isPaused() ? 1 : 0);
        if (const QDateTime next = front.nextRun(); next.isValid()) {
            out.family("testops_export_next_run_timestamp_seconds", "gauge",
                       "When the schedule exports next (Unix time).");
            out.sample(seconds(next));
        }
        const QHash<QString, const ExportEntry *> newest = newestByGroup(front.exports());
        const qint64 files = std::count_if(front.exports().cbegin(), front.exports().cend(),
                                           [](const ExportEntry &entry) { return !entry.remote; });
        out.family("testops_export_files", "gauge", "Exports in the export folder.");
        out.sample(double(files));
        out.family("testops_export_folder_bytes", "gauge", "Bytes of the exports in the export folder.");
        out.sample(double(front.totalBytes()));
        if (front.s3Enabled()) {
            const ExportFront::UploadCounts uploads = front.uploadCounts();
            out.family("testops_export_s3_copies", "gauge",
                       "Exports of the folder by where their copy in S3 stands.");
            out.sample({{"state", u"uploaded"_s}}, double(uploads.uploaded));
            out.sample({{"state", u"waiting"_s}}, double(uploads.waiting));
            out.sample({{"state", u"failed"_s}}, double(uploads.failed));
        }

        const QList<GroupView> groups = front.groups();
        // Each family's samples together, a group per sample, as the format asks.
        const auto perGroup =
            [&](const char *name, const char *type, const char *help,
                const std::function<std::optional<double>(const GroupStatus &, const ExportEntry *)> &value) {
                bool started = false;
                for (const GroupView &view : groups) {
                    const std::optional<double> shown =
                        value(view.status, newest.value(view.status.group.name, nullptr));
                    if (!shown)
                        continue;
                    if (!started)
                        out.family(name, type, help);
                    started = true;
                    out.sample({{"group", view.status.group.name}}, *shown);
                }
            };
        using Value = std::optional<double>;
        perGroup("testops_export_last_success_timestamp_seconds", "gauge",
                 "When the group's newest good export was made (Unix time, from its file's name).",
                 [](const GroupStatus &status, const ExportEntry *entry) -> Value {
                     const QDateTime at = lastSuccess(status, entry);
                     return at.isValid() ? Value(seconds(at)) : std::nullopt;
                 });
        perGroup("testops_export_last_attempt_timestamp_seconds", "gauge",
                 "When the group's last attempt ended (Unix time).",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return status.lastAttemptEnd.isValid() ? Value(seconds(status.lastAttemptEnd))
                                                            : std::nullopt;
                 });
        perGroup("testops_export_last_attempt_success", "gauge", "1 when the group's last attempt succeeded.",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return status.lastAttemptEnd.isValid() ? Value(status.lastOk ? 1 : 0) : std::nullopt;
                 });
        perGroup("testops_export_last_duration_seconds", "gauge",
                 "How long the group's last attempt took (since this process started).",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return status.lastDurationMs >= 0 ? Value(status.lastDurationMs / 1000.0) : std::nullopt;
                 });
        perGroup("testops_export_cases", "gauge", "Test cases in the group's newest export.",
                 [](const GroupStatus &, const ExportEntry *entry) -> Value {
                     return entry && entry->rows >= 0 ? Value(double(entry->rows)) : std::nullopt;
                 });
        perGroup("testops_export_last_bytes", "gauge", "Size of the group's newest export.",
                 [](const GroupStatus &, const ExportEntry *entry) -> Value {
                     return entry ? Value(double(entry->file.bytes)) : std::nullopt;
                 });
        perGroup("testops_export_last_added_cases", "gauge",
                 "Test cases added in the group's newest export since the one before.",
                 [](const GroupStatus &, const ExportEntry *entry) -> Value {
                     return entry && entry->hasChanges() ? Value(double(entry->added)) : std::nullopt;
                 });
        perGroup("testops_export_last_removed_cases", "gauge",
                 "Test cases removed in the group's newest export since the one before.",
                 [](const GroupStatus &, const ExportEntry *entry) -> Value {
                     return entry && entry->hasChanges() ? Value(double(entry->removed)) : std::nullopt;
                 });
        perGroup("testops_export_last_changed_cases", "gauge",
                 "Test cases changed in the group's newest export since the one before.",
                 [](const GroupStatus &, const ExportEntry *entry) -> Value {
                     return entry && entry->hasChanges() ? Value(double(entry->changed)) : std::nullopt;
                 });
        perGroup("testops_export_running", "gauge",
                 "1 while the group is exported, queued or waiting for a retry.",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return Value(status.state == GroupState::Running || status.state == GroupState::Queued ||
                                          status.state == GroupState::WaitingRetry
                                      ? 1
                                      : 0);
                 });
        perGroup("testops_export_failures_total", "counter",
                 "Exports of the group that failed for good (retries used up), since this process started.",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return Value(double(status.failuresTotal));
                 });
        perGroup("testops_export_retries_total", "counter",
                 "Retries of the group's exports after a failed attempt, since this process started.",
                 [](const GroupStatus &status, const ExportEntry *) -> Value {
                     return Value(double(status.retriesTotal));
                 });
        // Snapshots: each group's newest kept, and how its last one since the start ended.
        const SnapshotFront *snapshots = front.snapshots();
        const auto perSnapshot = [&](const char *name, const char *help,
                                     const std::function<Value(const SnapshotManifest &)> &value) {
            perGroup(name, "gauge", help, [&](const GroupStatus &status, const ExportEntry *) -> Value {
                const std::optional<SnapshotManifest> newestSnapshot = snapshots->newest(status.group.name);
                return newestSnapshot ? value(*newestSnapshot) : std::nullopt;
            });
        };
        if (snapshots->enabled()) {
            perSnapshot("testops_export_snapshot_last_success_timestamp_seconds",
                        "When the group's newest kept snapshot was taken (Unix time).",
                        [](const SnapshotManifest &m) { return Value(seconds(m.takenAt)); });
            perSnapshot("testops_export_snapshot_cases", "Test cases in the group's newest snapshot.",
                        [](const SnapshotManifest &m) { return Value(double(m.cases)); });
            perSnapshot("testops_export_snapshot_attachments", "Attachments in the group's newest snapshot.",
                        [](const SnapshotManifest &m) { return Value(double(m.attachments)); });
            perSnapshot("testops_export_snapshot_bytes",
                        "Bytes the group's newest snapshot refers to, as TestOps gave them.",
                        [](const SnapshotManifest &m) { return Value(double(m.bytes)); });
            perGroup("testops_export_snapshot_last_success", "gauge",
                     "1 when the group's last snapshot since this process started succeeded.",
                     [&](const GroupStatus &status, const ExportEntry *) -> Value {
                         const std::optional<SnapshotResult> last = snapshots->lastResult(status.group.name);
                         return last ? Value(last->ok ? 1 : 0) : std::nullopt;
                     });
        }
    }

    out.family("testops_export_web_requests_total", "counter",
               "Answers of the web view since it started, by route and status class.");
    QMap<QPair<QByteArray, int>, quint64> sorted;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        sorted.insert(it.key(), it.value());
    for (auto it = sorted.cbegin(); it != sorted.cend(); ++it)
        out.sample({{"route", QString::fromLatin1(it.key().first)}, {"code", u"%1xx"_s.arg(it.key().second)}},
                   double(it.value()));
    return out.text();
}
