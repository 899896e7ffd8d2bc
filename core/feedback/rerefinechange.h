// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tare {

class ProjectStore;
class QueryReplay;
struct AnnotationQueue;

/// A judged document a person labelled, and where it ranks before and after re-refining.
struct LabelledRank
{
    qint64 documentId = 0;
    QString extId;
    double label = 0.0;
    std::optional<double> judgeScore;
    int grade = 0;
    int rankRun = 0; ///< under the run's refined query
    int rankNew = 0; ///< under the query re-refined with the labels
};

/// A candidate whose rank changed between the run's refined query and the re-refined one.
struct RankShift
{
    qint64 documentId = 0;
    QString extId;
    int grade = 0;
    bool judged = false;
    int rankRun = 0;
    int rankNew = 0;

    int rise() const { return rankRun - rankNew; }
};

/// What re-refining one query with people's labels changed against the run it came from: AP
/// before refinement, after the run and after re-refining; the labelled documents' ranks run →
/// new; and the candidates that rose and fell most. Re-refined rows are stored in the run's
/// derived "human feedback" run (HumanFeedbackRun); `feedbackRunId` names it for Compare.
struct ReRefineChange
{
    Q_DECLARE_TR_FUNCTIONS(tare::ReRefineChange)

public:
    /// What to re-refine one query with: one score per judged document in the run's order, and
    /// which of them are a person's label.
    struct Request
    {
        qint64 queryId = 0;
        std::vector<std::optional<double>> scores;
        std::vector<bool> human;
    };

    qint64 queryId = 0;
    QString queryExtId;
    qint64 sourceRunId = 0;
    qint64 feedbackRunId = 0;
    double apBefore = 0.0;
    double apRun = 0.0;
    double apNew = 0.0;
    QList<LabelledRank> labelled;
    QList<RankShift> risers;  ///< largest rises first
    QList<RankShift> fallers; ///< largest falls first

    double apDelta() const { return apNew - apRun; }

    /// The change from the replayed run to a re-refined row of the same query; keeps `limit`
    /// risers and fallers.
    static ReRefineChange compute(const QueryReplay& replay, const RunQueryRecord& reRefined, int limit = 5);

    /// The request for one query of a queue with an annotator's labels (effective scores).
    static Request requestFor(const AnnotationQueue& queue, qint64 queryId, qint64 annotatorJudgeId);

    /// Re-refines queries of a run, stores each in the run's derived run for that human judge
    /// (0: the unnamed default person) and reports what changed, in request order. The corpus is
    /// loaded once. `cancelled` is checked between queries (those done stay stored). Throws
    /// TareError.
    static QList<ReRefineChange> reRefine(ProjectStore& store, qint64 runId, const QList<Request>& requests, qint64 humanJudgeId,
                                          const std::function<bool()>& cancelled = {});
};

} // namespace tare
