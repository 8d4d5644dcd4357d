#include "ChangeViewDialog.h"
#include "CleanupDialog.h"
#include "CsvGenerator.h"
#include "DesktopApp.h"
#include "DesktopSettings.h"
#include "ExportsFilterModel.h"
#include "ExportsModel.h"
#include "FakeTestOps.h"
#include "MainWindow.h"
#include "PlanDialog.h"
#include "PreviewDialog.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "SnapshotBrowser.h"
#include "SnapshotSettingsPage.h"
#include "TestFiles.h"
#include "TrayController.h"
#include "TreeBrowser.h"
#include "WelcomeWizard.h"
#include "config/Language.h"
#include "csv/CsvTableModel.h"
#include "exports/ExportCheck.h"
#include "exports/ExportFile.h"
#include "exports/ExportIndex.h"
#include "schedule/Scheduler.h"
#include "service/ExportFront.h"
#include "service/ExportService.h"
#include "service/SnapshotFront.h"
#include "testops/TestOpsCatalog.h"
#include "testops/TestOpsClient.h"
#include "ui_changeviewdialog.h"
#include "ui_mainwindow.h"
#include "ui_previewdialog.h"
#include "ui_settingsdialog.h"
#include "ui_treebrowser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QWizard>

#include <cmath>

using namespace Qt::StringLiterals;

// What is wrong with the mnemonics (Alt+letter) of what `window` shows now: a button, check box or labelled
// field without one, or a letter that means two things. Qt's standard buttons (OK, Cancel) bring their own.
QStringList mnemonicProblems(QWidget *window) {
    QStringList problems;
    QHash<QChar, QString> taken;
    const auto letterOf = [](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return QChar();
    };
    const auto take = [&](const QString &text, bool required) {
        const QChar letter = letterOf(text);
        if (letter.isNull()) {
            if (required)
                problems.append(u"no mnemonic: "_s + text);
            return;
        }
        if (taken.contains(letter))
            problems.append(u"%1 in both %2 and %3"_s.arg(letter, taken.value(letter), text));
        taken.insert(letter, text);
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty() || qobject_cast<QToolButton *>(button))
            continue;
        const auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
        const auto *wizard = qobject_cast<QWizard *>(window);
        take(button->text(), !(box && box->standardButton(button) != QDialogButtonBox::NoButton) &&
                                 !(wizard && button == wizard->button(QWizard::CancelButton)));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window) && label->buddy())
            take(label->text(), true);
    }
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (tabs->isVisibleTo(window)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), true);
        }
    }
    return problems;
}

// Answers the window's questions as the test says, and records what it opened.
class ScriptedDialogs : public UserDialogs {
public:
    bool confirm(QWidget *, const QString &, const QString &text) override {
        questions.append(text);
        return answerYes;
    }
    QString saveFileName(QWidget *, const QString &, const QString &suggested, const QString &) override {
        suggestions.append(suggested);
        return saveTo;
    }
    void information(QWidget *, const QString &, const QString &text) override { messages.append(text); }
    bool openUrl(const QUrl &url) override {
        opened.append(url);
        return true;
    }
    bool answerYes = false;
    QString saveTo;
    QStringList questions, suggestions, messages;
    QList<QUrl> opened;
};

// The front over an export folder (no groups, nothing scheduled), for the window's views of the files.
class FolderFront {
public:
    explicit FolderFront(const QString &folder, int retentionDays = 30, RetentionKeep keep = {})
        : m_service(configFor(folder, retentionDays, keep), m_clock, &m_network)
        , m_front(&m_service) {}
    ExportFront *front() { return &m_front; }
    ExportService *service() { return &m_service; }

private:
    static Config configFor(const QString &folder, int retentionDays, RetentionKeep keep) {
        Config config;
        config.exportPath = folder;
        config.retentionDays = retentionDays;
        config.retentionKeep = keep;
        return config;
    }
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    ExportService m_service;
    ExportFront m_front;
};

class TestDesktop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trayMenuOffersEveryAction();
    void trayRunNowExportsAndTheWindowShowsTheFiles();
    void aGroupsRowChangesAloneAndKeepsItsSelection();
    void changesAndPreviewInTheWindow();
    void changeViewPicksABaselineMarksCellsAndSavesAReport();
    void windowComparisonIsBounded();
    void pauseAndResumeFromTheTray();
    void aRetryIsSaidAlikeInWindowTrayAndPage();
    void helpMenuAndANewUsersHeadline();
    void groupsSetElsewhereAreShownNotEdited();
    void withoutATrayTheWindowStaysAndCloseMinimises();
    void notConfiguredOpensTheWindowWithSettings();
    void welcomeConnectsInThreeStepsAndRunsTheFirstExport();
    void modelFollowsFilesWrittenByOthers();
    void findInALargeExportLeavesTheWindowResponsive();
    void secondsWhenExportsShareAMinute();
    void previewFitsFindsAndShowsACell();
    void selectionKeptAndNewRowsInBold();
    void filterAndSort();
    void fileActions();
    void theWindowSaysWhichTierKeepsAnExport();
    void verifyFromTheWindow();
    void settingsRejectInvalidInputInPlace();
    void settingsOfSnapshots();
    void snapshotBrowserShowsACaseAndWhatChanged();
    void settingsProblemsReadOnADarkTheme();
    void settingsShowThatTheEnvironmentWins();
    void settingsSaveWithShortFormGroupsFromTheEnvironment();
    void settingsLeaveTheGroupsOfProjectsJsonInTheirFile();
    void settingsSaveAndApply();
    void settingsKeepACustomWebAddress();
    void anEmptiedSettingIsSavedAsTheChoiceItIs();
    void theCaCertificateTheAdviceNamesHasAField();
    void aPlanOfAnySizeFitsTheScreen();
    void settingsScheduleInWords();
    void secondInstanceRaisesTheFirst();
    void speaksRussian();
    void browseAddsAGroupFromTheLiveTree();
    void browseTicksGroupsOfSeveralProjects();
    void cleanupDialogShowsTheGridAndCompletesTheSet();
    void oneFrontForTheAppsLife();
    void cleanupDialogWithoutRightsDisablesWritesAndSaysWhy();
    void restoreInTestOpsFromTheChangeView();
    void theChangeViewRestoresWholeCasesFromTheSnapshotOfThatDay();
    void keyboardWorksTheList();
    void mnemonicsInEveryDialog();
    void aFailedExportShowsABannerWithRetry();
    void removedTestCasesAreNotifiedAndAClickShowsThem();

private:
    // Opens Storage cleanup from the window's menu and waits until the rules are read.
    CleanupDialog *openCleanup(DesktopApp &app) {
        app.window()->ui()->actionCleanup->trigger();
        auto *dialog = app.window()->findChild<CleanupDialog *>();
        if (dialog &&
            !QTest::qWaitFor(
                [dialog] { return dialog->session()->isLoaded() && !dialog->session()->isBusy(); }, 10000))
            return nullptr;
        return dialog;
    }
    ConfigSources sources() const {
        ConfigSources s;
        s.settingsFile = m_dir->filePath(u"settings.ini"_s);
        s.commandLine = {{u"TESTOPS_BASE_URL"_s, m_fake->url().toString()},
                         {u"TESTOPS_TOKEN"_s, m_fake->apiToken},
                         {u"EXPORT_GROUPS"_s, u"API=17:937:26961091,UI=17:937:24545654"_s},
                         {u"EXPORT_PATH"_s, m_dir->filePath(u"exports"_s)},
                         {u"RETRY_DELAYS"_s, QString()},
                         {u"WEB_PORT"_s, u"0"_s}}; // never a fixed port in tests
        return s;
    }
    // The same, exporting `groups` (EXPORT_GROUPS) only.
    ConfigSources sources(const QString &groups) const {
        ConfigSources s = sources();
        for (auto &[name, value] : s.commandLine) {
            if (name == u"EXPORT_GROUPS"_s)
                value = groups;
        }
        return s;
    }
    void touch(const QString &name, const QByteArray &bytes = "a;b\r\n1;2\r\n") {
        QVERIFY(TestFiles::write(m_dir->filePath(u"exports/"_s + name), bytes));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeTestOps> m_fake;
    ScriptedDialogs m_dialogs;
};

void TestDesktop::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ExportRunner::CycleSummary>();
}

void TestDesktop::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeTestOps>();
    m_fake->addGroup({17, 937, 26961091, u"API"_s, 40, 0, {}});
    m_fake->addGroup({17, 937, 24545654, u"UI"_s, 20, 0, {}});
    m_fake->queuedPolls = -1;
    QVERIFY(m_fake->listen());
    m_dialogs = ScriptedDialogs();
}

void TestDesktop::cleanup() {
    QFile::remove(DesktopSettings::autostartFile());
}

void TestDesktop::trayMenuOffersEveryAction() {
    TrayController tray;
    QStringList names, texts;
    for (QAction *action : tray.menu()->actions()) {
        if (action->isSeparator())
            continue;
        names.append(action->objectName());
        texts.append(action->text());
    }
    QCOMPARE(names, (QStringList{u"status"_s, u"runNow"_s, u"openWindow"_s, u"openWebPage"_s, u"openFolder"_s,
                                 u"snapshots"_s, u"pause"_s, u"settings"_s, u"quit"_s}));
    QCOMPARE(texts.mid(1), (QStringList{u"Run export now"_s, u"Open exports window"_s, u"Open web page"_s,
                                        u"Open export folder"_s, u"Snapshot browser…"_s, u"Pause schedule"_s,
                                        u"Settings…"_s, u"Quit"_s}));
    // The status header says the state and cannot be clicked.
    auto *status = tray.menu()->findChild<QAction *>(u"status"_s);
    QVERIFY(!status->isEnabled());
    QVERIFY2(status->text().startsWith(u"Not configured"_s), qPrintable(status->text()));
    auto *web = tray.menu()->findChild<QAction *>(u"openWebPage"_s);
    QVERIFY(!web->isVisible()); // no web view to open
    tray.setWebUrl(QUrl(u"http://127.0.0.1:9090/"_s));
    QVERIFY(web->isVisible());
    QCOMPARE(tray.icon()->toolTip().section(u'\n', 1, 1).left(15), u"Not configured:"_s);
}

void TestDesktop::aGroupsRowChangesAloneAndKeepsItsSelection() {
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    QTreeWidget *groups = app.window()->ui()->groupsView;
    QCOMPARE(groups->topLevelItemCount(), 2);
    QTreeWidgetItem *api = groups->topLevelItem(0);
    QTreeWidgetItem *ui = groups->topLevelItem(1);
    QCOMPARE(api->text(0), u"API"_s);
    QCOMPARE(ui->text(0), u"UI"_s);
    QCOMPARE(ui->text(1), u"not exported yet"_s);
    groups->setCurrentItem(ui);
    QSignalSpy said(app.front(), &ExportFront::groupChanged);
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    QCOMPARE(app.front()->runNow(u"test"_s, u"API"_s), RunNowResult::Started);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_VERIFY(api->text(1).startsWith(u"OK, "_s));
    // The front said API's row (queued, exporting, OK, its snapshot), and only API's.
    QVERIFY(said.size() >= 2);
    for (const QList<QVariant> &signal : std::as_const(said))
        QCOMPARE(signal.first().value<GroupView>().status.group.name, u"API"_s);
    // The window changed that row in place: the same two rows, UI's untouched and still the one selected.
    QCOMPARE(groups->topLevelItemCount(), 2);
    QCOMPARE(groups->topLevelItem(0), api);
    QCOMPARE(groups->topLevelItem(1), ui);
    QCOMPARE(groups->currentItem(), ui);
    QCOMPARE(ui->text(1), u"not exported yet"_s);
}

void TestDesktop::trayRunNowExportsAndTheWindowShowsTheFiles() {
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    QVERIFY(app.front()->isConfigured());
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    auto *runNow = app.tray()->menu()->findChild<QAction *>(u"runNow"_s);
    runNow->trigger();
    QVERIFY(app.front()->isRunning());
    QTRY_VERIFY(app.tray()->icon()->toolTip().contains(u"Exporting group"_s));
    QVERIFY(!runNow->isEnabled()); // a second run cannot be started from the menu while one runs
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(app.window()->exportsModel()->rowCount(), 2);
    QCOMPARE(app.window()->exportsModel()->index(0, ExportsModel::RowsColumn).data().toString(), u"20"_s);
    QCOMPARE(app.window()->exportsModel()->index(0, ExportsModel::ResultColumn).data().toString(), u"OK"_s);
    QVERIFY(app.tray()->icon()->toolTip().contains(u"Next export"_s));
    QVERIFY(runNow->isEnabled());
    QCOMPARE(app.window()->ui()->groupsView->topLevelItemCount(), 2);
    QVERIFY(app.window()->ui()->groupsView->topLevelItem(0)->text(1).startsWith(u"OK, "_s));
    // Each group's snapshot follows its export, in a column of its own (this fake stores no cases for them).
    QVERIFY(!app.window()->ui()->groupsView->isColumnHidden(3));
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->ui()->groupsView->topLevelItem(1)->text(3).contains(u"today at"_s),
                             15000);
    QVERIFY2(app.window()->ui()->groupsView->topLevelItem(0)->text(3).startsWith(u"0 test case"_s),
             qPrintable(app.window()->ui()->groupsView->topLevelItem(0)->text(3)));
    // File > Take a snapshot now: of every group, the action off until they end.
    QAction *snapshotNow = app.window()->ui()->actionSnapshotNow;
    QTRY_VERIFY(snapshotNow->isEnabled());
    QSignalSpy snapshotsEnded(app.front()->snapshots(), &SnapshotFront::finished);
    snapshotNow->trigger();
    QVERIFY(!snapshotNow->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(snapshotsEnded.size(), 2, 15000);
    QTRY_VERIFY(snapshotNow->isEnabled());
}

