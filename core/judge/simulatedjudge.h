// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/goldjudge.h"

namespace tare {

/// A judge of controlled quality, to study how feedback quality matters: the gold score with its
/// label flipped at rate `flip`, or with Gaussian noise of deviation `sigma` clipped to [0, 1].
/// The noise of a pair is drawn from a generator seeded by (query id, document id, seed), so it
/// does not depend on the order of requests or on threads. Immutable; thread-safe.
class SimulatedJudge : public Judge
{
public:
    struct Params
    {
        double flip = 0.0;
        double sigma = 0.0;
        quint64 seed = 42;
    };

    SimulatedJudge(GoldJudge::Grades grades, const Params& params);

    JudgeInfo info() const override;
    QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) override;

    /// The simulated score of one pair.
    double score(qint64 queryId, qint64 documentId) const;

private:
    GoldJudge m_gold;
    Params m_params;
};

} // namespace tare
