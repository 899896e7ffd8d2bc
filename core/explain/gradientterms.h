// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"
#include "core/util/eigentypes.h"

namespace tare {

/// The gradient of the KL-Adam loss at one query, split into one term per judged document. With
/// V_k the unit document rows, u = q/‖q‖, c_k = ⟨V_k, u⟩ and h = ∂L/∂c (the derivation, ReFIT
/// included, is in core/refine/kladamloop.cpp):
///
///     ∇_q L = Σ_k g_k,   g_k = h_k (V_k − c_k u) / ‖q‖.
///
/// V_k − c_k u is the direction from the query towards document k on the sphere (its length is
/// √(1 − c_k²)), so the descent step −g_k pulls the query towards document k when h_k < 0 and
/// pushes it away when h_k > 0. Computed in double with the refiner's own p, c and r
/// (KlAdamLoop<double>); the refiner itself is not changed. A plain value; at() is pure.
struct GradientTerms
{
    Eigen::VectorXd cosines;       ///< c_k
    Eigen::VectorXd logitGradient; ///< h_k = ∂L/∂c_k
    double queryNorm = 0.0;
    /// The whole gradient as the refiner computes it (for checking that the terms add up to it).
    Eigen::VectorXd total;

    /// g_k as a vector of length d.
    Eigen::VectorXd term(const RowMatrixXf& documents, Eigen::Index k, const Eigen::VectorXf& query) const;
    /// The signed length of −g_k: −h_k √(1 − c_k²) / ‖q‖ (> 0: the step pulls towards document k).
    double pull(Eigen::Index k) const;

    /// The terms at `query` for the judged `documents` (rows) with judge `scores`; uses
    /// params.refit and params.refitTemperature.
    static GradientTerms at(const RowMatrixXf& documents, const Eigen::VectorXf& scores, const Eigen::VectorXf& query,
                            const RefineParams& params);
};

} // namespace tare