void TestDesktop::changesAndPreviewInTheWindow() {
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // In TestOps meanwhile: 3 test cases of API added, 10 deleted, 16 edited.
    FakeTestOps::Group *api = m_fake->group(26961091);
    api->rows += 3;
    for (qint64 row = 0; row < 26; ++row)
        (row < 10 ? api->edits.removed : api->edits.edited).insert(row);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);

    MainWindow *window = app.window();
    ExportsModel *model = window->exportsModel();
    QTRY_COMPARE(model->rowCount(), 4);
    const auto changesOf = [model](const QString &group, int nth) {
        for (int row = 0, seen = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ExportsModel::GroupRole) == group && seen++ == nth)
                return model->index(row, ExportsModel::ChangesColumn).data().toString();
        }
        return QString();
    };
    QTRY_COMPARE(changesOf(u"API"_s, 0), u"+3 \u221210 ~16"_s);
    QCOMPARE(changesOf(u"API"_s, 1), u"first export"_s);
    QTRY_COMPARE(changesOf(u"UI"_s, 0), u"no changes"_s); // each comparison ends in its own time

    // The change view of the API export.
    window->ui()->exportsView->sortByColumn(ExportsModel::TimeColumn, Qt::DescendingOrder);
    window->ui()->groupFilter->setCurrentIndex(window->ui()->groupFilter->findText(u"API"_s));
    window->ui()->exportsView->selectRow(0);
    QVERIFY(window->ui()->actionShowChanges->isEnabled());
    window->ui()->actionShowChanges->trigger();
    auto *changes = window->findChild<ChangeViewDialog *>();
    QVERIFY(changes);
    QVERIFY2(changes->ui()->titleLabel->text().contains(u"3 added, 10 removed, 16 changed"_s),
             qPrintable(changes->ui()->titleLabel->text()));
    // Titled by group and time, not by file name (which stays in the tooltip).
    QVERIFY2(changes->windowTitle().startsWith(u"Changes in API, "_s) &&
                 !changes->windowTitle().contains(u".csv"_s),
             qPrintable(changes->windowTitle()));
    QVERIFY(!changes->ui()->titleLabel->text().contains(u".csv"_s));
    QVERIFY(changes->ui()->titleLabel->toolTip().startsWith(u"testops_export_API_"_s));
    QCOMPARE(changes->cases()->rowCount(), 29);
    changes->ui()->kindCombo->setCurrentIndex(3); // changed
    QCOMPARE(changes->cases()->rowCount(), 16);
    changes->ui()->casesView->selectRow(0);
    QTableWidget *fields = changes->ui()->fieldsTable;
    QTRY_COMPARE(fields->rowCount(), 1);
    QCOMPARE(fields->item(0, 0)->text(), u"description"_s);
    QCOMPARE(fields->item(0, 1)->text(),
             QString::fromUtf8(CsvGenerator::cell(u"description"_s, 26961091, 10, 0)));
    QCOMPARE(fields->item(0, 2)->text(),
             QString::fromUtf8(CsvGenerator::cell(u"description"_s, 26961091, 10, 1)));
    QVERIFY(fields->rowHeight(0) > fields->fontMetrics().height() * 3 / 2); // both lines of the cell show
    changes->ui()->kindCombo->setCurrentIndex(0);
    changes->ui()->searchEdit->setText(QString::fromUtf8(CsvGenerator::cell(u"allure_id"_s, 26961091, 0, 0)));
    QCOMPARE(changes->cases()->rowCount(), 1); // the removed first case, found by its id
    const auto asked = m_dialogs.questions.size() + m_dialogs.suggestions.size() + m_dialogs.messages.size();
    QTest::keyClick(changes->ui()->searchEdit, Qt::Key_Return); // Enter in the search field is the field's
    QVERIFY(changes->isVisible());
    QCOMPARE(m_dialogs.questions.size() + m_dialogs.suggestions.size() + m_dialogs.messages.size(), asked);
    changes->ui()->casesView->selectRow(0);
    QTRY_VERIFY(fields->rowCount() > 5); // a removed case shows its fields as they were
    QCOMPARE(fields->item(0, 1)->text(),
             QString::fromUtf8(CsvGenerator::cell(u"allure_id"_s, 26961091, 0, 0)));
    // Each case opens in TestOps (a double click, or "Open in TestOps").
    changes->findChild<QAction *>(u"openInTestOps"_s)->trigger();
    QCOMPARE(m_dialogs.opened.last(),
             QUrl(m_fake->url().toString() +
                  u"/project/17/test-cases/%1"_s.arg(FakeTestOps::testCaseId(26961091, 0))));
    changes->close();

    // The preview: the file as a table, columns from its header.
    window->ui()->actionPreview->trigger();
    auto *preview = window->findChild<PreviewDialog *>();
    QVERIFY(preview);
    QCOMPARE(preview->model()->rowCount(), 33);
    QCOMPARE(preview->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), u"name"_s);
    QCOMPARE(preview->model()->index(0, 0).data().toString(),
             QString::fromUtf8(CsvGenerator::cell(u"allure_id"_s, 26961091, 10, 0)));
    QVERIFY(preview->ui()->infoLabel->text().contains(u"33 test cases"_s));
}

void TestDesktop::changeViewPicksABaselineMarksCellsAndSavesAReport() {
    ConfigSources s = sources(u"API=17:937:26961091"_s);
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    FakeTestOps::Group *api = m_fake->group(26961091);
    app.front()->runNow(u"test"_s); // 40 cases
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    api->rows += 3; // then 3 added
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    api->edits.removed = {0, 1}; // then 2 removed and one edited
    api->edits.edited = {5};
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    MainWindow *window = app.window();
    QTRY_COMPARE(window->exportsModel()->rowCount(), 3);
    QTRY_COMPARE(window->exportsModel()->index(0, ExportsModel::ChangesColumn).data().toString(),
                 u"\u22122 ~1"_s);
    window->ui()->exportsView->sortByColumn(ExportsModel::TimeColumn, Qt::DescendingOrder);
    window->ui()->exportsView->selectRow(0);
    window->ui()->actionShowChanges->trigger();
    auto *changes = window->findChild<ChangeViewDialog *>();
    QVERIFY(changes);
    // The baseline: the previous export first, then every earlier one of the group, by date.
    QComboBox *baseline = changes->ui()->baselineCombo;
    QCOMPARE(baseline->count(), 2);
    QVERIFY2(baseline->currentText().endsWith(u"(the previous export)"_s),
             qPrintable(baseline->currentText()));
    QVERIFY(!baseline->itemText(1).contains(u".csv"_s)); // dates, not file names
    QVERIFY(changes->ui()->titleLabel->text().contains(u"0 added, 2 removed, 1 changed"_s));
    QVERIFY(changes->restoreRemovedButton()->isEnabled());
    QSignalSpy compared(changes, &ChangeViewDialog::compared);
    baseline->setCurrentIndex(1); // the first export
    QTRY_COMPARE(compared.size(), 1);
    QVERIFY2(changes->ui()->titleLabel->text().contains(u"3 added, 2 removed, 1 changed"_s),
             qPrintable(changes->ui()->titleLabel->text()));
    QCOMPARE(changes->cases()->rowCount(), 6);
    // Restoring undoes the last export's changes only: not against an older baseline.
    QVERIFY(!changes->restoreRemovedButton()->isEnabled());
    QVERIFY(changes->restoreRemovedButton()->toolTip().contains(u"previous export"_s));
    // Kinds in colours; inside a changed cell, what differs is marked.
    const QModelIndex first = changes->cases()->index(0, 0);
    QCOMPARE(first.data().toString(), u"added"_s);
    QVERIFY(first.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(first.data(Qt::ForegroundRole) != changes->cases()->index(3, 0).data(Qt::ForegroundRole));
    changes->ui()->kindCombo->setCurrentIndex(3); // changed
    changes->ui()->casesView->selectRow(0);
    QTableWidget *fields = changes->ui()->fieldsTable;
    QTRY_COMPARE(fields->rowCount(), 1);
    auto *after = qobject_cast<QLabel *>(fields->cellWidget(0, 2));
    QVERIFY(after);
    QVERIFY2(after->text().contains(u"<span style=\"background-color:"_s), qPrintable(after->text()));
    QVERIFY(QTextDocumentFragment::fromHtml(after->text()).toPlainText() == fields->item(0, 2)->text());
    // The report, as HTML and as CSV, of what is shown.
    m_dialogs.saveTo = m_dir->filePath(u"report.html"_s);
    changes->saveReportButton()->click();
    QFile html(m_dialogs.saveTo);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(u"3 added, 2 removed, 1 changed"_s));
    QCOMPARE(page.count(u"<tr class=\"added\">"_s), 3);
    QVERIFY(page.contains(u"/project/17/test-cases/"_s)); // each case links to TestOps
    m_dialogs.saveTo = m_dir->filePath(u"report.csv"_s);
    changes->saveReportButton()->click();
    QFile csv(m_dialogs.saveTo);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray report = csv.readAll();
    const QList<QByteArray> lines = report.split('\n');
    QCOMPARE(report.count("\r\n"), 1 + 6); // header, six cases (the changed one has one field); cells may
                                           // hold line breaks of their own
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"
                                   "change;id;name;field;before;now;link")); // Excel reads UTF-8
    QVERIFY(page.contains(u"<del>"_s) && page.contains(u"<ins>"_s));         // the values, old beside new
    bool values = false;
    for (const QByteArray &line : lines)
        values = values || (line.startsWith("changed;") && line.contains("description"));
    QVERIFY2(values, report.constData());
    // Back to the previous export: the kept comparison again, and restoring with it.
    baseline->setCurrentIndex(0);
    QTRY_VERIFY(changes->ui()->titleLabel->text().contains(u"0 added, 2 removed, 1 changed"_s));
    QVERIFY(changes->restoreRemovedButton()->isEnabled());
}

void TestDesktop::aRetryIsSaidAlikeInWindowTrayAndPage() {
    ConfigSources s = sources();
    for (auto &[name, value] : s.commandLine) {
        if (name == u"RETRY_DELAYS"_s)
            value = u"10m"_s; // the retry waits ten minutes
        if (name == u"EXPORT_GROUPS"_s)
            value = u"API=17:937:26961091"_s;
    }
    m_fake->addFault(FakeTestOps::Fault::CreateServerError);
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.front()->groups().first().status.state, GroupState::WaitingRetry, 20000);
    const QString words = app.front()->groups().first().stateText;
    QVERIFY2(words.startsWith(u"retry today at "_s) || words.startsWith(u"retry tomorrow at "_s),
             qPrintable(words));
    // The window (the window once said "retry in 9:59", the page "retry at 07:05").
    QTRY_COMPARE(app.window()->ui()->groupsView->topLevelItem(0)->text(1), words);
    // The tray.
    QTRY_VERIFY2(app.tray()->icon()->toolTip().contains(u"API: "_s + words),
                 qPrintable(app.tray()->icon()->toolTip()));
    // The page, which shows what the server says.
    QNetworkReply *reply =
        m_network.get(QNetworkRequest(app.wiring().webUrl().resolved(QUrl(u"/api/status"_s))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    reply->deleteLater();
    const QJsonObject group =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"groups"_s).toArray().first().toObject();
    // The same words, the time as English writes it (the page speaks the browser's language; this app, C's).
    const QTime retry = app.front()->groups().first().status.nextRetry.toLocalTime().time();
    QCOMPARE(group.value(u"stateText"_s).toString(),
             words.section(u" at "_s, 0, 0) + u" at "_s +
                 QLocale(u"en"_s).toString(retry, QLocale::ShortFormat));
    QCOMPARE(group.value(u"details"_s).toString(), app.window()->ui()->groupsView->topLevelItem(0)->text(2));
    app.front()->abort();
}

void TestDesktop::pauseAndResumeFromTheTray() {
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    auto *pause = app.tray()->menu()->findChild<QAction *>(u"pause"_s);
    pause->trigger();
    QVERIFY(app.front()->isPaused());
    QCOMPARE(pause->text(), u"Resume schedule"_s);
    QVERIFY(app.tray()->icon()->toolTip().contains(u"Schedule paused"_s));
    // Paused means no next export: neither the tooltip nor the window names one.
    QVERIFY2(!app.tray()->icon()->toolTip().contains(u"Next export"_s),
             qPrintable(app.tray()->icon()->toolTip()));
    QVERIFY(!app.front()->nextRun().isValid());
    const QString header = app.tray()->menu()->findChild<QAction *>(u"status"_s)->text();
    QVERIFY2(header == app.front()->summary().headline && !header.contains(u"Next export"_s),
             qPrintable(header));
    const QString schedule = app.window()->ui()->scheduleLabel->text();
    QVERIFY2(schedule.contains(u"paused"_s) && !schedule.contains(u"next export"_s), qPrintable(schedule));
    pause->trigger();
    QVERIFY(!app.front()->isPaused());
    QCOMPARE(pause->text(), u"Pause schedule"_s);
    QVERIFY(app.front()->nextRun().isValid());
    QVERIFY(app.window()->ui()->scheduleLabel->text().contains(u"next export"_s));
    // The window pauses too (File menu), and says the schedule in the words it was picked in.
    QAction *windowPause = app.window()->ui()->actionPause;
    QVERIFY(windowPause->isEnabled());
    windowPause->trigger();
    QVERIFY(app.front()->isPaused());
    QCOMPARE(windowPause->text(), u"Resu&me schedule"_s);
    QCOMPARE(pause->text(), u"Resume schedule"_s); // the tray's says the same
    windowPause->trigger();
    QVERIFY(!app.front()->isPaused());
    QVERIFY2(app.window()->ui()->scheduleLabel->text().startsWith(
                 u"Schedule: every day at %1 ("_s.arg(QLocale().toString(QTime(7, 0), QLocale::ShortFormat))),
             qPrintable(app.window()->ui()->scheduleLabel->text()));
}

