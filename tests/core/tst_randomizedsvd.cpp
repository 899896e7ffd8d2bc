// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/randomizedsvd.h"
#include "core/util/tareerror.h"

#include <QTest>

#include <Eigen/QR>
#include <Eigen/SVD>

#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

using namespace tare;

namespace {

using SparseRowMatrixXf = Eigen::SparseMatrix<float, Eigen::RowMajor>;

// A rows × cols matrix with singular values decay^0 … decay^(rank-1) (exactly rank |rank|),
// then about |dropFraction| of its entries set to zero, stored sparse. Built from std::mt19937
// uniforms only, so it is the same on every platform.
SparseRowMatrixXf testMatrix(int rows, int cols, int rank, double decay, double dropFraction, unsigned seed)
{
    std::mt19937 engine(seed);
    const auto uniform = [&engine] { return double(engine()) / 4294967296.0 - 0.5; };
    Eigen::MatrixXd left(rows, rank);
    Eigen::MatrixXd right(cols, rank);
    for (Eigen::Index i = 0; i < left.size(); ++i)
        left.data()[i] = uniform();
    for (Eigen::Index i = 0; i < right.size(); ++i)
        right.data()[i] = uniform();
    const Eigen::MatrixXd u =
        Eigen::HouseholderQR<Eigen::MatrixXd>(left).householderQ() * Eigen::MatrixXd::Identity(rows, rank);
    const Eigen::MatrixXd v =
        Eigen::HouseholderQR<Eigen::MatrixXd>(right).householderQ() * Eigen::MatrixXd::Identity(cols, rank);
    Eigen::VectorXd sigma(rank);
    for (int i = 0; i < rank; ++i)
        sigma(i) = 10.0 * std::pow(decay, i);
    Eigen::MatrixXd dense = u * sigma.asDiagonal() * v.transpose();
    for (Eigen::Index i = 0; i < dense.size(); ++i) {
        if (uniform() + 0.5 < dropFraction)
            dense.data()[i] = 0.0;
    }
    return dense.cast<float>().sparseView();
}

bool bitIdentical(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0;
}

/// RandomizedSvd's rank-`rank` SVD of `a`, from the random start `seed` (the default one unless given).
SvdResult truncatedSvd(const SparseRowMatrixXf& a, int rank, quint64 seed = RandomizedSvdParams().seed)
{
    RandomizedSvdParams params;
    params.rank = rank;
    params.seed = seed;
    return RandomizedSvd(params).compute(a);
}

double orthonormalityError(const Eigen::MatrixXf& m)
{
    const Eigen::MatrixXd md = m.cast<double>();
    return (md.transpose() * md - Eigen::MatrixXd::Identity(m.cols(), m.cols())).cwiseAbs().maxCoeff();
}

} // namespace

class TestRandomizedSvd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gaussianStream();
    void matchesJacobi_data();
    void matchesJacobi();
    void rankDeficient();
    void sameSeedIsBitIdentical();
    void otherSeedSameSpectrum();
    void oneSidedResultsMatchFull();
    void emptyAndZeroMatrices();
    void invalidInputThrows();
    void cancelAndProgress();
};

void TestRandomizedSvd::gaussianStream()
{
    // Row-major order: a 3 × 4 matrix continues the stream exactly as one row of 12 does.
    const Eigen::MatrixXd block = RandomizedSvd::gaussianMatrix(3, 4, 7);
    const Eigen::MatrixXd row = RandomizedSvd::gaussianMatrix(1, 12, 7);
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 4; ++j)
            QCOMPARE(block(i, j), row(0, i * 4 + j));
    }
    QVERIFY(RandomizedSvd::gaussianMatrix(1, 4, 8) != RandomizedSvd::gaussianMatrix(1, 4, 7));

    // Pinned: mt19937_64 is fully specified by the standard, so these values must hold on every
    // platform (up to the last bits of libm's log/cos/sin).
    const Eigen::MatrixXd first = RandomizedSvd::gaussianMatrix(1, 2, 42);
    const double u1 = double((std::mt19937_64(42)() >> 11) + 1) * 0x1p-53;
    std::mt19937_64 engine(42);
    engine.discard(1);
    const double u2 = double(engine() >> 11) * 0x1p-53;
    QVERIFY(std::abs(first(0, 0) - std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2)) < 1e-12);
    QVERIFY(std::abs(first(0, 1) - std::sqrt(-2.0 * std::log(u1)) * std::sin(2.0 * std::numbers::pi * u2)) < 1e-12);

    // Standard normal moments over 200,000 draws (standard errors ≈ 0.0022 and 0.0032).
    const Eigen::MatrixXd many = RandomizedSvd::gaussianMatrix(400, 500, 1);
    const double mean = many.mean();
    const double variance = (many.array() - mean).square().mean();
    const double fourth = (many.array() - mean).pow(4).mean();
    QVERIFY2(std::abs(mean) < 0.01, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(variance - 1.0) < 0.015, qPrintable(QString::number(variance)));
    QVERIFY2(std::abs(fourth - 3.0) < 0.08, qPrintable(QString::number(fourth)));
}

