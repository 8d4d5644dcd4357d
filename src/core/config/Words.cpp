#include "Words.h"

#include <QCoreApplication>
#include <QTranslator>

Words::Words(std::shared_ptr<const QTranslator> translator, QLocale locale)
    : m_own(true)
    , m_translator(std::move(translator))
    , m_locale(std::move(locale)) {}

QString Words::operator()(const char *context, const char *source, int n) const {
    if (!m_own)
        return QCoreApplication::translate(context, source, nullptr, n);
    QString text = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) // as QCoreApplication::translate does
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}
