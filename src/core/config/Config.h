// The typed, validated configuration the rest of the application runs on.
#pragma once

#include "ExportGroup.h"
#include "schedule/CronExpression.h"

#include <QHostAddress>
#include <QTimeZone>
#include <QUrl>

// S3 storage of the exports (the Go tool's later settings).
struct S3Settings {
    bool enabled = false;
    QString bucket;
    QUrl endpoint; // empty: AWS
    QString region = QStringLiteral("us-east-1");
    QString accessKey;
    QString secretKey;
};

// RETENTION_KEEP: per group, the last export of each of the newest N days, ISO weeks, months and years that
// have one (restic's --keep-daily and the like); the newest export of a group always stays. None set:
// RETENTION_DAYS.
struct RetentionKeep {
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;
    bool isSet() const { return daily > 0 || weekly > 0 || monthly > 0 || yearly > 0; }
};

// Alerts to a team's chat (ALERT_*): where, in which shape, and when removed cases or a silence are alarming.
struct AlertSettings {
    enum class Format { Slack, Teams, Json };
    QList<QUrl> webhooks; // empty: no alerts
    Format format = Format::Slack;
    double removedPercent = 5; // of the previous export's cases; < 0 when a count is given
    qint64 removedCount = -1;  // more than this many removed; < 0 when a percentage is given
    int overdueSeconds = 26 * 3600;
};

// Several replicas on Kubernetes: only the holder of a Lease exports (client-go's defaults).
struct LeaderSettings {
    enum class Mode { Off, Auto, On };
    Mode mode = Mode::Off; // Auto: on when the pod's in-cluster configuration is there
    QString leaseName = QStringLiteral("testops-export");
    QString leaseNamespace; // empty: the pod's own
    int leaseDurationSeconds = 15;
    int renewDeadlineSeconds = 10;
    int retryPeriodSeconds = 2;
};

// Snapshots: every test case whole (SNAPSHOT_*), beside the CSV exports.
struct SnapshotConfig {
    bool enabled = true;
    QString path; // empty: snapshots/ inside the export folder
    bool attachments = true;
    int concurrency = 4;
    qint64 fullEverySeconds = 7 * 86400;
    RetentionKeep keep{14, 8, 24, 0};
};

struct Config {
    QUrl baseUrl;
    QString token;
    qint64 defaultProjectId = 0;
    qint64 defaultTreeId = 0;
    ExportGroups groups;  // EXPORT_GROUPS, then the groups of projects.json
    QString projectsFile; // PROJECTS_CONFIG, or projects.json found in the working directory
    QList<ExtraColumn> extraColumns;
    QString exportPath;
    char csvSeparator = ';';
    bool skipUnchanged = false;

    CronExpression schedule;
    CronExpression verifySchedule; // VERIFY_SCHEDULE: --verify by itself and alerts of damage; invalid: never
    QTimeZone timeZone = QTimeZone::utc();
    bool catchUpMissed = true;
    QList<int> retryDelaysSeconds;
    int retentionDays = 30;
    RetentionKeep retentionKeep; // when set, it decides instead of retentionDays

    int exportTimeoutSeconds = 600;
    int inactivityTimeoutSeconds = 60;
    int connectTimeoutSeconds = 30;
    int parallelGroups = 1;
    QString caFile;
    bool tlsInsecure = false;

    bool webEnabled = true;
    QHostAddress webBind = QHostAddress(QHostAddress::LocalHost);
    quint16 webPort = 9090;
    QStringList webAllowedHosts;
    QString webAccessKey;

    S3Settings s3;
    LeaderSettings leader;
    SnapshotConfig snapshots;
    // The snapshot store's folder: SNAPSHOT_PATH, or snapshots/ inside the export folder.
    QString snapshotPath() const {
        return snapshots.path.isEmpty() ? exportPath + QStringLiteral("/snapshots") : snapshots.path;
    }

    QUrl healthcheckUrl; // HEALTHCHECK_URL: pinged at each cycle's start, success and failure; empty: none
    AlertSettings alerts;
};