void TestRandomizedSvd::matchesJacobi_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("rank"); // of the test matrix before entries are dropped
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("drop");
    QTest::addColumn<int>("expectedK");

    QTest::newRow("tall 120 x 40, k 5") << 120 << 40 << 40 << 5 << 0.3 << 5;
    QTest::newRow("wide 40 x 120, k 5") << 40 << 120 << 40 << 5 << 0.3 << 5;
    QTest::newRow("square 60 x 60, k 12") << 60 << 60 << 60 << 12 << 0.2 << 12;
    QTest::newRow("dense 80 x 50, k 8") << 80 << 50 << 50 << 8 << 0.0 << 8;
    QTest::newRow("long side over one block, k 6") << 30 << 9000 << 30 << 6 << 0.05 << 6;
    QTest::newRow("k clamped to the shorter side") << 7 << 5 << 5 << 10 << 0.2 << 5;
}

void TestRandomizedSvd::matchesJacobi()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, rank);
    QFETCH(int, k);
    QFETCH(double, drop);
    QFETCH(int, expectedK);

    const SparseRowMatrixXf a = testMatrix(rows, cols, rank, 0.7, drop, 1234);
    const Eigen::MatrixXd dense = Eigen::MatrixXd(a.cast<double>());
    const Eigen::JacobiSVD<Eigen::MatrixXd> exact(dense, Eigen::ComputeThinU | Eigen::ComputeThinV);

    const SvdResult svd = truncatedSvd(a, k);
    QCOMPARE(svd.singularValues.size(), Eigen::Index(expectedK));
    QCOMPARE(svd.u.rows(), Eigen::Index(rows));
    QCOMPARE(svd.u.cols(), Eigen::Index(expectedK));
    QCOMPARE(svd.v.rows(), Eigen::Index(cols));
    QCOMPARE(svd.v.cols(), Eigen::Index(expectedK));

    for (int i = 0; i < expectedK; ++i) {
        const double expected = exact.singularValues()(i);
        const double relative = std::abs(double(svd.singularValues(i)) - expected) / expected;
        QVERIFY2(relative < 1e-4,
                 qPrintable(QStringLiteral("σ%1: %2 vs %3").arg(i).arg(svd.singularValues(i)).arg(expected)));
        if (i > 0)
            QVERIFY(svd.singularValues(i) <= svd.singularValues(i - 1));
    }
    QVERIFY(orthonormalityError(svd.u) < 1e-5);
    QVERIFY(orthonormalityError(svd.v) < 1e-5);

    // U Σ Vᵀ is as good a rank-k approximation as the exact truncated SVD.
    const Eigen::MatrixXd approx =
        svd.u.cast<double>() * svd.singularValues.cast<double>().asDiagonal() * svd.v.cast<double>().transpose();
    const double error = (dense - approx).norm();
    const double optimal =
        std::sqrt(exact.singularValues().tail(exact.singularValues().size() - expectedK).squaredNorm());
    QVERIFY2(error <= optimal * (1.0 + 1e-3) + 1e-5 * dense.norm(),
             qPrintable(QStringLiteral("error %1, optimal %2").arg(error).arg(optimal)));

    // Sign convention: the largest-magnitude entry of each shorter-side vector is positive.
    const Eigen::MatrixXf& shortSide = rows <= cols ? svd.u : svd.v;
    for (int i = 0; i < expectedK; ++i) {
        Eigen::Index largest = 0;
        shortSide.col(i).cwiseAbs().maxCoeff(&largest);
        QVERIFY(shortSide(largest, i) > 0.0f);
    }
}

void TestRandomizedSvd::rankDeficient()
{
    // Rank 3 (nothing dropped), 6 values asked for: the last three are 0 and their longer-side
    // vectors zero, and U Σ Vᵀ still reproduces A.
    const SparseRowMatrixXf a = testMatrix(30, 20, 3, 0.5, 0.0, 99);
    const SvdResult svd = truncatedSvd(a, 6);
    QCOMPARE(svd.singularValues.size(), Eigen::Index(6));
    QVERIFY(std::abs(svd.singularValues(0) - 10.0f) < 1e-4f);
    QVERIFY(std::abs(svd.singularValues(1) - 5.0f) < 1e-4f);
    QVERIFY(std::abs(svd.singularValues(2) - 2.5f) < 1e-4f);
    for (int i = 3; i < 6; ++i) {
        QCOMPARE(svd.singularValues(i), 0.0f);
        QCOMPARE(svd.u.col(i).norm(), 0.0f); // rows (30) are the longer side here
        QVERIFY(std::abs(svd.v.col(i).norm() - 1.0f) < 1e-5f);
    }
    const Eigen::MatrixXf approx = svd.u * svd.singularValues.asDiagonal() * svd.v.transpose();
    QVERIFY((Eigen::MatrixXf(a) - approx).norm() < 1e-4f);
}

