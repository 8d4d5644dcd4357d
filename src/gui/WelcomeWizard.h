// The first run: connects to TestOps in three steps (the address, a token checked against the server, the
// groups ticked in the live tree), with no setting names or id syntax in front of the user, and offers to
// run the first export at once. What it saves is what the settings dialog edits later.
#pragma once

#include "TreeBrowser.h"
#include "config/ExportGroup.h"
#include "testops/ApiError.h"

#include <QPointer>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class Clock;
class DesktopSettings;
class TestOpsClient;

class WelcomeWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { AddressPage, TokenPage, GroupsPage };

    // `exportFolder` is proposed on the last page; `storage` receives the settings on Finish (null in tests
    // that only look).
    WelcomeWizard(DesktopSettings *storage, const Clock &clock, QNetworkAccessManager *network,
                  const QString &exportFolder, QWidget *parent = nullptr);
    ~WelcomeWizard() override;

    // The address as it will be saved (https:// added when the user typed none).
    QString address() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *addressProblem() const { return m_addressProblem; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *tokenStatus() const { return m_tokenStatus; }
    TreeBrowser *treeBrowser() const { return m_browser; }
    QLabel *chosenLabel() const { return m_chosen; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *runNowCheck() const { return m_runNow; }
    bool runFirstExportNow() const;
    ExportGroups groups() const;
    // Where the token went when saved: empty (keychain), or why it is in the settings file.
    const QString &tokenNote() const { return m_tokenNote; }

    bool validateCurrentPage() override;
    void accept() override;

signals:
    void tokenChecked(bool ok); // the check on Next of the token page ended (for tests)

private:
    void checkToken();
    void forgetCheck();
    void showTokenProblem(const QString &text);
    static QString plainWords(const ApiError &error);

    DesktopSettings *m_storage;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QLineEdit *m_address;
    QLabel *m_addressProblem;
    QLineEdit *m_token;
    QLabel *m_tokenStatus;
    QLabel *m_chosen;
    QLineEdit *m_folder;
    QCheckBox *m_runNow;
    QPointer<TreeBrowser> m_browser;
    QPointer<TestOpsClient> m_client;        // the connection as checked, reused by the tree
    QPointer<TestOpsClient> m_browserClient; // the connection the tree shown was loaded with
    bool m_tokenOk = false;
    bool m_checking = false;
    QString m_tokenNote;
};
