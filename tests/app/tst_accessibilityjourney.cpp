// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appjourney.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "widgets/journey.h"
#include "widgets/viewfixture.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>

using namespace tare;

namespace {

/// Widgets a person (or a screen reader, or a test robot over AT-SPI) operates.
bool isInteractive(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget) || qobject_cast<const QHeaderView*>(widget))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractItemView*>(widget)
        || qobject_cast<const QTabBar*>(widget) || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
        || qobject_cast<const QMenu*>(widget) || qobject_cast<const QMenuBar*>(widget) || qobject_cast<const QTextEdit*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QGraphicsView*>(widget);
}

/// Parts Qt builds inside a composite widget (a combo box's list and line edit, a spin box's
/// editor, a tab bar's scroll buttons, a line edit's clear button): named by Qt for its parent.
bool isInternalPart(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    // The menu of the menu bar's overflow button (»), which Qt fills with the bar's own menus.
    if (auto* bar = qobject_cast<const QMenuBar*>(widget->parent())) {
        const auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"), Qt::FindDirectChildrenOnly);
        if (overflow && overflow->menu() == widget)
            return true;
    }
    // A table's corner button (select all): the table is announced, and the button is not in the tab order.
    if (qobject_cast<const QAbstractItemView*>(widget->parent()) && qobject_cast<const QAbstractButton*>(widget)
        && widget->focusPolicy() == Qt::NoFocus)
        return true;
    for (const QObject* parent = widget->parent(); parent; parent = parent->parent()) {
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QTabBar*>(parent)
            || qobject_cast<const QLineEdit*>(parent))
            return true;
    }
    return false;
}

/// What a screen reader announces for the widget.
QString accessibleName(QWidget* widget)
{
    if (auto* menu = qobject_cast<QMenu*>(widget))
        return Journey::plainText(menu->title()); // reached through its menu-bar or submenu entry
    QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

/// "Class 'objectName' in parent ◂ grandparent …" for failure messages.
QString describe(const QWidget* widget)
{
    QStringList chain;
    for (const QObject* parent = widget->parent(); parent && chain.size() < 4; parent = parent->parent())
        chain.append(QStringLiteral("%1'%2'").arg(QString::fromLatin1(parent->metaObject()->className()), parent->objectName()));
    return QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                               chain.join(QStringLiteral(" ◂ ")));
}

} // namespace

/// The window is exposed to accessibility tools: every menu, tab, button, list, table, field
/// and chart of every page carries an object name and a name a screen reader announces.
class TestAccessibilityJourney : public AppJourney::Test
{
    Q_OBJECT

public:
    using Test::Test;

private Q_SLOTS:
    void initTestCase();
    void everyInteractiveWidgetIsNamed();
};

void TestAccessibilityJourney::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestAccessibilityJourney::everyInteractiveWidgetIsNamed()
{
    const QString project = QDir(m_dir.path()).filePath(QStringLiteral("sample.tare"));
    ViewFixture::build(project);
    MainWindow window(QStringLiteral(TARE_SAMPLE_DATA_DIR));
    window.resize(1280, 800);
    window.show();
    QVERIFY(AppJourney::openProject(window, project, 30000));
    // Every page shows a query, so that widgets made on demand exist too.
    QSignalSpy inspected(&window, &MainWindow::queryInspected);
    QVERIFY(window.selectFirstQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);
    for (int page = 0; page < window.pages()->count(); ++page) {
        window.pages()->setCurrentIndex(page);
        QTest::qWait(200);
    }
    window.showWelcome();
    QTest::qWait(100);
    window.showPages();

    QStringList unnamed;
    int checked = 0;
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!isInteractive(widget) || isInternalPart(widget))
            continue;
        ++checked;
        if (widget->objectName().isEmpty())
            unnamed.append(QStringLiteral("no object name: ") + describe(widget));
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed.append(QStringLiteral("no accessible name: ") + describe(widget));
    }
    QVERIFY(checked > 50);
    for (const QString& line : std::as_const(unnamed))
        qWarning("%s", qPrintable(line));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 names missing on %2 interactive widgets (listed above)").arg(unnamed.size()).arg(checked)));
}

JOURNEY_MAIN(TestAccessibilityJourney)
#include "tst_accessibilityjourney.moc"
