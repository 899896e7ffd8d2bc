// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <Eigen/Core>

#include <vector>

namespace tare {

/// Principal component analysis of a small point set (rows), for 2-D pictures of embeddings:
/// the mean, the leading axes (unit rows, the largest-magnitude coordinate of each made positive
/// so the picture does not flip between runs) and the share of variance each explains. Computed
/// by a thin SVD of the centred rows (Eigen). A plain value; fit() is pure and thread-safe.
struct PrincipalComponents
{
    Eigen::RowVectorXd mean;
    Eigen::MatrixXd axes;          ///< k × d, one unit axis per row, by decreasing variance
    std::vector<double> explained; ///< share of the total variance per axis (0..1)

    /// The first `k` components of `rows` (n × d). Fewer when n or d is smaller; axes of a
    /// degenerate set (all points equal) are zero rows.
    static PrincipalComponents fit(const Eigen::MatrixXd& rows, int k = 2);
    /// Coordinates of `rows` on the axes (n × k).
    Eigen::MatrixXd project(const Eigen::MatrixXd& rows) const;
};

} // namespace tare
