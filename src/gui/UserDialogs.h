// The questions the window asks the user and the things it opens outside the app; tests replace them.
#pragma once

#include <QString>
#include <QUrl>

class QWidget;

class UserDialogs {
public:
    virtual ~UserDialogs() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    // Empty when the user cancels. `filter`: the kinds offered ("HTML page (*.html);;CSV file (*.csv)");
    // empty: the suggested name's own kind.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter = QString());
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual bool openUrl(const QUrl &url);
};