void TestDesktop::groupsSetElsewhereAreShownNotEdited() {
    // EXPORT_GROUPS from .env (here: the environment) wins: the table says so, and nothing offers to change
    // it.
    ConfigSources s = sources();
    s.commandLine.removeIf([](const auto &setting) { return setting.first == u"EXPORT_GROUPS"_s; });
    s.environment.insert(u"EXPORT_GROUPS"_s, u"API=17:937:26961091"_s);
    SettingsDialog dialog(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    QVERIFY(!dialog.ui()->addGroupButton->isEnabled());
    QVERIFY(!dialog.ui()->removeGroupButton->isEnabled());
    QVERIFY(!dialog.ui()->browseButton->isEnabled());
    QVERIFY2(dialog.ui()->groupsHelp->text().startsWith(
                 u"These groups come from the environment (EXPORT_GROUPS)"_s),
             qPrintable(dialog.ui()->groupsHelp->text()));
    QCOMPARE(dialog.ui()->groupsTable->rowCount(), 1);
}

void TestDesktop::helpMenuAndANewUsersHeadline() {
    // Nothing connected: the headline says what to do, not which variable is missing.
    ConfigSources empty;
    empty.settingsFile = m_dir->filePath(u"empty.ini"_s);
    DesktopApp app(empty, nullptr, &m_dialogs);
    app.start();
    const QString headline = app.window()->ui()->headlineLabel->text();
    QVERIFY2(headline.contains(u"not connected to TestOps yet: Help → Welcome"_s) &&
                 !headline.contains(u"TESTOPS_BASE_URL"_s),
             qPrintable(headline));
    QVERIFY(!app.window()->ui()->actionPause->isEnabled());
    // Help: the welcome again, and About.
    if (auto *open = app.window()->findChild<QWizard *>())
        open->close();
    app.window()->ui()->actionWelcome->trigger();
    QTRY_VERIFY(app.window()->findChild<QWizard *>() && app.window()->findChild<QWizard *>()->isVisible());
    app.window()->ui()->actionAbout->trigger();
    QVERIFY2(m_dialogs.messages.last().startsWith(u"TestOps Export "_s),
             qPrintable(m_dialogs.messages.last()));
}

void TestDesktop::withoutATrayTheWindowStaysAndCloseMinimises() {
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    QVERIFY(app.window()->isVisible());
    QVERIFY(!app.tray()->isShown());
    app.window()->close();
    QVERIFY(app.window()->isVisible()); // never hidden where nothing could bring it back
    QTRY_VERIFY(app.window()->isMinimized());
    // The tray menu's "Open exports window" brings it back.
    app.tray()->menu()->findChild<QAction *>(u"openWindow"_s)->trigger();
    QVERIFY(!app.window()->isMinimized());
}

void TestDesktop::notConfiguredOpensTheWindowWithSettings() {
    ConfigSources empty;
    empty.settingsFile = m_dir->filePath(u"none.ini"_s);
    DesktopApp app(empty, nullptr, &m_dialogs);
    app.start();
    QVERIFY(!app.front()->isConfigured());
    QVERIFY(app.window()->isVisible());
    QVERIFY(app.window()->ui()->headlineLabel->text().startsWith(
        u"Not configured: not connected to TestOps yet: Help → Welcome connects it in three steps"_s));
    QCOMPARE(app.window()->ui()->runNowButton->text(), u"Settings…"_s);
    // Nothing set anywhere: the first run's welcome opens over the window, and Settings… comes back to it.
    auto *wizard = app.window()->findChild<WelcomeWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->hide();
    app.window()->ui()->runNowButton->click();
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(app.window()->findChildren<WelcomeWizard *>().size(), 1);
    // For whoever wants every setting at once.
    wizard->button(QWizard::CustomButton1)->click();
    QTRY_VERIFY(app.window()->findChild<SettingsDialog *>());
}

void TestDesktop::welcomeConnectsInThreeStepsAndRunsTheFirstExport() {
    ConfigSources s;
    s.settingsFile = m_dir->filePath(u"welcome.ini"_s);
    s.defaults.insert(u"EXPORT_PATH"_s, m_dir->filePath(u"exports"_s));
    s.commandLine = {{u"WEB_PORT"_s, u"0"_s}};
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    auto *wizard = app.window()->findChild<WelcomeWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::AddressPage));
    QPushButton *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
    // Step 1: nothing judged before the user typed; then a clear word, and Next only for an address.
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->addressProblem()->isHidden());
    QTest::keyClicks(wizard->addressEdit(), u"ftp://testops"_s);
    QVERIFY(!wizard->addressProblem()->isHidden());
    QVERIFY2(wizard->addressProblem()->text().contains(u"Expected"_s),
             qPrintable(wizard->addressProblem()->text()));
    QVERIFY(!next->isEnabled());
    wizard->addressEdit()->clear();
    QTest::keyClicks(wizard->addressEdit(), m_fake->url().toString());
    QVERIFY(wizard->addressProblem()->isHidden());
    QVERIFY(next->isEnabled());
    next->click();
    // Step 2: the token is asked of TestOps before going on; a wrong one says so and stays.
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::TokenPage));
    QVERIFY(!next->isEnabled());
    QSignalSpy checked(wizard, &WelcomeWizard::tokenChecked);
    QTest::keyClicks(wizard->tokenEdit(), u"not-the-token"_s);
    next->click();
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.takeFirst().at(0).toBool(), false);
    QCOMPARE(wizard->currentId(), int(WelcomeWizard::TokenPage));
    QVERIFY2(wizard->tokenStatus()->text().contains(u"token"_s, Qt::CaseInsensitive),
             qPrintable(wizard->tokenStatus()->text()));
    QVERIFY(!wizard->tokenStatus()->text().contains(u"not-the-token"_s)); // no secret on screen
    QVERIFY2(wizard->tokenStatus()->text().startsWith(u"TestOps refused this token (HTTP 401)"_s) &&
                 !wizard->tokenStatus()->text().contains(u"TESTOPS_"_s),
             qPrintable(wizard->tokenStatus()->text()));
    // Changed while TestOps is being asked: that answer no longer counts, and Next asks again.
    wizard->tokenEdit()->setText(u"not-the-token-either"_s);
    next->click();
    QVERIFY(!next->isEnabled()); // asking
    wizard->tokenEdit()->setText(m_fake->apiToken);
    QVERIFY(next->isEnabled());
    next->click();
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.takeFirst().at(0).toBool(), true);
    QTest::qWait(50);
    QCOMPARE(checked.size(), 0); // the forgotten answer never arrived
    // Step 3: the live tree; several groups ticked at once.
    QTRY_COMPARE(wizard->currentId(), int(WelcomeWizard::GroupsPage));
    QPushButton *finish = qobject_cast<QPushButton *>(wizard->button(QWizard::FinishButton));
    Ui::TreeBrowser *tree = wizard->treeBrowser()->ui();
    QTRY_COMPARE(tree->groupsTree->topLevelItemCount(), 3);
    QVERIFY(!finish->isEnabled()); // nothing chosen yet
    QCOMPARE(wizard->chosenLabel()->text(), u"No group chosen yet."_s);
    tree->groupsTree->topLevelItem(0)->setCheckState(0, Qt::Checked);
    tree->groupsTree->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QVERIFY2(wizard->chosenLabel()->text().startsWith(u"2 group"_s) &&
                 wizard->chosenLabel()->text().endsWith(u" chosen: API, UI"_s),
             qPrintable(wizard->chosenLabel()->text()));
    QVERIFY(finish->isEnabled());
    QCOMPARE(QDir::fromNativeSeparators(wizard->folderEdit()->text()), m_dir->filePath(u"exports"_s));
    QVERIFY2(mnemonicProblems(wizard).isEmpty(), qPrintable(mnemonicProblems(wizard).join(u"; "_s)));
    QVERIFY(wizard->runNowCheck()->isChecked());
    // No setting names or id syntax in front of the user on any page.
    for (const QLabel *label : wizard->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"TESTOPS_"_s) && !label->text().contains(u"EXPORT_"_s) &&
                     !label->text().contains(u"PROJECT_ID"_s),
                 qPrintable(label->text()));
    }
    finish->click();
    // Saved, applied, and the first export runs at once.
    QTRY_VERIFY(app.front()->isConfigured());
    QCOMPARE(app.config().config.groups.size(), 2);
    QCOMPARE(app.config().config.groups.at(1).groupId, 24545654);
    QCOMPARE(QSettings(s.settingsFile, QSettings::IniFormat).value(u"EXPORT_GROUPS"_s).toString(),
             u"API=17:937:26961091,UI=17:937:24545654"_s);
    QTRY_COMPARE_WITH_TIMEOUT(QDir(m_dir->filePath(u"exports"_s)).entryList({u"*.csv"_s}).size(), 2, 15000);
    QTRY_VERIFY(!app.front()->isRunning());
}

void TestDesktop::modelFollowsFilesWrittenByOthers() {
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    ExportsModel model;
    model.setSource(folder.front());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ExportsModel::ResultColumn).data().toString(), u"not in the journal"_s);
    touch(u"testops_export_UI_2026-11-21_07-00-00.csv"_s); // another process writes a file
    QTRY_COMPARE(model.rowCount(), 2);
    QFile::remove(m_dir->filePath(u"exports/testops_export_API_2026-11-20_07-00-00.csv"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ExportsModel::GroupColumn).data().toString(), u"UI"_s);
}

void TestDesktop::selectionKeptAndNewRowsInBold() {
    const QString older = u"testops_export_UI_2026-11-19_07-00-00.csv"_s;
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    touch(older);
    MainWindow window(&m_dialogs);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    window.setFront(folder.front());
    window.show();
    QTableView *view = window.ui()->exportsView;
    ExportsFilterModel *proxy = window.exportsProxy();
    const auto rowOf = [proxy](const QString &name) {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(ExportsModel::FileNameRole).toString() == name)
                return row;
        }
        return -1;
    };
    const auto isNew = [proxy, &rowOf](const QString &name) {
        const QModelIndex index = proxy->index(rowOf(name), ExportsModel::GroupColumn);
        return index.data(ExportsModel::IsNewRole).toBool() && index.data(Qt::FontRole).value<QFont>().bold();
    };
    QCOMPARE(proxy->rowCount(), 2);
    QVERIFY(!isNew(older)); // what was there when the window opened is not new
    view->selectRow(rowOf(older));
    QCOMPARE(rowOf(older), 1);

    const QString newest = u"testops_export_API_2026-11-21_07-00-00.csv"_s;
    touch(newest); // an export arrives at the top: the rows shift and are replaced
    QTRY_COMPARE(proxy->rowCount(), 3);
    QCOMPARE(rowOf(older), 2);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1); // the user's selection stayed on its file
    QCOMPARE(selected.first().data(ExportsModel::FileNameRole).toString(), older);
    QVERIFY(isNew(newest));
    QVERIFY(!isNew(older));

    window.hide(); // seen: no longer new
    QVERIFY(!isNew(newest));
}

void TestDesktop::previewFitsFindsAndShowsACell() {
    // 1,200 test cases: more than the preview reads at first; a long description with two lines in each.
    QByteArray csv = "allure_id;name;description\r\n";
    const QByteArray longText = "Step one: open the login page and type a long enough description here\n"
                                "Step two: press Enter and wait for the dashboard to appear on the screen";
    for (int row = 1; row <= 1200; ++row) // ids unlike the rows' numbers, as TestOps's are
        csv += QByteArray::number(1700000 + row) + ";Login " + QByteArray::number(row) + ";\"" +
               (row == 1100 ? QByteArray("the needle is here") : longText) + "\"\r\n";
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, csv);
    PreviewDialog preview(m_dir->filePath(u"exports/testops_export_API_2026-11-20_07-00-00.csv"_s), ';');
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTableView *view = preview.ui()->tableView;
    QVERIFY(preview.model()->rowCount() < 1100); // the row to find is not read yet
    // Columns fitted: the ids narrow, the descriptions bounded.
    QVERIFY2(view->columnWidth(0) >= 60 && view->columnWidth(0) < 180,
             qPrintable(QString::number(view->columnWidth(0))));
    QVERIFY2(view->columnWidth(2) <= 360 && view->columnWidth(2) > view->columnWidth(1),
             qPrintable(QString::number(view->columnWidth(2))));

    // Find reads on through the file to the cell, and says so when no cell has the text.
    QSignalSpy finished(&preview, &PreviewDialog::findFinished);
    preview.ui()->findEdit->setText(u"NEEDLE"_s);
    QTest::keyClick(preview.ui()->findEdit, Qt::Key_Return);
    QVERIFY(preview.isVisible()); // Enter finds; it does not close the preview
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QCOMPARE(view->currentIndex().row(), 1099);
    QCOMPARE(view->currentIndex().column(), 2);
    QVERIFY(preview.ui()->findStatus->text().isEmpty());
    preview.ui()->findEdit->setText(u"Login 7"_s);
    preview.findNext(u"Login 7"_s); // after the current cell, wrapping to the start
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QCOMPARE(view->currentIndex().row(), 6);
    preview.findNext(u"not in this file"_s);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QCOMPARE(preview.ui()->findStatus->text(), u"No cell contains “not in this file”."_s);

    // A cell's whole text, both lines, in a window of its own (Enter or a double click).
    view->setCurrentIndex(preview.model()->index(0, 2));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(preview.findChild<QDialog *>(u"cellViewer"_s));
    auto *viewer = preview.findChild<QDialog *>(u"cellViewer"_s);
    QCOMPARE(viewer->findChild<QPlainTextEdit *>(u"cellText"_s)->toPlainText(), QString::fromUtf8(longText));
    QCOMPARE(viewer->windowTitle(), u"description of test case 1700001"_s); // its id, not its row
}

void TestDesktop::findInALargeExportLeavesTheWindowResponsive() {
    // 30,000 test cases (a few MB): Find reads and searches a slice of rows at a time, the window answering
    // between two; it says how far it got, Esc stops it (and only the next Esc closes), Close closes.
    QByteArray csv = "allure_id;name;description\r\n";
    for (int row = 1; row <= 30000; ++row)
        csv += QByteArray::number(row) + ";Case " + QByteArray::number(row) + ";\"" +
               (row == 29000 ? QByteArray("the needle")
                             : QByteArray("steps of case ") + QByteArray::number(row)) +
               "\"\r\n";
    touch(u"testops_export_API_2026-11-21_07-00-00.csv"_s, csv);
    auto *preview =
        new PreviewDialog(m_dir->filePath(u"exports/testops_export_API_2026-11-21_07-00-00.csv"_s), ';');
    QPointer<PreviewDialog> alive = preview;
    preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    QTableView *view = preview->ui()->tableView;
    QSignalSpy finished(preview, &PreviewDialog::findFinished);
    int turns = 0; // of the event loop while the search runs
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { turns += preview->isFinding() ? 1 : 0; });
    ticker.start(0);

    preview->ui()->findEdit->setText(u"needle"_s);
    QTest::keyClick(preview->ui()->findEdit, Qt::Key_Return);
    QVERIFY(preview->isFinding()); // under way, not done within the key press
    QVERIFY2(preview->ui()->findStatus->text().startsWith(u"Searching"_s),
             qPrintable(preview->ui()->findStatus->text()));
    QSignalSpy progress(preview, &PreviewDialog::findProgress);
    QVERIFY(progress.wait(5000)); // a slice searched: how far it got
    QVERIFY(preview->isFinding());
    QCOMPARE(preview->ui()->findStatus->text(),
             u"Searching… test case %1"_s.arg(QLocale().toString(progress.constLast().at(0).toInt())));
    QTest::keyClick(preview->ui()->findEdit, Qt::Key_Escape); // stops the search, the preview stays
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QCOMPARE(preview->ui()->findStatus->text(), u"Search stopped."_s);
    QVERIFY(preview->isVisible());
    QVERIFY(view->currentIndex().row() < 28000);

    QTest::keyClick(preview->ui()->findEdit, Qt::Key_Return); // again, to the end
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QCOMPARE(view->currentIndex().row(), 28999);
    QVERIFY2(turns >= 10, qPrintable(QString::number(turns))); // 30,000 rows in slices of 2,000
    ticker.stop();

    preview->findNext(u"not there"_s);
    QVERIFY(preview->isFinding());
    preview->ui()->buttons->button(QDialogButtonBox::Close)->click(); // Close closes, searching or not
    QTRY_VERIFY(!alive);
}

