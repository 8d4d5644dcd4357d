#include "SettingsDialog.h"

#include "schedule/SchedulePreset.h"

#include "DesktopSettings.h"
#include "S3SettingsPage.h"
#include "SnapshotSettingsPage.h"
#include "TreeBrowser.h"
#include "schedule/Clock.h"
#include "service/StatusSummary.h"
#include "testops/ConnectionCheck.h"
#include "testops/TestOpsCatalog.h"
#include "testops/TestOpsClient.h"
#include "ui_settingsdialog.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Whether WEB_BIND keeps the web view on this computer (an empty value is the default, 127.0.0.1).
bool isLoopbackBind(const QString &text) {
    return text.isEmpty() || text == u"localhost"_s || QHostAddress(text).isLoopback();
}
} // namespace

namespace {
bool isTrue(const QString &text) {
    bool value = false;
    return SettingsTable::parseBool(text, &value) && value;
}

QString boolText(bool value) {
    return value ? u"true"_s : u"false"_s;
}

bool overrides(SettingSource source) {
    return source == SettingSource::DotEnv || source == SettingSource::Environment ||
           source == SettingSource::CommandLine;
}
} // namespace

SettingsDialog::SettingsDialog(const LoadedConfig &current, DesktopSettings *storage, const Clock &clock,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_current(current)
    , m_storage(storage)
    , m_clock(clock)
    , m_network(network) {
    m_ui->setupUi(this);
    m_ui->groupsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Русский"_s, u"ru"_s);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->problemsLabel->setStyleSheet(u"color: %1"_s.arg(errorColor()));
    m_ui->cronPreview->setTextFormat(Qt::PlainText);
    m_s3 = new S3SettingsPage(m_clock, m_network, this);
    m_ui->tabs->addTab(m_s3, tr("S&3 storage"));
    connect(m_s3, &S3SettingsPage::edited, this, [this] { validate(); });
    m_snapshots = new SnapshotSettingsPage(this);
    m_ui->tabs->addTab(m_snapshots, tr("Sna&pshots"));
    connect(m_snapshots, &SnapshotSettingsPage::edited, this, [this] { validate(); });
    connect(m_s3->testButton, &QPushButton::clicked, this,
            [this] { m_s3->test(ConfigLoader::resolve(editedRaw()).config.s3); });
    // The schedule in words; the cron expression behind it is shown for a custom one ("advanced").
    m_ui->presetCombo->addItem(tr("Every day at"), int(Preset::Daily));
    m_ui->presetCombo->addItem(tr("On weekdays at"), int(Preset::Weekdays));
    m_ui->presetCombo->addItem(tr("Every", "every N hours"), int(Preset::EveryHours));
    m_ui->presetCombo->addItem(tr("Custom (cron, advanced)"), int(Preset::Custom));
    m_ui->hoursSpin->setSuffix(tr(" hours"));
    m_ui->retentionSpin->setSuffix(tr(" days"));
    m_ui->retentionSpin->setSpecialValueText(tr("forever"));
    m_ui->retryEdit->setPlaceholderText(tr("none: wait for the next scheduled export"));
    m_fields = makeFields();
    load();
    showPresetOf(m_ui->cronEdit->text());
    const auto presetEdited = [this] {
        if (Preset(m_ui->presetCombo->currentData().toInt()) != Preset::Custom)
            m_ui->cronEdit->setText(cronOfPreset());
        updatePresetWidgets();
    };
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, presetEdited);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, presetEdited);
    connect(m_ui->hoursSpin, &QSpinBox::valueChanged, this, presetEdited);

    const auto revalidate = [this] { validate(); };
    for (QLineEdit *edit : {m_ui->baseUrlEdit, m_ui->tokenEdit, m_ui->caFileEdit, m_ui->cronEdit,
                            m_ui->retryEdit, m_ui->folderEdit, m_ui->accessKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, revalidate);
    for (QSpinBox *spin : {m_ui->retentionSpin, m_ui->portSpin})
        connect(spin, &QSpinBox::valueChanged, this, revalidate);
    for (QCheckBox *check :
         {m_ui->catchUpCheck, m_ui->skipUnchangedCheck, m_ui->webEnabledCheck, m_ui->shareLanCheck})
        connect(check, &QCheckBox::toggled, this, revalidate);
    connect(m_ui->groupsTable, &QTableWidget::itemChanged, this, revalidate);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, [this] {
        addGroupRow({});
        m_ui->groupsTable->editItem(m_ui->groupsTable->item(m_ui->groupsTable->rowCount() - 1, 0));
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->removeGroupButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->groupsTable->currentRow();
        if (row >= 0)
            m_ui->groupsTable->removeRow(row);
        validate();
    });
    connect(m_ui->generateKeyButton, &QPushButton::clicked, this, [this] {
        QByteArray bytes(18, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        m_ui->accessKeyEdit->setText(QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    });
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->accessKeyEdit->text()); });
    connect(m_ui->folderBrowseButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(folder);
    });
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), QFileInfo(m_ui->caFileEdit->text()).absolutePath(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

QList<SettingsDialog::Field> SettingsDialog::makeFields() {
    Ui::SettingsDialog *ui = m_ui.get();
    const auto line = [](QLineEdit *edit) {
        return std::pair{[edit](const QString &value) { edit->setText(value); },
                         [edit] { return edit->text().trimmed(); }};
    };
    const auto check = [](QCheckBox *box) {
        return std::pair{[box](const QString &value) { box->setChecked(isTrue(value)); },
                         [box] { return boolText(box->isChecked()); }};
    };
    const auto spin = [](QSpinBox *box) {
        return std::pair{[box](const QString &value) { box->setValue(value.toInt()); },
                         [box] { return QString::number(box->value()); }};
    };
    const auto row = [](const QString &setting, QWidget *widget, auto showAndValue) {
        return Field{setting, widget, showAndValue.first, showAndValue.second};
    };
    return {
        row(u"TESTOPS_BASE_URL"_s, ui->baseUrlEdit, line(ui->baseUrlEdit)),
        row(u"TESTOPS_TOKEN"_s, ui->tokenEdit, line(ui->tokenEdit)),
        row(u"TLS_CA_FILE"_s, ui->caFileEdit, line(ui->caFileEdit)),
        // Shown as full triples by load(), so that the table shows every id.
        Field{u"EXPORT_GROUPS"_s, ui->groupsTable, [](const QString &) {}, [this] { return groupsText(); }},
        row(u"CRON_SCHEDULE"_s, ui->cronEdit, line(ui->cronEdit)),
        Field{u"SCHEDULE_TIMEZONE"_s, ui->timeZoneCombo,
              [ui](const QString &value) { ui->timeZoneCombo->setCurrentText(value); },
              [ui] { return ui->timeZoneCombo->currentText().trimmed(); }},
        row(u"RETRY_DELAYS"_s, ui->retryEdit, line(ui->retryEdit)),
        row(u"RETENTION_DAYS"_s, ui->retentionSpin, spin(ui->retentionSpin)),
        Field{u"EXPORT_PATH"_s, ui->folderEdit,
              [ui](const QString &value) { ui->folderEdit->setText(QDir::toNativeSeparators(value)); },
              [ui] { return QDir::fromNativeSeparators(ui->folderEdit->text().trimmed()); }},
        row(u"CATCH_UP_MISSED"_s, ui->catchUpCheck, check(ui->catchUpCheck)),
        row(u"SKIP_UNCHANGED"_s, ui->skipUnchangedCheck, check(ui->skipUnchangedCheck)),
        row(u"WEB_ENABLED"_s, ui->webEnabledCheck, check(ui->webEnabledCheck)),
        Field{u"WEB_BIND"_s, ui->shareLanCheck,
              [this](const QString &value) {
                  m_loadedBind = value.trimmed();
                  m_ui->shareLanCheck->setChecked(!isLoopbackBind(m_loadedBind));
              },
              [this] { return bindText(); }},
        row(u"WEB_PORT"_s, ui->portSpin, spin(ui->portSpin)),
        row(u"WEB_ACCESS_KEY"_s, ui->accessKeyEdit, line(ui->accessKeyEdit)),
        row(u"SNAPSHOTS"_s, m_snapshots->enabledCheck, check(m_snapshots->enabledCheck)),
        row(u"SNAPSHOT_PATH"_s, m_snapshots->pathEdit, line(m_snapshots->pathEdit)),
        row(u"SNAPSHOT_ATTACHMENTS"_s, m_snapshots->attachmentsCheck, check(m_snapshots->attachmentsCheck)),
        row(u"SNAPSHOT_CONCURRENCY"_s, m_snapshots->concurrencySpin, spin(m_snapshots->concurrencySpin)),
        row(u"SNAPSHOT_FULL_EVERY"_s, m_snapshots->fullEveryEdit, line(m_snapshots->fullEveryEdit)),
        row(u"SNAPSHOT_KEEP"_s, m_snapshots->keepEdit, line(m_snapshots->keepEdit)),
        row(u"S3_ENABLED"_s, m_s3->enabledCheck, check(m_s3->enabledCheck)),
        row(u"S3_BUCKET"_s, m_s3->bucketEdit, line(m_s3->bucketEdit)),
        row(u"S3_ENDPOINT"_s, m_s3->endpointEdit, line(m_s3->endpointEdit)),
        row(u"S3_REGION"_s, m_s3->regionEdit, line(m_s3->regionEdit)),
        row(u"S3_ACCESS_KEY"_s, m_s3->accessKeyEdit, line(m_s3->accessKeyEdit)),
        row(u"S3_SECRET_KEY"_s, m_s3->secretKeyEdit, line(m_s3->secretKeyEdit)),
    };
}

void SettingsDialog::load() {
    const auto raw = [this](const QString &name) {
        const auto it = m_current.raw.constFind(name);
        if (it != m_current.raw.constEnd())
            return it->value;
        const SettingSpec *spec = SettingsTable::find(name);
        return spec ? spec->defaultValue : QString();
    };
    for (const Field &field : std::as_const(m_fields))
        field.show(raw(field.setting));
    // Groups as full triples, so that the table shows every id (TESTOPS_PROJECT_ID/TREE_ID filled in).
    ExportGroups groups = m_current.config.groups;
    if (groups.isEmpty())
        SettingsTable::parseGroups(raw(u"EXPORT_GROUPS"_s), &groups);
    // The groups of projects.json stay in that file: the table holds EXPORT_GROUPS only.
    const qsizetype fromFile =
        groups.removeIf([](const ExportGroup &group) { return group.projectInFileName; });
    for (const ExportGroup &group : std::as_const(groups))
        addGroupRow(group);
    if (fromFile > 0)
        m_ui->groupsHelp->setText(
            m_ui->groupsHelp->text() + u"\n"_s +
            tr("%n more group(s) come from %1; edit that file to change them.", nullptr, int(fromFile))
                .arg(QDir::toNativeSeparators(m_current.config.projectsFile)));
    if (m_storage) {
        m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(m_storage->language())));
        m_ui->notifySuccessCheck->setChecked(m_storage->notifyOnSuccess());
    }
    m_ui->autostartCheck->setChecked(DesktopSettings::startsAtLogin());
    markOverridden();
}

