// The settings dialog's schedule: the preset picked in words (every day at, on weekdays at, every N hours, or
// a cron expression), the next five runs in the user's time, and the retries in words.
#include "SettingsDialog.h"

#include "config/SettingsTable.h"
#include "schedule/CronExpression.h"
#include "ui_settingsdialog.h"

#include <QDateTime>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace Qt::StringLiterals;

void SettingsDialog::showPresetOf(const QString &cron) {
    const QSignalBlocker blockCombo(m_ui->presetCombo), blockTime(m_ui->timeEdit),
        blockHours(m_ui->hoursSpin);
    const SchedulePreset preset = SchedulePreset::of(cron);
    if (preset.kind == SchedulePreset::Kind::Daily || preset.kind == SchedulePreset::Kind::Weekdays)
        m_ui->timeEdit->setTime(preset.time);
    if (preset.kind == SchedulePreset::Kind::EveryHours)
        m_ui->hoursSpin->setValue(preset.hours);
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(int(preset.kind)));
    updatePresetWidgets();
}

QString SettingsDialog::cronOfPreset() const {
    SchedulePreset preset;
    preset.kind = SchedulePreset::Kind(m_ui->presetCombo->currentData().toInt());
    preset.time = m_ui->timeEdit->time();
    preset.hours = m_ui->hoursSpin->value();
    return preset.kind == SchedulePreset::Kind::Custom ? m_ui->cronEdit->text() : preset.cron();
}

void SettingsDialog::updatePresetWidgets() {
    const Preset preset = Preset(m_ui->presetCombo->currentData().toInt());
    m_ui->timeEdit->setVisible(preset == Preset::Daily || preset == Preset::Weekdays);
    m_ui->hoursSpin->setVisible(preset == Preset::EveryHours);
    m_ui->cronLabel->setVisible(preset == Preset::Custom);
    m_ui->cronEdit->setVisible(preset == Preset::Custom);
    // Set by the environment or .env: shown, not edited.
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->presetCombo), static_cast<QWidget *>(m_ui->timeEdit),
                            static_cast<QWidget *>(m_ui->hoursSpin)})
        widget->setEnabled(m_ui->cronEdit->isEnabled());
}

QString SettingsDialog::retryText(const QString &delays) {
    if (delays.trimmed().isEmpty())
        return tr("No retries: a failed group waits for the next scheduled export.");
    QStringList words;
    for (const QString &item : delays.split(u',')) {
        int seconds = 0;
        if (!SettingsTable::parseDuration(item.trimmed(), &seconds))
            return QString(); // the problem is shown with the others
        words.append(seconds % 3600 == 0 ? tr("%1 h").arg(seconds / 3600)
                     : seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60)
                                         : tr("%1 s").arg(seconds));
    }
    return tr("A failed group is tried again %n time(s): after %1.", nullptr, int(words.size()))
        .arg(QLocale().createSeparatedList(words));
}

void SettingsDialog::updateCronPreview() {
    QString why;
    const CronExpression cron = CronExpression::parse(m_ui->cronEdit->text(), &why);
    const QByteArray zoneId = m_ui->timeZoneCombo->currentText().trimmed().toUtf8();
    const QTimeZone zone = zoneId == "UTC" ? QTimeZone::utc() : QTimeZone(zoneId);
    if (!cron.isValid() || !zone.isValid()) {
        m_ui->cronPreview->setText(cron.isValid() ? tr("Unknown time zone") : why);
        return;
    }
    QStringList runs;
    QDateTime at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 5; ++i) {
        at = cron.next(at, zone);
        if (!at.isValid())
            break;
        runs.append(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    }
    m_ui->cronPreview->setText(tr("Next runs (your local time):") + u"\n"_s + runs.join(u'\n'));
}