void TestDesktop::secondsWhenExportsShareAMinute() {
    // A locale whose short times have no seconds (the C locale's have them always).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    touch(u"testops_export_API_2026-11-20_07-00-05.csv"_s);
    touch(u"testops_export_UI_2026-11-20_07-00-41.csv"_s);
    touch(u"testops_export_API_2026-11-21_07-00-00.csv"_s);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    ExportsModel model;
    model.setSource(folder.front());
    QCOMPARE(model.rowCount(), 3);
    QStringList times;
    for (int row = 0; row < model.rowCount(); ++row) {
        QDateTime utc = QDateTime::fromString(
            model.index(row, 0).data(ExportsModel::FileNameRole).toString().right(23).left(19),
            u"yyyy-MM-dd_HH-mm-ss"_s);
        utc.setTimeZone(QTimeZone::utc());
        const QDateTime local = utc.toLocalTime();
        const QString shown = model.index(row, ExportsModel::TimeColumn).data().toString();
        if (utc.date().day() == 20) // the two of 7:00 on the 20th are told apart by their seconds
            QVERIFY2(shown.contains(local.toString(u":mm:ss"_s)), qPrintable(shown));
        else // the one of the 21st needs none
            QCOMPARE(shown, QLocale().toString(local, QLocale::ShortFormat));
        times << shown;
    }
    QCOMPARE(QSet<QString>(times.cbegin(), times.cend()).size(), 3);
}

void TestDesktop::filterAndSort() {
    touch(u"testops_export_API_2026-11-19_07-00-00.csv"_s, QByteArray(300, 'x'));
    touch(u"testops_export_API_2026-11-21_07-00-00.csv"_s, QByteArray(100, 'x'));
    touch(u"testops_export_UI_2026-11-20_07-00-00.csv"_s, QByteArray(200, 'x'));
    MainWindow window(&m_dialogs);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    ExportsModel *model = window.exportsModel();
    model->setSource(folder.front());
    ExportsFilterModel *proxy = window.exportsProxy();
    const auto column = [proxy](int c) {
        QStringList values;
        for (int row = 0; row < proxy->rowCount(); ++row)
            values.append(proxy->index(row, c).data(ExportsModel::FileNameRole).toString().mid(15, 14));
        return values;
    };
    // Newest first by default.
    QCOMPARE(column(0), (QStringList{u"API_2026-11-21"_s, u"UI_2026-11-20_"_s, u"API_2026-11-19"_s}));
    window.ui()->exportsView->sortByColumn(ExportsModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(column(0), (QStringList{u"API_2026-11-21"_s, u"UI_2026-11-20_"_s, u"API_2026-11-19"_s}));
    window.ui()->exportsView->sortByColumn(ExportsModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(column(0), (QStringList{u"API_2026-11-19"_s, u"UI_2026-11-20_"_s, u"API_2026-11-21"_s}));
    QCOMPARE(window.ui()->groupFilter->count(), 3); // all, API, UI
    window.ui()->groupFilter->setCurrentIndex(window.ui()->groupFilter->findData(u"UI"_s));
    QCOMPARE(proxy->rowCount(), 1);
    window.ui()->groupFilter->setCurrentIndex(0);
    window.ui()->searchEdit->setText(u"11-19"_s);
    QCOMPARE(proxy->rowCount(), 1);
}

void TestDesktop::theWindowSaysWhichTierKeepsAnExport() {
    for (const char *at :
         {"2026-11-29_07-00-00", "2026-11-30_07-00-00", "2026-12-01_07-00-00", "2026-12-01_19-00-00"})
        touch(u"testops_export_API_%1.csv"_s.arg(QLatin1StringView(at)));
    RetentionKeep keep;
    keep.daily = 2;
    keep.weekly = 2;
    MainWindow window(&m_dialogs);
    FolderFront tiers(m_dir->filePath(u"exports"_s), 30, keep);
    window.setFront(tiers.front());
    window.show();
    const QAbstractItemModel *model = window.ui()->exportsView->model();
    QTRY_COMPARE(model->rowCount(), 4);
    QVERIFY(!window.ui()->exportsView->isColumnHidden(ExportsModel::KeptColumn));
    QCOMPARE(model->headerData(ExportsModel::KeptColumn, Qt::Horizontal).toString(), u"Kept"_s);
    QStringList said;
    for (int row = 0; row < 4; ++row)
        said.append(model->index(row, ExportsModel::KeptColumn).data().toString());
    QCOMPARE(said, QStringList(
                       {u"newest of its group"_s, u"goes at the next retention"_s, u"daily"_s, u"weekly"_s}));

    // RETENTION_DAYS=0 keeps everything: the column is not shown.
    FolderFront keepsAll(m_dir->filePath(u"exports"_s), 0);
    window.setFront(keepsAll.front());
    QTRY_VERIFY(window.ui()->exportsView->isColumnHidden(ExportsModel::KeptColumn));
    window.setFront(nullptr);
}

void TestDesktop::verifyFromTheWindow() {
    MainWindow window(&m_dialogs);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    window.setFront(folder.front());
    window.show();
    QVERIFY(window.ui()->actionVerify->isEnabled());
    const qsizetype before = m_dialogs.messages.size();
    window.ui()->actionVerify->trigger();
    QTRY_COMPARE(m_dialogs.messages.size(), before + 1);
    QCOMPARE(m_dialogs.messages.last(), u"There are no exports to verify yet."_s);

    // A file the journal never recorded (copied in by hand) is named, read off the event loop.
    touch(u"testops_export_API_2026-11-21_07-00-00.csv"_s, "allure_id;name\r\n1;a\r\n");
    window.ui()->actionVerify->trigger();
    QVERIFY(!window.ui()->actionVerify->isEnabled()); // while it reads
    QTRY_COMPARE(m_dialogs.messages.size(), before + 2);
    QVERIFY(window.ui()->actionVerify->isEnabled());
    QVERIFY2(m_dialogs.messages.last().startsWith(u"1 of 1 exports are not as they were written:"_s),
             qPrintable(m_dialogs.messages.last()));
    QVERIFY(m_dialogs.messages.last().contains(u"UNRECORDED  testops_export_API_2026-11-21_07-00-00.csv"_s));
    window.setFront(nullptr);
}

void TestDesktop::fileActions() {
    const QString name = u"testops_export_API_2026-11-21_07-00-00.csv"_s;
    touch(name, "allure_id;name\r\n1;Проверка\r\n");
    const QString path = m_dir->filePath(u"exports/"_s + name);
    MainWindow window(&m_dialogs);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    window.setFront(folder.front());
    window.show();
    QVERIFY(!window.ui()->actionOpen->isEnabled()); // nothing selected
    window.ui()->exportsView->selectRow(0);
    QCOMPARE(window.selectedPath(), path);
    QVERIFY(window.ui()->actionOpen->isEnabled());

    window.ui()->actionOpen->trigger();
    QCOMPARE(m_dialogs.opened.last(), QUrl::fromLocalFile(path));
    window.ui()->actionShowInFolder->trigger();
    QCOMPARE(m_dialogs.opened.last(), QUrl::fromLocalFile(m_dir->filePath(u"exports"_s)));
    window.ui()->actionCopyPath->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), path);

    m_dialogs.saveTo = m_dir->filePath(u"copy.csv"_s);
    window.ui()->actionSaveCopy->trigger();
    QVERIFY(m_dialogs.suggestions.last().endsWith(name));
    QFile copy(m_dialogs.saveTo);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("allure_id;name\r\n1;Проверка\r\n"));

    m_dialogs.answerYes = false;
    window.ui()->actionDelete->trigger();
    QVERIFY(m_dialogs.questions.last().contains(name));
    QVERIFY(QFile::exists(path));
    m_dialogs.answerYes = true;
    window.ui()->actionDelete->trigger();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(window.exportsModel()->rowCount(), 0);
    // The journal says who deleted it (retention does not): the trail of what left the backup.
    QFile journal(ExportService::dataFolder(folder.service()->config()) + u"/history.jsonl"_s);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QJsonObject record =
        QJsonDocument::fromJson(journal.readAll().trimmed().split('\n').last()).object();
    QCOMPARE(record.value(u"type"_s).toString(), u"delete"_s);
    QCOMPARE(record.value(u"file"_s).toString(), name);
    QCOMPARE(record.value(u"by"_s).toString(), u"user"_s);
    QCOMPARE(record.value(u"s3Kept"_s).toBool(), false); // S3 is off here; tst_s3 deletes with it on
}

void TestDesktop::windowComparisonIsBounded() {
    // Two exports of 4 GiB together take minutes to read: the window says so instead of reading them. The
    // large one is sparse, so it costs no disk.
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "allure_id;name\r\n1;a\r\n");
    const QString large = u"testops_export_API_2026-11-21_07-00-00.csv"_s;
    touch(large, "allure_id;name\r\n1;a\r\n");
    QFile file(m_dir->filePath(u"exports/"_s + large));
    QVERIFY(file.resize(ChangeViewDialog::maxComparedBytes));
    FolderFront folder(m_dir->filePath(u"exports"_s));
    folder.front()->refreshExports();
    QTRY_COMPARE(folder.front()->exports().size(), 2);
    ChangeViewDialog changes(folder.front(), large);
    const QString title = changes.ui()->titleLabel->text();
    QVERIFY2(title.contains(u"too large to compare"_s) &&
                 title.contains(QLocale().formattedDataSize(ChangeViewDialog::maxComparedBytes)),
             qPrintable(title));
    QCOMPARE(changes.cases()->rowCount(), 0);
    QVERIFY(!changes.saveReportButton()->isEnabled());
    // Within the bound, the same two are compared.
    file.close();
    touch(large, "allure_id;name\r\n1;b\r\n");
    folder.front()->refreshExports();
    QTRY_VERIFY(folder.front()->exportNamed(large) && folder.front()->exportNamed(large)->file.bytes < 100);
    ChangeViewDialog smaller(folder.front(), large);
    QSignalSpy compared(&smaller, &ChangeViewDialog::compared);
    QTRY_COMPARE(compared.size(), 1);
    QVERIFY2(smaller.ui()->titleLabel->text().contains(u"0 added, 0 removed, 1 changed"_s),
             qPrintable(smaller.ui()->titleLabel->text()));
}

void TestDesktop::settingsRejectInvalidInputInPlace() {
    const LoadedConfig current = ConfigLoader::load(sources());
    ConfigSources fileOnly;
    fileOnly.settingsFile = m_dir->filePath(u"s.ini"_s);
    SettingsDialog dialog(ConfigLoader::load(fileOnly), nullptr, m_clock, &m_network);
    Ui::SettingsDialog *ui = dialog.ui();
    QPushButton *save = ui->buttons->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // nothing filled in yet
    ui->baseUrlEdit->setText(u"testops.example.com"_s);
    QVERIFY(dialog.problems().join(u'\n').contains(u"TestOps address: not an http:// or https:// address"_s));
    QVERIFY(!ui->baseUrlEdit->styleSheet().isEmpty());
    ui->baseUrlEdit->setText(u"https://testops.example.com"_s);
    QVERIFY(ui->baseUrlEdit->styleSheet().isEmpty());
    ui->tokenEdit->setText(u"abcdefgh12345678"_s);
    ui->addGroupButton->click();
    const int row = ui->groupsTable->rowCount() - 1;
    ui->groupsTable->item(row, 0)->setText(u"API"_s);
    ui->groupsTable->item(row, 1)->setText(u"17"_s);
    ui->groupsTable->item(row, 2)->setText(u"937"_s);
    ui->groupsTable->item(row, 3)->setText(u"x26961091"_s);
    QVERIFY2(dialog.problems().join(u'\n').contains(
                 u"Groups: group API: \"x26961091\" is not a positive whole number"_s),
             qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!save->isEnabled());
    ui->groupsTable->item(row, 3)->setText(u"26961091"_s);
    ui->presetCombo->setCurrentIndex(ui->presetCombo->count() - 1); // custom, in cron
    QVERIFY(!ui->cronEdit->isHidden());
    ui->cronEdit->setText(u"0 25 * * *"_s);
    QVERIFY(dialog.problems().join(u'\n').contains(u"Cron expression: hour: 25 is outside 0-23"_s));
    QVERIFY(!save->isEnabled());
    ui->cronEdit->setText(u"30 6 * * 1-5"_s);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(save->isEnabled());
    QCOMPARE(ui->cronPreview->text().count(u'\n'), 5); // a heading and five runs
    Q_UNUSED(current);
}