QString SettingsDialog::errorColorOn(const QWidget *widget) {
    // A dark red reads on a light window (7.9:1), a light red on a dark one (8:1 on #2b2b2b): WCAG AA either
    // way.
    return widget->palette().color(QPalette::Window).lightness() < 128 ? u"#ff8a80"_s : u"#b00020"_s;
}

QWidget *SettingsDialog::fieldFor(const QString &setting) const {
    for (const Field &field : m_fields) {
        if (field.setting == setting)
            return field.widget;
    }
    return nullptr;
}

void SettingsDialog::markOverridden() {
    for (const Field &row : std::as_const(m_fields)) {
        const QString &name = row.setting;
        const auto it = m_current.raw.constFind(name);
        QWidget *field = row.widget;
        if (it == m_current.raw.constEnd() || !overrides(it->source))
            continue;
        field->setEnabled(false);
        field->setToolTip(
            tr("Set by the %1; that value wins over this dialog.").arg(settingSourceName(it->source)));
        if (name == u"TESTOPS_TOKEN"_s)
            m_ui->tokenNote->setText(tr("The token comes from the %1 and wins over any token saved here.")
                                         .arg(settingSourceName(it->source)));
        if (name == u"EXPORT_GROUPS"_s) { // the table shows them, but they are changed where they are set
            m_ui->addGroupButton->setEnabled(false);
            m_ui->removeGroupButton->setEnabled(false);
            m_ui->browseButton->setEnabled(false);
            m_ui->groupsHelp->setText(
                tr("These groups come from the %1 (EXPORT_GROUPS), which wins over this dialog: change them "
                   "there.")
                    .arg(settingSourceName(it->source)) +
                u"\n"_s + m_ui->groupsHelp->text());
        }
    }
    if (m_ui->tokenNote->text().isEmpty())
        m_ui->tokenNote->setText(
            tr("Kept in the system keychain; without one, in the settings file readable only by you."));
}

