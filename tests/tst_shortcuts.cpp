// No two actions of the window share a key, under the standard key bindings of each platform theme: GTK's
// and GNOME's Refresh is Ctrl+R as well as F5, which made Run now's Ctrl+R ambiguous there (Qt then runs
// neither). Run once per theme by tests/gui/shortcuts_xvfb.sh, with QT_QPA_PLATFORMTHEME set.
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMap>
#include <QShortcut>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShortcuts : public QObject {
    Q_OBJECT
private slots:
    void theThemeIsTheOneAskedFor();
    void noTwoActionsShareAKey();
};

void TestShortcuts::theThemeIsTheOneAskedFor() {
    // Proof that the theme's key bindings are in force, not Qt's generic ones.
    const QString theme = qEnvironmentVariable("QT_QPA_PLATFORMTHEME");
    const QList<QKeySequence> refresh = QKeySequence::keyBindings(QKeySequence::Refresh);
    qInfo("theme %s: Refresh is %s", qPrintable(theme),
          qPrintable(QKeySequence::listToString(refresh, QKeySequence::PortableText)));
    if (theme == u"gnome"_s || theme == u"gtk3"_s)
        QVERIFY(refresh.contains(QKeySequence(u"Ctrl+R"_s)));
    else
        QVERIFY(!refresh.isEmpty());
}

void TestShortcuts::noTwoActionsShareAKey() {
    MainWindow window(nullptr);
    QMap<QString, QStringList> owners; // key (portable text) -> who answers to it
    const auto name = [](const QObject *object, const QString &text) {
        return object->objectName().isEmpty() ? QString(text).remove(u'&') : object->objectName();
    };
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            owners[key.toString(QKeySequence::PortableText)].append(name(action, action->text()));
    }
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        for (const QKeySequence &key : shortcut->keys())
            owners[key.toString(QKeySequence::PortableText)].append(name(shortcut, u"a shortcut"_s));
    }
    QVERIFY(owners.contains(u"Ctrl+R"_s)); // Run now
    QStringList shared;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            shared.append(u"%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    QVERIFY2(shared.isEmpty(), qPrintable(u"under theme %1, keys of two actions: %2"_s.arg(
                                   qEnvironmentVariable("QT_QPA_PLATFORMTHEME"), shared.join(u"; "_s))));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
