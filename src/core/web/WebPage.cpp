#include "WebPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Every word the pages show; app.js and changes.js look them up by their English text.
const char *const pageStrings[] = {
    QT_TRANSLATE_NOOP("WebPage", "TestOps exports"),
    QT_TRANSLATE_NOOP("WebPage", "Run now"),
    QT_TRANSLATE_NOOP("WebPage", "Exporting…"),
    QT_TRANSLATE_NOOP("WebPage", "Files"),
    QT_TRANSLATE_NOOP("WebPage", "Total size"),
    QT_TRANSLATE_NOOP("WebPage", "Last export"),
    QT_TRANSLATE_NOOP("WebPage", "Next run"),
    QT_TRANSLATE_NOOP("WebPage", "Schedule"),
    QT_TRANSLATE_NOOP("WebPage", "paused"),
    QT_TRANSLATE_NOOP("WebPage", "Groups"),
    QT_TRANSLATE_NOOP("WebPage", "Group"),
    QT_TRANSLATE_NOOP("WebPage", "State"),
    QT_TRANSLATE_NOOP("WebPage", "Last result"),
    QT_TRANSLATE_NOOP("WebPage", "Snapshot"),
    QT_TRANSLATE_NOOP("WebPage", "Exports"),
    QT_TRANSLATE_NOOP("WebPage", "All groups"),
    QT_TRANSLATE_NOOP("WebPage", "Exported"),
    QT_TRANSLATE_NOOP("WebPage", "Size"),
    QT_TRANSLATE_NOOP("WebPage", "Test cases"),
    QT_TRANSLATE_NOOP("WebPage", "Download"),
    QT_TRANSLATE_NOOP("WebPage", "Previous"),
    QT_TRANSLATE_NOOP("WebPage", "Next"),
    QT_TRANSLATE_NOOP("WebPage", "Page %1 of %2"),
    QT_TRANSLATE_NOOP("WebPage", "Kept: %1"),
    QT_TRANSLATE_NOOP("WebPage", "No exports yet."),
    QT_TRANSLATE_NOOP("WebPage", "Export started."),
    QT_TRANSLATE_NOOP("WebPage", "An export is already running."),
    QT_TRANSLATE_NOOP("WebPage", "Done. New files: %1."),
    QT_TRANSLATE_NOOP("WebPage", "The export ended with errors: %1"),
    QT_TRANSLATE_NOOP("WebPage", "Group %1 of %2: %3"),
    QT_TRANSLATE_NOOP("WebPage", "new"),
    QT_TRANSLATE_NOOP("WebPage", "never"),
    QT_TRANSLATE_NOOP("WebPage", "The server cannot be reached."),
    QT_TRANSLATE_NOOP("WebPage", "Changes"),
    QT_TRANSLATE_NOOP("WebPage", "no changes"),
    QT_TRANSLATE_NOOP("WebPage", "first export"),
    QT_TRANSLATE_NOOP("WebPage", "comparing…"),
    QT_TRANSLATE_NOOP("WebPage", "not compared"),
    QT_TRANSLATE_NOOP("WebPage", "All exports"),
    QT_TRANSLATE_NOOP("WebPage", "Changes in %1"),
    QT_TRANSLATE_NOOP("WebPage", "Compared with %1"),
    QT_TRANSLATE_NOOP("WebPage", "The previous file was deleted, so old texts cannot be shown."),
    QT_TRANSLATE_NOOP("WebPage", "Columns added: %1"),
    QT_TRANSLATE_NOOP("WebPage", "Columns removed: %1"),
    QT_TRANSLATE_NOOP("WebPage", "Added"),
    QT_TRANSLATE_NOOP("WebPage", "Removed"),
    QT_TRANSLATE_NOOP("WebPage", "Changed"),
    QT_TRANSLATE_NOOP("WebPage", "All"),
    QT_TRANSLATE_NOOP("WebPage", "added"),
    QT_TRANSLATE_NOOP("WebPage", "removed"),
    QT_TRANSLATE_NOOP("WebPage", "changed"),
    QT_TRANSLATE_NOOP("WebPage", "Field"),
    QT_TRANSLATE_NOOP("WebPage", "Before"),
    QT_TRANSLATE_NOOP("WebPage", "Now"),
    QT_TRANSLATE_NOOP("WebPage", "Nothing changed."),
    QT_TRANSLATE_NOOP("WebPage", "Compared with"),
    QT_TRANSLATE_NOOP("WebPage", "Export progress"),
    QT_TRANSLATE_NOOP("WebPage", "%1 (the previous export)"),
    QT_TRANSLATE_NOOP("WebPage", "Find by id or name"),
    QT_TRANSLATE_NOOP("WebPage", "Open in TestOps"),
    QT_TRANSLATE_NOOP("WebPage", "%1 added, %2 removed, %3 changed since %4"),
    QT_TRANSLATE_NOOP("WebPage", "No case holds “%1”."),
    QT_TRANSLATE_NOOP("WebPage", "This export was not compared: %1"),
    QT_TRANSLATE_NOOP("WebPage", "Storage cleanup in TestOps"),
    QT_TRANSLATE_NOOP("WebPage",
                      "TestOps deletes the attachments, scenarios and fixtures of closed launches by "
                      "these rules: for each kind and test status, the earliest delay of a global rule "
                      "and of the project's rule applies; a cell without a rule is never deleted. This "
                      "page only shows them; they are changed in the desktop app or with "
                      "--cleanup-rules."),
    QT_TRANSLATE_NOOP("WebPage", "Reading the rules from TestOps…"),
    QT_TRANSLATE_NOOP("WebPage", "The rules cannot be read: %1"),
    QT_TRANSLATE_NOOP("WebPage", "%1 (project %2)"),
    QT_TRANSLATE_NOOP("WebPage", "The full rule set is in place."),
    QT_TRANSLATE_NOOP("WebPage", "%1 of 15 cells have no rule: those artefacts are never deleted."),
    QT_TRANSLATE_NOOP("WebPage", "%1 h · global"),
    QT_TRANSLATE_NOOP("WebPage", "%1 h · project"),
    QT_TRANSLATE_NOOP("WebPage", "missing"),
    QT_TRANSLATE_NOOP("WebPage", "Cleanup rules"),
    QT_TRANSLATE_NOOP("WebPage", "Download %1"),
    QT_TRANSLATE_NOOP("WebPage", "Exports run on %1 (leading since %2); this replica serves them."),
    QT_TRANSLATE_NOOP("WebPage", "No replica leads at the moment; one takes over within seconds."),
    QT_TRANSLATE_NOOP("WebPage", "Snapshots"),
    QT_TRANSLATE_NOOP("WebPage",
                      "Every test case whole, as each snapshot kept it: its fields, its steps with "
                      "expected results and shared steps, its attachments. Pick a case; pick "
                      "another snapshot to see what changed. Read-only: restoring is done in the "
                      "desktop app or with --restore-snapshot."),
    QT_TRANSLATE_NOOP("WebPage", "Group"),
    QT_TRANSLATE_NOOP("WebPage", "Snapshot"),
    QT_TRANSLATE_NOOP("WebPage", "Compare with"),
    QT_TRANSLATE_NOOP("WebPage", "nothing"),
    QT_TRANSLATE_NOOP("WebPage", "No snapshot is kept yet."),
    QT_TRANSLATE_NOOP("WebPage", "%1 test cases"),
    QT_TRANSLATE_NOOP("WebPage", "No difference."),
    QT_TRANSLATE_NOOP("WebPage", "Attachments"),
    QT_TRANSLATE_NOOP("WebPage", "not kept: TestOps did not give its bytes"),
};

