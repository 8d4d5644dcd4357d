#include "S3SettingsPage.h"

#include "storage/S3Client.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

S3SettingsPage::S3SettingsPage(const Clock &clock, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , enabledCheck(new QCheckBox(tr("&Keep a second copy of every export in an S3 bucket"), this))
    , bucketEdit(new QLineEdit(this))
    , endpointEdit(new QLineEdit(this))
    , regionEdit(new QLineEdit(this))
    , accessKeyEdit(new QLineEdit(this))
    , secretKeyEdit(new QLineEdit(this))
    , testButton(new QPushButton(tr("&Test connection"), this))
    , resultLabel(new QLabel(this))
    , m_clock(clock)
    , m_network(network) {
    auto *form = new QFormLayout(this);
    form->addRow(enabledCheck);
    form->addRow(tr("&Bucket"), bucketEdit);
    form->addRow(tr("&Endpoint"), endpointEdit);
    form->addRow(tr("&Region"), regionEdit);
    form->addRow(tr("&Access key"), accessKeyEdit);
    form->addRow(tr("&Secret key"), secretKeyEdit);
    form->addRow(testButton);
    form->addRow(resultLabel);
    endpointEdit->setPlaceholderText(
        tr("empty for AWS; https://storage.yandexcloud.net, http://minio:9000…"));
    secretKeyEdit->setEchoMode(QLineEdit::Password);
    resultLabel->setWordWrap(true);
    resultLabel->setTextFormat(Qt::PlainText);
    for (QLineEdit *edit : {bucketEdit, endpointEdit, regionEdit, accessKeyEdit, secretKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &S3SettingsPage::edited);
    connect(enabledCheck, &QCheckBox::toggled, this, &S3SettingsPage::edited);
}

void S3SettingsPage::report(bool ok, const QString &text) {
    testButton->setEnabled(true);
    resultLabel->setText(text);
    emit tested(ok);
}

void S3SettingsPage::test(const S3Settings &settings) {
    if (settings.bucket.isEmpty() || settings.accessKey.isEmpty() || settings.secretKey.isEmpty()) {
        report(false, tr("Fill in the bucket, the access key and the secret key first."));
        return;
    }
    auto *probe = new QTemporaryFile(QDir::temp().filePath(u"testops-export-probe-XXXXXX"_s), this);
    if (!probe->open()) {
        report(false, tr("A probe file cannot be written: %1").arg(probe->errorString()));
        return;
    }
    probe->write("testops-export connection check\n");
    probe->flush();
    QByteArray md5, sha256;
    qint64 size = 0;
    S3Client::digests(probe->fileName(), &md5, &sha256, &size);
    auto *client = new S3Client(S3Client::Options::of(settings, 30000), m_network, m_clock, probe);
    const QString key = u"exports/.testops-export-probe-%1"_s.arg(QRandomGenerator::global()->generate(), 8,
                                                                  16, QLatin1Char('0'));
    testButton->setEnabled(false);
    resultLabel->setText(tr("Writing a probe object to %1…").arg(settings.bucket));
    S3Call *put = client->putFile(key, probe->fileName(), md5, sha256, "text/plain");
    connect(put, &S3Call::finished, this, [this, put, client, key, md5, probe, bucket = settings.bucket] {
        if (!put->ok()) {
            report(false, tr("The bucket %1 cannot be written: %2").arg(bucket, put->error()));
            probe->deleteLater();
            return;
        }
        S3Call *head = client->head(key);
        connect(head, &S3Call::finished, this, [this, head, client, key, md5, probe, bucket] {
            const bool same = head->ok() && head->header("etag").replace('"', "") == md5.toHex();
            S3Call *removed = client->remove(key);
            connect(removed, &S3Call::finished, this, [this, removed, same, probe, bucket] {
                probe->deleteLater();
                if (!same)
                    report(false,
                           tr("The probe object written to %1 did not read back as written.").arg(bucket));
                else if (!removed->ok())
                    report(false,
                           tr("The bucket %1 takes exports, but the probe object cannot be deleted: %2 "
                              "(retention needs to delete)")
                               .arg(bucket, removed->error()));
                else
                    report(true,
                           tr("Connected: the bucket %1 takes exports (a probe object was written, checked "
                              "and deleted).")
                               .arg(bucket));
            });
        });
    });
}