void TestDesktop::snapshotBrowserShowsACaseAndWhatChanged() {
    const QList<qint64> ids = m_fake->addModelGroup(17, 937, 2001, u"Stored"_s, 4);
    ConfigSources s = sources(u"Stored=17:937:2001"_s);
    s.commandLine.append({u"SNAPSHOT_KEEP"_s, QString()}); // two of the same day, both kept
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    SnapshotFront *snapshots = app.front()->snapshots();
    QSignalSpy idle(snapshots, &SnapshotFront::idle);
    QCOMPARE(snapshots->takeNow({}, false), QString());
    QVERIFY(idle.wait(15000));
    m_fake->model.rewriteSteps(ids[1], {u"Open the page 2"_s, u"A step written later"_s});
    QTest::qWait(1100); // a snapshot's id is its second
    QCOMPARE(snapshots->takeNow({}, false), QString());
    QVERIFY(idle.wait(15000));

    // From the tray, as from File: the window comes up with the browser.
    app.tray()->menu()->findChild<QAction *>(u"snapshots"_s)->trigger();
    auto *browser = app.window()->findChild<SnapshotBrowser *>(u"snapshotBrowser"_s);
    QVERIFY(browser);
    QCOMPARE(browser->groupBox()->currentText(), u"Stored"_s);
    QCOMPARE(browser->snapshotBox()->count(), 2);
    // Each by its time to the second, in the user's format: hours, minutes, seconds, once.
    QCOMPARE(browser->snapshotBox()->itemText(0).count(u':'), 2);
    QCOMPARE(browser->caseItems().size(), 4);
    // A tree by the cases' paths below the group: the sub-group a case sits in is its node.
    QTreeWidgetItem *inSub = nullptr;
    for (QTreeWidgetItem *item : browser->caseItems())
        inSub = item->parent() ? item : inSub;
    QVERIFY(inSub);
    QCOMPARE(inSub->parent()->text(0), u"Stored / part 1"_s);
    // It opens ready to find: what is typed narrows the list and shows the first case found; Down and Up
    // walk the cases found; Return goes to the list.
    QCOMPARE(browser->focusWidget(), browser->searchBox());
    // Before a case is picked, its pane says what to do rather than stay blank.
    const QTextEdit *pane = browser->findChild<QTextEdit *>();
    QVERIFY(pane->document()->isEmpty());
    QVERIFY2(pane->placeholderText().startsWith(u"Pick a test case"_s), qPrintable(pane->placeholderText()));
    const auto shownIds = [browser] {
        QList<qint64> shown;
        for (QTreeWidgetItem *item : browser->caseItems()) {
            if (!item->isHidden())
                shown.append(item->data(0, Qt::UserRole).toLongLong());
        }
        return shown;
    };
    const auto currentId = [browser] {
        const QTreeWidgetItem *item = browser->caseList()->currentItem();
        return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    };
    QTest::keyClicks(browser->searchBox(), u"case"_s); // "Stored: case N": all four
    QCOMPARE(shownIds().size(), 4);
    QCOMPARE(currentId(), shownIds()[0]);
    QTest::keyClick(browser->searchBox(), Qt::Key_Down);
    QCOMPARE(currentId(), shownIds()[1]);
    QTest::keyClick(browser->searchBox(), Qt::Key_Up);
    QTest::keyClick(browser->searchBox(), Qt::Key_Up); // stays on the first
    QCOMPARE(currentId(), shownIds()[0]);
    // What Restore acts on is what the list shows selected: a case the search hides is not selected (nor
    // selected again when the search is cleared).
    browser->searchBox()->clear();
    browser->caseList()->selectAll();
    const qint64 kept = currentId();
    QTest::keyClicks(browser->searchBox(), QString::number(kept));
    QCOMPARE(currentId(), kept);
    QCOMPARE(browser->caseList()->selectionModel()->selectedRows().size(), 1); // hidden ones too
    QCOMPARE(browser->caseList()->selectedItems()[0]->data(0, Qt::UserRole).toLongLong(), kept);
    browser->searchBox()->clear();
    QTest::keyClicks(browser->searchBox(), QString::number(ids[1]));
    QCOMPARE(shownIds(), QList<qint64>{ids[1]});
    QCOMPARE(currentId(), ids[1]);
    QCOMPARE(browser->caseList()->selectedItems().size(), 1);
    QTest::keyClick(browser->searchBox(), Qt::Key_Return);
    QCOMPARE(browser->focusWidget(), browser->caseList());
    QVERIFY(browser->isVisible()); // Return did not press a button of the dialog
    QStringList lines = browser->shownLines();
    QVERIFY2(lines.value(0).startsWith(QString::number(ids[1]) + u"  "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"  2. A step written later"_s), qPrintable(lines.join(u'\n')));
    // Compared with the snapshot before: the steps as they were, struck, and as they are.
    browser->compareBox()->setCurrentIndex(1);
    lines = browser->shownLines();
    QVERIFY2(lines.contains(u"-   2. Fill the form"_s) && lines.contains(u"+   2. A step written later"_s),
             qPrintable(lines.join(u'\n')));
    // The words that changed inside a line stand out (bold), the rest of the line does not.
    QStringList bold;
    for (QTextBlock block = browser->findChild<QTextEdit *>()->document()->begin(); block.isValid();
         block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().fontWeight() == QFont::Bold)
                bold.append(fragment.fragment().text());
        }
    }
    QVERIFY2(bold.contains(u"Fill the form"_s) && bold.contains(u"A step written later"_s),
             qPrintable(bold.join(u" | "_s)));
    // Its attachments, as kept: saved where the user says, byte for byte.
    const FakeCaseModel::Case &stored = m_fake->model.cases()[ids[1]];
    QCOMPARE(browser->attachmentList()->count(), stored.attachments.size());
    browser->attachmentList()->setCurrentRow(0);
    QVERIFY(browser->saveAttachmentButton()->isEnabled());
    m_dialogs.saveTo = m_dir->filePath(u"saved.bin"_s);
    browser->saveAttachmentButton()->click();
    QFile saved(m_dialogs.saveTo);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), stored.attachments.first().bytes);
    QVERIFY(m_dialogs.suggestions.last().endsWith(stored.attachments.first().name));
    browser->openAttachmentButton()->click();
    QVERIFY(m_dialogs.opened.last().toLocalFile().endsWith(stored.attachments.first().name));
    if (const QString artifacts = qEnvironmentVariable("ARTIFACTS"); !artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        browser->grab().save(artifacts + u"/snapshot-browser-compare.png"_s);
    }

    // The older snapshot, the case selected, Restore in TestOps…: the plan, then its steps put back.
    browser->snapshotBox()->setCurrentIndex(1);
    QVERIFY(browser->restoreButton()->isVisible());
    QVERIFY(browser->caseList()->currentItem()->isSelected());
    QVERIFY(browser->restoreButton()->isEnabled());
    browser->restoreButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(browser->restorePlan(), 10000);
    PlanDialog *plan = browser->restorePlan();
    QCOMPARE(plan->counts()->text(), u"1 row(s): 1 to write"_s);
    QVERIFY2(plan->text().contains(u"Put back: scenario"_s), qPrintable(plan->text()));
    QVERIFY(m_fake->model.writes.isEmpty()); // nothing written before Write to TestOps
    plan->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(plan->counts()->text() == u"1 row(s): 1 done"_s, 10000);
    QVERIFY2(plan->text().contains(u"Written and read back: as kept"_s), qPrintable(plan->text()));
    QCOMPARE(m_fake->model.cases()[ids[1]].root.size(), m_fake->model.cases()[ids[0]].root.size());
    QCOMPARE(m_fake->model.versions.value(ids[1]), 1);
    plan->closeButton()->click();

    // A plan made before the settings change writes nothing after it (its session wrote with the old
    // connection), and says why.
    m_fake->model.rewriteSteps(ids[1], {u"Open the page 2"_s, u"Changed once more"_s});
    browser->snapshotBox()->setCurrentIndex(0); // the newest: changed since, no conflict
    for (QTreeWidgetItem *item : browser->caseItems()) {
        if (item->data(0, Qt::UserRole).toLongLong() == ids[1])
            browser->caseList()->setCurrentItem(item);
    }
    QTRY_VERIFY(browser->restoreButton()->isEnabled());
    browser->restoreButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(browser->restorePlan(), 10000);
    plan = browser->restorePlan();
    QCOMPARE(plan->counts()->text(), u"1 row(s): 1 to write"_s);
    const qsizetype written = m_fake->model.writes.size();
    app.reloadConfig();
    QVERIFY(plan->applyButton()->isEnabled());
    plan->applyButton()->click();
    QTRY_VERIFY2(plan->text().contains(u"the settings changed since it was opened: nothing was written"_s),
                 qPrintable(plan->text()));
    QCOMPARE(m_fake->model.writes.size(), written);
    plan->closeButton()->click();
    browser->close();
}

void TestDesktop::settingsOfSnapshots() {
    ConfigSources fileOnly;
    fileOnly.settingsFile = m_dir->filePath(u"snap.ini"_s);
    SettingsDialog dialog(ConfigLoader::load(fileOnly), nullptr, m_clock, &m_network);
    SnapshotSettingsPage *page = dialog.snapshotsPage();
    // The defaults as the table has them.
    QVERIFY(page->enabledCheck->isChecked());
    QVERIFY(page->attachmentsCheck->isChecked());
    QCOMPARE(page->concurrencySpin->value(), 4);
    QCOMPARE(page->fullEveryEdit->text(), u"7d"_s);
    QCOMPARE(page->keepEdit->text(), u"daily:14,weekly:8,monthly:24"_s);
    // Bad input is named in place.
    page->fullEveryEdit->setText(u"soon"_s);
    QVERIFY2(dialog.problems().join(u'\n').contains(u"\"soon\" is not a duration in hours, days or weeks"_s),
             qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!page->fullEveryEdit->styleSheet().isEmpty());
    page->fullEveryEdit->setText(u"2w"_s);
    page->keepEdit->setText(u"hourly:3"_s);
    QVERIFY2(dialog.problems().join(u'\n').contains(u"\"hourly\" is not daily, weekly, monthly or yearly"_s),
             qPrintable(dialog.problems().join(u'\n')));
    page->keepEdit->setText(u"daily:7"_s);
    page->pathEdit->setText(u"relative/folder"_s);
    QVERIFY(dialog.problems().join(u'\n').contains(u"not an absolute path"_s));
    page->pathEdit->setText(QString());
    QVERIFY(!dialog.problems().join(u'\n').contains(u"snapshot"_s, Qt::CaseInsensitive));
}

void TestDesktop::settingsScheduleInWords() {
    ConfigSources s;
    s.settingsFile = m_dir->filePath(u"schedule.ini"_s);
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    // The desktop reads the schedule in the system's time zone unless told otherwise.
    QCOMPARE(app.config().raw.value(u"SCHEDULE_TIMEZONE"_s).value,
             QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    SettingsDialog dialog(app.config(), nullptr, m_clock, &m_network);
    Ui::SettingsDialog *ui = dialog.ui();
    // The default "0 7 * * *" reads as words; the cron expression is not in the way.
    QCOMPARE(ui->presetCombo->currentText(), u"Every day at"_s);
    QCOMPARE(ui->timeEdit->time(), QTime(7, 0));
    QVERIFY(ui->cronEdit->isHidden());
    QVERIFY(ui->hoursSpin->isHidden());
    ui->presetCombo->setCurrentIndex(ui->presetCombo->findText(u"On weekdays at"_s));
    ui->timeEdit->setTime(QTime(6, 30));
    QCOMPARE(dialog.values().value(u"CRON_SCHEDULE"_s), u"30 6 * * 1-5"_s);
    ui->presetCombo->setCurrentIndex(ui->presetCombo->findText(u"Every"_s));
    QVERIFY(!ui->hoursSpin->isHidden() && ui->timeEdit->isHidden());
    ui->hoursSpin->setValue(4);
    QCOMPARE(ui->hoursSpin->text(), u"4 hours"_s);
    QCOMPARE(dialog.values().value(u"CRON_SCHEDULE"_s), u"0 */4 * * *"_s);
    QVERIFY2(dialog.problems().join(u'\n').indexOf(u"cron"_s, 0, Qt::CaseInsensitive) < 0,
             qPrintable(dialog.problems().join(u'\n')));
    // What no preset says stays in cron, shown as it is.
    {
        QSettings file(s.settingsFile, QSettings::IniFormat);
        file.setValue(u"CRON_SCHEDULE"_s, u"15 3 1 * *"_s);
    }
    SettingsDialog custom(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    QCOMPARE(custom.ui()->presetCombo->currentText(), u"Custom (cron, advanced)"_s);
    QVERIFY(!custom.ui()->cronEdit->isHidden());
    QCOMPARE(custom.ui()->cronEdit->text(), u"15 3 1 * *"_s);
    // Units on retries and retention.
    QCOMPARE(ui->retentionSpin->text(), u"30 days"_s);
    ui->retentionSpin->setValue(0);
    QCOMPARE(ui->retentionSpin->text(), u"forever"_s);
    ui->retryEdit->setText(u"5m,1h,30s"_s);
    QCOMPARE(ui->retryNote->text(), u"A failed group is tried again 3 time(s): after %1."_s.arg(
                                        QLocale().createSeparatedList({u"5 min"_s, u"1 h"_s, u"30 s"_s})));
    ui->retryEdit->clear();
    QCOMPARE(ui->retryNote->text(), u"No retries: a failed group waits for the next scheduled export."_s);
}

void TestDesktop::theCaCertificateTheAdviceNamesHasAField() {
    // "the TLS certificate of … is not trusted: set TLS_CA_FILE to your CA" must be something a desktop user
    // can do: the Connection page has the field, checked as typed, saved and loaded back.
    ConfigSources fromFile = sources();
    DesktopSettings storage(fromFile.settingsFile, nullptr);
    SettingsDialog dialog(ConfigLoader::load(fromFile), &storage, m_clock, &m_network);
    Ui::SettingsDialog *ui = dialog.ui();
    QCOMPARE(ui->caFileEdit->text(), QString());
    QVERIFY(dialog.canSave());
    ui->caFileEdit->setText(m_dir->filePath(u"no-such-ca.pem"_s));
    QVERIFY(!dialog.canSave());
    QVERIFY2(dialog.problems().join(u'\n').contains(u"CA certificate: no readable file at this path"_s),
             qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!ui->buttons->button(QDialogButtonBox::Save)->isEnabled());
    const QString ca = m_dir->filePath(u"company-ca.pem"_s);
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }
    ui->caFileEdit->setText(ca);
    QVERIFY2(dialog.canSave(), qPrintable(dialog.problems().join(u'\n')));
    QCOMPARE(dialog.values().value(u"TLS_CA_FILE"_s), ca);
    dialog.accept();
    QCOMPARE(QSettings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat)
                 .value(u"TLS_CA_FILE"_s)
                 .toString(),
             ca);
    QCOMPARE(ConfigLoader::load(fromFile).config.caFile, ca);
    SettingsDialog again(ConfigLoader::load(fromFile), &storage, m_clock, &m_network);
    QCOMPARE(again.ui()->caFileEdit->text(), ca);
    // Its label reaches it with the keyboard, as every field's does.
    QCOMPARE(again.ui()->caFileLabel->buddy(), again.ui()->caFileEdit);
}

void TestDesktop::anEmptiedSettingIsSavedAsTheChoiceItIs() {
    // "No retries" must stay no retries: saved, loaded and shown again as empty, not as the default three.
    ConfigSources fromFile = sources();
    fromFile.commandLine.removeIf([](const auto &setting) { return setting.first == u"RETRY_DELAYS"_s; });
    DesktopSettings storage(fromFile.settingsFile, nullptr);
    SettingsDialog dialog(ConfigLoader::load(fromFile), &storage, m_clock, &m_network);
    QCOMPARE(dialog.ui()->retryEdit->text(), u"5m,10m,15m"_s);
    dialog.ui()->retryEdit->clear();
    dialog.accept();
    {
        QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        QVERIFY(file.contains(u"RETRY_DELAYS"_s));
        QCOMPARE(file.value(u"RETRY_DELAYS"_s).toString(), QString());
    }
    const LoadedConfig loaded = ConfigLoader::load(fromFile);
    QVERIFY(loaded.isValid());
    QVERIFY(loaded.config.retryDelaysSeconds.isEmpty());
    SettingsDialog again(loaded, &storage, m_clock, &m_network);
    QCOMPARE(again.ui()->retryEdit->text(), QString());
    QCOMPARE(again.ui()->retryNote->text(),
             u"No retries: a failed group waits for the next scheduled export."_s);
    // Back to a value: written over the empty one.
    again.ui()->retryEdit->setText(u"1m"_s);
    again.accept();
    QCOMPARE(ConfigLoader::load(fromFile).config.retryDelaysSeconds, QList<int>{60});

    // Each setting that may be emptied on purpose (empty is valid, and not its default) survives a save
    // and a load as empty.
    int checked = 0;
    for (const SettingSpec &spec : SettingsTable::all()) {
        Config scratch;
        if (spec.defaultValue.isEmpty() || spec.required || !spec.apply(QString(), scratch).isEmpty())
            continue;
        storage.save({{spec.name, QString()}});
        const LoadedConfig reloaded = ConfigLoader::load(fromFile);
        QCOMPARE(reloaded.raw.value(spec.name).source, SettingSource::SettingsFile);
        QCOMPARE(reloaded.raw.value(spec.name).value, QString());
        ++checked;
    }
    QVERIFY(checked >= 1);
}