QString SettingsDialog::groupsText() const {
    QStringList items;
    for (int row = 0; row < m_ui->groupsTable->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 4; ++column) {
            const QTableWidgetItem *item = m_ui->groupsTable->item(row, column);
            cells.append(item ? item->text().trimmed() : QString());
        }
        if (cells.join(QString()).isEmpty())
            continue; // an empty new row
        items.append(u"%1=%2:%3:%4"_s.arg(cells[0], cells[1], cells[2], cells[3]));
    }
    return items.join(u',');
}

QHash<QString, QString> SettingsDialog::values() const {
    QHash<QString, QString> values;
    for (const Field &field : m_fields)
        values.insert(field.setting, field.value());
    return values;
}

QString SettingsDialog::bindText() const {
    // A custom address (192.168.1.5, 127.0.0.2) stays as long as the checkbox says what it said; only a
    // change of the checkbox picks the usual address for the new meaning.
    const bool shared = m_ui->shareLanCheck->isChecked();
    if (shared == !isLoopbackBind(m_loadedBind))
        return m_loadedBind.isEmpty() ? u"127.0.0.1"_s : m_loadedBind;
    return shared ? u"0.0.0.0"_s : u"127.0.0.1"_s;
}

bool SettingsDialog::canSave() const {
    return m_problems.isEmpty();
}

