#include "Language.h"

#include "log/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

QString Language::resolve(const QString &preference) {
    if (preference == u"ru"_s || preference == u"en"_s)
        return preference;
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (language.startsWith(u"ru"_s))
            return u"ru"_s;
        if (language.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}

QString Language::install(QCoreApplication &app, const QString &preference, const QString &catalogueFolder) {
    const QString language = resolve(preference);
    auto *catalogue = new QTranslator(&app);
    if (catalogue->load(u"testops-export_"_s + language, catalogueFolder))
        QCoreApplication::installTranslator(catalogue);
    else
        qCWarning(lcConfig, "no %s translation found in %s", qUtf8Printable(language),
                  qUtf8Printable(catalogueFolder));
    // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}
