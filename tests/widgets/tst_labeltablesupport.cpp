// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/labeltablesupport.h"

#include <QColor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace tare;
using LabelTableSupport::LabelKey;

class TestLabelTableSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void highlightsThePickedRowsOnly();
    void answerHtmlEscapesAndLeavesOutWhatIsMissing();
};

void TestLabelTableSupport::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("action");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("text");
    struct Case
    {
        const char* name;
        int key;
        int modifiers;
        LabelKey::Action action;
        double score;
        const char* text;
    };
    const Case cases[] = {
        {"Y", Qt::Key_Y, 0, LabelKey::Action::Label, 1.0, "Y"},
        {"N", Qt::Key_N, 0, LabelKey::Action::Label, 0.0, "N"},
        {"0", Qt::Key_0, 0, LabelKey::Action::Label, 0.0, "0"},
        {"6", Qt::Key_6, 0, LabelKey::Action::Label, 6.0 / 9.0, "6"},
        {"9", Qt::Key_9, 0, LabelKey::Action::Label, 1.0, "9"},
        {"Backspace", Qt::Key_Backspace, 0, LabelKey::Action::Undo, 0.0, ""},
        {"W", Qt::Key_W, 0, LabelKey::Action::AskWhy, 0.0, ""},
        {"Ctrl+Y is the window's", Qt::Key_Y, Qt::ControlModifier, LabelKey::Action::None, 0.0, ""},
        {"Alt+1 is the window's", Qt::Key_1, Qt::AltModifier, LabelKey::Action::None, 0.0, ""},
        {"X means nothing", Qt::Key_X, 0, LabelKey::Action::None, 0.0, ""},
    };
    for (const Case& c : cases)
        QTest::newRow(c.name) << c.key << c.modifiers << int(c.action) << c.score << QString::fromUtf8(c.text);
}

void TestLabelTableSupport::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, action);
    QFETCH(double, score);
    QFETCH(QString, text);
    const QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
    const LabelKey result = LabelTableSupport::labelKey(event);
    QCOMPARE(int(result.action), action);
    QCOMPARE(result.score, score);
    QCOMPARE(result.text, text);
}

void TestLabelTableSupport::highlightsThePickedRowsOnly()
{
    QStandardItemModel model(3, 2);
    for (int row = 0; row < 3; ++row) {
        model.setData(model.index(row, 0), row);
        model.setData(model.index(row, 1), QStringLiteral("text %1").arg(row));
    }
    model.setData(model.index(1, 1), QColor(Qt::green), Qt::BackgroundRole);
    QTableView table;
    QObject filter;
    LabelTableSupport::setUp(&table, &model, 1, [](const QModelIndex& index) { return index.row() == 2; }, &filter);

    QAbstractItemModel* shown = table.model();
    QVERIFY(shown != &model);
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->index(2, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(0xfb, 0xd5, 0xc8));
    QCOMPARE(shown->index(2, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
    QVERIFY(!shown->index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(shown->index(1, 1).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::green)); // the source's own colour
    QCOMPARE(shown->index(0, 1).data().toString(), QStringLiteral("text 0"));
    QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table.selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(table.verticalHeader()->isHidden());
    QCOMPARE(table.horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
    QCOMPARE(table.horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
}

void TestLabelTableSupport::answerHtmlEscapesAndLeavesOutWhatIsMissing()
{
    QVERIFY(LabelTableSupport::answerHtml({}, {}, {}).isEmpty());
    const QString html = LabelTableSupport::answerHtml({{QStringLiteral("<Yes>"), 0.875}}, QStringLiteral("timed out & gave up"),
                                                       QString(5000, QLatin1Char('x')));
    QVERIFY(html.contains(QStringLiteral("<code>&lt;Yes&gt;</code>")));
    QVERIFY(html.contains(QStringLiteral("0.875")));
    QVERIFY(html.contains(QStringLiteral("timed out &amp; gave up")));
    QVERIFY(html.contains(QString(4000, QLatin1Char('x'))));
    QVERIFY(!html.contains(QString(4001, QLatin1Char('x'))));
    const QString errorOnly = LabelTableSupport::answerHtml({}, QStringLiteral("bad"), {});
    QVERIFY(errorOnly.contains(QStringLiteral("bad")));
    QVERIFY(!errorOnly.contains(QStringLiteral("<table")));
    QVERIFY(!errorOnly.contains(QStringLiteral("<pre")));
}

QTEST_MAIN(TestLabelTableSupport)
#include "tst_labeltablesupport.moc"
