// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/kladamloop.h"

#include <cmath>

// The analytic gradient (reference README §1.1), with V_k = X_k/‖X_k‖, u = q/‖q‖, c_k = ⟨V_k, u⟩,
// logits z, r = softmax(z), p the constant target and ε = 1e-8:
//
//   L = Σ_i p_i log((p_i + ε)/(r_i + ε))
//   ∂L/∂r_j = -p_j/(r_j + ε) =: a_j,   ∂r_j/∂z_i = r_j(δ_ij - r_i)
//   ⇒ G_i := ∂L/∂z_i = r_i (a_i - Σ_j a_j r_j)               (= r_i - p_i when ε = 0)
//
// Plain logits z = c: h := ∂L/∂c = G.
// ReFIT logits z_i = (c_i - c_lo)/R with R = c_hi - c_lo + ε (lo = argmin c, hi = argmax c):
//   ∂z_i/∂c_k = δ_ik/R - δ_k,lo/R - (c_i - c_lo)(δ_k,hi - δ_k,lo)/R²
//   ⇒ h_k = G_k/R - [k=lo] ΣG/R - [k=hi] w + [k=lo] w,   w = Σ_i G_i (c_i - c_lo)/R².
//   Ties for the min (max) share the [k=lo] ([k=hi]) terms evenly, as torch's min()/max()
//   backward does.
//
// Cosine: ∂u/∂q = (I - u uᵀ)/‖q‖, so ∇_q L = (1/‖q‖) Σ_k h_k (V_k - c_k u) = (Vᵀh - (hᵀc) u)/‖q‖,
// orthogonal to q. (When ‖q‖ < 1e-8, torch divides by the clamp 1e-8, a constant: ∇ = Vᵀh/1e-8.)
//
// Adam (torch 1.13, no weight decay), step t: m ← β1 m + (1-β1) g; v ← β2 v + (1-β2) g²;
// q ← q - (lr/(1-β1^t)) · m / (√v/√(1-β2^t) + ε). The scalar factors are computed in double, as
// Python does, and rounded to Scalar; the vector arithmetic is in Scalar throughout.