QHash<QString, RawSetting> SettingsDialog::editedRaw() const {
    // The dialog's values stand where the settings file stands; higher sources keep winning.
    QHash<QString, RawSetting> raw = m_current.raw;
    const QHash<QString, QString> edited = values();
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (overrides(raw.value(it.key()).source))
            continue;
        const SettingSpec *spec = SettingsTable::find(it.key());
        if (it.value().isEmpty() && !spec->required && !spec->emptyIsAChoice())
            raw.remove(it.key());
        else
            raw.insert(it.key(), {it.value(), SettingSource::SettingsFile});
    }
    // The table holds full ids; but groups set in the environment or .env in the short form (Name=GROUP_ID)
    // win over the table and still need the project and tree they name.
    if (!overrides(raw.value(u"EXPORT_GROUPS"_s).source)) {
        raw.remove(u"TESTOPS_PROJECT_ID"_s);
        raw.remove(u"TESTOPS_TREE_ID"_s);
    }
    return raw;
}

void SettingsDialog::validate() {
    const LoadedConfig checked = ConfigLoader::resolve(editedRaw());
    m_problems.clear();
    QSet<QWidget *> invalid;
    for (const ConfigProblem &problem : checked.problems) {
        QWidget *field = fieldFor(problem.setting);
        // Name the field as the dialog labels it; settings it does not show keep their names.
        QString name = problem.setting;
        if (field) {
            invalid.insert(field);
            for (QLabel *label : findChildren<QLabel *>()) {
                if (label->buddy() == field || (field == m_ui->groupsTable && label == m_ui->groupsHelp))
                    name = label->text().remove(u'&');
            }
            if (field == m_ui->groupsTable)
                name = m_ui->tabs->tabText(m_ui->tabs->indexOf(m_ui->groupsTab)).remove(u'&');
            else if (auto *check = qobject_cast<QCheckBox *>(field))
                name = check->text().remove(u'&');
        }
        m_problems.append(
            u"%1: %2. %3"_s.arg(name, problem.reason, tr("Expected: %1.").arg(problem.expected)));
    }
    for (const Field &row : std::as_const(m_fields)) {
        const QString &name = row.setting;
        QWidget *field = row.widget;
        if (!field->isEnabled())
            continue;
        field->setStyleSheet(invalid.contains(field) ? u"border: 1px solid %1"_s.arg(errorColor())
                                                     : QString());
        QString tip;
        for (const ConfigProblem &problem : checked.problems) {
            if (problem.setting == name)
                tip = problem.reason + u"\n"_s + tr("Expected: %1").arg(problem.expected);
        }
        field->setToolTip(tip);
    }
    m_ui->problemsLabel->setText(m_problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!m_problems.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
    const bool canConnect = checked.config.baseUrl.isValid() && !checked.config.token.isEmpty();
    m_ui->testButton->setEnabled(canConnect);
    m_ui->retryNote->setText(retryText(m_ui->retryEdit->text()));
    m_ui->browseButton->setEnabled(canConnect && !overrides(m_current.raw.value(u"EXPORT_GROUPS"_s).source));
    updateCronPreview();
}

TestOpsClient *SettingsDialog::clientForEditedValues() {
    const Config config = ConfigLoader::resolve(editedRaw()).config;
    return new TestOpsClient(TestOpsClient::Options::of(config), m_network, m_clock, this);
}

void SettingsDialog::testConnection() {
    m_ui->testResult->clear();
    m_ui->testButton->setEnabled(false);
    TestOpsClient *client = clientForEditedValues();
    ExportGroups groups;
    SettingsTable::parseGroups(groupsText(), &groups);
    auto *check = new ConnectionCheck(client, groups, client);
    connect(check, &ConnectionCheck::lineAdded, this, [this](const ConnectionCheck::Line &line) {
        m_ui->testResult->appendPlainText((line.ok ? u"✓ "_s : u"✗ "_s) + line.text);
    });
    connect(check, &ConnectionCheck::finished, this, [this, client] {
        client->deleteLater();
        m_ui->testButton->setEnabled(true);
    });
    check->start();
}

void SettingsDialog::browse() {
    TestOpsClient *client = clientForEditedValues();
    auto *browser = new TreeBrowserDialog(new TestOpsCatalog(client, client), this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &QObject::destroyed, client, &QObject::deleteLater);
    connect(browser, &QDialog::accepted, this, [this, browser] {
        for (const ExportGroup &group : browser->choices())
            addGroupRow(group);
    });
    browser->open();
}

void SettingsDialog::addGroupRow(const ExportGroup &group) {
    QString name = group.name;
    const auto taken = [this](const QString &candidate) {
        for (int row = 0; row < m_ui->groupsTable->rowCount(); ++row) {
            const QTableWidgetItem *item = m_ui->groupsTable->item(row, 0);
            if (item && item->text().compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (int n = 2; !name.isEmpty() && taken(name); ++n)
        name = u"%1_%2"_s.arg(group.name).arg(n);
    const int row = m_ui->groupsTable->rowCount();
    m_ui->groupsTable->insertRow(row);
    const QStringList cells = {name, group.projectId ? QString::number(group.projectId) : QString(),
                               group.treeId ? QString::number(group.treeId) : QString(),
                               group.groupId ? QString::number(group.groupId) : QString()};
    for (int column = 0; column < 4; ++column)
        m_ui->groupsTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    validate();
}

void SettingsDialog::accept() {
    validate();
    if (!canSave())
        return;
    QHash<QString, QString> toSave;
    const QHash<QString, QString> edited = values();
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (!overrides(m_current.raw.value(it.key()).source))
            toSave.insert(it.key(), it.value());
    }
    if (m_storage) {
        m_tokenNote = m_storage->save(toSave);
        m_storage->setLanguage(m_ui->languageCombo->currentData().toString());
        m_storage->setNotifyOnSuccess(m_ui->notifySuccessCheck->isChecked());
    }
    if (m_ui->autostartCheck->isChecked() != DesktopSettings::startsAtLogin())
        DesktopSettings::setStartAtLogin(m_ui->autostartCheck->isChecked(),
                                         QCoreApplication::applicationFilePath());
    QDialog::accept();
}
