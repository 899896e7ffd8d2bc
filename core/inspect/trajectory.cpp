// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/trajectory.h"

#include "core/db/projectstore.h"
#include "core/inspect/principalcomponents.h"
#include "core/refine/kladamloop.h"
#include "core/run/queryrefinement.h"
#include "core/run/queryreplay.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

using Loop = KlAdamLoop<double>;

/// r as the loop computes it (in double: the picture needs no bit-exactness).
Loop::Vector modelDistribution(const Loop::Matrix& documents, const Loop::Vector& query, bool refit)
{
    Loop::Vector logits = Loop::cosineSimilarities(documents, query);
    if (refit && logits.size() > 0) {
        const double low = logits.minCoeff();
        logits = (logits.array() - low) / (logits.maxCoeff() - low + Loop::s_minMaxEps);
    }
    const double top = logits.size() > 0 ? logits.maxCoeff() : 0.0;
    Loop::Vector r = (logits.array() - top).exp();
    return r / r.sum();
}

/// Every state's ranking of the candidates: its AP and its best documents, from the scores the
/// run engine computes for its curve (QueryRefinement): the initial and the final query one by
/// one, the states between in blocks of 16 with one matrix product each, so that the rankings
/// (and AP) are the run's, bit for bit. Where the run evaluated a step, its curve's AP is taken
/// (QueryReplay::record() reproduces it); elsewhere the AP of these scores.
void rankStates(const QueryReplay& replay, const std::vector<Eigen::VectorXf>& states, Trajectory& result)
{
    const CandidateSet& candidates = replay.candidates();
    const QList<CurvePoint> curve = replay.record(replay.storedScores()).curve;
    QHash<qint32, int> rankedOfCandidate;
    QHash<qint64, int> judgedOfDocument;
    for (qsizetype i = 0; i < result.documents.size(); ++i)
        judgedOfDocument.insert(result.documents[i].documentId, int(i));
    const size_t last = states.size() - 1;
    result.aps.assign(states.size(), 0.0);
    result.top.assign(states.size(), {});

    std::vector<qint32> ranks;
    const auto rank = [&](size_t state, const std::vector<float>& scores) {
        const QueryMetrics metrics = QueryRefinement::evaluate(candidates, scores, &ranks);
        const double stored = qsizetype(state) < curve.size() ? curve[qsizetype(state)].ap : std::nan("");
        result.aps[state] = std::isnan(stored) ? metrics.ap : stored;
        std::vector<std::pair<qint32, qint32>> best; // rank, candidate
        for (size_t i = 0; i < ranks.size(); ++i) {
            if (ranks[i] <= Trajectory::topCount)
                best.push_back({ranks[i], qint32(i)});
        }
        std::sort(best.begin(), best.end());
        std::vector<int>& top = result.top[state];
        for (const auto& [position, candidate] : best) {
            auto it = rankedOfCandidate.constFind(candidate);
            if (it == rankedOfCandidate.constEnd()) {
                const qint32 row = candidates.rows[size_t(candidate)];
                TrajectoryRankedDocument document;
                document.documentId = replay.index().documentId(row);
                document.extId = replay.index().documentExtId(row);
                document.grade = candidates.grades[size_t(candidate)];
                document.judged = judgedOfDocument.value(document.documentId, -1);
                it = rankedOfCandidate.insert(candidate, int(result.ranked.size()));
                result.ranked.append(document);
            }
            top.push_back(*it);
        }
    };

    std::vector<float> scores;
    replay.index().score(states.front(), candidates, scores);
    rank(0, scores);
    // Steps 1..last in blocks of 16, as QueryRefinement scores a curve evaluated at every step.
    constexpr size_t blockColumns = 16;
    Eigen::MatrixXf block, blockScores;
    scores.resize(candidates.rows.size());
    for (size_t first = 1; first <= last; first += blockColumns) {
        const size_t columns = std::min(blockColumns, last - first + 1);
        block.resize(replay.index().dim(), Eigen::Index(columns));
        for (size_t c = 0; c < columns; ++c) {
            const Eigen::VectorXf& q = states[first + c];
            const float norm = q.norm();
            block.col(Eigen::Index(c)) = norm > 1e-8f ? Eigen::VectorXf(q / norm) : Eigen::VectorXf::Zero(q.size());
        }
        replay.index().scoreMany(block, candidates, blockScores);
        for (size_t c = 0; c < columns; ++c) {
            if (first + c == last)
                continue; // the final query is scored on its own, as the engine re-scores it
            std::copy_n(blockScores.col(Eigen::Index(c)).data(), scores.size(), scores.begin());
            rank(first + c, scores);
        }
    }
    if (last > 0) {
        replay.index().score(states[last], candidates, scores);
        rank(last, scores);
    }
}

} // namespace

