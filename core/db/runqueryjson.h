// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tare {

/// The JSON forms of a run's typed per-query values: the run_queries columns metrics_before,
/// metrics_after and judged, and the same objects in the JSON export. The only place that writes
/// or parses them, so the engine, re-refined rows and the exports agree byte for byte. Pure
/// functions; any thread.
class RunQueryJson
{
public:
    /// {ap, ndcg10, p10, recall100, rr, auc, dprime, ks, best_f1, candidates, relevant}; a
    /// non-finite figure is null.
    static QJsonObject metrics(const QueryFigures& figures);
    /// The column's bytes: the compact object, or "{}" without figures (a failed query).
    static QByteArray metricsBytes(const std::optional<QueryFigures>& figures);
    /// Reads a column back: "{}" (or anything that is not an object with keys) gives no figures;
    /// a missing or null figure is NaN.
    static std::optional<QueryFigures> parseMetrics(const QByteArray& json);

    /// {document, document_id, rank_before, rank_after, score, status, grade} (+ "human": true for
    /// a person's label); without a score the status is "failed".
    static QJsonObject judgedDocument(const JudgedDocument& document);
    static QJsonArray judged(const QList<JudgedDocument>& documents);
    /// The column's bytes (compact).
    static QByteArray judgedBytes(const QList<JudgedDocument>& documents);
    static QList<JudgedDocument> parseJudged(const QByteArray& json);
};

} // namespace tare