QByteArray resource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray escapeHtml(const QString &text) {
    return text.toHtmlEscaped().toUtf8();
}
} // namespace

WebPage::WebPage(QString catalogueFolder)
    : m_catalogueFolder(std::move(catalogueFolder)) {}

WebPage::~WebPage() = default;

QString WebPage::languageFor(const QByteArray &acceptLanguage) {
    // "ru-RU,ru;q=0.9,en-US;q=0.8": the highest q wins, the first listed among equals.
    double best = -1;
    QString chosen = u"en"_s;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.trimmed().split(';');
        const QString tag = QString::fromLatin1(parts.value(0).trimmed()).toLower();
        double q = 1;
        for (const QByteArray &parameter : parts.mid(1)) {
            const QByteArray trimmed = parameter.trimmed();
            if (trimmed.startsWith("q="))
                q = trimmed.mid(2).toDouble();
        }
        const QString language = tag.startsWith(u"ru"_s)   ? u"ru"_s
                                 : tag.startsWith(u"en"_s) ? u"en"_s
                                                           : QString();
        if (!language.isEmpty() && q > best) {
            best = q;
            chosen = language;
        }
    }
    return chosen;
}

std::shared_ptr<QTranslator> WebPage::translator(const QString &language) {
    auto it = m_translators.find(language);
    if (it == m_translators.end()) {
        auto loaded = std::make_shared<QTranslator>();
        if (!loaded->load(u"testops-export_"_s + language, m_catalogueFolder))
            loaded.reset();
        it = m_translators.insert(language, loaded);
    }
    return *it;
}

