#include "WelcomeWizard.h"

#include "DesktopSettings.h"
#include "SettingsDialog.h"
#include "TreeBrowser.h"
#include "config/ConfigLoader.h"
#include "config/SettingsTable.h"
#include "log/LogCategories.h"
#include "testops/TestOpsCatalog.h"
#include "testops/TestOpsClient.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// A page that is complete when its own test says so.
class CheckedPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void recheck() { emit completeChanged(); }
};

QLabel *wrapped(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

WelcomeWizard::WelcomeWizard(DesktopSettings *storage, const Clock &clock, QNetworkAccessManager *network,
                             const QString &exportFolder, QWidget *parent)
    : QWizard(parent)
    , m_storage(storage)
    , m_clock(clock)
    , m_network(network) {
    setWindowTitle(tr("Welcome to TestOps Export"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every desktop, and in the tests' screenshots
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    resize(640, 520);

    // 1. The address.
    auto *addressPage = new CheckedPage(this);
    addressPage->setTitle(tr("Step 1 of 3: where is your TestOps?"));
    addressPage->setSubTitle(tr("The address you open Allure TestOps at in your browser."));
    m_address = new QLineEdit(addressPage);
    m_address->setPlaceholderText(u"https://testops.example.com"_s);
    m_addressProblem = wrapped(QString(), addressPage);
    m_addressProblem->setStyleSheet(u"color: %1"_s.arg(SettingsDialog::errorColorOn(this)));
    m_addressProblem->hide();
    auto *addressLabel = new QLabel(tr("TestOps add&ress"), addressPage);
    addressLabel->setBuddy(m_address);
    auto *addressLayout = new QFormLayout(addressPage);
    addressLayout->addRow(wrapped(tr("This app keeps a copy of your test cases as CSV files, exported from "
                                     "TestOps every day. First, tell it where TestOps is."),
                                  addressPage));
    addressLayout->addRow(addressLabel, m_address);
    addressLayout->addRow(QString(), m_addressProblem);
    const auto addressProblem = [this]() -> QString {
        const LoadedConfig checked =
            ConfigLoader::resolve({{u"TESTOPS_BASE_URL"_s, {address(), SettingSource::SettingsFile}}});
        for (const ConfigProblem &problem : checked.problems) {
            if (problem.setting == u"TESTOPS_BASE_URL"_s)
                return tr("%1. Expected: %2.").arg(problem.reason, problem.expected);
        }
        return QString();
    };
    addressPage->complete = [addressProblem] { return addressProblem().isEmpty(); };
    // Judged once the user has typed, not before.
    connect(m_address, &QLineEdit::textEdited, this, [this, addressPage, addressProblem] {
        const QString problem = addressProblem();
        m_addressProblem->setText(problem);
        m_addressProblem->setVisible(!problem.isEmpty());
        forgetCheck();
        addressPage->recheck();
    });
    setPage(AddressPage, addressPage);

    // 2. The token, checked with TestOps on Next.
    auto *tokenPage = new CheckedPage(this);
    tokenPage->setTitle(tr("Step 2 of 3: your API token"));
    tokenPage->setSubTitle(
        tr("In TestOps, open your profile, then API tokens, and create one. Paste it here; the app keeps "
           "it in the system keychain."));
    m_token = new QLineEdit(tokenPage);
    m_token->setEchoMode(QLineEdit::Password);
    auto *showToken = new QCheckBox(tr("&Show"), tokenPage);
    connect(showToken, &QCheckBox::toggled, this,
            [this](bool show) { m_token->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    m_tokenStatus = wrapped(QString(), tokenPage);
    m_tokenStatus->setTextFormat(Qt::PlainText);
    auto *tokenLabel = new QLabel(tr("API &token"), tokenPage);
    tokenLabel->setBuddy(m_token);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(showToken);
    auto *tokenLayout = new QFormLayout(tokenPage);
    tokenLayout->addRow(tokenLabel, tokenRow);
    tokenLayout->addRow(QString(), m_tokenStatus);
    tokenPage->complete = [this] { return !m_token->text().trimmed().isEmpty() && !m_checking; };
    connect(m_token, &QLineEdit::textChanged, this, [this, tokenPage] {
        forgetCheck();
        m_tokenStatus->clear();
        tokenPage->recheck();
    });
    setPage(TokenPage, tokenPage);

    // 3. The groups, ticked in the live tree; the folder; the first export.
    auto *groupsPage = new CheckedPage(this);
    groupsPage->setTitle(tr("Step 3 of 3: what to export"));
    groupsPage->setSubTitle(tr("Tick the groups of the test case tree to export: each goes to a file of its "
                               "own, every day at 7:00. You can change all of this later in Settings."));
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    auto *browserSlot = new QVBoxLayout;
    groupsLayout->addLayout(browserSlot, 1);
    m_chosen = wrapped(QString(), groupsPage);
    m_chosen->setTextFormat(Qt::PlainText);
    groupsLayout->addWidget(m_chosen);
    m_folder = new QLineEdit(QDir::toNativeSeparators(exportFolder), groupsPage);
    auto *folderLabel = new QLabel(tr("Save the files &in"), groupsPage);
    folderLabel->setBuddy(m_folder);
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), groupsPage);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);
    groupsLayout->addLayout(folderRow);
    m_runNow = new QCheckBox(tr("&Run the first export now"), groupsPage);
    m_runNow->setChecked(true);
    groupsLayout->addWidget(m_runNow);
    groupsPage->complete = [this] {
        return m_browser && m_browser->hasChoice() && !m_folder->text().trimmed().isEmpty();
    };
    connect(m_folder, &QLineEdit::textChanged, groupsPage, &CheckedPage::recheck);
    setPage(GroupsPage, groupsPage);

    connect(this, &QWizard::currentIdChanged, this, [this, groupsPage, browserSlot](int id) {
        if (id != GroupsPage || !m_client || (m_browser && m_browserClient == m_client))
            return; // the tree shown is the one of the connection checked
        delete m_browser;
        m_browserClient = m_client;
        m_browser = new TreeBrowser(new TestOpsCatalog(m_client, m_client), groupsPage);
        browserSlot->addWidget(m_browser);
        const auto update = [this, groupsPage] {
            QStringList names;
            for (const ExportGroup &group : m_browser->choices())
                names.append(group.name);
            m_chosen->setText(
                names.isEmpty()
                    ? tr("No group chosen yet.")
                    : tr("%n group(s) chosen: %1", nullptr, int(names.size())).arg(names.join(u", "_s)));
            groupsPage->recheck();
        };
        connect(m_browser, &TreeBrowser::choiceChanged, this, update);
        update();
    });
}

WelcomeWizard::~WelcomeWizard() = default;

QString WelcomeWizard::address() const {
    QString text = m_address->text().trimmed();
    if (!text.isEmpty() && !text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    return text;
}

bool WelcomeWizard::runFirstExportNow() const {
    return m_runNow->isChecked();
}

ExportGroups WelcomeWizard::groups() const {
    return m_browser ? m_browser->choices() : ExportGroups();
}

bool WelcomeWizard::validateCurrentPage() {
    if (currentId() != TokenPage || m_tokenOk)
        return QWizard::validateCurrentPage();
    if (!m_checking)
        checkToken();
    return false; // goes on by itself once TestOps has answered
}

QString WelcomeWizard::plainWords(const ApiError &error) {
    // The client's words name settings (for the command line and the log); here the user typed them into
    // the steps of this window, so the words name the steps.
    switch (error.kind) {
    case ApiError::Kind::AuthFailed:
    case ApiError::Kind::Unauthorized:
        return tr("TestOps refused this token (HTTP %1). Copy it again from API tokens in your TestOps "
                  "profile: a token that was deleted or has expired is refused.")
            .arg(error.httpStatus);
    case ApiError::Kind::Dns:
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::Timeout:
        return tr("No TestOps answered at this address (%1). Go back and check the address.")
            .arg(QString(error.message).remove(u": check TESTOPS_BASE_URL"_s));
    default:
        return QString(error.message)
            .replace(u"TESTOPS_BASE_URL"_s, tr("the address"))
            .replace(u"TESTOPS_TOKEN"_s, tr("the token"));
    }
}

void WelcomeWizard::forgetCheck() {
    // The address or the token changed: what TestOps said (or is about to say) was about the old ones.
    m_tokenOk = false;
    if (m_checking) {
        m_checking = false;
        if (m_client)
            m_client->deleteLater(); // its answer is not waited for
        m_client = nullptr;
        m_tokenStatus->clear();
        static_cast<CheckedPage *>(page(TokenPage))->recheck();
    }
}

void WelcomeWizard::showTokenProblem(const QString &text) {
    m_tokenStatus->setStyleSheet(u"color: %1"_s.arg(SettingsDialog::errorColorOn(this)));
    m_tokenStatus->setText(text);
}

void WelcomeWizard::checkToken() {
    m_checking = true;
    static_cast<CheckedPage *>(page(TokenPage))->recheck();
    m_tokenStatus->setStyleSheet(QString());
    m_tokenStatus->setText(tr("Asking TestOps at %1…").arg(address()));
    if (m_client)
        m_client->deleteLater();
    const Config config =
        ConfigLoader::resolve(
            {{u"TESTOPS_BASE_URL"_s, {address(), SettingSource::SettingsFile}},
             {u"TESTOPS_TOKEN"_s, {m_token->text().trimmed(), SettingSource::SettingsFile}}})
            .config;
    m_client = new TestOpsClient(TestOpsClient::Options::of(config), m_network, m_clock, this);
    auto *catalog = new TestOpsCatalog(m_client, m_client);
    const QPointer<TestOpsClient> client = m_client;
    catalog->projects(
        [this, client, catalog](const QList<TestOpsCatalog::Node> &projects, const ApiError &error) {
            catalog->deleteLater();
            if (client != m_client)
                return; // checked again meanwhile
            m_checking = false;
            static_cast<CheckedPage *>(page(TokenPage))->recheck();
            if (error.isError()) {
                qCInfo(lcGui, "welcome: TestOps did not take the token: %s", qUtf8Printable(error.message));
                showTokenProblem(plainWords(error));
                emit tokenChecked(false);
                return;
            }
            qCInfo(lcGui, "welcome: the token works; it sees %d project(s)", int(projects.size()));
            m_tokenOk = true;
            m_tokenStatus->setText(
                tr("Connected: this token sees %n project(s).", nullptr, int(projects.size())));
            emit tokenChecked(true);
            if (currentId() == TokenPage)
                next();
        });
}

void WelcomeWizard::accept() {
    qCInfo(lcGui, "welcome: saving %d group(s)%s", int(groups().size()),
           runFirstExportNow() ? " and running the first export" : "");
    if (m_storage) {
        m_tokenNote = m_storage->save({
            {u"TESTOPS_BASE_URL"_s, address()},
            {u"TESTOPS_TOKEN"_s, m_token->text().trimmed()},
            {u"EXPORT_GROUPS"_s, SettingsTable::formatGroups(groups())},
            {u"EXPORT_PATH"_s, QDir::fromNativeSeparators(m_folder->text().trimmed())},
        });
    }
    QWizard::accept();
}
