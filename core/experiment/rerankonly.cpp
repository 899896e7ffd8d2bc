// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/rerankonly.h"

#include "core/db/projectstore.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/corpusindex.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tare {

double RerankOnly::averagePrecision(std::span<const quint32> order, std::span<const int> grades,
                                    std::span<const int> qrelsGrades, std::span<const double> judgeScores)
{
    std::vector<quint32> judged, rest;
    for (quint32 candidate : order)
        (std::isnan(judgeScores[candidate]) ? rest : judged).push_back(candidate);
    std::stable_sort(judged.begin(), judged.end(),
                     [&](quint32 a, quint32 b) { return judgeScores[a] > judgeScores[b]; });
    judged.insert(judged.end(), rest.begin(), rest.end());
    std::vector<int> rankedGrades(judged.size());
    // Strictly falling stand-in scores: the new order is the ranking, without ties.
    std::vector<double> rankedScores(judged.size());
    for (size_t position = 0; position < judged.size(); ++position) {
        rankedGrades[position] = grades[judged[position]];
        rankedScores[position] = -double(position);
    }
    return RankingMetrics::evaluateRanked(rankedGrades, rankedScores, qrelsGrades).ap;
}

QHash<qint64, double> RerankOnly::averagePrecisions(ProjectStore& store, qint64 runId)
{
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, QCoreApplication::translate("tare::RerankOnly", "no run with id %1").arg(runId));
    const CorpusIndex index = CorpusIndex::load(store, run->datasetId, run->spaceId);
    const QHash<qint64, Eigen::VectorXf> queryVectors = store.spaces().queryVectors(run->spaceId);
    QHash<qint64, double> result;
    RankingMetrics::Workspace workspace;
    std::vector<float> scores;
    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (!record.finished() || !queryVectors.contains(record.queryId))
            continue;
        const CandidateSet candidates = index.candidates(record.queryId);
        index.score(queryVectors.value(record.queryId), candidates, scores);
        RankingMetrics::rankFast(scores, candidates.tieRanks, workspace);
        QHash<qint64, quint32> candidateOfDocument;
        for (size_t i = 0; i < candidates.rows.size(); ++i)
            candidateOfDocument.insert(index.documentId(candidates.rows[i]), quint32(i));
        std::vector<double> judgeScores(candidates.rows.size(), std::numeric_limits<double>::quiet_NaN());
        for (const JudgedDocument& judged : record.judged) {
            const auto candidate = candidateOfDocument.constFind(judged.documentId);
            if (candidate != candidateOfDocument.constEnd() && judged.score)
                judgeScores[*candidate] = *judged.score;
        }
        result.insert(record.queryId,
                      averagePrecision(workspace.order, candidates.grades, candidates.qrelsGrades, judgeScores));
    }
    return result;
}

} // namespace tare
