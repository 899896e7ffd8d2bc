// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/judgeagreement.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace tare;

class TestJudgeAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownTable();
    void perfectAndEmpty();
};

void TestJudgeAgreement::knownTable()
{
    // Judge decisions vs gold: 3 both relevant, 1 judge only, 2 gold only, 4 neither; one failed.
    const std::vector<std::optional<double>> scores{0.9, 0.8, 0.7, 0.6, 0.2, 0.1, 0.3, 0.4, 0.0, 0.45, std::nullopt};
    const std::vector<int> grades{2, 1, 1, 0, 1, 2, 0, 0, 0, 0, 1};
    const JudgeAgreement a = JudgeAgreement::compute(scores, grades);
    QCOMPARE(a.n, 10);
    QCOMPARE(a.agreements, 7);
    QCOMPARE(a.accuracy, 0.7);
    // p_o = 0.7; judge yes 0.4, gold yes 0.5: p_e = 0.4·0.5 + 0.6·0.5 = 0.5; κ = 0.2 / 0.5.
    QVERIFY(std::abs(a.kappa - 0.4) < 1e-12);
    // AUC: relevant {0.9, 0.8, 0.7, 0.2, 0.1} vs irrelevant {0.6, 0.3, 0.4, 0.0, 0.45}: 17 of 25 pairs.
    QVERIFY(std::abs(a.auc - 17.0 / 25.0) < 1e-12);
}

void TestJudgeAgreement::perfectAndEmpty()
{
    const std::vector<std::optional<double>> scores{1.0, 1.0};
    const std::vector<int> grades{1, 2};
    const JudgeAgreement perfect = JudgeAgreement::compute(scores, grades);
    QCOMPARE(perfect.accuracy, 1.0);
    QCOMPARE(perfect.kappa, 1.0);
    QVERIFY(std::isnan(perfect.auc)); // one class only
    const JudgeAgreement none = JudgeAgreement::compute({}, {});
    QCOMPARE(none.n, 0);
    QVERIFY(std::isnan(none.accuracy));
}

QTEST_GUILESS_MAIN(TestJudgeAgreement)
#include "tst_judgeagreement.moc"
