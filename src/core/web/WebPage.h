// The web view's page and assets, from the app's resources, with its words in the language the browser asks
// for (Russian or English, from Accept-Language) whatever language the app itself speaks.
#pragma once

#include "config/Words.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QTranslator;

class WebPage {
public:
    struct Asset {
        QByteArray bytes;
        QByteArray type;
    };

    // `catalogueFolder` holds testops-export_<lang>.qm (":/i18n" in the app).
    explicit WebPage(QString catalogueFolder);
    ~WebPage();

    // "ru" or "en": the first of the browser's languages we have, by their q-values.
    static QString languageFor(const QByteArray &acceptLanguage);

    // The app's texts in `language` (for what the server says: headlines, errors).
    Words words(const QString &language);

    const QByteArray &index(const QString &language);
    // The change page of one export (which one, it reads from its address).
    const QByteArray &changes(const QString &language);
    const QByteArray &cleanup(const QString &language);
    const QByteArray &snapshots(const QString &language);
    enum class LoginError { None, WrongKey, TooManyTries };
    // The sign-in form; with TooManyTries, `waitSecs` says when the next key is looked at.
    QByteArray login(const QString &language, LoginError error, int waitSecs = 0);
    // A static asset by its path under /assets/; empty bytes when there is none.
    Asset asset(const QString &path) const;

    // The catalogue of `language` (null when there is none: the source's English).
    std::shared_ptr<QTranslator> translator(const QString &language);

private:
    QString translate(const QString &language, const char *source);
    const QByteArray &page(const QString &resourceName, const QString &language);

    QString m_catalogueFolder;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
    QHash<QString, QByteArray> m_pages;
};
