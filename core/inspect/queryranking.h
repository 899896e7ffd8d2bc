// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace tare {

class ProjectStore;

/// Where one query of a run puts every candidate document, before and after refinement, and what
/// the judges said: the corpus browser's per-document columns for the selected query. A plain
/// value; load() runs on a worker thread with its own ProjectStore.
struct QueryRanking
{
    Q_DECLARE_TR_FUNCTIONS(tare::QueryRanking)

public:
    struct Entry
    {
        int rankBefore = 0;
        int rankAfter = 0;
        double scoreBefore = 0.0;
        double scoreAfter = 0.0;
    };

    qint64 runId = 0;
    qint64 queryId = 0;
    QString queryExtId;
    QHash<qint64, Entry> candidates;                 ///< document id -> ranks and cosine scores
    QHash<qint64, std::optional<double>> judgments;  ///< the run judge's latest score (empty: failed)
    QHash<qint64, double> humanLabels;               ///< the person's current label

    /// Throws TareError when the run has no finished result for the query.
    static QueryRanking load(ProjectStore& store, qint64 runId, qint64 queryId);
};

} // namespace tare
