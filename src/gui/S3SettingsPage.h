// The settings dialog's "S3 storage" page: the Go tool's S3_* settings, and Test connection, which writes,
// checks and deletes a probe object, so a wrong bucket, key or endpoint shows before the first export fails.
#pragma once

#include "config/Config.h"

#include <QWidget>

class Clock;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

class S3SettingsPage : public QWidget {
    Q_OBJECT
public:
    S3SettingsPage(const Clock &clock, QNetworkAccessManager *network, QWidget *parent = nullptr);

    QCheckBox *enabledCheck;
    QLineEdit *bucketEdit;
    QLineEdit *endpointEdit;
    QLineEdit *regionEdit;
    QLineEdit *accessKeyEdit;
    QLineEdit *secretKeyEdit;
    QPushButton *testButton;
    QLabel *resultLabel;

    // Writes a probe object with `settings`, checks it and deletes it; the result shows below the button.
    void test(const S3Settings &settings);

signals:
    void edited();
    void tested(bool ok);

private:
    void report(bool ok, const QString &text);

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
};
