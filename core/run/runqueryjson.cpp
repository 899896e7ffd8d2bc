// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runqueryjson.h"

#include <cmath>

namespace tare {

QJsonObject RunQueryJson::metrics(const QueryMetrics& metrics, const SeparationStats& separation, qint64 candidates)
{
    auto number = [](double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("ap"), number(metrics.ap)},
                       {QStringLiteral("ndcg10"), number(metrics.ndcg10)},
                       {QStringLiteral("p10"), number(metrics.p10)},
                       {QStringLiteral("recall100"), number(metrics.recall100)},
                       {QStringLiteral("rr"), number(metrics.rr)},
                       {QStringLiteral("auc"), number(metrics.auc)},
                       {QStringLiteral("dprime"), number(separation.dPrime)},
                       {QStringLiteral("ks"), number(separation.ks)},
                       {QStringLiteral("best_f1"), number(separation.bestF1.f1)},
                       {QStringLiteral("candidates"), candidates},
                       {QStringLiteral("relevant"), metrics.numRelevant}};
}

SeparationStats RunQueryJson::separation(const std::vector<float>& scores, const std::vector<int>& grades)
{
    std::vector<double> relevant, irrelevant;
    for (size_t i = 0; i < scores.size(); ++i)
        (grades[i] > 0 ? relevant : irrelevant).push_back(scores[i]);
    return Separation::compute(relevant, irrelevant);
}

QJsonObject RunQueryJson::judgedDocument(const QString& extId, qint64 documentId, int rankBefore, int rankAfter,
                                         std::optional<double> score, const QString& status, int grade)
{
    return QJsonObject{
        {QStringLiteral("document"), extId},
        {QStringLiteral("document_id"), documentId},
        {QStringLiteral("rank_before"), rankBefore},
        {QStringLiteral("rank_after"), rankAfter},
        {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue()},
        {QStringLiteral("status"), score ? status : QStringLiteral("failed")},
        {QStringLiteral("grade"), grade},
    };
}

} // namespace tare
