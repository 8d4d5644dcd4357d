// Which language the app speaks (Russian or English) and loading its translations plus Qt's own.
#pragma once

#include <QString>

class QCoreApplication;

namespace Language {

// "ru" or "en": the preference when it names one, otherwise the first of the system's UI languages we have.
QString resolve(const QString &preference);

// Installs the app's catalogue (from `catalogueFolder`, by default the embedded :/i18n) and Qt's own.
// Returns the language installed.
QString install(QCoreApplication &app, const QString &preference,
                const QString &catalogueFolder = QStringLiteral(":/i18n"));

} // namespace Language
