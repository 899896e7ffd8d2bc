// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/gradientterms.h"

#include "core/refine/kladamloop.h"

#include <cmath>

namespace tare {

namespace {

using Loop = KlAdamLoop<double>;

Eigen::VectorXd unitRow(const RowMatrixXf& documents, Eigen::Index k)
{
    const Eigen::VectorXd row = documents.row(k).transpose().cast<double>();
    return row / std::max(row.norm(), Loop::s_cosEps);
}

} // namespace

GradientTerms GradientTerms::at(const RowMatrixXf& documents, const Eigen::VectorXf& scores, const Eigen::VectorXf& query,
                                const RefineParams& params)
{
    Loop loop(documents.cast<double>(), scores.cast<double>(), query.cast<double>(), params);
    loop.evaluate(true);
    GradientTerms terms;
    terms.cosines = loop.cosines();
    terms.queryNorm = query.cast<double>().norm();
    terms.total = loop.gradient();

    // h = ∂L/∂c, as kladamloop.cpp derives it: G = ∂L/∂z, then the ReFIT min-max chain.
    const Eigen::VectorXd& p = loop.target();
    const Eigen::VectorXd& r = loop.modelDistribution();
    const Eigen::VectorXd& c = terms.cosines;
    const Eigen::VectorXd a = -p.array() / (r.array() + Loop::s_klEps);
    Eigen::VectorXd h = r.array() * (a.array() - a.dot(r));
    if (params.refit && c.size() > 0) {
        const double low = c.minCoeff();
        const double high = c.maxCoeff();
        const double range = (high - low) + Loop::s_minMaxEps;
        const double sumG = h.sum();
        const double w = h.dot((c.array() - low).matrix()) / (range * range);
        const double lowCount = double((c.array() == low).count());
        const double highCount = double((c.array() == high).count());
        h /= range;
        for (Eigen::Index i = 0; i < c.size(); ++i) {
            if (c(i) == low)
                h(i) += (-sumG / range + w) / lowCount;
            if (c(i) == high)
                h(i) -= w / highCount;
        }
    }
    terms.logitGradient = std::move(h);
    return terms;
}

Eigen::VectorXd GradientTerms::term(const RowMatrixXf& documents, Eigen::Index k, const Eigen::VectorXf& query) const
{
    const Eigen::VectorXd u = query.cast<double>() / std::max(queryNorm, Loop::s_cosEps);
    return logitGradient(k) * (unitRow(documents, k) - cosines(k) * u) / std::max(queryNorm, Loop::s_cosEps);
}

double GradientTerms::pull(Eigen::Index k) const
{
    const double tangent = std::sqrt(std::max(0.0, 1.0 - cosines(k) * cosines(k)));
    return -logitGradient(k) * tangent / std::max(queryNorm, Loop::s_cosEps);
}

} // namespace tare
