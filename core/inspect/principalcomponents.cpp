// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/principalcomponents.h"

#include <Eigen/SVD>

#include <algorithm>

namespace tare {

PrincipalComponents PrincipalComponents::fit(const Eigen::MatrixXd& rows, int k)
{
    PrincipalComponents result;
    const Eigen::Index d = rows.cols();
    result.mean = rows.rows() > 0 ? Eigen::RowVectorXd(rows.colwise().mean()) : Eigen::RowVectorXd::Zero(d);
    const Eigen::Index count = std::min<Eigen::Index>(k, std::min(rows.rows(), d));
    result.axes = Eigen::MatrixXd::Zero(std::max<Eigen::Index>(count, 0), d);
    if (count <= 0)
        return result;
    const Eigen::MatrixXd centred = rows.rowwise() - result.mean;
    Eigen::BDCSVD<Eigen::MatrixXd> svd(centred, Eigen::ComputeThinV);
    const Eigen::VectorXd& singular = svd.singularValues();
    const double total = singular.squaredNorm();
    for (Eigen::Index i = 0; i < count; ++i) {
        result.explained.push_back(total > 0.0 ? singular(i) * singular(i) / total : 0.0);
        if (!(singular(i) > 0.0))
            continue; // no spread along this axis: leave it zero
        Eigen::RowVectorXd axis = svd.matrixV().col(i).transpose();
        Eigen::Index largest = 0;
        axis.cwiseAbs().maxCoeff(&largest);
        if (axis(largest) < 0.0)
            axis = -axis;
        result.axes.row(i) = axis;
    }
    return result;
}

Eigen::MatrixXd PrincipalComponents::project(const Eigen::MatrixXd& rows) const
{
    return (rows.rowwise() - mean) * axes.transpose();
}

} // namespace tare
