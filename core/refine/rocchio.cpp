// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/rocchio.h"

namespace tare {

RocchioRefiner::RocchioRefiner(const RefineParams& params)
    : m_params(params)
{
}

RefineResult RocchioRefiner::refine(const RefineInput& input, const StepObserver& observer,
                                    const std::function<bool()>& cancelled) const
{
    checkInput(input, false);
    checkCancelled(cancelled);

    // Sums in double: the means of many documents should not depend on their order.
    const Eigen::Index d = input.query.size();
    Eigen::VectorXd relevant = Eigen::VectorXd::Zero(d);
    Eigen::VectorXd nonRelevant = Eigen::VectorXd::Zero(d);
    Eigen::Index relevantCount = 0;
    Eigen::Index nonRelevantCount = 0;
    for (Eigen::Index i = 0; i < input.documents.rows(); ++i) {
        const auto row = input.documents.row(i).transpose().cast<double>();
        if (double(input.scores(i)) >= m_params.rocchioThreshold) {
            relevant += row;
            ++relevantCount;
        } else {
            nonRelevant += row;
            ++nonRelevantCount;
        }
    }
    Eigen::VectorXd query = m_params.rocchioAlpha * input.query.cast<double>();
    if (relevantCount > 0)
        query += (m_params.rocchioBeta / double(relevantCount)) * relevant;
    if (nonRelevantCount > 0)
        query -= (m_params.rocchioGamma / double(nonRelevantCount)) * nonRelevant;

    RefineResult result;
    result.query = query.cast<float>();
    result.losses = {0.0f};
    result.finalLoss = 0.0f;
    if (observer)
        observer(1, 0.0f, result.query);
    return result;
}

QString RocchioRefiner::name() const
{
    return QStringLiteral("rocchio");
}

} // namespace tare