namespace tare {

template <typename Scalar>
KlAdamLoop<Scalar>::KlAdamLoop(const Matrix& documents, const Vector& scores, const Vector& query,
                               const RefineParams& params)
    : m_unitDocs(documents.rows(), documents.cols())
    , m_target(targetDistribution(scores, params.refit, Scalar(params.refitTemperature)))
    , m_query(query)
    , m_firstMoment(Vector::Zero(query.size()))
    , m_secondMoment(Vector::Zero(query.size()))
    , m_unitQuery(query.size())
    , m_cos(documents.rows())
    , m_logits(documents.rows())
    , m_model(documents.rows())
    , m_logitGradient(documents.rows())
    , m_gradient(Vector::Zero(query.size()))
    , m_lr(params.lr)
    , m_refit(params.refit)
{
    for (Eigen::Index i = 0; i < documents.rows(); ++i) {
        const Scalar norm = std::max(documents.row(i).norm(), Scalar(s_cosEps));
        m_unitDocs.row(i) = documents.row(i) / norm;
    }
}

template <typename Scalar>
void KlAdamLoop<Scalar>::softmaxInPlace(Vector& values)
{
    if (values.size() == 0)
        return;
    const Scalar top = values.maxCoeff();
    values = (values.array() - top).exp();
    values /= values.sum();
}

template <typename Scalar>
typename KlAdamLoop<Scalar>::Vector KlAdamLoop<Scalar>::targetDistribution(const Vector& scores, bool refit,
                                                                            Scalar temperature)
{
    Vector target = scores;
    if (refit && target.size() > 0) {
        const Scalar low = target.minCoeff();
        const Scalar range = (target.maxCoeff() - low) + Scalar(s_minMaxEps);
        target = (target.array() - low) / range;
        target /= temperature;
    }
    softmaxInPlace(target);
    return target;
}

template <typename Scalar>
typename KlAdamLoop<Scalar>::Vector KlAdamLoop<Scalar>::cosineSimilarities(const Matrix& documents,
                                                                            const Vector& query)
{
    const Vector unitQuery = query / std::max(query.norm(), Scalar(s_cosEps));
    Vector result(documents.rows());
    for (Eigen::Index i = 0; i < documents.rows(); ++i) {
        const Scalar norm = std::max(documents.row(i).norm(), Scalar(s_cosEps));
        result(i) = (documents.row(i).transpose() / norm).dot(unitQuery);
    }
    return result;
}

template <typename Scalar>
Scalar KlAdamLoop<Scalar>::evaluate(bool withGradient)
{
    const Eigen::Index n = m_unitDocs.rows();
    const Scalar klEps = Scalar(s_klEps);

    m_queryNorm = m_query.norm();
    const bool clamped = !(m_queryNorm >= Scalar(s_cosEps));
    const Scalar divisor = clamped ? Scalar(s_cosEps) : m_queryNorm;
    m_unitQuery = m_query / divisor;
    m_cos.noalias() = m_unitDocs * m_unitQuery;

    Scalar low = 0;
    Scalar range = 1;
    if (m_refit && n > 0) {
        low = m_cos.minCoeff();
        range = (m_cos.maxCoeff() - low) + Scalar(s_minMaxEps);
        m_logits = (m_cos.array() - low) / range;
    } else {
        m_logits = m_cos;
    }
    m_model = m_logits;
    softmaxInPlace(m_model);

    m_loss = (m_target.array() * ((m_target.array() + klEps) / (m_model.array() + klEps)).log()).sum();
    if (!withGradient)
        return m_loss;

    // a_i = -p_i/(r_i + ε); G_i = r_i (a_i - Σ_j a_j r_j), kept in m_logitGradient.
    m_logitGradient = -m_target.array() / (m_model.array() + klEps);
    const Scalar meanA = m_logitGradient.dot(m_model);
    m_logitGradient = m_model.array() * (m_logitGradient.array() - meanA);

    if (m_refit && n > 0) {
        const Scalar high = m_cos.maxCoeff();
        const Scalar sumG = m_logitGradient.sum();
        const Scalar w = m_logitGradient.dot((m_cos.array() - low).matrix()) / (range * range);
        Eigen::Index lowCount = 0;
        Eigen::Index highCount = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            lowCount += m_cos(i) == low;
            highCount += m_cos(i) == high;
        }
        const Scalar lowShare = (-sumG / range + w) / Scalar(lowCount);
        const Scalar highShare = w / Scalar(highCount);
        m_logitGradient /= range;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (m_cos(i) == low)
                m_logitGradient(i) += lowShare;
            if (m_cos(i) == high)
                m_logitGradient(i) -= highShare;
        }
    }

    m_gradient.noalias() = m_unitDocs.transpose() * m_logitGradient;
    if (!clamped)
        m_gradient -= m_logitGradient.dot(m_cos) * m_unitQuery;
    m_gradient /= divisor;
    return m_loss;
}

template <typename Scalar>
Scalar KlAdamLoop<Scalar>::step()
{
    const Scalar loss = evaluate(true);
    ++m_step;
    const double t = double(m_step);
    const Scalar beta1 = Scalar(s_beta1);
    const Scalar beta2 = Scalar(s_beta2);
    const Scalar oneMinusBeta1 = Scalar(1.0 - s_beta1);
    const Scalar oneMinusBeta2 = Scalar(1.0 - s_beta2);
    const Scalar stepSize = Scalar(m_lr / (1.0 - std::pow(s_beta1, t)));
    const Scalar correction2Sqrt = Scalar(std::sqrt(1.0 - std::pow(s_beta2, t)));
    const Scalar eps = Scalar(s_adamEps);

    auto g = m_gradient.array();
    m_firstMoment = m_firstMoment.array() * beta1 + g * oneMinusBeta1;
    m_secondMoment = m_secondMoment.array() * beta2 + oneMinusBeta2 * g * g;
    m_query.array() -= stepSize * (m_firstMoment.array() / (m_secondMoment.array().sqrt() / correction2Sqrt + eps));
    return loss;
}

template class KlAdamLoop<float>;
template class KlAdamLoop<double>;

} // namespace tare