void TestDesktop::aPlanOfAnySizeFitsTheScreen() {
    // 3,000 removed cases once made a message box 7,716 px tall on an 800 px screen, its buttons out of
    // reach.
    using State = PlanDialog::Row::State;
    QList<PlanDialog::Row> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append({u"%1  Проверка входа №%2 / Login check %2"_s.arg(1700001 + i).arg(i + 1),
                     i % 10 ? u"Restore it in TestOps, with its id"_s
                            : u"Leave it: still in TestOps and not deleted: it left the group"_s,
                     u"deleted in TestOps"_s, i % 10 ? State::Write : State::Leave});
    PlanDialog plan(u"Restore in TestOps"_s, u"What will be written to TestOps."_s, rows, &m_dialogs);
    plan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plan));
    const QRect screen = plan.screen()->availableGeometry();
    QVERIFY2(screen.contains(plan.frameGeometry()),
             qPrintable(u"%1x%2 on a screen of %3x%4"_s.arg(plan.frameGeometry().width())
                            .arg(plan.frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));
    for (QWidget *button :
         {static_cast<QWidget *>(plan.applyButton()), static_cast<QWidget *>(plan.closeButton())})
        QVERIFY(screen.contains(QRect(button->mapToGlobal(QPoint()), button->size())));
    const QLocale locale;
    QCOMPARE(plan.counts()->text(), u"%1 row(s): %2 to write, %3 left alone"_s.arg(
                                        locale.toString(3000), locale.toString(2700), locale.toString(300)));
    QVERIFY(plan.table()->verticalScrollBar()->maximum() > 0); // the table scrolls, the dialog does not grow
    // The filter finds one case among them; the counts say how many are shown.
    plan.filter()->setText(u"1703000"_s);
    QCOMPARE(plan.rowCount(), 1);
    QVERIFY(plan.counts()->text().endsWith(u"(1 shown)"_s));
    QTest::keyClick(plan.filter(), Qt::Key_Return); // Enter in the filter writes nothing
    QVERIFY(plan.isVisible());
    plan.filter()->clear();
    if (const QString artifacts = qEnvironmentVariable("ARTIFACTS"); !artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        plan.grab().save(artifacts + u"/plan-dialog-3000.png"_s);
    }
    // Save plan… writes every row, not only those shown.
    m_dialogs.saveTo = m_dir->filePath(u"plan.txt"_s);
    plan.saveButton()->click();
    QFile saved(m_dialogs.saveTo);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QCOMPARE(text.count(u"To write  "_s), 2700);
    QVERIFY(text.contains(u"Left alone  1700001  Проверка входа №1 / Login check 1"_s));
}

void TestDesktop::settingsKeepACustomWebAddress() {
    // The checkbox "Share with colleagues" stands for WEB_BIND; saving must not turn 192.168.1.5 into
    // 0.0.0.0, nor 127.0.0.2 into 127.0.0.1.
    for (const QString &address : {u"192.168.1.5"_s, u"127.0.0.2"_s}) {
        {
            QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
            file.setValue(u"WEB_BIND"_s, address);
        }
        SettingsDialog dialog(ConfigLoader::load(sources()), nullptr, m_clock, &m_network);
        const bool shared = address != u"127.0.0.2"_s;
        QCOMPARE(dialog.ui()->shareLanCheck->isChecked(), shared);
        QCOMPARE(dialog.values().value(u"WEB_BIND"_s), address);
        dialog.ui()->shareLanCheck->setChecked(!shared);
        QCOMPARE(dialog.values().value(u"WEB_BIND"_s), shared ? u"127.0.0.1"_s : u"0.0.0.0"_s);
        dialog.ui()->shareLanCheck->setChecked(shared);
        QCOMPARE(dialog.values().value(u"WEB_BIND"_s), address);
    }
}

void TestDesktop::settingsProblemsReadOnADarkTheme() {
    // WCAG contrast of two colours: (L1 + 0.05) / (L2 + 0.05) with the relative luminance of each.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    };
    const QPalette before = QApplication::palette();
    for (const QColor &window : {QColor(u"#2b2b2b"_s), QColor(u"#ffffff"_s), QColor(u"#efefef"_s)}) {
        QPalette themed = before;
        themed.setColor(QPalette::Window, window);
        QApplication::setPalette(themed);
        ConfigSources fileOnly;
        fileOnly.settingsFile = m_dir->filePath(u"s.ini"_s);
        SettingsDialog dialog(ConfigLoader::load(fileOnly), nullptr, m_clock, &m_network);
        const QString style = dialog.ui()->problemsLabel->styleSheet();
        const QColor red(style.section(u"color: "_s, 1).trimmed());
        QVERIFY2(red.isValid(), qPrintable(style));
        QVERIFY2(contrast(red, window) >= 4.5,
                 qPrintable(u"%1 on %2: %3:1"_s.arg(red.name(), window.name()).arg(contrast(red, window))));
    }
    QApplication::setPalette(before);
}

void TestDesktop::settingsShowThatTheEnvironmentWins() {
    ConfigSources s = sources();
    s.commandLine.removeIf([](const auto &item) { return item.first == u"TESTOPS_TOKEN"_s; });
    s.environment.insert(u"TESTOPS_TOKEN"_s, m_fake->apiToken);
    SettingsDialog dialog(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    QVERIFY(!dialog.ui()->tokenEdit->isEnabled());
    QCOMPARE(dialog.ui()->tokenNote->text(),
             u"The token comes from the environment and wins over any token saved here."_s);
    QVERIFY(!dialog.values().isEmpty());
}

void TestDesktop::settingsSaveWithShortFormGroupsFromTheEnvironment() {
    // The Go tool's short form: groups name only a group id, the project and tree come beside them.
    ConfigSources s = sources();
    s.commandLine.removeIf([](const auto &item) { return item.first == u"EXPORT_GROUPS"_s; });
    s.environment.insert(u"EXPORT_GROUPS"_s, u"API=26961091"_s);
    s.environment.insert(u"TESTOPS_PROJECT_ID"_s, u"17"_s);
    s.environment.insert(u"TESTOPS_TREE_ID"_s, u"937"_s);
    SettingsDialog dialog(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    QVERIFY(!dialog.ui()->groupsTable->isEnabled()); // the environment wins, and the dialog says so
    QCOMPARE(dialog.ui()->groupsTable->item(0, 1)->text(), u"17"_s);
    QVERIFY2(dialog.canSave(), qPrintable(dialog.problems().join(u'\n')));
    dialog.ui()->languageCombo->setCurrentIndex(dialog.ui()->languageCombo->findData(u"ru"_s));
    QVERIFY(dialog.ui()->buttons->button(QDialogButtonBox::Save)->isEnabled());
}

void TestDesktop::settingsLeaveTheGroupsOfProjectsJsonInTheirFile() {
    QFile projects(m_dir->filePath(u"projects.json"_s));
    QVERIFY(projects.open(QIODevice::WriteOnly));
    projects.write(R"({"projects": [{"project_id": 15, "tree_id": 868,
                       "groups": [{"group_id": 21360405, "group_name": "Seller"}, {"group_id": 7, "group_name": "B"}]}]})");
    projects.close();
    ConfigSources s = sources();
    s.dotEnvFile = m_dir->filePath(u".env"_s); // projects.json beside it is read, as the Go tool does
    const LoadedConfig loaded = ConfigLoader::load(s);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.problemReport()));
    QCOMPARE(loaded.config.groups.size(), 4);
    SettingsDialog dialog(loaded, nullptr, m_clock, &m_network);
    QCOMPARE(dialog.ui()->groupsTable->rowCount(), 2); // API and UI of EXPORT_GROUPS
    QVERIFY2(dialog.ui()->groupsHelp->text().contains(u"2 more group"_s),
             qPrintable(dialog.ui()->groupsHelp->text()));
    QVERIFY2(dialog.canSave(), qPrintable(dialog.problems().join(u'\n'))); // no clash with itself
}

void TestDesktop::settingsSaveAndApply() {
    ConfigSources s;
    s.settingsFile = m_dir->filePath(u"settings.ini"_s);
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    QVERIFY(!app.front()->isConfigured());
    ExportFront *front = app.front();
    QCOMPARE(app.window()->ui()->runNowButton->text(), u"Settings…"_s);
    app.openSettingsDialog();
    auto *dialog = app.window()->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    dialog->ui()->baseUrlEdit->setText(m_fake->url().toString());
    dialog->ui()->tokenEdit->setText(m_fake->apiToken);
    dialog->ui()->addGroupButton->click();
    const QStringList cells = {u"API"_s, u"17"_s, u"937"_s, u"26961091"_s};
    for (int column = 0; column < 4; ++column)
        dialog->ui()->groupsTable->item(0, column)->setText(cells[column]);
    dialog->ui()->folderEdit->setText(m_dir->filePath(u"exports"_s));
    dialog->ui()->autostartCheck->setChecked(true);
    dialog->ui()->skipUnchangedCheck->setChecked(true);
    dialog->ui()->languageCombo->setCurrentIndex(dialog->ui()->languageCombo->findData(u"ru"_s));
    QVERIFY2(dialog->canSave(), qPrintable(dialog->problems().join(u'\n')));
    dialog->accept();
    // Applied: the service runs on the new settings, behind the same front, and the window shows it.
    QTRY_VERIFY(app.front()->isConfigured());
    QCOMPARE(app.front(), front);
    QVERIFY(app.window()->ui()->actionPause->isEnabled());
    QVERIFY(app.window()->ui()->runNowButton->text() != u"Settings…"_s);
    QCOMPARE(app.config().config.groups.first().groupId, 26961091);
    QVERIFY(app.config().config.skipUnchanged);
    // Without a keychain the token went to the settings file, readable only by the user, and the user was
    // told.
    QCOMPARE(QFileInfo(s.settingsFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(QSettings(s.settingsFile, QSettings::IniFormat).value(u"TESTOPS_TOKEN"_s).toString(),
             m_fake->apiToken);
    QVERIFY(m_dialogs.messages.last().contains(u"readable only by you"_s));
    QCOMPARE(app.settings().language(), u"ru"_s);
    QFile autostart(DesktopSettings::autostartFile());
    QVERIFY(autostart.open(QIODevice::ReadOnly));
    QVERIFY(autostart.readAll().contains("Exec="));
}

void TestDesktop::secondInstanceRaisesTheFirst() {
    const QString name = m_dir->filePath(u"instance"_s);
    SingleInstance first(name);
    QVERIFY(first.claim());
    QSignalSpy raised(&first, &SingleInstance::activationRequested);
    SingleInstance second(name);
    QVERIFY(!second.claim());
    QTRY_COMPARE(raised.size(), 1);
}

void TestDesktop::speaksRussian() {
    QCOMPARE(Language::resolve(u"ru"_s), u"ru"_s);
    QCOMPARE(Language::install(*qApp, u"ru"_s, QStringLiteral(TRANSLATIONS_DIR)), u"ru"_s);
    ConfigSources empty;
    empty.settingsFile = m_dir->filePath(u"none.ini"_s);
    DesktopApp app(empty, nullptr, &m_dialogs);
    app.start();
    QCOMPARE(app.window()->ui()->runNowButton->text(), u"Настройки…"_s); // not configured yet
    QCOMPARE(app.window()->ui()->tabs->tabText(0), u"Выгрузки"_s);
    // The row of file actions folds into the tool bar's menu: the Russian window can be made narrow.
    QVERIFY2(app.window()->minimumSizeHint().width() <= 640,
             qPrintable(QString::number(app.window()->minimumSizeHint().width())));
    QCOMPARE(app.tray()->menu()->findChild<QAction *>(u"runNow"_s)->text(), u"Запустить выгрузку сейчас"_s);
    QVERIFY(app.window()->ui()->headlineLabel->text().startsWith(
        u"Не настроено: нет подключения к TestOps: «Справка → Добро пожаловать» подключит его в три шага"_s));
    auto *wizard = app.window()->findChild<WelcomeWizard *>(); // the first run
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), u"Добро пожаловать в TestOps Export"_s);
    QCOMPARE(wizard->button(QWizard::CustomButton1)->text(), u"Все настро&йки…"_s);
    wizard->button(QWizard::CustomButton1)->click();
    auto *dialog = app.window()->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Настройки"_s);
    // Qt's own translations: the standard buttons speak Russian too.
    QCOMPARE(dialog->ui()->buttons->button(QDialogButtonBox::Cancel)->text(), u"Отмена"_s);
    QVERIFY(dialog->problems().join(u'\n').contains(u"Адрес TestOps: значение не указано"_s));
    for (QTranslator *translator :
         qApp->findChildren<QTranslator *>()) // the tests after this one speak English
        QCoreApplication::removeTranslator(translator);
}

