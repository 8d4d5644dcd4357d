// Texts in one language: the app's own (what QCoreApplication::translate gives), or a catalogue of its own,
// so that the web view can answer in the browser's language whatever the app speaks. Sources are marked with
// QT_TRANSLATE_NOOP so that lupdate finds them.
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

class Words {
public:
    // The app's language and locale.
    Words() = default;
    // `translator` may be null (English, the sources).
    Words(std::shared_ptr<const QTranslator> translator, QLocale locale);

    QString operator()(const char *context, const char *source, int n = -1) const;
    const QLocale &locale() const { return m_locale; }
    // A size as the desktop writes it (1024-based: "222.87 KiB"), its unit in these words' language: Qt's
    // own formattedDataSize() names units in the app's language only, so a Russian page read "KiB".
    QString dataSize(qint64 bytes) const;

private:
    bool m_own = false;
    std::shared_ptr<const QTranslator> m_translator;
    QLocale m_locale;
};
