// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/trajectory.h"

#include "core/db/projectstore.h"
#include "core/inspect/principalcomponents.h"
#include "core/refine/kladamloop.h"
#include "core/run/queryreplay.h"

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
        documents.row(i) = replay.index().vectors().row(row).cast<double>(); // rows are unit length
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
    return result;
}

Trajectory Trajectory::load(ProjectStore& store, qint64 runId, qint64 queryId)
{
    Trajectory result = compute(QueryReplay::load(store, runId, queryId));
    for (const QueryRecord& query : store.datasets().queries(store.runs().find(runId)->datasetId)) {
        if (query.id == queryId) {
            result.queryExtId = query.extId;
            result.queryText = query.text;
        }
    }
    return result;
}

} // namespace tare
