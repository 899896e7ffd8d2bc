// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/judgedinfluence.h"

#include "core/explain/gradientterms.h"
#include "core/explain/replaytrajectory.h"
#include "core/refine/kladamloop.h"
#include "core/run/queryreplay.h"

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

/// pull_k of every row of trajectory.documents (see JudgedInfluenceAnalysis).
std::vector<double> pulls(const QueryReplay& replay, const ReplayTrajectory& trajectory)
{
    const Eigen::Index n = trajectory.documents.rows();
    std::vector<double> result(size_t(n), 0.0);
    const QString& refiner = replay.settings().refiner;
    RefineParams params = replay.settings().refine;
    if (refiner == u"kl-adam" || refiner == u"refit") {
        params.refit = refiner == u"refit";
        // states[t] is the query the (t+1)-th update's gradient was evaluated at.
        for (size_t t = 0; t + 1 < trajectory.states.size(); ++t) {
            const GradientTerms terms = GradientTerms::at(trajectory.documents, trajectory.scores, trajectory.states[t], params);
            for (Eigen::Index k = 0; k < n; ++k)
                result[size_t(k)] += terms.pull(k);
        }
    } else if (refiner == u"rocchio") {
        Eigen::Index relevant = 0;
        for (Eigen::Index k = 0; k < n; ++k)
            relevant += double(trajectory.scores[k]) >= params.rocchioThreshold;
        const Eigen::VectorXd cosines = KlAdamLoop<double>::cosineSimilarities(trajectory.documents.cast<double>(),
                                                                              replay.initialQuery().cast<double>());
        const double norm = std::max(double(replay.initialQuery().norm()), KlAdamLoop<double>::s_cosEps);
        for (Eigen::Index k = 0; k < n; ++k) {
            const bool isRelevant = double(trajectory.scores[k]) >= params.rocchioThreshold;
            const double weight = isRelevant ? params.rocchioBeta / double(relevant)
                                             : -params.rocchioGamma / double(n - relevant);
            result[size_t(k)] = weight * std::sqrt(std::max(0.0, 1.0 - cosines[k] * cosines[k])) / norm;
        }
    }
    return result;
}

} // namespace

JudgedInfluenceAnalysis JudgedInfluenceAnalysis::compute(const QueryReplay& replay, const ReplayTrajectory& full,
                                                         const std::function<bool()>& cancelled)
{
    JudgedInfluenceAnalysis analysis;
    analysis.apBefore = replay.evaluate(replay.initialQuery()).ap;
    analysis.apFull = full.outcome.after.ap;

    const std::vector<std::optional<double>> stored = replay.storedScores();
    const auto& judged = replay.judged();
    std::vector<double> pullOfJudged(judged.size(), 0.0);
    const std::vector<double> rowPulls = pulls(replay, full);
    for (size_t row = 0; row < rowPulls.size(); ++row)
        pullOfJudged[full.judgedIndex[row]] = rowPulls[row];
    double totalPull = 0.0;
    for (double pull : pullOfJudged)
        totalPull += std::abs(pull);
    const size_t scored = full.judgedIndex.size();

    for (size_t i = 0; i < judged.size(); ++i) {
        JudgedInfluence influence;
        influence.documentId = judged[i].documentId;
        influence.extId = judged[i].extId;
        influence.grade = judged[i].grade;
        influence.score = judged[i].score;
        influence.rankBefore = judged[i].rankBefore;
        influence.rankAfter = full.outcome.judgedRanks[i];
        influence.pull = pullOfJudged[i];
        influence.pullShare = totalPull > 0.0 ? std::abs(influence.pull) / totalPull : 0.0;
        if (stored[i] && scored > 1) {
            std::vector<std::optional<double>> without = stored;
            without[i].reset();
            influence.apWithout = replay.refine(without, {}, cancelled).after.ap;
            influence.deltaAp = analysis.apFull - influence.apWithout;
        }
        analysis.documents.push_back(std::move(influence));
    }
    std::stable_sort(analysis.documents.begin(), analysis.documents.end(), [](const JudgedInfluence& a, const JudgedInfluence& b) {
        const bool aKnown = !std::isnan(a.deltaAp);
        const bool bKnown = !std::isnan(b.deltaAp);
        if (aKnown != bKnown)
            return aKnown;
        if (aKnown && std::abs(a.deltaAp) != std::abs(b.deltaAp))
            return std::abs(a.deltaAp) > std::abs(b.deltaAp);
        return std::abs(a.pull) > std::abs(b.pull);
    });
    return analysis;
}

} // namespace tare
