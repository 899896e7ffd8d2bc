// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/rankingmetrics.h"
#include "core/metrics/separation.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tare {

/// The JSON a run stores per query (run_queries.metrics_before/after and the entries of
/// run_queries.judged), written in one place for the run engine and for re-refined rows
/// (HumanFeedbackRun), so both read back the same way. Pure functions; any thread.
class RunQueryJson
{
public:
    /// {ap, ndcg10, p10, recall100, rr, auc, dprime, ks, best_f1, candidates, relevant}; a
    /// non-finite figure is null.
    static QJsonObject metrics(const QueryMetrics& metrics, const SeparationStats& separation, qint64 candidates);
    /// Separation of the candidates' scores, relevant (grade > 0) against the rest.
    static SeparationStats separation(const std::vector<float>& scores, const std::vector<int>& grades);
    /// One judged document: {document, document_id, rank_before, rank_after, score, status,
    /// grade}; without a score the status is "failed".
    static QJsonObject judgedDocument(const QString& extId, qint64 documentId, int rankBefore, int rankAfter,
                                      std::optional<double> score, const QString& status, int grade);
};

} // namespace tare