Trajectory Trajectory::compute(const QueryReplay& replay)
{
    Trajectory result;
    result.runId = replay.runId();
    result.queryId = replay.queryId();
    result.refiner = replay.settings().refiner;

    std::vector<Eigen::VectorXf> states{replay.initialQuery()};
    replay.refine(replay.storedScores(), [&states](int, float, const Eigen::VectorXf& query) { states.push_back(query); });

    std::vector<const ReplayJudgedDocument*> used;
    for (const ReplayJudgedDocument& document : replay.judged()) {
        if (document.score)
            used.push_back(&document);
    }
    const Eigen::Index n = Eigen::Index(used.size());
    const Eigen::Index d = replay.index().dim();
    Loop::Matrix documents(n, d);
    Loop::Vector scores(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const qint32 row = replay.candidates().rows[size_t(used[size_t(i)]->candidate)];
        documents.row(i) = replay.index().documentRow(row).cast<double>(); // rows are unit length
        scores(i) = *used[size_t(i)]->score;
    }
    const bool refit = replay.settings().refine.refit;
    const Loop::Vector p = Loop::targetDistribution(scores, refit, replay.settings().refine.refitTemperature);
    result.target.assign(p.data(), p.data() + p.size());

    // PCA of what the picture shows: the documents and the query states, all at unit length.
    const Eigen::Index stateCount = Eigen::Index(states.size());
    Eigen::MatrixXd points(n + stateCount, d);
    points.topRows(n) = documents;
    for (Eigen::Index s = 0; s < stateCount; ++s) {
        const Eigen::VectorXd query = states[size_t(s)].cast<double>();
        const double norm = query.norm();
        points.row(n + s) = (norm > 0.0 ? Eigen::VectorXd(query / norm) : query).transpose();
    }
    const PrincipalComponents pca = PrincipalComponents::fit(points, 2);
    Eigen::MatrixXd projected = Eigen::MatrixXd::Zero(points.rows(), 2); // a degenerate set has fewer axes
    const Eigen::MatrixXd onAxes = pca.project(points);
    projected.leftCols(onAxes.cols()) = onAxes;
    for (size_t i = 0; i < pca.explained.size() && i < 2; ++i)
        result.explained[i] = pca.explained[i];

    for (Eigen::Index i = 0; i < n; ++i) {
        TrajectoryDocument document;
        document.documentId = used[size_t(i)]->documentId;
        document.extId = used[size_t(i)]->extId;
        document.rankBefore = used[size_t(i)]->rankBefore;
        document.grade = used[size_t(i)]->grade;
        document.score = scores(i);
        document.position = QPointF(projected(i, 0), projected(i, 1));
        result.documents.append(document);
    }
    for (Eigen::Index s = 0; s < stateCount; ++s) {
        result.path.append(QPointF(projected(n + s, 0), projected(n + s, 1)));
        const Loop::Vector r = modelDistribution(documents, states[size_t(s)].cast<double>(), refit);
        result.model.emplace_back(r.data(), r.data() + r.size());
        const double loss = (p.array() * ((p.array() + Loop::s_klEps) / (r.array() + Loop::s_klEps)).log()).sum();
        result.losses.push_back(loss);
    }
    rankStates(replay, states, result);
    return result;
}

Trajectory Trajectory::load(ProjectStore& store, qint64 runId, qint64 queryId)
{
    Trajectory result = compute(QueryReplay::load(store, runId, queryId));
    const qint64 datasetId = store.runs().find(runId)->datasetId;
    for (const QueryRecord& query : store.datasets().queries(datasetId)) {
        if (query.id == queryId) {
            result.queryExtId = query.extId;
            result.queryText = query.text;
        }
    }
    // The texts a student hovers over: the judged documents and those in a top list.
    QHash<qint64, DocumentRecord> texts;
    const auto fill = [&store, &texts](auto& document) {
        auto it = texts.find(document.documentId);
        if (it == texts.end())
            it = texts.insert(document.documentId, store.datasets().document(document.documentId).value_or(DocumentRecord{}));
        document.title = it->title;
        document.text = it->text;
    };
    for (TrajectoryDocument& document : result.documents)
        fill(document);
    for (TrajectoryRankedDocument& document : result.ranked)
        fill(document);
    return result;
}

} // namespace tare
