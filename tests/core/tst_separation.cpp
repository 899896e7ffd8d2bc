// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/separation.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tare;

using Scores = std::vector<double>;
Q_DECLARE_METATYPE(Scores)

namespace {

double trapezoidArea(const std::vector<RocPoint>& points)
{
    double area = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i)
        area += (points[i].fpr - points[i - 1].fpr) * (points[i].tpr + points[i - 1].tpr) / 2.0;
    return area;
}

} // namespace

/// Separation measures on small hand-computed cases.
class TestSeparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed_data()
    {
        QTest::addColumn<Scores>("relevant");
        QTest::addColumn<Scores>("irrelevant");
        QTest::addColumn<double>("dPrime");
        QTest::addColumn<double>("ks");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("f1");
        QTest::addColumn<double>("threshold");

        // Means 4 and 2, sample variances 1 and 1: d′ = 2. F_irr − F_rel peaks at x = 2 and 3 (2/3).
        // AUC: 5 and 4 beat all three, 3 beats two and ties one: 8.5 / 9.
        // F1 at ">= 3": TP 3, FP 1, FN 0 → 6/7, better than ">= 4" (4/5) and ">= 2" (6/8).
        QTest::newRow("overlapping by one") << Scores{3, 4, 5} << Scores{1, 2, 3} << 2.0 << 2.0 / 3 << 8.5 / 9
                                            << 6.0 / 7 << 3.0;
        // Same lists the other way round: d′ changes sign, AUC becomes 1 − AUC.
        // F1 is best when everything is called relevant (precision 1/2, recall 1).
        QTest::newRow("swapped") << Scores{1, 2, 3} << Scores{3, 4, 5} << -2.0 << 2.0 / 3 << 0.5 / 9 << 2.0 / 3
                                 << 1.0;
        // Sample variance (n − 1): variances 2 and 2 give d′ = −4/√2; population variances would give −4.
        QTest::newRow("sample variance") << Scores{0, 2} << Scores{4, 6} << -4.0 / std::sqrt(2.0) << 1.0 << 0.0
                                         << 2.0 / 3 << 0.0;
        // Identical distributions: KS 0, AUC 1/2, d′ 0.
        QTest::newRow("identical") << Scores{0.1, 0.5, 0.5, 0.9} << Scores{0.9, 0.5, 0.1, 0.5} << 0.0 << 0.0 << 0.5
                                   << 2.0 / 3 << 0.1;
        // Perfect separation: KS 1, AUC 1, F1 1 at the lowest relevant score.
        QTest::newRow("perfect") << Scores{0.8, 0.9} << Scores{0.1, 0.2, 0.3}
                                 << (0.85 - 0.2) / std::sqrt((0.005 + 0.01) / 2) << 1.0 << 1.0 << 1.0 << 0.8;
    }
    void handComputed()
    {
        QFETCH(Scores, relevant);
        QFETCH(Scores, irrelevant);
        QFETCH(double, dPrime);
        QFETCH(double, ks);
        QFETCH(double, auc);
        QFETCH(double, f1);
        QFETCH(double, threshold);

        QVERIFY2(std::abs(Separation::dPrime(relevant, irrelevant) - dPrime) < 1e-12,
                 qPrintable(QString::number(Separation::dPrime(relevant, irrelevant), 'g', 17)));
        QVERIFY(std::abs(Separation::ksStatistic(relevant, irrelevant) - ks) < 1e-15);
        QVERIFY(std::abs(Separation::auc(relevant, irrelevant) - auc) < 1e-15);
        const ThresholdF1 best = Separation::bestF1(relevant, irrelevant);
        QVERIFY2(std::abs(best.f1 - f1) < 1e-15, qPrintable(QString::number(best.f1, 'g', 17)));
        QCOMPARE(best.threshold, threshold);

        // The ROC curve runs from (0, 0) to (1, 1), never goes down, and its area is the AUC.
        const auto roc = Separation::rocCurve(relevant, irrelevant);
        QVERIFY(roc.size() >= 2);
        QCOMPARE(roc.front().fpr, 0.0);
        QCOMPARE(roc.front().tpr, 0.0);
        QCOMPARE(roc.back().fpr, 1.0);
        QCOMPARE(roc.back().tpr, 1.0);
        for (std::size_t i = 1; i < roc.size(); ++i)
            QVERIFY(roc[i].fpr >= roc[i - 1].fpr && roc[i].tpr >= roc[i - 1].tpr);
        QVERIFY(std::abs(trapezoidArea(roc) - auc) < 1e-15);

        const SeparationStats all = Separation::compute(relevant, irrelevant);
        QCOMPARE(all.numRelevant, qint64(relevant.size()));
        QCOMPARE(all.numIrrelevant, qint64(irrelevant.size()));
        QCOMPARE(all.dPrime, Separation::dPrime(relevant, irrelevant));
        QCOMPARE(all.ks, Separation::ksStatistic(relevant, irrelevant));
        QCOMPARE(all.auc, Separation::auc(relevant, irrelevant));
        QCOMPARE(all.bestF1.f1, best.f1);
    }

    void rocPointsByHand()
    {
        // Thresholds 5, 4, 3 (one relevant and one irrelevant tie), 2, 1.
        const auto roc = Separation::rocCurve(Scores{3, 4, 5}, Scores{1, 2, 3});
        const std::vector<std::pair<double, double>> expected{{0, 0},         {0, 1.0 / 3}, {0, 2.0 / 3},
                                                              {1.0 / 3, 1.0}, {2.0 / 3, 1}, {1, 1}};
        QCOMPARE(roc.size(), expected.size());
        for (std::size_t i = 0; i < roc.size(); ++i) {
            QCOMPARE(roc[i].fpr, expected[i].first);
            QCOMPARE(roc[i].tpr, expected[i].second);
        }
    }

    void dPrimeSignFollowsMeans()
    {
        std::mt19937_64 rng(8);
        std::normal_distribution<double> high(1.0, 0.5);
        std::normal_distribution<double> low(0.0, 0.5);
        Scores rel(200);
        Scores irr(300);
        for (double& x : rel)
            x = high(rng);
        for (double& x : irr)
            x = low(rng);
        const double d = Separation::dPrime(rel, irr);
        QVERIFY2(d > 1.5 && d < 2.5, qPrintable(QString::number(d))); // true d′ = 2
        QCOMPARE(Separation::dPrime(irr, rel), -d);
        QVERIFY(Separation::auc(rel, irr) > 0.5);
        QVERIFY(std::abs(Separation::auc(rel, irr) + Separation::auc(irr, rel) - 1.0) < 1e-12);
    }

    void edgeCases()
    {
        // Too few values for a sample variance.
        QVERIFY(std::isnan(Separation::dPrime(Scores{1.0}, Scores{0.0, 0.5})));
        // Zero variance on both sides: ±∞ for different means, NaN for equal ones.
        QCOMPARE(Separation::dPrime(Scores{1, 1}, Scores{0, 0}), std::numeric_limits<double>::infinity());
        QVERIFY(std::isnan(Separation::dPrime(Scores{1, 1}, Scores{1, 1})));
        // Empty lists.
        QVERIFY(std::isnan(Separation::ksStatistic(Scores{}, Scores{1.0})));
        QVERIFY(std::isnan(Separation::auc(Scores{1.0}, Scores{})));
        QVERIFY(Separation::rocCurve(Scores{}, Scores{1.0}).empty());
        const ThresholdF1 none = Separation::bestF1(Scores{}, Scores{1.0, 2.0});
        QCOMPARE(none.f1, 0.0);
        QVERIFY(std::isnan(none.threshold));
        // No irrelevant scores: every relevant document above the lowest threshold, F1 = 1.
        QCOMPARE(Separation::bestF1(Scores{0.2, 0.7}, Scores{}).f1, 1.0);
        // NaN scores are left out.
        const double nan = std::nan("");
        QCOMPARE(Separation::auc(Scores{0.9, nan}, Scores{0.1, nan}), 1.0);
        QCOMPARE(Separation::compute(Scores{0.9, nan}, Scores{0.1}).numRelevant, qint64(1));
    }

    void histogram()
    {
        // Range [0, 1] in 4 bins of 0.25; the maximum goes into the last bin.
        const ScoreHistogram h = Separation::histogram(Scores{0, 0.5, 1}, Scores{0.25, 1, std::nan("")}, 4);
        QCOMPARE(h.lower, 0.0);
        QCOMPARE(h.upper, 1.0);
        QCOMPARE(h.binCount(), 4);
        QCOMPARE(h.binWidth(), 0.25);
        QCOMPARE(h.binLower(2), 0.5);
        QCOMPARE(h.relevant, (std::vector<qint64>{1, 0, 1, 1}));
        QCOMPARE(h.irrelevant, (std::vector<qint64>{0, 1, 0, 1}));

        // A fixed range drops what lies outside.
        const ScoreHistogram fixed = Separation::histogram(Scores{-1, 0.1, 0.6}, Scores{0.4, 2}, 2, 0.0, 1.0);
        QCOMPARE(fixed.relevant, (std::vector<qint64>{1, 1}));
        QCOMPARE(fixed.irrelevant, (std::vector<qint64>{1, 0}));

        // One distinct value: a unit-wide range around it.
        const ScoreHistogram single = Separation::histogram(Scores{3, 3}, Scores{3}, 1);
        QCOMPARE(single.lower, 2.5);
        QCOMPARE(single.upper, 3.5);
        QCOMPARE(single.relevant, (std::vector<qint64>{2}));
        QCOMPARE(single.irrelevant, (std::vector<qint64>{1}));

        QVERIFY_THROWS_EXCEPTION(TareError, Separation::histogram(Scores{1}, Scores{2}, 0));
    }

    // The candidate-score form counts instead of sorting the irrelevant scores: KS, AUC, best F1
    // and the relevant mean/deviation must equal the sorted computation exactly; the irrelevant
    // mean and deviation (summed in another order) to rounding.
    void candidateFormEqualsSorted_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("relevantPercent");
        QTest::newRow("100,000 distinct, 2% relevant") << 100000 << 0 << 2;
        QTest::newRow("50,000, 12 levels (ties)") << 50000 << 12 << 10;
        QTest::newRow("2,000, one level") << 2000 << 1 << 30;
        QTest::newRow("40, all relevant") << 40 << 5 << 100;
        QTest::newRow("40, none relevant") << 40 << 5 << 0;
        QTest::newRow("3, one relevant") << 3 << 0 << 34;
    }
    void candidateFormEqualsSorted()
    {
        QFETCH(int, count);
        QFETCH(int, levels);
        QFETCH(int, relevantPercent);
        std::mt19937_64 rng(quint64(count) * 31 + quint64(levels));
        std::vector<float> scores(static_cast<std::size_t>(count));
        std::vector<int> grades(scores.size());
        Scores relevant, irrelevant;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const quint64 r = rng();
            float s = levels > 0 ? float(r % quint64(levels)) / 10.0f - 0.3f : std::ldexp(float(r >> 40), -24) - 0.5f;
            if ((r >> 20) % 157 == 0)
                s = -0.0f;
            else if ((r >> 20) % 163 == 0)
                s = std::nanf("");
            scores[i] = s;
            grades[i] = int((r >> 32) % 100) < relevantPercent ? 1 + int((r >> 50) % 2) : -int((r >> 50) % 2);
            (grades[i] > 0 ? relevant : irrelevant).push_back(double(s));
        }
        const SeparationStats sorted = Separation::compute(relevant, irrelevant);
        ThresholdCounts counts;
        const SeparationStats counted = Separation::compute(std::span<const float>(scores), std::span<const int>(grades), counts);
        const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
        const auto close = [](double a, double b) {
            return (std::isnan(a) && std::isnan(b)) || a == b || std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a));
        };
        QCOMPARE(counted.numRelevant, sorted.numRelevant);
        QCOMPARE(counted.numIrrelevant, sorted.numIrrelevant);
        QVERIFY2(same(counted.ks, sorted.ks), qPrintable(QStringLiteral("%1 vs %2").arg(counted.ks).arg(sorted.ks)));
        QVERIFY(same(counted.auc, sorted.auc));
        QVERIFY(same(counted.bestF1.f1, sorted.bestF1.f1));
        QVERIFY(same(counted.bestF1.threshold, sorted.bestF1.threshold));
        QVERIFY(same(counted.meanRelevant, sorted.meanRelevant));
        QVERIFY(same(counted.sdRelevant, sorted.sdRelevant));
        QVERIFY(close(counted.meanIrrelevant, sorted.meanIrrelevant));
        QVERIFY(close(counted.sdIrrelevant, sorted.sdIrrelevant));
        QVERIFY2(close(counted.dPrime, sorted.dPrime),
                 qPrintable(QStringLiteral("%1 vs %2").arg(counted.dPrime, 0, 'g', 17).arg(sorted.dPrime, 0, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestSeparation)
#include "tst_separation.moc"
