#include "UserDialogs.h"

#include <QString>

using namespace Qt::StringLiterals;

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

bool UserDialogs::confirm(QWidget *parent, const QString &title, const QString &text) {
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString UserDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter) {
    QString kinds = filter;
    if (kinds.isEmpty()) { // the suggested name's own kind, never a CSV filter for an .html name
        const QString suffix = QFileInfo(suggestedPath).suffix().toLower();
        kinds = suffix == u"csv"_s    ? QObject::tr("CSV files (*.csv)")
                : suffix == u"html"_s ? QObject::tr("HTML page (*.html)")
                : suffix == u"txt"_s  ? QObject::tr("Text files (*.txt)")
                                      : QObject::tr("All files (*)");
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, kinds);
}

void UserDialogs::information(QWidget *parent, const QString &title, const QString &text) {
    QMessageBox::information(parent, title, text);
}

bool UserDialogs::openUrl(const QUrl &url) {
    return QDesktopServices::openUrl(url);
}
