// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/lsamodel.h"

#include <QList>

namespace tare {

/// The words a refined query gained and lost, for spaces of the built-in LSA embedder: the
/// back-projection V_k · (q_after/‖q_after‖ − q_before/‖q_before‖) onto the vocabulary
/// (LsaModel::explain). Both vectors are normalised first because ranking is by cosine, so only
/// the change of direction matters. A plain value; compute() is pure.
struct TermShift
{
    QList<TermWeight> gained; ///< largest positive weights first
    QList<TermWeight> lost;   ///< most negative weights first (weights < 0)

    static TermShift compute(const LsaModel& model, const Eigen::VectorXf& before, const Eigen::VectorXf& after,
                             int count = 10);
};

} // namespace tare
