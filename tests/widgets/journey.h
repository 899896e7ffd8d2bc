// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Helpers for journey tests: they drive a real window the way a person does, through its menus
// (found by the texts a person reads), its dialogs and its widgets, and wait for what the window
// then shows. Use them with the real MainWindow (tests/app) or any other QMainWindow.
namespace Journey {

/// Shows `widget` (at `size` when one is given) and waits until the platform exposes it: what a
/// view test does before it looks at or grabs a view. False when it was not exposed.
inline bool showExposed(QWidget* widget, QSize size = {})
{
    if (size.isValid())
        widget->resize(size);
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

/// Shows `window` at 1280×800 and makes it the active window (window shortcuts such as F5 and
/// Alt+Right need it); false when the platform did not expose or activate it.
inline bool showActive(QWidget* window)
{
    if (!showExposed(window, {1280, 800}))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// A menu or action text as read on screen: without the '&' of its mnemonic and without the
/// shortcut that some styles append after a tab.
inline QString plainText(const QString& text)
{
    QString plain = text.section(QLatin1Char('\t'), 0, 0);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return plain;
}

/// The texts of a menu's entries, for failure messages.
inline QString entriesOf(const QList<QAction*>& actions)
{
    QStringList texts;
    for (const QAction* action : actions) {
        if (!action->isSeparator())
            texts.append(plainText(action->text()));
    }
    return texts.join(QStringLiteral(", "));
}

/// The action at `path` in the window's menu bar, e.g. {"File", "Import", "BEIR Folder…"}; every
/// step must be a visible entry of the menu before it (submenus included). Returns nullptr and
/// says in `why` what the menu had instead.
inline QAction* findMenuAction(QMainWindow* window, const QStringList& path, QString* why = nullptr)
{
    QList<QAction*> entries = window->menuBar()->actions();
    QAction* found = nullptr;
    for (int i = 0; i < path.size(); ++i) {
        found = nullptr;
        for (QAction* action : entries) {
            if (!action->isSeparator() && plainText(action->text()) == path[i]) {
                found = action;
                break;
            }
        }
        if (!found || !found->isVisible()) {
            if (why)
                *why = QStringLiteral("no visible entry '%1' in %2 (it has: %3)")
                           .arg(path[i], i == 0 ? QStringLiteral("the menu bar") : path.mid(0, i).join(QStringLiteral(" ▸ ")),
                                entriesOf(entries));
            return nullptr;
        }
        if (i + 1 < path.size()) {
            QMenu* menu = found->menu();
            if (!menu) {
                if (why)
                    *why = QStringLiteral("'%1' is not a menu").arg(path.mid(0, i + 1).join(QStringLiteral(" ▸ ")));
                return nullptr;
            }
            Q_EMIT menu->aboutToShow(); // menus that fill themselves when opened (Open Recent)
            entries = menu->actions();
        }
    }
    return found;
}

/// Finds the action at `path` and triggers it, as a click on that menu entry does; false (with a
/// warning saying why) when an entry is missing or disabled. Use it as
/// QVERIFY(Journey::triggerMenuPath(&window, {"File", "New Project…"})).
inline bool triggerMenuPath(QMainWindow* window, const QStringList& path)
{
    QString why;
    QAction* action = findMenuAction(window, path, &why);
    if (!action) {
        qWarning("menu path %s: %s", qPrintable(path.join(QStringLiteral(" ▸ "))), qPrintable(why));
        return false;
    }
    if (!action->isEnabled()) {
        qWarning("menu path %s: the entry is disabled", qPrintable(path.join(QStringLiteral(" ▸ "))));
        return false;
    }
    action->trigger();
    return true;
}

/// The window's action with this shortcut (menus, pages and the window itself), or nullptr.
inline QAction* findShortcut(QWidget* window, const QKeySequence& shortcut)
{
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->shortcuts().contains(shortcut))
            return action;
    }
    return nullptr;
}

/// Runs `handle` on the first visible top-level widget of type T (a dialog) once one shows, from
/// inside the event loop that shows it — a modal exec() runs its own. The returned flag turns
/// true when `handle` ran; give up after `timeoutMs`.
template<typename T>
std::shared_ptr<bool> whenShown(std::function<void(T*)> handle, int timeoutMs = 20000)
{
    auto done = std::make_shared<bool>(false);
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle), done, elapsed, timeoutMs] {
        *elapsed += timer->interval();
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) {
                timer->stop();
                timer->deleteLater();
                handle(found);
                *done = true;
                return;
            }
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            QStringList shown;
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible())
                    shown.append(QString::fromLatin1(widget->metaObject()->className()));
            }
            qWarning("no %s showed within %d ms; visible windows: %s", T::staticMetaObject.className(), timeoutMs,
                     qPrintable(shown.join(QStringLiteral(", "))));
        }
    });
    timer->start();
    return done;
}

/// Answers the next file dialog (open, save or folder) with `path`, as typing it and pressing
/// Enter does.
inline std::shared_ptr<bool> answerFileDialog(const QString& path)
{
    return whenShown<QFileDialog>([path](QFileDialog* dialog) {
        // Typed into the file name field: selectFile() leaves that field alone while it has the
        // focus, and accept() reads it.
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() checks the typed name, as Enter does
        if (dialog->isVisible())
            qWarning("the file dialog did not take %s (it has %s)", qPrintable(path),
                     qPrintable(dialog->selectedFiles().join(QStringLiteral(", "))));
    });
}

/// Clicks the button with this text (without '&') among `parent`'s descendants; false when there
/// is none, it is hidden or disabled.
inline bool clickButton(QWidget* parent, const QString& text)
{
    const QList<QAbstractButton*> buttons = parent->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (plainText(button->text()) == text && button->isVisible() && button->isEnabled()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    qWarning("no visible, enabled button '%s'", qPrintable(text));
    return false;
}

/// Makes `widget`'s window the active one, as a click on it does (keys and focus go there).
inline bool activate(QWidget* widget)
{
    QWidget* window = widget->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

/// Replaces a line edit's text by typing, then leaves the field with Tab (editingFinished
/// follows, as when a person moves on; Enter would also press a dialog's default button).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    activate(edit);
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
    if (edit->hasFocus())
        edit->clearFocus(); // nothing else takes the focus: leave the field anyway
}

/// Points the user's config, data, cache and state folders at a temporary folder for the whole
/// test run, so that settings (QSettings) and the sample project never touch the real ones. Build
/// it before the QApplication (JOURNEY_MAIN does).
class UserDirs
{
public:
    UserDirs()
    {
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(dir);
            qputenv(name, dir.toLocal8Bit());
        }
    }
    QString path() const { return m_root.path(); }
    /// Whether QSettings and the data folder point inside the temporary folder.
    bool isolated() const
    {
        return QSettings().fileName().startsWith(m_root.path())
            && QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_root.path());
    }

private:
    QTemporaryDir m_root;
};

} // namespace Journey

/// QTEST_MAIN with the user's folders moved to a temporary one (Journey::UserDirs) before the
/// application starts; the test object is built with that folder's path.
#define JOURNEY_MAIN(TestObject)                                                                                            \
    int main(int argc, char** argv)                                                                                         \
    {                                                                                                                       \
        Journey::UserDirs dirs;                                                                                             \
        QApplication app(argc, argv);                                                                                       \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                            \
        TestObject test(dirs.path());                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                          \
        return QTest::qExec(&test, argc, argv);                                                                             \
    }
