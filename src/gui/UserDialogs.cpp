#include "UserDialogs.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>

bool UserDialogs::confirm(QWidget *parent, const QString &title, const QString &text) {
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString UserDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath) {
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, QObject::tr("CSV files (*.csv)"));
}

void UserDialogs::information(QWidget *parent, const QString &title, const QString &text) {
    QMessageBox::information(parent, title, text);
}

bool UserDialogs::openUrl(const QUrl &url) {
    return QDesktopServices::openUrl(url);
}
