// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/refine/refineparams.h"

#include <Eigen/Core>

namespace tare {

/// The paper's refinement loop (README §1 of the reference: target distribution, cosine
/// logits, KL loss, analytic gradient, Adam), templated on the scalar type: KlAdamRefiner runs
/// the float instantiation; the double one exists so tests can check the formulas against the
/// float64 reference. It exposes every intermediate quantity for tests and diagnostics. Holds
/// its own state and allocates only in the constructor; use one instance from one thread.
template <typename Scalar>
class KlAdamLoop
{
public:
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    /// Adam and loss constants of the reference (torch defaults).
    static constexpr double s_beta1 = 0.9;
    static constexpr double s_beta2 = 0.999;
    static constexpr double s_adamEps = 1e-8;
    static constexpr double s_klEps = 1e-8;
    static constexpr double s_minMaxEps = 1e-8;
    static constexpr double s_cosEps = 1e-8;

    /// Prepares the loop: `documents` are the judged documents (n rows of length d) in sample
    /// order, `scores` their judge scores, `query` the initial query. Uses params.lr,
    /// params.refit and params.refitTemperature. Sizes must agree (not checked here).
    KlAdamLoop(const Matrix& documents, const Vector& scores, const Vector& query, const RefineParams& params);

    /// p = softmax(scores), or with ReFIT softmax(((s - min s) / (max s - min s + 1e-8)) / temperature).
    static Vector targetDistribution(const Vector& scores, bool refit, Scalar temperature);

    /// cos(D_k, q) for every row of `documents`, as torch's cosine_similarity computes it:
    /// each vector divided by max(its norm, 1e-8), then the dot product (a zero vector gives 0).
    static Vector cosineSimilarities(const Matrix& documents, const Vector& query);

    /// Evaluates, at the current query, the cosines, the model distribution r, the loss and (with
    /// `withGradient`) the gradient of the loss. Returns the loss.
    Scalar evaluate(bool withGradient = true);

    /// One iteration t of the loop: evaluate the loss and gradient at the current query (this is
    /// losses[t-1]), then apply the t-th Adam update. Returns that loss.
    Scalar step();

    /// The target distribution p.
    const Vector& target() const { return m_target; }
    /// The current query (after stepCount() updates).
    const Vector& query() const { return m_query; }
    /// From the last evaluate(): cosines of the judged documents with the query evaluated.
    const Vector& cosines() const { return m_cos; }
    /// From the last evaluate(): r = softmax(logits).
    const Vector& modelDistribution() const { return m_model; }
    /// From the last evaluate(true): the gradient of the loss with respect to the query.
    const Vector& gradient() const { return m_gradient; }
    /// From the last evaluate(): the loss.
    Scalar loss() const { return m_loss; }
    /// Number of Adam updates applied so far.
    int stepCount() const { return m_step; }

private:
    static void softmaxInPlace(Vector& values);

    Matrix m_unitDocs; // rows X_i / max(|X_i|, eps), computed once
    Vector m_target;
    Vector m_query;
    Vector m_firstMoment;
    Vector m_secondMoment;
    Vector m_unitQuery;
    Vector m_cos;
    Vector m_logits;
    Vector m_model;
    Vector m_logitGradient; // h: dL/dc
    Vector m_gradient;
    Scalar m_queryNorm = 0;
    Scalar m_loss = 0;
    double m_lr;
    bool m_refit;
    int m_step = 0;
};

extern template class KlAdamLoop<float>;
extern template class KlAdamLoop<double>;

} // namespace tare
