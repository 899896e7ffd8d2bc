// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/simulatedjudge.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

// SplitMix64: a well-mixed 64-bit hash, so nearby ids give independent draws.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Uniform in [0, 1) with 53 random bits.
double uniform(quint64 bits)
{
    return double(bits >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace

SimulatedJudge::SimulatedJudge(GoldJudge::Grades grades, const Params& params)
    : m_gold(std::move(grades))
    , m_params(params)
{
}

JudgeInfo SimulatedJudge::info() const
{
    JudgeInfo info;
    info.kind = QStringLiteral("simulated");
    if (m_params.sigma > 0.0) {
        info.identity = QStringLiteral("simulated:sigma=%1:seed=%2").arg(m_params.sigma).arg(m_params.seed);
        info.name = QStringLiteral("gold + Gaussian noise (sigma %1)").arg(m_params.sigma);
    } else {
        info.identity = QStringLiteral("simulated:flip=%1:seed=%2").arg(m_params.flip).arg(m_params.seed);
        info.name = QStringLiteral("gold with %1% flipped labels").arg(m_params.flip * 100.0);
    }
    info.paramsJson = QJsonDocument(QJsonObject{{QStringLiteral("flip"), m_params.flip},
                                                {QStringLiteral("sigma"), m_params.sigma},
                                                {QStringLiteral("seed"), QString::number(m_params.seed)}})
                          .toJson(QJsonDocument::Compact);
    return info;
}

double SimulatedJudge::score(qint64 queryId, qint64 documentId) const
{
    const double gold = m_gold.goldScore(queryId, documentId);
    const quint64 state = mix(mix(mix(m_params.seed) ^ quint64(queryId)) ^ quint64(documentId));
    if (m_params.sigma > 0.0) {
        // Box-Muller from two independent uniforms of this pair.
        const double u1 = std::max(uniform(mix(state)), 1e-300);
        const double u2 = uniform(mix(state ^ 0x5851f42d4c957f2dULL));
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return std::clamp(gold + m_params.sigma * normal, 0.0, 1.0);
    }
    return uniform(state) < m_params.flip ? 1.0 - gold : gold;
}

QList<JudgeOutcome> SimulatedJudge::judge(const QList<JudgeRequest>& batch, const std::function<bool()>&)
{
    return scoreEach(batch, [this](qint64 queryId, qint64 documentId) { return score(queryId, documentId); });
}

} // namespace tare
