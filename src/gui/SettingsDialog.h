// The settings: connection (with a live test), groups, schedule with a preview of the next runs, web view,
// start at login and language. Every field is checked by the same settings table the command line uses;
// invalid input is shown in place and cannot be saved. A value set by the environment or .env wins, and the
// dialog says so instead of offering an edit that would have no effect.
#pragma once

#include "schedule/SchedulePreset.h"

#include "config/ConfigLoader.h"

#include <QDialog>
#include <QHash>
#include <QNetworkAccessManager>

#include <functional>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class DesktopSettings;
class QWidget;
class Clock;
class S3SettingsPage;
class SnapshotSettingsPage;
class TestOpsClient;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // The colour of problems, readable on `widget`'s own background (light or dark theme): the welcome's too.
    static QString errorColorOn(const QWidget *widget);
    // Test connection and Browse… talk to TestOps with the app's clock and network manager.
    SettingsDialog(const LoadedConfig &current, DesktopSettings *storage, const Clock &clock,
                   QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *ui() const { return m_ui.get(); }
    S3SettingsPage *s3Page() const { return m_s3; }
    SnapshotSettingsPage *snapshotsPage() const { return m_snapshots; }
    // The settings as edited, by name (only those this dialog may change).
    QHash<QString, QString> values() const;
    QStringList problems() const { return m_problems; }
    bool canSave() const;
    // Where the token went when saved: empty (keychain), or why it is in the settings file.
    const QString &tokenNote() const { return m_tokenNote; }

public slots:
    void accept() override;
    void testConnection();
    void browse();

private:
    void load();
    void validate();
    void updateCronPreview();
    // The schedule's presets: what the cron expression says in words, when it says one of them.
    using Preset = SchedulePreset::Kind;
    void showPresetOf(const QString &cron);
    QString cronOfPreset() const;
    void updatePresetWidgets();
    // "A failed group is tried again 3 times: after 5 min, 10 min and 15 min."
    static QString retryText(const QString &delays);
    void markOverridden();
    QString groupsText() const;
    // WEB_BIND as the checkbox says it, keeping a custom address while the checkbox keeps its meaning.
    QString bindText() const;
    QWidget *fieldFor(const QString &setting) const;
    QString errorColor() const { return errorColorOn(this); }
    // One row per setting the dialog edits, in the order problems are listed: its widget, how a value is
    // shown in it, and what it holds now. Loading, saving, validation marks and overrides all read this.
    struct Field {
        QString setting;
        QWidget *widget;
        std::function<void(const QString &value)> show;
        std::function<QString()> value;
    };
    QList<Field> makeFields();
    // The settings as they would be with the dialog's values saved.
    QHash<QString, RawSetting> editedRaw() const;
    // A client for the connection as edited now (not yet saved).
    TestOpsClient *clientForEditedValues();
    void addGroupRow(const ExportGroup &group);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LoadedConfig m_current;
    QString m_loadedBind; // WEB_BIND as the dialog found it
    DesktopSettings *m_storage;
    QStringList m_problems;
    QString m_tokenNote;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    S3SettingsPage *m_s3;
    SnapshotSettingsPage *m_snapshots;
    QList<Field> m_fields;
};