void TestRandomizedSvd::sameSeedIsBitIdentical()
{
    const SparseRowMatrixXf a = testMatrix(50, 70, 50, 0.8, 0.4, 5);
    const SvdResult first = truncatedSvd(a, 10, 2026);
    const SvdResult second = truncatedSvd(a, 10, 2026);
    QVERIFY(bitIdentical(first.u, second.u));
    QVERIFY(bitIdentical(first.v, second.v));
    QVERIFY(bitIdentical(first.singularValues, second.singularValues));
}

void TestRandomizedSvd::otherSeedSameSpectrum()
{
    // Little dropped, so the spectrum keeps most of its 0.7 decay. Singular values converge
    // fast; vectors only where the gap to the next value is clear (the last two are close).
    const SparseRowMatrixXf a = testMatrix(50, 70, 50, 0.7, 0.05, 5);
    const SvdResult first = truncatedSvd(a, 10, 1);
    const SvdResult second = truncatedSvd(a, 10, 2);
    QVERIFY(!bitIdentical(first.v, second.v)); // a different random start...
    for (int i = 0; i < 10; ++i) // ...converges to the same triplets, signs included
        QVERIFY(std::abs(first.singularValues(i) - second.singularValues(i)) < 1e-4f * first.singularValues(i));
    QVERIFY((first.v - second.v).leftCols(8).cwiseAbs().maxCoeff() < 1e-3f);
    QVERIFY((first.u - second.u).leftCols(8).cwiseAbs().maxCoeff() < 1e-3f);
}

void TestRandomizedSvd::oneSidedResultsMatchFull()
{
    for (const bool tall : {false, true}) {
        const SparseRowMatrixXf a = tall ? testMatrix(90, 40, 40, 0.7, 0.3, 8) : testMatrix(40, 90, 40, 0.7, 0.3, 8);
        RandomizedSvdParams params;
        params.rank = 7;
        const SvdResult full = RandomizedSvd(params).compute(a);
        params.computeU = false;
        const SvdResult onlyV = RandomizedSvd(params).compute(a);
        params.computeU = true;
        params.computeV = false;
        const SvdResult onlyU = RandomizedSvd(params).compute(a);
        QCOMPARE(onlyV.u.size(), Eigen::Index(0));
        QCOMPARE(onlyU.v.size(), Eigen::Index(0));
        QVERIFY(bitIdentical(onlyV.v, full.v));
        QVERIFY(bitIdentical(onlyU.u, full.u));
        QVERIFY(bitIdentical(onlyU.singularValues, full.singularValues));
    }
}

void TestRandomizedSvd::emptyAndZeroMatrices()
{
    const SvdResult none = RandomizedSvd().compute(SparseRowMatrixXf(0, 5));
    QCOMPARE(none.singularValues.size(), Eigen::Index(0));
    QCOMPARE(none.u.rows(), Eigen::Index(0));
    QCOMPARE(none.v.rows(), Eigen::Index(5));

    RandomizedSvdParams params;
    params.rank = 3;
    const SvdResult zero = RandomizedSvd(params).compute(SparseRowMatrixXf(8, 6));
    QCOMPARE(zero.singularValues, Eigen::VectorXf(Eigen::VectorXf::Zero(3)));
    QVERIFY(zero.u.allFinite());
    QVERIFY(zero.v.allFinite());
}

void TestRandomizedSvd::invalidInputThrows()
{
    RandomizedSvdParams params;
    params.oversampling = -1;
    QVERIFY_THROWS_EXCEPTION(TareError, RandomizedSvd{params});
    try {
        params.oversampling = 10;
        params.rank = -2;
        RandomizedSvd svd(params);
        QFAIL("a negative rank was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }

    SparseRowMatrixXf a = testMatrix(10, 8, 8, 0.7, 0.0, 3);
    a.coeffRef(4, 5) = std::numeric_limits<float>::quiet_NaN();
    try {
        RandomizedSvd().compute(a);
        QFAIL("a NaN entry was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
    }
}

void TestRandomizedSvd::cancelAndProgress()
{
    const SparseRowMatrixXf a = testMatrix(40, 30, 30, 0.7, 0.2, 4);
    RandomizedSvdParams params;
    params.rank = 5;
    params.powerIterations = 3;

    QList<qint64> done;
    qint64 total = 0;
    ProgressSink sink;
    sink.progress = [&](qint64 step, qint64 steps, const QString&) {
        done.append(step);
        total = steps;
    };
    RandomizedSvd(params).compute(a, sink);
    QCOMPARE(total, qint64(2 + 3 + 1)); // range, 3 iterations, Gram, longer-side vectors
    QCOMPARE(done, (QList<qint64>{1, 2, 3, 4, 5, 6}));

    int polls = 0;
    ProgressSink cancelling;
    cancelling.cancelled = [&polls] { return ++polls > 2; };
    try {
        RandomizedSvd(params).compute(a, cancelling);
        QFAIL("cancellation was ignored");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QCOMPARE(polls, 3);
}

QTEST_GUILESS_MAIN(TestRandomizedSvd)
#include "tst_randomizedsvd.moc"