void TestDesktop::browseTicksGroupsOfSeveralProjects() {
    // A QA lead's groups live in several projects: the ticks stay while another project is browsed, and OK
    // adds every ticked group with its own project and tree.
    m_fake->addGroup({18, 940, 31000001, u"Mobile"_s, 10, 0, {}});
    ConfigSources s;
    s.settingsFile = m_dir->filePath(u"browse.ini"_s);
    SettingsDialog dialog(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    dialog.ui()->baseUrlEdit->setText(m_fake->url().toString());
    dialog.ui()->tokenEdit->setText(m_fake->apiToken);
    dialog.ui()->browseButton->click();
    auto *browser = dialog.findChild<TreeBrowserDialog *>();
    QVERIFY(browser);
    Ui::TreeBrowser *ui = browser->browser()->ui();
    QTRY_COMPARE(ui->projectCombo->count(), 2);
    QTRY_COMPARE(ui->groupsTree->topLevelItemCount(), 3);
    ui->groupsTree->topLevelItem(0)->setCheckState(0, Qt::Checked); // API, project 17
    ui->projectCombo->setCurrentIndex(1);                           // project 18
    QTRY_COMPARE(ui->groupsTree->topLevelItemCount(), 2);           // its group, then a test case
    QCOMPARE(ui->groupsTree->topLevelItem(0)->text(0), u"Mobile"_s);
    QCOMPARE(ui->statusLabel->text(), u"1 more group(s) ticked in other projects or trees."_s);
    ui->groupsTree->topLevelItem(0)->setCheckState(0, Qt::Checked);
    ui->projectCombo->setCurrentIndex(0); // back: API is still ticked, UI is not
    QTRY_COMPARE(ui->groupsTree->topLevelItemCount(), 3);
    QCOMPARE(ui->groupsTree->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(ui->groupsTree->topLevelItem(1)->checkState(0), Qt::Unchecked);
    QCOMPARE(ui->statusLabel->text(), u"1 more group(s) ticked in other projects or trees."_s);
    ExportGroups chosen = browser->choices();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0).name, u"API"_s);
    QCOMPARE(chosen.at(0).projectId, 17);
    QCOMPARE(chosen.at(1).name, u"Mobile"_s);
    QCOMPARE(chosen.at(1).projectId, 18);
    QCOMPARE(chosen.at(1).treeId, 940);
    QCOMPARE(chosen.at(1).groupId, 31000001);
    ui->groupsTree->topLevelItem(0)->setCheckState(0, Qt::Unchecked); // unticked: gone from the choice
    chosen = browser->choices();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).name, u"Mobile"_s);
    browser->accept();
    QCOMPARE(dialog.ui()->groupsTable->rowCount(), 1);
    QCOMPARE(dialog.ui()->groupsTable->item(0, 1)->text(), u"18"_s);
}

