// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/influencemodel.h"
#include "checkedmodel.h"

#include <QTest>

using namespace tare;

class TestInfluenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsInfluencesWithSnippets();
};

void TestInfluenceModel::showsInfluencesWithSnippets()
{
    TestUtils::CheckedModel<InfluenceModel> model;
    JudgedInfluence helper;
    helper.documentId = 11;
    helper.extId = QStringLiteral("d11");
    helper.grade = 1;
    helper.score = 0.9;
    helper.rankBefore = 8;
    helper.rankAfter = 2;
    helper.deltaAp = 0.125;
    helper.pull = 0.3;
    helper.pullShare = 0.6;
    JudgedInfluence pusher;
    pusher.documentId = 12;
    pusher.extId = QStringLiteral("d12");
    pusher.pull = -0.2;
    pusher.pullShare = 0.4; // deltaAp stays NaN: not measurable
    const QString longText = QString(300, QLatin1Char('x'));
    model.setInfluences({helper, pusher}, {{11, QStringLiteral("Refunds\n  take five days")}, {12, longText}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.cellText(0, InfluenceModel::DocumentColumn), QStringLiteral("d11"));
    QCOMPARE(model.cellText(0, InfluenceModel::JudgeScoreColumn), QStringLiteral("0.90"));
    QCOMPARE(model.cellText(0, InfluenceModel::RankColumn), QStringLiteral("8 → 2"));
    QCOMPARE(model.cellText(0, InfluenceModel::ContributionColumn), QStringLiteral("+0.1250"));
    QCOMPARE(model.cellText(0, InfluenceModel::PullColumn), QStringLiteral("pull 60.0%"));
    QCOMPARE(model.cellText(0, InfluenceModel::TextColumn), QStringLiteral("Refunds take five days"));
    QCOMPARE(model.cellText(1, InfluenceModel::ContributionColumn), QStringLiteral("–"));
    QCOMPARE(model.cellText(1, InfluenceModel::PullColumn), QStringLiteral("push 40.0%"));
    QCOMPARE(model.cellText(1, InfluenceModel::JudgeScoreColumn), QStringLiteral("failed"));
    QCOMPARE(model.cellText(1, InfluenceModel::TextColumn).size(), InfluenceModel::snippetLength);
    QCOMPARE(model.text(1), longText); // the whole text stays available
}

QTEST_GUILESS_MAIN(TestInfluenceModel)
#include "tst_influencemodel.moc"
