// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/pairedstatistics.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace tare;

/// Student t and incomplete beta against closed forms and high-precision values, the paired tests'
/// edge cases, determinism for a seed and agreement between the t-test and the randomization test.
class TestPairedStatistics : public QObject
{
    Q_OBJECT

    /// The columns of a function of Student's t: t, df, the expected value and the tolerance.
    static void addTColumns()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("df");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
    }
    /// `function(t, df)` of the current row lies within the row's tolerance of its expected value.
    static void checkTFunction(double (*function)(double, double))
    {
        QFETCH(double, t);
        QFETCH(double, df);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const double actual = function(t, df);
        QVERIFY2(std::abs(actual - expected) <= tolerance,
                 qPrintable(QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

private Q_SLOTS:
    void incompleteBetaClosedForms_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        // I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_x(1/2, 1/2) = (2/π) asin(√x).
        QTest::newRow("I_0.3(2.5, 1) = 0.3^2.5") << 2.5 << 1.0 << 0.3 << std::pow(0.3, 2.5);
        QTest::newRow("I_0.9(7, 1) = 0.9^7") << 7.0 << 1.0 << 0.9 << std::pow(0.9, 7.0);
        QTest::newRow("I_0.2(1, 3.5)") << 1.0 << 3.5 << 0.2 << 1.0 - std::pow(0.8, 3.5);
        QTest::newRow("I_0.95(1, 40)") << 1.0 << 40.0 << 0.95 << 1.0 - std::pow(0.05, 40.0);
        QTest::newRow("arcsine 0.25") << 0.5 << 0.5 << 0.25 << 2.0 / std::numbers::pi * std::asin(0.5);
        QTest::newRow("arcsine 0.9") << 0.5 << 0.5 << 0.9 << 2.0 / std::numbers::pi * std::asin(std::sqrt(0.9));
        // Values from mpmath 1.3.0 betainc(..., regularized=True) at 50 digits.
        QTest::newRow("mpmath I_0.45(50, 60)") << 50.0 << 60.0 << 0.45 << 0.46423529143060353585;
        QTest::newRow("mpmath I_0.3(2.5, 7.5)") << 2.5 << 7.5 << 0.3 << 0.67894348586618165673;
        QTest::newRow("mpmath I_0.999(0.5, 3)") << 0.5 << 3.0 << 0.999 << 0.99999999968738274214;
        QTest::newRow("x = 0") << 3.0 << 2.0 << 0.0 << 0.0;
        QTest::newRow("x = 1") << 3.0 << 2.0 << 1.0 << 1.0;
    }
    void incompleteBetaClosedForms()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, x);
        QFETCH(double, expected);
        const double actual = PairedStatistics::regularizedIncompleteBeta(a, b, x);
        QVERIFY2(std::abs(actual - expected) <= 1e-13 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        // Symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
        QVERIFY(std::abs(actual - (1.0 - PairedStatistics::regularizedIncompleteBeta(b, a, 1.0 - x))) < 1e-13);
    }

    void incompleteBetaDomain()
    {
        QVERIFY(std::isnan(PairedStatistics::regularizedIncompleteBeta(0.0, 1.0, 0.5)));
        QVERIFY(std::isnan(PairedStatistics::regularizedIncompleteBeta(1.0, -1.0, 0.5)));
        QVERIFY(std::isnan(PairedStatistics::regularizedIncompleteBeta(1.0, 1.0, 1.5)));
    }

    void studentT_data()
    {
        addTColumns();
        // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π.
        for (double t : {-30.0, -2.0, -0.3, 0.0, 0.7, 4.0, 100.0})
            QTest::addRow("cauchy t=%g", t) << t << 1.0 << 0.5 + std::atan(t) / std::numbers::pi << 1e-14;
        // df = 2: F(t) = 1/2 + t / (2 √(2 + t²)).
        for (double t : {-5.0, -1.0, 0.25, 1.5, 20.0})
            QTest::addRow("df=2 t=%g", t) << t << 2.0 << 0.5 + t / (2.0 * std::sqrt(2.0 + t * t)) << 1e-14;
        // Infinite df is the standard normal.
        QTest::newRow("normal t=1.96") << 1.96 << std::numeric_limits<double>::infinity()
                                       << 1.0 - 0.049995790296440868273 / 2 << 1e-15;
    }
    void studentT() { checkTFunction(PairedStatistics::studentTCdf); }

    void twoSidedP_data()
    {
        addTColumns();
        // Textbook quantiles: t(0.975, 10) = 2.228, t(0.975, 1) = tan(0.475π) = 12.706, z(0.975) = 1.96.
        QTest::newRow("table t=2.228 df=10") << 2.228 << 10.0 << 0.05 << 1e-4;
        QTest::newRow("table t=12.706 df=1") << std::tan(0.475 * std::numbers::pi) << 1.0 << 0.05 << 1e-13;
        QTest::newRow("table t=1.96 df=1e7") << 1.96 << 1e7 << 0.05 << 1e-4;
        // mpmath 1.3.0 at 50 digits: betainc(df/2, 1/2, 0, df/(df+t²), regularized=True).
        QTest::newRow("mpmath t=2.2281388519649385 df=10") << 2.2281388519649385 << 10.0 << 0.050000000001808673122
                                                             << 1e-14;
        QTest::newRow("mpmath t=1.96 df=3000") << 1.96 << 3000.0 << 0.05008823167237991479216833 << 1e-14;
        QTest::newRow("mpmath t=8 df=3000") << 8.0 << 3000.0 << 1.760366503611030118684166e-15 << 1e-28;
        // Near the centre with a huge df the continued fraction keeps about 1e-16 · √df relative.
        QTest::newRow("mpmath t=1.96 df=1e7") << 1.96 << 1e7 << 0.049995818025314188142 << 1e-10;
        QTest::newRow("mpmath t=10 df=5") << 10.0 << 5.0 << 0.00017094757574296359071 << 1e-17;
        QTest::newRow("mpmath t=0.5 df=3") << 0.5 << 3.0 << 0.65144796484815099444 << 1e-14;
        QTest::newRow("mpmath t=3 df=100") << 3.0 << 100.0 << 0.003407915343329449537 << 1e-15;
        QTest::newRow("mpmath t=2 df=1000") << 2.0 << 1000.0 << 0.045770346493251640049 << 1e-14;
        QTest::newRow("mpmath t=-0.1 df=30") << -0.1 << 30.0 << 0.92100961179027115608 << 1e-14;
        QTest::newRow("mpmath t=6 df=2") << 6.0 << 2.0 << 0.026671473215424771013 << 1e-15;
        QTest::newRow("t=0") << 0.0 << 7.0 << 1.0 << 0.0;
        QTest::newRow("t=inf") << std::numeric_limits<double>::infinity() << 7.0 << 0.0 << 0.0;
    }
    void twoSidedP() { checkTFunction(PairedStatistics::studentTTwoSidedP); }

    void pairedTTestByHand()
    {
        // Δ = 1..5: mean 3, s² = 2.5, t = 3 / √(2.5/5) = √18, df = 4 (p from mpmath, see twoSidedP).
        const std::vector<double> before{0.2, 0.4, 0.1, 0.3, 0.5};
        const std::vector<double> after{1.2, 2.4, 3.1, 4.3, 5.5};
        const PairedComparison c = PairedStatistics::compare(before, after);
        QCOMPARE(c.n, qint64(5));
        QVERIFY(std::abs(c.meanDelta - 3.0) < 1e-15);
        QVERIFY(std::abs(c.tStatistic - std::sqrt(18.0)) < 1e-12);
        QVERIFY(std::abs(c.tTestP - 0.013235599563682691067) < 1e-14);
        // Exact sign-flip test: only the all-plus and all-minus patterns reach |Σ| = 15: p = 2/32.
        QVERIFY(c.randomizationExact);
        QCOMPARE(c.randomizationP, 2.0 / 32);
        QCOMPARE(c.wins, qint64(5));
        QVERIFY(std::abs(c.relativeDelta - (3.3 - 0.3) / 0.3) < 1e-12);
        QVERIFY(c.ciLower <= c.meanDelta && c.meanDelta <= c.ciUpper);
        QVERIFY(c.ciLower >= 1.0 && c.ciUpper <= 5.0);
    }

    void winsTiesLosses_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<int>("wins");
        QTest::addColumn<int>("ties");
        QTest::addColumn<int>("losses");
        QTest::newRow("default 1e-9") << 1e-9 << 2 << 2 << 1;
        QTest::newRow("epsilon 0.06") << 0.06 << 1 << 3 << 1;
        QTest::newRow("epsilon 0") << 0.0 << 3 << 1 << 1;
    }
    void winsTiesLosses()
    {
        QFETCH(double, epsilon);
        QFETCH(int, wins);
        QFETCH(int, ties);
        QFETCH(int, losses);
        const std::vector<double> before{0.5, 0.5, 0.5, 0.5, 0.5};
        const std::vector<double> after{0.6, 0.3, 0.5 + 1e-12, 0.5, 0.55};
        PairedStatistics::Options options;
        options.tieEpsilon = epsilon;
        const PairedComparison c = PairedStatistics::compare(before, after, options);
        QCOMPARE(c.wins, qint64(wins));
        QCOMPARE(c.ties, qint64(ties));
        QCOMPARE(c.losses, qint64(losses));
    }

    void edgeCases()
    {
        // n = 0: nothing is defined.
        const PairedComparison empty = PairedStatistics::compare({}, {});
        QCOMPARE(empty.n, qint64(0));
        QVERIFY(std::isnan(empty.meanDelta) && std::isnan(empty.tTestP) && std::isnan(empty.randomizationP));
        QVERIFY(std::isnan(empty.ciLower) && std::isnan(empty.ciUpper));

        // n = 1: no t-test; the exact sign-flip test cannot reject; the interval is the point.
        const std::vector<double> one{0.25};
        const std::vector<double> oneAfter{0.75};
        const PairedComparison single = PairedStatistics::compare(one, oneAfter);
        QVERIFY(std::isnan(single.tTestP) && std::isnan(single.tStatistic));
        QCOMPARE(single.randomizationP, 1.0);
        QCOMPARE(single.ciLower, 0.5);
        QCOMPARE(single.ciUpper, 0.5);

        // All Δ = 0: p = 1 everywhere, interval [0, 0], all ties.
        const std::vector<double> same(40, 0.3);
        const PairedComparison zero = PairedStatistics::compare(same, same);
        QCOMPARE(zero.tTestP, 1.0);
        QCOMPARE(zero.tStatistic, 0.0);
        QCOMPARE(zero.randomizationP, 1.0);
        QCOMPARE(zero.ciLower, 0.0);
        QCOMPARE(zero.ciUpper, 0.0);
        QCOMPARE(zero.ties, qint64(40));
        QVERIFY(std::abs(zero.relativeDelta) == 0.0);

        // Zero variance with a nonzero mean: t = +∞, p = 0; the sampled sign-flip test is as small as it can be.
        std::vector<double> deltas(40, 0.125);
        const auto t = PairedStatistics::pairedTTest(deltas);
        QVERIFY(std::isinf(t.t) && t.t > 0);
        QCOMPARE(t.p, 0.0);
        QCOMPARE(t.df, 39.0);
        bool exact = true;
        const double p = PairedStatistics::randomizationTest(deltas, 10000, 7, &exact);
        QVERIFY(!exact);
        QVERIFY2(p <= 3.0 / 10001, qPrintable(QString::number(p)));

        // Relative Δ is undefined when the mean before is 0.
        const std::vector<double> zeros(3, 0.0);
        const std::vector<double> ones(3, 1.0);
        QVERIFY(std::isnan(PairedStatistics::compare(zeros, ones).relativeDelta));
    }

    void invalidInput()
    {
        const std::vector<double> a{1.0, 2.0};
        const std::vector<double> b{1.0};
        QVERIFY_THROWS_EXCEPTION(TareError, PairedStatistics::compare(a, b));
        const std::vector<double> withNan{1.0, std::nan("")};
        QVERIFY_THROWS_EXCEPTION(TareError, PairedStatistics::compare(a, withNan));
        QVERIFY_THROWS_EXCEPTION(TareError, PairedStatistics::randomizationTest(a, 0, 1));
        QVERIFY_THROWS_EXCEPTION(TareError, PairedStatistics::bootstrapCi(a, 100, 1.0, 1));
    }

    void randomizationAgreesWithTTest_data()
    {
        QTest::addColumn<double>("shift");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("significant");
        QTest::newRow("clear improvement") << 0.08 << quint64(11) << true;
        QTest::newRow("clear degradation") << -0.08 << quint64(12) << true;
        QTest::newRow("no change") << 0.0 << quint64(13) << false;
    }
    void randomizationAgreesWithTTest()
    {
        QFETCH(double, shift);
        QFETCH(quint64, seed);
        QFETCH(bool, significant);

        // 50 queries, Δ = shift + noise with a symmetric distribution.
        std::mt19937_64 rng(seed);
        std::normal_distribution<double> noise(0.0, 0.1);
        std::vector<double> before(50);
        std::vector<double> after(50);
        for (std::size_t i = 0; i < before.size(); ++i) {
            before[i] = 0.5 + 0.2 * std::sin(static_cast<double>(i));
            after[i] = before[i] + shift + noise(rng);
        }
        // With no change, center the noise exactly so the test is about the method, not the draw.
        if (shift == 0.0) {
            double mean = 0.0;
            for (std::size_t i = 0; i < before.size(); ++i)
                mean += after[i] - before[i];
            mean /= static_cast<double>(before.size());
            for (double& a : after)
                a -= mean;
        }
        const PairedComparison c = PairedStatistics::compare(before, after);
        QVERIFY(!c.randomizationExact);
        if (significant) {
            QVERIFY2(c.tTestP < 0.001, qPrintable(QString::number(c.tTestP)));
            QVERIFY2(c.randomizationP < 0.005, qPrintable(QString::number(c.randomizationP)));
            QVERIFY(shift > 0 ? c.ciLower > 0.0 : c.ciUpper < 0.0);
        } else {
            QVERIFY2(c.tTestP > 0.9, qPrintable(QString::number(c.tTestP)));
            QVERIFY2(c.randomizationP > 0.8, qPrintable(QString::number(c.randomizationP)));
            QVERIFY(c.ciLower < 0.0 && c.ciUpper > 0.0);
        }
        QVERIFY(c.ciLower <= c.meanDelta && c.meanDelta <= c.ciUpper);
    }

    void randomizationCloseToTTestInBetween()
    {
        // A borderline case: the two tests should give similar p-values (the t-test is a good
        // approximation of the permutation distribution for 60 well-behaved differences).
        std::mt19937_64 rng(99);
        std::normal_distribution<double> noise(0.0, 1.0);
        std::vector<double> deltas(60);
        for (double& d : deltas)
            d = 0.3 + noise(rng);
        const double tP = PairedStatistics::pairedTTest(deltas).p;
        const double rP = PairedStatistics::randomizationTest(deltas, 20000, 5);
        QVERIFY2(tP > 0.001 && tP < 0.5, qPrintable(QString::number(tP)));
        QVERIFY2(std::abs(tP - rP) < 0.25 * tP + 0.005,
                 qPrintable(QStringLiteral("t %1 vs randomization %2").arg(tP).arg(rP)));
    }

    void seededResultsAreDeterministic()
    {
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> u(-0.2, 0.3);
        std::vector<double> deltas(30);
        for (double& d : deltas)
            d = u(rng);

        const double p1 = PairedStatistics::randomizationTest(deltas, 10000, 1234);
        const double p2 = PairedStatistics::randomizationTest(deltas, 10000, 1234);
        const double p3 = PairedStatistics::randomizationTest(deltas, 10000, 4321);
        QCOMPARE(p1, p2);
        QVERIFY2(std::abs(p1 - p3) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(p1).arg(p3)));

        const auto ci1 = PairedStatistics::bootstrapCi(deltas, 10000, 0.95, 1234);
        const auto ci2 = PairedStatistics::bootstrapCi(deltas, 10000, 0.95, 1234);
        const auto ci3 = PairedStatistics::bootstrapCi(deltas, 10000, 0.95, 4321);
        QCOMPARE(ci1.first, ci2.first);
        QCOMPARE(ci1.second, ci2.second);
        QVERIFY(ci1 != ci3);

        // The percentile interval is close to the normal one, mean ± 1.96 · s/√n.
        double mean = 0.0;
        for (double d : deltas)
            mean += d;
        mean /= static_cast<double>(deltas.size());
        double ss = 0.0;
        for (double d : deltas)
            ss += (d - mean) * (d - mean);
        const double se = std::sqrt(ss / static_cast<double>(deltas.size() - 1) / static_cast<double>(deltas.size()));
        QVERIFY(ci1.first < mean && mean < ci1.second);
        const double width = ci1.second - ci1.first;
        QVERIFY2(std::abs(width - 2 * 1.96 * se) < 0.2 * 2 * 1.96 * se,
                 qPrintable(QStringLiteral("width %1, normal width %2").arg(width).arg(2 * 1.96 * se)));
        // A wider coverage gives a wider interval.
        const auto ci99 = PairedStatistics::bootstrapCi(deltas, 10000, 0.99, 1234);
        QVERIFY(ci99.first < ci1.first && ci99.second > ci1.second);
    }
};

QTEST_GUILESS_MAIN(TestPairedStatistics)
#include "tst_pairedstatistics.moc"
