// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/journey.h"
#include "widgets/querynavigator.h"
#include "widgets/querypickerwidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace tare;

/// One query selection for every per-query page: pickers follow each other, Previous/Next step
/// through the list (buttons and keys), and typing searches the ids and texts.
class TestQueryNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsThroughTheQueries();
    void pickersShareTheSelection();
};

namespace {

QList<QueryNavigator::Entry> entries()
{
    return {{11, QStringLiteral("q1"), QStringLiteral("card arrived broken")},
            {12, QStringLiteral("q2"), QStringLiteral("refund not received")},
            {13, QStringLiteral("q3"), QStringLiteral("change my PIN")}};
}

} // namespace

void TestQueryNavigator::stepsThroughTheQueries()
{
    QueryNavigator navigator;
    QSignalSpy changed(&navigator, &QueryNavigator::currentChanged);
    QVERIFY(!navigator.nextAction()->isEnabled());
    navigator.setQueries(5, entries());
    QCOMPARE(navigator.count(), 3);
    QVERIFY(navigator.next()); // nothing selected: the first
    QCOMPARE(navigator.currentQuery(), 11);
    QVERIFY(!navigator.previousAction()->isEnabled());
    QVERIFY(navigator.nextAction()->isEnabled());
    navigator.nextAction()->trigger();
    QCOMPARE(navigator.currentQuery(), 12);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toLongLong(), 5);
    QVERIFY(navigator.setCurrent(5, 13));
    QVERIFY(!navigator.nextAction()->isEnabled());
    QVERIFY(!navigator.next());
    QVERIFY(!navigator.setCurrent(6, 12)); // another run
    QVERIFY(!navigator.setCurrent(5, 99)); // not listed
    QCOMPARE(navigator.currentQuery(), 13);
    QCOMPARE(navigator.currentText(), QStringLiteral("q3 · change my PIN"));
    QVERIFY(navigator.setCurrent(5, 13)); // unchanged: no signal
    QCOMPARE(changed.size(), 3);
    // A new order keeps the query; a list without it drops it.
    navigator.setQueries(5, {entries()[2], entries()[0]});
    QCOMPARE(navigator.currentQuery(), 13);
    QCOMPARE(navigator.currentRow(), 0);
    navigator.setQueries(7, entries());
    QCOMPARE(navigator.currentQuery(), 0);
    navigator.clear();
    QCOMPARE(navigator.count(), 0);
    QCOMPARE(navigator.previousAction()->shortcuts().first(), QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(navigator.nextAction()->shortcuts().first(), QKeySequence(Qt::ALT | Qt::Key_Right));
}

void TestQueryNavigator::pickersShareTheSelection()
{
    QWidget window;
    QueryNavigator navigator;
    auto* layout = new QVBoxLayout(&window);
    QueryPickerWidget* first = navigator.createPicker(&window);
    QueryPickerWidget* second = navigator.createPicker(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    window.addAction(navigator.nextAction());
    window.addAction(navigator.previousAction());
    QVERIFY(Journey::showExposed(&window));
    QCOMPARE(first->positionText(), QStringLiteral("no run shown"));
    navigator.setQueries(5, entries());
    navigator.setCurrent(5, 11);
    QCOMPARE(second->comboBox()->currentText(), QStringLiteral("q1 · card arrived broken"));
    QCOMPARE(first->positionText(), QStringLiteral("1 of 3"));

    // A choice in one picker shows in the other.
    first->comboBox()->setFocus();
    QTest::keyClick(first->comboBox(), Qt::Key_Down); // the editable combo steps to the next item
    Q_EMIT first->comboBox()->activated(first->comboBox()->currentIndex());
    QCOMPARE(navigator.currentQuery(), 12);
    QCOMPARE(second->comboBox()->currentIndex(), 1);

    // Alt+Right anywhere in the window: the next query.
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(navigator.currentQuery(), 13);
    QCOMPARE(first->positionText(), QStringLiteral("3 of 3"));
    QTest::keyClick(&window, Qt::Key_BracketLeft, Qt::ControlModifier);
    QCOMPARE(navigator.currentQuery(), 12);

    // Typing searches any part of the text; choosing the completion selects it.
    QLineEdit* edit = second->comboBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("pin"));
    QCompleter* completer = second->comboBox()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(navigator.currentQuery(), 13);
    QCOMPARE(first->comboBox()->currentIndex(), 2);
}

QTEST_MAIN(TestQueryNavigator)
#include "tst_querynavigator.moc"
