// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/randomizedsvd.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <Eigen/Eigenvalues>
#include <Eigen/Householder>
#include <Eigen/QR>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::RandomizedSvd", text);
}

using SparseColMatrixXd = Eigen::SparseMatrix<double, Eigen::ColMajor>;

// Columns of the longer side per block: bounds the dense (block × l) scratch matrices.
constexpr Eigen::Index s_blockSize = 4096;

// Singular values below this fraction of σ₁ are beyond what the Gram step resolves in double.
constexpr double s_relativeZero = 1e-6;

// Standard normal values from std::mt19937_64 by Box–Muller, two per pair of draws, in order.
class GaussianStream
{
public:
    explicit GaussianStream(quint64 seed)
        : m_engine(seed)
    {
    }

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = double((m_engine() >> 11) + 1) * 0x1p-53; // (0, 1]: log stays finite
        const double u2 = double(m_engine() >> 11) * 0x1p-53; // [0, 1)
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

    // Fills |m| in row-major order, so consecutive row blocks continue the same stream.
    void fillRows(Eigen::MatrixXd& m)
    {
        for (Eigen::Index i = 0; i < m.rows(); ++i) {
            for (Eigen::Index j = 0; j < m.cols(); ++j)
                m(i, j) = next();
        }
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// An orthonormal basis of the columns of |y| (rows >= cols): the thin Q of a Householder QR.
Eigen::MatrixXd orthonormalBasis(const Eigen::MatrixXd& y)
{
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
    Eigen::MatrixXd q = Eigen::MatrixXd::Identity(y.rows(), y.cols());
    qr.householderQ().applyThisOnTheLeft(q);
    return q;
}

void checkCancelled(const ProgressSink& sink)
{
    if (sink.isCancelled())
        throw TareError(TareError::Kind::Cancelled, QCoreApplication::translate("tare::RandomizedSvd", "The SVD was cancelled"));
}

} // namespace

RandomizedSvd::RandomizedSvd(const RandomizedSvdParams& params)
    : m_params(params)
{
    if (params.rank < 0 || params.oversampling < 0 || params.powerIterations < 0)
        throw TareError(TareError::Kind::Usage,
                        tr("randomized SVD: rank %1, oversampling %2 and power iterations %3 must not be negative")
                            .arg(params.rank)
                            .arg(params.oversampling)
                            .arg(params.powerIterations));
}

Eigen::MatrixXd RandomizedSvd::gaussianMatrix(Eigen::Index rows, Eigen::Index cols, quint64 seed)
{
    GaussianStream stream(seed);
    Eigen::MatrixXd m(rows, cols);
    stream.fillRows(m);
    return m;
}

SvdResult RandomizedSvd::compute(const Eigen::SparseMatrix<float, Eigen::RowMajor>& a, const ProgressSink& sink) const
{
    const Eigen::Index rows = a.rows();
    const Eigen::Index cols = a.cols();
    const Eigen::Index shortSide = std::min(rows, cols);
    const Eigen::Index k = std::min<Eigen::Index>(m_params.rank, shortSide);

    for (Eigen::Index outer = 0; outer < a.outerSize(); ++outer) {
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(a, outer); it; ++it) {
            if (!std::isfinite(it.value()))
                throw TareError(
                    TareError::Kind::Input,
                    tr("randomized SVD: the matrix holds a non-finite value at (%1, %2)").arg(it.row()).arg(it.col()));
        }
    }

    SvdResult result;
    result.singularValues.resize(k);
    if (k == 0) {
        if (m_params.computeU)
            result.u.resize(rows, 0);
        if (m_params.computeV)
            result.v.resize(cols, 0);
        return result;
    }

    // A' has the shorter side as rows, so every QR works on (shorter side × l) matrices.
    const bool transposed = rows > cols;
    const SparseColMatrixXd ap =
        transposed ? SparseColMatrixXd(a.cast<double>().transpose()) : SparseColMatrixXd(a.cast<double>());
    const Eigen::Index longSide = ap.cols();
    const Eigen::Index l = std::min<Eigen::Index>(k + m_params.oversampling, shortSide);
    const bool wantShort = transposed ? m_params.computeV : m_params.computeU;
    const bool wantLong = transposed ? m_params.computeU : m_params.computeV;

