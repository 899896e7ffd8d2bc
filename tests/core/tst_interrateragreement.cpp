// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/interrateragreement.h"

#include <QTest>

#include <cmath>

using namespace tare;

Q_DECLARE_METATYPE(tare::RatingMatrix)
Q_DECLARE_METATYPE(tare::MeasurementLevel)

namespace {

constexpr double s_missing = -1.0;

/// Reliability data written the way the literature prints it: one row per rater, one column
/// per unit, s_missing where the rater gave no value; returned as units × raters.
RatingMatrix byRater(const std::vector<std::vector<double>>& raters)
{
    RatingMatrix units(raters.front().size(), std::vector<std::optional<double>>(raters.size()));
    for (size_t r = 0; r < raters.size(); ++r) {
        for (size_t u = 0; u < raters[r].size(); ++u) {
            if (raters[r][u] != s_missing)
                units[u][r] = raters[r][u];
        }
    }
    return units;
}

/// Units given as counts per category (Fleiss' table form): unit i has counts[i][j] ratings of
/// category j.
RatingMatrix fromCounts(const std::vector<std::vector<int>>& counts)
{
    RatingMatrix units;
    for (const auto& row : counts) {
        std::vector<std::optional<double>> unit;
        for (size_t category = 0; category < row.size(); ++category) {
            for (int i = 0; i < row[category]; ++i)
                unit.push_back(double(category + 1));
        }
        units.push_back(unit);
    }
    return units;
}

/// Two raters' yes/no decisions with a given confusion table.
std::pair<std::vector<std::optional<double>>, std::vector<std::optional<double>>> twoRaters(int yesYes, int yesNo, int noYes, int noNo)
{
    std::vector<std::optional<double>> a, b;
    const auto add = [&](int count, double x, double y) {
        for (int i = 0; i < count; ++i) {
            a.push_back(x);
            b.push_back(y);
        }
    };
    add(yesYes, 1, 1);
    add(yesNo, 1, 0);
    add(noYes, 0, 1);
    add(noNo, 0, 0);
    return {a, b};
}

const double _ = s_missing;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E (also the example
// of his Content Analysis, 2019, ch. 12): 4 observers, 12 units, values 1..5, unit 12 unpairable.
const std::vector<std::vector<double>> s_krippendorffBook{
    {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
    {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
};
// Wikipedia, "Krippendorff's alpha", a computational example: 3 coders, 15 units.
const std::vector<std::vector<double>> s_wikipedia{
    {_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3},
    {1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _},
    {_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4},
};

} // namespace

class TestInterRaterAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cohenKappa_data();
    void cohenKappa();
    void cohenKappaLeavesOutUnitsOneRaterSkipped();
    void fleissKappa_data();
    void fleissKappa();
    void krippendorffAlpha_data();
    void krippendorffAlpha();
    void undefinedCases();
};

void TestInterRaterAgreement::cohenKappa_data()
{
    QTest::addColumn<std::vector<std::optional<double>>>("first");
    QTest::addColumn<std::vector<std::optional<double>>>("second");
    QTest::addColumn<double>("expected");

    // Wikipedia, "Cohen's kappa", first example: 50 proposals, A and B both yes 20, A yes B no 5,
    // A no B yes 10, both no 15. p_o = 35/50 = 0.7; A yes 25/50, B yes 30/50:
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    auto [a, b] = twoRaters(20, 5, 10, 15);
    QTest::newRow("wikipedia 50 proposals") << a << b << 0.4;
    // Same page, second example pair: 45/15/25/15 (κ = 0.1304) — p_o = 60/100, A yes 60, B yes 70:
    // p_e = 0.6·0.7 + 0.4·0.3 = 0.54; κ = 0.06 / 0.46 = 3/23.
    std::tie(a, b) = twoRaters(45, 15, 25, 15);
    QTest::newRow("wikipedia 100, balanced") << a << b << 3.0 / 23.0;
    // Three categories by hand: (1,1) (2,2) (3,3) (1,2) (2,2) (3,1). Agreements 4 of 6.
    // A: 1×2, 2×2, 3×2; B: 1×2, 2×3, 3×1. p_e = (2·2 + 2·3 + 2·1) / 36 = 12/36;
    // κ = (6·4 − 12) / (36 − 12) = 12/24 = 0.5.
    QTest::newRow("three categories") << std::vector<std::optional<double>>{1, 2, 3, 1, 2, 3}
                                      << std::vector<std::optional<double>>{1, 2, 3, 2, 2, 1} << 0.5;
    QTest::newRow("perfect") << std::vector<std::optional<double>>{0, 1, 1} << std::vector<std::optional<double>>{0, 1, 1} << 1.0;
    // Complete disagreement on two balanced classes: p_o = 0, p_e = 0.5: κ = −1.
    QTest::newRow("opposite") << std::vector<std::optional<double>>{0, 1} << std::vector<std::optional<double>>{1, 0} << -1.0;
}

void TestInterRaterAgreement::cohenKappa()
{
    QFETCH(std::vector<std::optional<double>>, first);
    QFETCH(std::vector<std::optional<double>>, second);
    QFETCH(double, expected);
    qint64 units = 0;
    const double kappa = InterRaterAgreement::cohenKappa(first, second, &units);
    QCOMPARE(units, qint64(first.size()));
    QVERIFY2(std::abs(kappa - expected) < 1e-12, qPrintable(QString::number(kappa, 'g', 17)));
    // Symmetric in the raters.
    QVERIFY(std::abs(InterRaterAgreement::cohenKappa(second, first) - expected) < 1e-12);
}

void TestInterRaterAgreement::cohenKappaLeavesOutUnitsOneRaterSkipped()
{
    // The "three categories" row with three more units each rated by only one of the two.
    const std::vector<std::optional<double>> a{1, 2, 3, 1, 2, 3, 1, std::nullopt, std::nullopt};
    const std::vector<std::optional<double>> b{1, 2, 3, 2, 2, 1, std::nullopt, 3, std::nullopt};
    qint64 units = 0;
    QVERIFY(std::abs(InterRaterAgreement::cohenKappa(a, b, &units) - 0.5) < 1e-12);
    QCOMPARE(units, 6);
}

void TestInterRaterAgreement::fleissKappa_data()
{
    QTest::addColumn<RatingMatrix>("ratings");
    QTest::addColumn<double>("expected");
    QTest::addColumn<qint64>("units");

    // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
    // P̄ = 172/455 (0.378), P_e = 417/1960 (0.213), κ = (P̄ − P_e)/(1 − P_e) = 4211/20059 (0.210).
    QTest::newRow("wikipedia 10 × 14") << fromCounts({{0, 0, 0, 0, 14},
                                                       {0, 2, 6, 4, 2},
                                                       {0, 0, 3, 5, 6},
                                                       {0, 3, 9, 2, 0},
                                                       {2, 2, 8, 1, 1},
                                                       {7, 7, 0, 0, 0},
                                                       {3, 2, 6, 3, 0},
                                                       {2, 5, 3, 2, 2},
                                                       {6, 5, 2, 1, 0},
                                                       {0, 2, 2, 3, 7}})
                                       << 4211.0 / 20059.0 << qint64(10);
    // With two raters Fleiss' κ is Scott's π. The 50 proposals of Cohen's example: p_o = 0.7;
    // pooled yes share (25 + 30)/100 = 0.55: p_e = 0.55² + 0.45² = 0.505; π = 0.195/0.495 = 13/33.
    auto [a, b] = twoRaters(20, 5, 10, 15);
    RatingMatrix pairs;
    for (size_t i = 0; i < a.size(); ++i)
        pairs.push_back({a[i], b[i]});
    QTest::newRow("two raters = Scott's pi") << pairs << 13.0 / 33.0 << qint64(50);
    // Raters per unit may vary; a unit with one rating is left out. By hand: units {1,1,1},
    // {1,2}, {2,2,2,2}, {2}: P_i = 1, 0, 1; P̄ = 2/3. Categories over the 9 ratings used: 1 ×4,
    // 2 ×5: P_e = 16/81 + 25/81 = 41/81; κ = (2/3 − 41/81)/(40/81) = (54 − 41)/40 = 13/40.
    QTest::newRow("varying raters") << RatingMatrix{{1, 1, 1}, {1, 2}, {2, 2, 2, 2}, {2}} << 13.0 / 40.0 << qint64(3);
}

void TestInterRaterAgreement::fleissKappa()
{
    QFETCH(RatingMatrix, ratings);
    QFETCH(double, expected);
    QFETCH(qint64, units);
    qint64 used = 0;
    const double kappa = InterRaterAgreement::fleissKappa(ratings, &used);
    QCOMPARE(used, units);
    QVERIFY2(std::abs(kappa - expected) < 1e-12, qPrintable(QString::number(kappa, 'g', 17)));
}

void TestInterRaterAgreement::krippendorffAlpha_data()
{
    QTest::addColumn<RatingMatrix>("ratings");
    QTest::addColumn<MeasurementLevel>("level");
    QTest::addColumn<double>("expected");  ///< exact, by hand from the coincidence matrix
    QTest::addColumn<double>("published"); ///< as the source prints it
    QTest::addColumn<int>("decimals");

    const RatingMatrix book = byRater(s_krippendorffBook);
    // Krippendorff prints α_nominal = 0.743, α_ordinal = 0.815, α_interval = 0.849, α_ratio =
    // 0.797. The coincidences by hand: n = 40 pairable values, n_1..n_5 = 9, 13, 10, 5, 3;
    // nominal: Σ o_ck (c≠k) = 8, Σ n_c·n_k (c≠k) = 1600 − 384 = 1216 → 1 − 39·8/1216 = 113/152.
    QTest::newRow("book nominal") << book << MeasurementLevel::Nominal << 113.0 / 152.0 << 0.743 << 3;
    QTest::newRow("book ordinal") << book << MeasurementLevel::Ordinal << 108577.0 / 133160.0 << 0.815 << 3;
    QTest::newRow("book interval") << book << MeasurementLevel::Interval << 951.0 / 1120.0 << 0.849 << 3;
    QTest::newRow("book ratio") << book << MeasurementLevel::Ratio << 18222619.0 / 22852465.0 << 0.797 << 3;
    // Wikipedia prints α_nominal = 0.691 and α_interval = 0.811.
    const RatingMatrix wiki = byRater(s_wikipedia);
    QTest::newRow("wikipedia nominal") << wiki << MeasurementLevel::Nominal << 56.0 / 81.0 << 0.691 << 3;
    QTest::newRow("wikipedia interval") << wiki << MeasurementLevel::Interval << 643.0 / 793.0 << 0.811 << 3;
    QTest::newRow("wikipedia ordinal") << wiki << MeasurementLevel::Ordinal << 112173.0 / 139048.0 << 0.807 << 3;
    // Two raters, no missing values (Cohen's 50 proposals): o_yy = 40, o_nn = 30, o_yn = o_ny = 15;
    // n_y = 55, n_n = 45, n = 100: α = 1 − 99·30 / (2·55·45) = 1 − 2970/4950 = 0.4.
    auto [a, b] = twoRaters(20, 5, 10, 15);
    RatingMatrix pairs;
    for (size_t i = 0; i < a.size(); ++i)
        pairs.push_back({a[i], b[i]});
    QTest::newRow("two raters nominal") << pairs << MeasurementLevel::Nominal << 0.4 << 0.4 << 1;
    // With two values the ordinal and interval metrics are multiples of the nominal one.
    QTest::newRow("two raters ordinal") << pairs << MeasurementLevel::Ordinal << 0.4 << 0.4 << 1;
    QTest::newRow("two raters interval") << pairs << MeasurementLevel::Interval << 0.4 << 0.4 << 1;
}

void TestInterRaterAgreement::krippendorffAlpha()
{
    QFETCH(RatingMatrix, ratings);
    QFETCH(MeasurementLevel, level);
    QFETCH(double, expected);
    QFETCH(double, published);
    QFETCH(int, decimals);
    const double alpha = InterRaterAgreement::krippendorffAlpha(ratings, level);
    QVERIFY2(std::abs(alpha - expected) < 1e-12, qPrintable(QString::number(alpha, 'g', 17)));
    const double scale = std::pow(10.0, decimals);
    QCOMPARE(std::round(alpha * scale) / scale, published);
}

void TestInterRaterAgreement::undefinedCases()
{
    // No unit with two ratings.
    const RatingMatrix lonely{{1, std::nullopt}, {std::nullopt, 2}};
    qint64 units = -1;
    QVERIFY(std::isnan(InterRaterAgreement::krippendorffAlpha(lonely, MeasurementLevel::Nominal, &units)));
    QCOMPARE(units, 0);
    QVERIFY(std::isnan(InterRaterAgreement::fleissKappa(lonely)));
    QVERIFY(std::isnan(InterRaterAgreement::cohenKappa(std::vector<std::optional<double>>{1, std::nullopt},
                                                       std::vector<std::optional<double>>{std::nullopt, 2})));
    // One value throughout: κ follows JudgeAgreement (1 when all agree), α is undefined.
    const RatingMatrix same{{1, 1}, {1, 1}, {1, 1}};
    QVERIFY(std::isnan(InterRaterAgreement::krippendorffAlpha(same, MeasurementLevel::Nominal)));
    QCOMPARE(InterRaterAgreement::fleissKappa(same), 1.0);
    QCOMPARE(InterRaterAgreement::cohenKappa(std::vector<std::optional<double>>{1, 1}, std::vector<std::optional<double>>{1, 1}), 1.0);
    // Perfect agreement with variation: 1 everywhere.
    const RatingMatrix perfect{{1, 1, 1}, {2, 2, 2}, {3, 3, 3}};
    for (MeasurementLevel level : {MeasurementLevel::Nominal, MeasurementLevel::Ordinal, MeasurementLevel::Interval})
        QCOMPARE(InterRaterAgreement::krippendorffAlpha(perfect, level), 1.0);
    QCOMPARE(InterRaterAgreement::fleissKappa(perfect), 1.0);
}

QTEST_GUILESS_MAIN(TestInterRaterAgreement)
#include "tst_interrateragreement.moc"
