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

QString Words::dataSize(qint64 bytes) const {
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("Words", "%1 bytes"), QT_TRANSLATE_NOOP("Words", "%1 KiB"),
        QT_TRANSLATE_NOOP("Words", "%1 MiB"),   QT_TRANSLATE_NOOP("Words", "%1 GiB"),
        QT_TRANSLATE_NOOP("Words", "%1 TiB"),   QT_TRANSLATE_NOOP("Words", "%1 PiB")};
    int unit = 0;
    double value = double(bytes);
    while (value >= 1024 && unit < 5) {
        value /= 1024;
        ++unit;
    }
    const QString number = unit == 0 ? m_locale.toString(bytes) : m_locale.toString(value, 'f', 2);
    return (*this)("Words", units[unit]).arg(number);
}
