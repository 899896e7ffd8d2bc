// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <QtGlobal>

namespace tare {

/// Settings of a randomized truncated SVD.
struct RandomizedSvdParams
{
    /// Number of singular triplets wanted; clamped to min(rows, cols).
    int rank = 256;
    /// Extra random directions beyond rank (Halko et al. recommend 5–10).
    int oversampling = 10;
    /// Subspace (power) iterations; each sharpens the spectrum's decay.
    int powerIterations = 4;
    /// Seed of the Gaussian test matrix.
    quint64 seed = 42;
    /// Whether to return U (rows × k) and V (cols × k). Skipping one saves its memory and,
    /// when it lies on the matrix's longer side, its work.
    bool computeU = true;
    bool computeV = true;
};

/// A truncated SVD A ≈ U · diag(singularValues) · Vᵀ.
struct SvdResult
{
    Eigen::MatrixXf u; ///< rows × k, orthonormal columns (empty when not computed)
    Eigen::VectorXf singularValues; ///< k values, descending, >= 0
    Eigen::MatrixXf v; ///< cols × k, orthonormal columns (empty when not computed)
};

/// Randomized truncated SVD of a sparse matrix (Halko, Martinsson & Tropp 2011, algorithms 4.4
/// and 5.1), computed in double and returned in float.
///
/// With s = the shorter side and l = min(rank + oversampling, s): a Gaussian test matrix Ω
/// (longer side × l) samples the range of the shorter side, Y = A'Ω, where A' is A oriented with
/// the shorter side as rows; each power iteration forms Y = A'(A'ᵀQ) and re-orthonormalises it
/// with a Householder QR (thin Q). The small matrix B = QᵀA' is then decomposed through its
/// l × l Gram matrix BBᵀ (a symmetric eigenproblem); the longer side's vectors are Bᵀ·X·Σ⁻¹.
/// Double precision leaves that step accurate for singular values down to about 1e-6·σ₁; smaller
/// ones are reported as 0 with a zero vector on the longer side. The longer side is visited in
/// column blocks, so no dense (longer side × l) matrix is held unless its vectors are wanted.
///
/// Results are reproducible: the Gaussians come from std::mt19937_64 (fully specified by the
/// C++ standard) through Box–Muller, never std::normal_distribution (its algorithm differs
/// between standard libraries), and each singular pair is signed so that the largest-magnitude
/// entry of its vector on the shorter side is positive (first such entry on ties). The same seed
/// and input give bit-identical results with the same build; across C libraries and CPUs the
/// last bits of log/sin/cos and of vectorised sums may differ, not the random stream itself.
///
/// Immutable; compute() may run on several threads at once.
class RandomizedSvd
{
public:
    /// Throws TareError(Usage) when rank < 0, oversampling < 0 or powerIterations < 0.
    explicit RandomizedSvd(const RandomizedSvdParams& params = {});

    /// The rank-k SVD of |a| with k = min(rank, rows, cols). `sink.cancelled` is polled between
    /// passes over the matrix (TareError(Cancelled)); `sink.progress` counts those passes.
    /// Throws TareError(Input) when |a| holds a non-finite value.
    SvdResult compute(const Eigen::SparseMatrix<float, Eigen::RowMajor>& a, const ProgressSink& sink = {}) const;

    const RandomizedSvdParams& params() const { return m_params; }

    /// The Gaussian test matrix the algorithm uses: standard normal values drawn from
    /// std::mt19937_64(seed) in row-major order, two per Box–Muller pair
    /// (u₁ = (x₁ >> 11 + 1)·2⁻⁵³, u₂ = (x₂ >> 11)·2⁻⁵³, √(−2 ln u₁)·(cos, sin)(2πu₂)).
    static Eigen::MatrixXd gaussianMatrix(Eigen::Index rows, Eigen::Index cols, quint64 seed);

private:
    RandomizedSvdParams m_params;
};

} // namespace tare
