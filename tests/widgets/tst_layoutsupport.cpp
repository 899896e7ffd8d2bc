// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/layoutsupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTest>
#include <QVBoxLayout>

using namespace tare;

class TestLayoutSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aColumnHoldsItsPartsInOrderWithoutMargins();
    void aSplitterHoldsItsPanesWithTheirStretch();
    void objectsGetTheirNames();
};

void TestLayoutSupport::aColumnHoldsItsPartsInOrderWithoutMargins()
{
    QWidget page;
    auto* heading = new QLabel(QStringLiteral("heading"), &page);
    auto* body = new QLabel(QStringLiteral("body"), &page);
    auto* button = new QLabel(QStringLiteral("button"), &page);
    auto* row = new QHBoxLayout;
    QWidget* column = LayoutSupport::column(&page, {heading, {body, 2}, {button, 0, Qt::AlignLeft}, row,
                                                    LayoutSupport::stretch(1)});
    QCOMPARE(column->parentWidget(), &page);
    auto* layout = qobject_cast<QVBoxLayout*>(column->layout());
    QVERIFY(layout != nullptr);
    QCOMPARE(layout->contentsMargins(), QMargins());
    QCOMPARE(layout->count(), 5);
    QCOMPARE(layout->itemAt(0)->widget(), heading);
    QCOMPARE(layout->itemAt(1)->widget(), body);
    QCOMPARE(layout->stretch(1), 2);
    QCOMPARE(layout->itemAt(2)->widget(), button);
    QCOMPARE(layout->itemAt(2)->alignment(), Qt::AlignLeft);
    QCOMPARE(layout->itemAt(3)->layout(), row);
    QVERIFY(layout->itemAt(4)->spacerItem() != nullptr);
    QCOMPARE(layout->stretch(4), 1);
    QCOMPARE(body->parentWidget(), column);
}

void TestLayoutSupport::aSplitterHoldsItsPanesWithTheirStretch()
{
    QWidget page;
    page.resize(600, 400);
    auto* left = new QLabel(QStringLiteral("left"), &page);
    auto* right = new QLabel(QStringLiteral("right"), &page);
    QSplitter* splitter = LayoutSupport::splitter(Qt::Horizontal, &page, {{left, 1}, {right, 3}}, {200, 400});
    QCOMPARE(splitter->parentWidget(), &page);
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(splitter->count(), 2);
    QCOMPARE(splitter->widget(0), left);
    QCOMPARE(splitter->widget(1), right);
    QCOMPARE(left->sizePolicy().horizontalStretch(), 1);
    QCOMPARE(right->sizePolicy().horizontalStretch(), 3);
    splitter->resize(600 + splitter->handleWidth(), 100);
    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(sizes[1] > sizes[0], "the first sizes are kept in proportion");

    // Stretch 0 leaves the pane's own; no sizes leaves Qt's.
    auto* top = new QLabel(QStringLiteral("top"), &page);
    auto* bottom = new QLabel(QStringLiteral("bottom"), &page);
    QSizePolicy policy = bottom->sizePolicy();
    policy.setVerticalStretch(7);
    bottom->setSizePolicy(policy);
    QSplitter* vertical = LayoutSupport::splitter(Qt::Vertical, &page, {{top}, {bottom}});
    QCOMPARE(vertical->orientation(), Qt::Vertical);
    QCOMPARE(top->sizePolicy().verticalStretch(), 0);
    QCOMPARE(bottom->sizePolicy().verticalStretch(), 7);
}

void TestLayoutSupport::objectsGetTheirNames()
{
    QWidget page;
    auto* a = new QLabel(&page);
    QObject b;
    LayoutSupport::nameObjects({{a, "first"}, {&b, "second"}});
    QCOMPARE(a->objectName(), QStringLiteral("first"));
    QCOMPARE(b.objectName(), QStringLiteral("second"));
}

QTEST_MAIN(TestLayoutSupport)
#include "tst_layoutsupport.moc"
