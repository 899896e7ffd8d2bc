// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/rankmoversmodel.h"
#include "checkedmodel.h"

#include <QTest>

using namespace tare;

class TestRankMoversModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsMovers();
};

void TestRankMoversModel::showsMovers()
{
    TestUtils::CheckedModel<RankMoversModel> model;
    RankMover riser{7, QStringLiteral("d7"), QStringLiteral("Title"), QStringLiteral("text"), 2, 40, 3, 0.75, true};
    RankMover faller{8, QStringLiteral("d8"), QString(), QStringLiteral("other"), 0, 2, 30, std::nullopt, false};
    RankMover failed{9, QStringLiteral("d9"), QString(), QStringLiteral("third"), 1, 5, 9, std::nullopt, true};
    model.setMovers({riser, faller, failed});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RankMoversModel::ColumnCount));
    QCOMPARE(model.cellText(0, RankMoversModel::ChangeColumn), QStringLiteral("▲ 37"));
    QCOMPARE(model.cellText(1, RankMoversModel::ChangeColumn), QStringLiteral("▼ 28"));
    QCOMPARE(model.cellText(0, RankMoversModel::TextColumn), QStringLiteral("Title — text"));
    QCOMPARE(model.cellText(0, RankMoversModel::JudgmentColumn), QStringLiteral("0.75"));
    QCOMPARE(model.cellText(1, RankMoversModel::JudgmentColumn), QStringLiteral("not judged"));
    QCOMPARE(model.cellText(2, RankMoversModel::JudgmentColumn), QStringLiteral("failed"));
    QCOMPARE(model.mover(1).extId, QStringLiteral("d8"));
    QCOMPARE(model.headerData(RankMoversModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Moved"));
    QVERIFY(!model.headerData(RankMoversModel::ChangeColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(RankMoversModel::TextColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

QTEST_GUILESS_MAIN(TestRankMoversModel)
#include "tst_rankmoversmodel.moc"