QString WebPage::translate(const QString &language, const char *source) {
    const std::shared_ptr<QTranslator> catalogue = translator(language);
    const QString text = catalogue ? catalogue->translate("WebPage", source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

Words WebPage::words(const QString &language) {
    return Words(translator(language), QLocale(language == u"ru"_s ? QLocale::Russian : QLocale::English));
}

const QByteArray &WebPage::index(const QString &language) {
    return page(u"index.html"_s, language);
}

const QByteArray &WebPage::changes(const QString &language) {
    return page(u"changes.html"_s, language);
}

const QByteArray &WebPage::cleanup(const QString &language) {
    return page(u"cleanup.html"_s, language);
}

const QByteArray &WebPage::snapshots(const QString &language) {
    return page(u"snapshots.html"_s, language);
}

const QByteArray &WebPage::page(const QString &resourceName, const QString &language) {
    const QString key = resourceName + u'/' + language;
    auto it = m_pages.find(key);
    if (it != m_pages.end())
        return *it;
    QJsonObject words;
    for (const char *source : pageStrings)
        words.insert(QString::fromUtf8(source), translate(language, source));
    // A JSON data block: never executed, and "<" is escaped so that no text can close the element.
    QByteArray json = QJsonDocument(words).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c");
    QByteArray text = resource(u":/web/"_s + resourceName);
    text.replace("{{LANG}}", language.toLatin1());
    text.replace("{{TITLE}}", escapeHtml(translate(language, "TestOps exports")));
    text.replace("{{I18N}}", json);
    return *m_pages.insert(key, text);
}

QByteArray WebPage::login(const QString &language, LoginError error, int waitSecs) {
    QByteArray page = resource(u":/web/login.html"_s);
    page.replace("{{LANG}}", language.toLatin1());
    page.replace("{{TITLE}}", escapeHtml(translate(language, "TestOps exports")));
    page.replace(
        "{{PROMPT}}",
        escapeHtml(translate(
            language,
            QT_TRANSLATE_NOOP(
                "WebPage",
                "This page asks for an access key. Ask the person who runs the export app for it."))));
    page.replace("{{LABEL}}", escapeHtml(translate(language, QT_TRANSLATE_NOOP("WebPage", "Access key"))));
    page.replace("{{BUTTON}}", escapeHtml(translate(language, QT_TRANSLATE_NOOP("WebPage", "Sign in"))));
    QString message;
    if (error == LoginError::WrongKey)
        message = translate(language, QT_TRANSLATE_NOOP("WebPage", "That key is not right."));
    else if (error == LoginError::TooManyTries)
        message = translate(language, QT_TRANSLATE_NOOP("WebPage", "Too many wrong keys came from this "
                                                                   "address. Try again in %1 s."))
                      .arg(waitSecs);
    page.replace("{{ERROR}}", escapeHtml(message));
    return page;
}

WebPage::Asset WebPage::asset(const QString &path) const {
    static const QHash<QString, std::pair<QString, QByteArray>> assets = {
        {u"/assets/app.js"_s, {u":/web/app.js"_s, "text/javascript; charset=utf-8"}},
        {u"/assets/changes.js"_s, {u":/web/changes.js"_s, "text/javascript; charset=utf-8"}},
        {u"/assets/cleanup.js"_s, {u":/web/cleanup.js"_s, "text/javascript; charset=utf-8"}},
        {u"/assets/snapshots.js"_s, {u":/web/snapshots.js"_s, "text/javascript; charset=utf-8"}},
        {u"/assets/app.css"_s, {u":/web/app.css"_s, "text/css; charset=utf-8"}},
        {u"/assets/icon.svg"_s, {u":/web/icon.svg"_s, "image/svg+xml"}},
    };
    const auto it = assets.constFind(path);
    if (it == assets.cend())
        return {};
    return {resource(it->first), it->second};
}
