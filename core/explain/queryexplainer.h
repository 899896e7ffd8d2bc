// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/lsamodel.h"
#include "core/explain/failuretriage.h"
#include "core/explain/judgedinfluence.h"
#include "core/explain/querydrift.h"
#include "core/explain/rankmovers.h"
#include "core/explain/termshift.h"
#include "core/run/corpusindex.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace tare {

class ProjectStore;

/// Everything Tare can say about why one query of a run improved or not.
struct QueryExplanation
{
    qint64 runId = 0;
    qint64 queryId = 0;
    QString extId;
    QString text;
    QString refiner;
    double apBefore = 0.0;
    double apAfter = 0.0;
    RankMovers movers;
    JudgedInfluenceAnalysis influence;
    std::optional<TermShift> terms; ///< LSA spaces only
    QueryDrift drift;
    FailureTriage triage;

    double deltaAp() const { return apAfter - apBefore; }
};

/// Explains the finished queries of one run: replays each query (QueryReplay) and computes its
/// rank movers, judged-document influences, term shift (built-in LSA spaces), drift and failure
/// triage. The corpus, the stored curves and the LSA model are loaded once, in the constructor.
/// Uses the store it was given: construct and call it on the thread that owns the store (the GUI
/// does so on a worker with its own ProjectStore).
class QueryExplainer
{
    Q_DECLARE_TR_FUNCTIONS(tare::QueryExplainer)

public:
    struct Options
    {
        int movers = 10; ///< rises and falls kept per group
        int terms = 12;  ///< gained and lost terms kept
        FailureTriageOptions triage;
    };

    /// Throws TareError(Usage) when the run does not exist.
    QueryExplainer(ProjectStore& store, qint64 runId, const Options& options);
    explicit QueryExplainer(ProjectStore& store, qint64 runId)
        : QueryExplainer(store, runId, Options{})
    {
    }

    qint64 runId() const { return m_runId; }
    /// The queries that finished in the run (only those can be explained), in query id order.
    QList<qint64> finishedQueries() const { return m_finished; }
    bool hasTerms() const { return m_model.has_value(); }

    /// Throws TareError as QueryReplay::load (a failed or unknown query), or Cancelled.
    QueryExplanation explain(qint64 queryId, const std::function<bool()>& cancelled = {}) const;

private:
    ProjectStore& m_store;
    qint64 m_runId = 0;
    Options m_options;
    QString m_refiner;
    std::shared_ptr<const CorpusIndex> m_index;
    std::optional<LsaModel> m_model;
    QHash<qint64, RunQueryRecord> m_records;
    QHash<qint64, QueryRecord> m_queries;
    QList<qint64> m_finished;
};

} // namespace tare