void TestDesktop::browseAddsAGroupFromTheLiveTree() {
    ConfigSources s;
    s.settingsFile = m_dir->filePath(u"browse.ini"_s);
    SettingsDialog dialog(ConfigLoader::load(s), nullptr, m_clock, &m_network);
    QVERIFY(!dialog.ui()->browseButton->isEnabled()); // nothing to connect to yet
    dialog.ui()->baseUrlEdit->setText(m_fake->url().toString());
    dialog.ui()->tokenEdit->setText(m_fake->apiToken);
    QVERIFY(dialog.ui()->browseButton->isEnabled());
    dialog.ui()->browseButton->click();
    auto *browser = dialog.findChild<TreeBrowserDialog *>();
    QVERIFY(browser);
    Ui::TreeBrowser *ui = browser->browser()->ui();
    QTRY_COMPARE(ui->projectCombo->count(), 1);
    QCOMPARE(ui->projectCombo->itemText(0), u"Project 17 (17)"_s);
    QTRY_COMPARE(ui->treeCombo->count(), 1);
    QTRY_COMPARE(ui->groupsTree->topLevelItemCount(), 3); // two groups, then a test case
    QTreeWidgetItem *api = ui->groupsTree->topLevelItem(0);
    QCOMPARE(api->text(0), u"API"_s);
    QCOMPARE(api->text(1), u"40"_s);
    QVERIFY(!(ui->groupsTree->topLevelItem(2)->flags() & Qt::ItemIsSelectable)); // a test case is not a group
    QVERIFY(!(ui->groupsTree->topLevelItem(2)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!browser->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // nothing picked yet
    // Sub-groups load when a group is expanded.
    api->setExpanded(true);
    QTRY_COMPARE(api->child(0)->text(0), u"Подгруппа 26961091"_s);
    ui->groupsTree->setCurrentItem(api->child(0));
    QVERIFY(browser->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(browser->choices().size(), 1); // the current group, when none is ticked
    QCOMPARE(browser->choices().constFirst().name, u"Подгруппа_26961091"_s);
    // Several at once: ticked groups win over the current one.
    api->setCheckState(0, Qt::Checked);
    ui->groupsTree->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QCOMPARE(browser->choices().size(), 2);
    browser->accept();
    QCOMPARE(dialog.ui()->groupsTable->rowCount(), 2);
    QStringList cells;
    for (int column = 0; column < 4; ++column)
        cells.append(dialog.ui()->groupsTable->item(0, column)->text());
    QCOMPARE(cells, (QStringList{u"API"_s, u"17"_s, u"937"_s, u"26961091"_s}));
    QCOMPARE(dialog.ui()->groupsTable->item(1, 0)->text(), u"UI"_s);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QCOMPARE(TreeBrowser::safeName(u"  UI / Регресс (new)  "_s, 7), u"UI_Регресс_new"_s);
    QCOMPARE(TreeBrowser::safeName(u"???"_s, 7), u"group_7"_s);
}

void TestDesktop::cleanupDialogShowsTheGridAndCompletesTheSet() {
    m_fake->addCleanerRule(0, u"attachment"_s, u"passed"_s, 24);
    const qint64 scenarioFailed = m_fake->addCleanerRule(17, u"scenario"_s, u"failed"_s, 12);
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    CleanupDialog *dialog = openCleanup(app);
    QVERIFY(dialog);
    QVERIFY2(mnemonicProblems(dialog).isEmpty(), qPrintable(mnemonicProblems(dialog).join(u"; "_s)));
    QCOMPARE(dialog->projects()->count(), 1); // both groups are of project 17
    QCOMPARE(dialog->grid()->item(0, 0)->text(), u"24 h · global"_s);
    QCOMPARE(dialog->grid()->item(1, 1)->text(), u"12 h · project"_s);
    QCOMPARE(dialog->grid()->item(2, 4)->text(), u"missing"_s);
    QVERIFY(dialog->grid()->item(2, 4)->background().color() !=
            dialog->grid()->item(0, 0)->background().color());
    QVERIFY2(dialog->summary()->text().contains(u"13 of 15 cells have no rule"_s),
             qPrintable(dialog->summary()->text()));
    bool closeNoted = false; // the launch auto-close setting beside the rules, as TestOps' page warns
    for (QLabel *label : dialog->findChildren<QLabel *>())
        closeNoted = closeNoted || label->text().startsWith(u"Launches close 1 h after they finish"_s);
    QVERIFY(closeNoted);
    QVERIFY(dialog->completeButton()->isEnabled());
    QTest::keyClick(dialog->delay(), Qt::Key_Return); // Enter in the delay's field presses no button
    QVERIFY(dialog->isVisible());
    QVERIFY(m_dialogs.questions.isEmpty());

    // Complete: the exact rules are shown first, a row each; Cancel writes nothing.
    dialog->completeButton()->click();
    PlanDialog *plan = dialog->plan();
    QVERIFY(plan);
    QCOMPARE(plan->rowCount(), 13);
    QCOMPARE(plan->counts()->text(), u"13 row(s): 13 to write"_s);
    QVERIFY2(
        plan->text().contains(u"Create these 13 rule(s) in project \"Project 17\", deleting after 48 h?"_s),
        qPrintable(plan->text()));
    QVERIFY(plan->text().contains(
        u"To write  fixtures of skipped tests · project 17\n    Create a rule: delete them "
        "48 h after the launch closes"_s));
    plan->closeButton()->click();
    QCOMPARE(m_fake->cleanerRules.size(), 2);
    QVERIFY(m_dialogs.questions.isEmpty());
    dialog->delay()->setValue(72);
    dialog->completeButton()->click();
    plan = dialog->plan();
    plan->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(plan->counts()->text() == u"13 row(s): 13 done"_s, 10000);
    QVERIFY2(plan->text().contains(u"Done  fixtures of skipped tests · project 17\n    Created (rule "_s),
             qPrintable(plan->text()));
    QVERIFY(!plan->applyButton()->isVisible()); // the result stays until closed
    QCOMPARE(m_fake->cleanerRules.size(), 15);
    QTRY_VERIFY(!dialog->session()->isBusy());
    QCOMPARE(dialog->grid()->item(2, 4)->text(), u"72 h · project"_s);
    QVERIFY(!dialog->completeButton()->isEnabled()); // nothing left to complete
    QCOMPARE(dialog->results()->toPlainText().count(u"CREATED  "_s), 13);
    if (const QString artifacts = qEnvironmentVariable("ARTIFACTS"); !artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        dialog->grab().save(artifacts + u"/cleanup-dialog.png"_s);
    }

    // Change, then delete, the project's rule of one cell.
    dialog->grid()->setCurrentCell(1, 1);
    QVERIFY(dialog->changeButton()->isEnabled());
    dialog->delay()->setValue(6);
    dialog->changeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->grid()->item(1, 1)->text(), u"6 h · project"_s, 10000);
    dialog->grid()->setCurrentCell(1, 1);
    m_dialogs.answerYes = true;
    dialog->deleteButton()->click();
    QVERIFY(m_dialogs.questions.last().startsWith(u"Delete rule %1 of the project?"_s.arg(scenarioFailed)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->grid()->item(1, 1)->text(), u"missing"_s, 10000);
    QCOMPARE(m_fake->cleanerRules.size(), 14);
    // A global rule's cell cannot be changed here.
    dialog->grid()->setCurrentCell(0, 0);
    QVERIFY(!dialog->changeButton()->isEnabled());
    QVERIFY(dialog->changeButton()->toolTip().contains(u"global rules belong to the administrators"_s));

    // Run cleanup now: the documentation's warning first.
    dialog->runCleanup(CleanupBoard::Run::BlobRemoval);
    QVERIFY(m_dialogs.questions.last().contains(u"whole TestOps instance"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->cleanupRuns, QStringList{u"/api/cleanup/scheduler/blob_remove_task"_s},
                              10000);
}

void TestDesktop::oneFrontForTheAppsLife() {
    // Settings applied again re-point the one front; the window and the tray keep following it, and what
    // read with the old connection closes.
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    ExportFront *front = app.front();
    QVERIFY(front->isConfigured());
    QPointer<CleanupDialog> cleanup = openCleanup(app);
    QVERIFY(cleanup);
    QSignalSpy repointed(front, &ExportFront::configurationChanged);
    app.reloadConfig();
    QCOMPARE(app.front(), front);
    QCOMPARE(repointed.count(), 1);
    QVERIFY(front->isConfigured());
    QTRY_VERIFY(cleanup.isNull());
    // Still followed: a pause from the front shows in the window's menu and the tray's.
    front->setPaused(true);
    QCOMPARE(app.window()->ui()->actionPause->text(), u"Resu&me schedule"_s);
    QAction *trayPause = nullptr;
    for (QAction *action : app.tray()->menu()->actions()) {
        if (action->text() == u"Resume schedule"_s)
            trayPause = action;
    }
    QVERIFY(trayPause);
    front->setPaused(false);
    QCOMPARE(app.window()->ui()->actionPause->text(), u"&Pause schedule"_s);
    QCOMPARE(trayPause->text(), u"Pause schedule"_s);
}

void TestDesktop::cleanupDialogWithoutRightsDisablesWritesAndSaysWhy() {
    m_fake->cleanupOwner = false;
    m_fake->launchCloseTimeout = 0;
    m_fake->addCleanerRule(17, u"scenario"_s, u"failed"_s, 12);
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    CleanupDialog *dialog = openCleanup(app);
    QVERIFY(dialog);
    QVERIFY(!dialog->completeButton()->isEnabled());
    QVERIFY2(dialog->completeButton()->toolTip().contains(u"not the owner of this project (permission "
                                                          "project:configure)"_s),
             qPrintable(dialog->completeButton()->toolTip()));
    dialog->grid()->setCurrentCell(1, 1);
    QVERIFY(!dialog->deleteButton()->isEnabled());
    // The doc's warning: launches that are never closed are never cleaned.
    bool warned = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        warned = warned || label->text().startsWith(u"Launches are not closed automatically"_s);
    QVERIFY(warned);
    // Even if asked, nothing reaches TestOps, and each rule says why.
    dialog->completeRuleSet();
    QVERIFY(dialog->plan());
    dialog->plan()->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plan()->counts()->text() == u"14 row(s): 14 failed"_s, 10000);
    QCOMPARE(dialog->plan()->text().count(u"project owner role"_s), 14);
    QCOMPARE(m_fake->count(u"POST /api/cleanerschema"_s), 0);
}

void TestDesktop::restoreInTestOpsFromTheChangeView() {
    DesktopApp app(sources(), nullptr, &m_dialogs);
    app.start();
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // In TestOps meanwhile: 3 cases of API deleted and 4 edited; after the export one of those is edited
    // again.
    FakeTestOps::Group *api = m_fake->group(26961091);
    for (qint64 row = 0; row < 7; ++row)
        (row < 3 ? api->edits.removed : api->edits.edited).insert(row);
    QTest::qWait(1100);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const qint64 again = FakeTestOps::testCaseId(26961091, 6);
    m_fake->editTestCase(again, u"description"_s, "Переписано после выгрузки");

    MainWindow *window = app.window();
    QTRY_COMPARE(window->exportsModel()->rowCount(), 4);
    window->ui()->exportsView->sortByColumn(ExportsModel::TimeColumn, Qt::DescendingOrder);
    window->ui()->groupFilter->setCurrentIndex(window->ui()->groupFilter->findText(u"API"_s));
    window->ui()->exportsView->selectRow(0);
    window->ui()->actionShowChanges->trigger();
    auto *changes = window->findChild<ChangeViewDialog *>();
    QVERIFY(changes);
    QVERIFY2(changes->restoreRemovedButton()->isEnabled(),
             qPrintable(changes->restoreRemovedButton()->toolTip() + changes->ui()->titleLabel->text()));
    // No snapshot of that day holds these cases: from the CSV, and it says so.
    QVERIFY2(changes->restoreRemovedButton()->toolTip().contains(u"From the previous export's CSV"_s),
             qPrintable(changes->restoreRemovedButton()->toolTip()));
    // "All removed": the plan first, in plain words; Cancel writes nothing.
    changes->restoreRemovedButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(changes->restorePlan(), 10000);
    PlanDialog *restore = changes->restorePlan();
    QCOMPARE(restore->counts()->text(), u"3 row(s): 3 to write"_s);
    QCOMPARE(restore->text().count(u"Restore it in TestOps, with its id"_s), 3);
    QVERIFY2(!restore->text().contains(u"version"_s), qPrintable(restore->text())); // none is patched
    restore->closeButton()->click();
    QVERIFY(m_fake->testCaseWrites.isEmpty());
    changes->restoreRemovedButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(changes->restorePlan(), 10000);
    restore = changes->restorePlan();
    restore->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(restore->counts()->text() == u"3 row(s): 3 done"_s, 10000);
    QCOMPARE(restore->text().count(u"Restored, with its id"_s), 3);
    QVERIFY(api->edits.removed.isEmpty());
    restore->closeButton()->click();

    // The changed cases, selected in the list: three fields go back, the one edited again is left alone.
    changes->ui()->kindCombo->setCurrentIndex(3); // changed
    changes->ui()->casesView->selectAll();
    QVERIFY(changes->restoreSelectedButton()->isEnabled());
    changes->restoreSelectedButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(changes->restorePlan(), 10000);
    restore = changes->restorePlan();
    QCOMPARE(restore->counts()->text(), u"4 row(s): 3 to write, 1 left alone"_s);
    QCOMPARE(
        restore->text().count(u"Put back description (the case is saved as a version in TestOps first)"_s),
        3);
    QVERIFY2(restore->text().contains(u"Left alone  %1"_s.arg(again)), qPrintable(restore->text()));
    restore->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(restore->counts()->text() == u"4 row(s): 3 done, 1 left alone"_s, 10000);
    QCOMPARE(restore->text().count(u"Put back: description"_s), 3);
    QVERIFY2(
        restore->text().contains(u"changed again in TestOps since the export (description): left alone"_s),
        qPrintable(restore->text()));
    QCOMPARE(api->edits.fields.value(6).value(u"description"_s), QByteArray("Переписано после выгрузки"));
}

void TestDesktop::theChangeViewRestoresWholeCasesFromTheSnapshotOfThatDay() {
    const QList<qint64> ids = m_fake->addModelGroup(17, 937, 2001, u"Stored"_s, 4);
    DesktopApp app(sources(u"Stored=17:937:2001"_s), nullptr, &m_dialogs);
    app.start();
    SnapshotFront *snapshots = app.front()->snapshots();
    QSignalSpy idle(snapshots, &SnapshotFront::idle);
    QCOMPARE(snapshots->takeNow({}, false), QString());
    QVERIFY(idle.wait(15000));
    const std::optional<SnapshotManifest> snapshot = snapshots->newest(u"Stored"_s);
    QVERIFY(snapshot);

    // Two exports of the group that day, compared as an export compares them: the later one lacks a case
    // deleted with force in TestOps since.
    const FakeCaseModel::Case gone = m_fake->model.cases()[ids[2]];
    QByteArray before = "allure_id;name\r\n", after = before;
    for (qint64 id : ids) {
        const QByteArray row =
            QByteArray::number(id) + ';' + m_fake->model.cases()[id].name.toUtf8() + "\r\n";
        before += row;
        after += id == gone.id ? QByteArray() : row;
    }
    const QString earlier = ExportFile::baseName(u"Stored"_s, snapshot->takenAt) + u".csv"_s;
    const QString later = ExportFile::baseName(u"Stored"_s, snapshot->takenAt.addSecs(60)) + u".csv"_s;
    touch(earlier, before);
    touch(later, after);
    bool checked = false;
    ExportCheck::run({ExportFileStore(m_dir->filePath(u"exports"_s)), u"Stored"_s, later, u"c1"_s}, this,
                     [&checked](const JournalRecord::Check &) { checked = true; });
    QTRY_VERIFY(checked);
    m_fake->model.forceDelete(gone.id);

    MainWindow *window = app.window();
    QTRY_COMPARE(window->exportsModel()->rowCount(), 2);
    window->showChangesOf(later);
    auto *changes = window->findChild<ChangeViewDialog *>();
    QVERIFY(changes);
    QTRY_VERIFY(changes->restoreRemovedButton()->isEnabled());
    // It says where the restore comes from.
    QVERIFY2(changes->restoreRemovedButton()->toolTip().contains(
                 u"From snapshot %1 of that day: each case whole"_s.arg(snapshot->id)),
             qPrintable(changes->restoreRemovedButton()->toolTip()));
    changes->restoreRemovedButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(changes->restorePlan(), 10000);
    PlanDialog *plan = changes->restorePlan();
    QCOMPARE(plan->counts()->text(), u"1 row(s): 1 to write"_s);
    QVERIFY2(plan->text().contains(u"Create it again (TestOps gives it a new id)"_s) &&
                 plan->text().contains(u"scenario"_s),
             qPrintable(plan->text()));
    QVERIFY(m_fake->model.writes.isEmpty());
    plan->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(plan->counts()->text() == u"1 row(s): 1 done"_s, 15000);
    QVERIFY2(plan->text().contains(u"Written and read back: as kept"_s), qPrintable(plan->text()));
    // Back whole: its steps and attachments, not only its fields.
    const auto back = std::find_if(m_fake->model.cases().cbegin(), m_fake->model.cases().cend(),
                                   [&gone](const FakeCaseModel::Case &c) { return c.name == gone.name; });
    QVERIFY(back != m_fake->model.cases().cend());
    QCOMPARE(back->root.size(), gone.root.size());
    QCOMPARE(back->attachments.size(), gone.attachments.size());
    plan->closeButton()->click();
    changes->close();
}

void TestDesktop::mnemonicsInEveryDialog() {
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    const auto check = [](QWidget *window, const QString &where) {
        const QStringList problems = mnemonicProblems(window);
        QVERIFY2(problems.isEmpty(), qPrintable(where + u": "_s + problems.join(u"; "_s)));
    };
    for (const QString &language : {u"en"_s, u"ru"_s}) {
        if (language == u"ru"_s)
            QCOMPARE(Language::install(*qApp, u"ru"_s, QStringLiteral(TRANSLATIONS_DIR)), u"ru"_s);
        ConfigSources s;
        s.settingsFile = m_dir->filePath(u"mnemonics.ini"_s);
        SettingsDialog settings(ConfigLoader::load(s), nullptr, m_clock, &m_network);
        for (int tab = 0; tab < settings.ui()->tabs->count(); ++tab) {
            settings.ui()->tabs->setCurrentIndex(tab);
            check(&settings, language + u" settings, "_s + settings.ui()->tabs->tabText(tab));
        }
        WelcomeWizard welcome(nullptr, m_clock, &m_network, m_dir->path());
        welcome.setOption(QWizard::HaveCustomButton1); // as the app opens it
        welcome.setButtonText(QWizard::CustomButton1, DesktopApp::tr("&All settings…"));
        for (const int page : welcome.pageIds()) {
            welcome.setStartId(page);
            welcome.restart();
            check(&welcome, language + u" welcome, page "_s + QString::number(page));
        }
        TestOpsClient client(TestOpsClient::Options::of(Config()), &m_network, m_clock);
        TreeBrowserDialog browser(new TestOpsCatalog(&client, &client));
        check(&browser, language + u" group browser"_s);
        PreviewDialog preview(m_dir->filePath(u"exports/testops_export_API_2026-11-20_07-00-00.csv"_s), ';');
        check(&preview, language + u" preview"_s);
        PlanDialog plan(u"Plan"_s, QString(), {{u"1  a"_s, u"b"_s, QString(), PlanDialog::Row::State::Write}},
                        nullptr);
        check(&plan, language + u" plan"_s);
        plan.showResults(QString(), {{u"1  a"_s, u"b"_s, QString(), PlanDialog::Row::State::Done}});
        check(&plan, language + u" plan's result"_s);
        FolderFront folder(m_dir->filePath(u"exports"_s));
        ChangeViewDialog changes(folder.front(), u"testops_export_API_2026-11-20_07-00-00.csv"_s);
        changes.setRestore(nullptr, u"not connected"_s, &m_dialogs); // its buttons, as the window adds them
        check(&changes, language + u" change view"_s);
        SnapshotBrowser snapshotBrowser(nullptr, &m_dialogs);
        check(&snapshotBrowser, language + u" snapshot browser"_s);
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

void TestDesktop::keyboardWorksTheList() {
    const QString name = u"testops_export_API_2026-11-21_07-00-00.csv"_s;
    touch(name, "allure_id;name\r\n1;Проверка\r\n");
    MainWindow window(&m_dialogs);
    FolderFront folder(m_dir->filePath(u"exports"_s));
    window.setFront(folder.front());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *list = window.ui()->exportsView;
    list->setFocus();
    list->selectRow(0);
    QTest::keyClick(list, Qt::Key_Return); // Enter opens
    QCOMPARE(m_dialogs.opened.last(), QUrl::fromLocalFile(m_dir->filePath(u"exports/"_s + name)));
    m_dialogs.answerYes = false;
    QTest::keyClick(list, Qt::Key_Delete); // Del deletes, after asking
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(QFile::exists(m_dir->filePath(u"exports/"_s + name)));
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier); // Ctrl+F finds
    QVERIFY(window.ui()->searchEdit->hasFocus());
    QTest::keyClick(window.ui()->searchEdit, Qt::Key_Delete); // in the search field, Del is the field's
    QCOMPARE(m_dialogs.questions.size(), 1);
    QTest::keyClick(window.ui()->searchEdit, Qt::Key_Down); // Down goes on to the list, its first row
    QVERIFY(list->hasFocus());
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier); // Ctrl+D shows the changes
    QTRY_VERIFY(window.findChild<ChangeViewDialog *>());
    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(settings.size(), 1);
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.size(), 1);
}

void TestDesktop::removedTestCasesAreNotifiedAndAClickShowsThem() {
    ConfigSources s = sources(u"API=17:937:26961091"_s);
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // 4 of API's 40 cases deleted in TestOps (10 %, more than ALERT_REMOVED's 5 %), with no webhook set.
    for (qint64 row : {0, 1, 2, 3})
        m_fake->group(26961091)->edits.removed.insert(row);
    QTest::qWait(1100); // a new second: a new file name
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QTRY_COMPARE(app.tray()->lastNotification(),
                 u"API: 4 of 40 test cases removed since the previous export.\nClick to see which."_s);
    // A click opens the change view of that export.
    QVERIFY(!app.window()->findChild<ChangeViewDialog *>());
    emit app.tray()->icon()->messageClicked();
    QTRY_VERIFY(app.window()->findChild<ChangeViewDialog *>());
    QVERIFY(app.window()->isVisible());
    QCOMPARE(app.window()->selectedPath(),
             QDir(m_dir->filePath(u"exports"_s)).filePath(app.front()->exports().first().file.fileName));
}

void TestDesktop::aFailedExportShowsABannerWithRetry() {
    ConfigSources s =
        sources(u"API=17:937:26961091,Gone=17:937:5"_s); // Gone: a group id TestOps no longer has
    DesktopApp app(s, nullptr, &m_dialogs);
    app.start();
    MainWindow *window = app.window();
    QVERIFY(!window->failureBanner()->isVisibleTo(window));
    QSignalSpy finished(app.front(), &ExportFront::cycleFinished);
    app.front()->runNow(u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_VERIFY(window->failureBanner()->isVisibleTo(window));
    // The notification says the reason and what a click does; the click opens the window.
    QTRY_VERIFY(app.tray()->lastNotification().startsWith(
        u"Gone: the export of group Gone (id 5) has no test cases"_s));
    QVERIFY(app.tray()->lastNotification().endsWith(u"Click to retry or open the settings."_s));
    QSignalSpy opened(app.tray(), &TrayController::openWindowRequested);
    emit app.tray()->icon()->messageClicked();
    QCOMPARE(opened.size(), 1);
    const QString text = window->failureText()->text();
    QVERIFY2(text.startsWith(u"The last export failed:\nGone: "_s) && text.contains(u"Gone: "_s) &&
                 text.contains(u"has no test cases"_s),
             qPrintable(text));
    // Retry runs again; while it runs, the banner steps aside.
    QSignalSpy started(app.front(), &ExportFront::cycleStarted);
    window->retryButton()->click();
    QCOMPARE(started.size(), 1);
    QVERIFY(!window->failureBanner()->isVisibleTo(window));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QTRY_VERIFY(window->failureBanner()->isVisibleTo(window));
    // The failed exports are rows of the list too, at their time among the files: two cycles failed Gone one
    // after the other, one row for both (it never pushes the files down), beside two files of API; the
    // count is of files.
    QTableView *view = window->ui()->exportsView;
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QStringList results;
    int failedRow = -1;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex result = view->model()->index(row, ExportsModel::ResultColumn);
        results.append(result.data().toString());
        if (!result.data(ExportsModel::FailureRole).toString().isEmpty())
            failedRow = row;
    }
    QCOMPARE(results.filter(u"Failed 2 time(s) in a row since "_s).size(), 1);
    QVERIFY2(results.filter(u"the export of group Gone (id 5) has no test cases"_s).size() == 1,
             qPrintable(results.join(u" | "_s)));
    QCOMPARE(view->model()
                 ->index(failedRow, ExportsModel::ResultColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .count(u"Failed: the export of group Gone (id 5) has no test cases"_s),
             2); // each failure of the run, inside it
    QCOMPARE(results.filter(u"OK"_s).size(), 2);
    if (const QString artifacts = qEnvironmentVariable("ARTIFACTS"); !artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        window->show();
        window->grab().save(artifacts + u"/window-grouped-failures.png"_s);
    }
    QCOMPARE(window->ui()->countLabel->text(), u"2 file(s)"_s);
    QCOMPARE(view->model()->index(failedRow, ExportsModel::GroupColumn).data().toString(), u"Gone"_s);
    QCOMPARE(view->model()->index(failedRow, ExportsModel::SizeColumn).data().toString(), u"—"_s);
    // No file: nothing to open or delete; a double click tells the whole reason.
    view->selectRow(failedRow);
    QVERIFY(!window->ui()->actionOpen->isEnabled());
    QVERIFY(!window->ui()->actionDelete->isEnabled());
    const qsizetype messages = m_dialogs.messages.size();
    emit view->doubleClicked(view->model()->index(failedRow, ExportsModel::TimeColumn));
    QCOMPARE(m_dialogs.messages.size(), messages + 1);
    QVERIFY2(m_dialogs.messages.last().contains(u"has no test cases"_s),
             qPrintable(m_dialogs.messages.last()));
    // Filtered to the group, only its failures show.
    window->ui()->groupFilter->setCurrentIndex(window->ui()->groupFilter->findData(u"Gone"_s));
    QCOMPARE(view->model()->rowCount(), 1);
    // The counter follows the filter: no file of Gone among the two.
    QCOMPARE(window->ui()->countLabel->text(), u"0 of 2 file(s)"_s);
    window->ui()->searchEdit->setText(QString::number(2099)); // in no file name
    QCOMPARE(window->ui()->countLabel->text(), u"0 of 2 file(s)"_s);
    window->ui()->searchEdit->clear();
    window->ui()->groupFilter->setCurrentIndex(window->ui()->groupFilter->findData(u"API"_s));
    QCOMPARE(window->ui()->countLabel->text(), u"2 file(s)"_s); // both files are API's
    window->ui()->groupFilter->setCurrentIndex(0);              // all groups
    QCOMPARE(window->ui()->countLabel->text(), u"2 file(s)"_s);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