    const qint64 passes = 2 + m_params.powerIterations + (wantLong ? 1 : 0);
    qint64 done = 0;
    const QString what = tr("randomized SVD");
    checkCancelled(sink);

    // Range finder: Y = A'Ω with Ω streamed block by block.
    Eigen::MatrixXd y = Eigen::MatrixXd::Zero(shortSide, l);
    {
        GaussianStream stream(m_params.seed);
        Eigen::MatrixXd omega;
        for (Eigen::Index start = 0; start < longSide; start += s_blockSize) {
            const Eigen::Index length = std::min(s_blockSize, longSide - start);
            omega.resize(length, l);
            stream.fillRows(omega);
            y.noalias() += ap.middleCols(start, length) * omega;
        }
    }
    Eigen::MatrixXd q = orthonormalBasis(y);
    sink.report(++done, passes, what);

    Eigen::MatrixXd z;
    for (int iteration = 0; iteration < m_params.powerIterations; ++iteration) {
        checkCancelled(sink);
        y.setZero();
        for (Eigen::Index start = 0; start < longSide; start += s_blockSize) {
            const Eigen::Index length = std::min(s_blockSize, longSide - start);
            z.noalias() = ap.middleCols(start, length).transpose() * q;
            y.noalias() += ap.middleCols(start, length) * z;
        }
        q = orthonormalBasis(y);
        sink.report(++done, passes, what);
    }

    // B = QᵀA' (l × longer side): only its Gram matrix BBᵀ = Σ blocks ZᵀZ is formed.
    checkCancelled(sink);
    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(l, l);
    for (Eigen::Index start = 0; start < longSide; start += s_blockSize) {
        const Eigen::Index length = std::min(s_blockSize, longSide - start);
        z.noalias() = ap.middleCols(start, length).transpose() * q;
        gram.selfadjointView<Eigen::Lower>().rankUpdate(z.transpose());
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram, Eigen::ComputeEigenvectors);
    if (eigen.info() != Eigen::Success)
        throw TareError(TareError::Kind::Internal, tr("randomized SVD: the eigensolver did not converge"));
    sink.report(++done, passes, what);

    // Eigenvalues come ascending; singular triplet i uses eigenpair l-1-i.
    Eigen::MatrixXd x(l, k);
    Eigen::VectorXd sigma(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        x.col(i) = eigen.eigenvectors().col(l - 1 - i);
        sigma(i) = std::sqrt(std::max(0.0, eigen.eigenvalues()(l - 1 - i)));
    }
    for (Eigen::Index i = 1; i < k; ++i) {
        if (sigma(i) <= s_relativeZero * sigma(0))
            sigma(i) = 0.0;
    }
    Eigen::MatrixXd shortVectors = q * x;
    for (Eigen::Index i = 0; i < k; ++i) {
        Eigen::Index largest = 0;
        shortVectors.col(i).cwiseAbs().maxCoeff(&largest); // the first maximum on ties
        if (shortVectors(largest, i) < 0.0)
            shortVectors.col(i) = -shortVectors.col(i);
    }

    Eigen::MatrixXd longVectors;
    if (wantLong) {
        checkCancelled(sink);
        // Bᵀ·X·Σ⁻¹ = A'ᵀ·(Q·X)·Σ⁻¹: the matching vectors of the longer side.
        Eigen::MatrixXd scaled = shortVectors;
        for (Eigen::Index i = 0; i < k; ++i)
            scaled.col(i) *= sigma(i) > 0.0 ? 1.0 / sigma(i) : 0.0;
        longVectors = ap.transpose() * scaled;
        sink.report(++done, passes, what);
    }

    result.singularValues = sigma.cast<float>();
    Eigen::MatrixXf* shortTarget = transposed ? &result.v : &result.u;
    Eigen::MatrixXf* longTarget = transposed ? &result.u : &result.v;
    if (wantShort)
        *shortTarget = shortVectors.cast<float>();
    if (wantLong)
        *longTarget = longVectors.cast<float>();
    return result;
}

} // namespace tare
