// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <vector>

namespace tare {

class ProjectStore;
class QueryReplay;

/// One judged document in the trajectory picture.
struct TrajectoryDocument
{
    qint64 documentId = 0;
    QString extId;
    int rankBefore = 0; ///< 1-based rank under the initial query
    int grade = 0;      ///< gold grade
    double score = 0.0; ///< the judge's score the refiner used
    QPointF position;   ///< on the two principal axes
    QString title;      ///< filled by load()
    QString text;
};

/// A document that is among the ten best of the ranking at some step.
struct TrajectoryRankedDocument
{
    qint64 documentId = 0;
    QString extId;
    int grade = 0;    ///< gold grade
    int judged = -1;  ///< its index in Trajectory::documents when it was judged, else -1
    QString title;    ///< filled by load()
    QString text;
};

/// A query's refinement replayed step by step for teaching: the judged documents and every query
/// state projected onto the first two principal components of (unit judged documents + unit query
/// states), the target distribution p and, for every state, the model distribution r and the loss.
/// p and r follow KL-Adam (core/refine/kladamloop.cpp): p = softmax(judge scores), r = softmax of
/// the query's cosines to the judged documents; with ReFIT both are min-max normalised first and
/// p's logits divided by the temperature. For every state also the ranking of the query's
/// candidates: its AP (at the steps the run evaluated, the run's curve value, bit for bit) and
/// its ten best documents. A plain value; compute()/load() run on a worker thread.
struct Trajectory
{
    Q_DECLARE_TR_FUNCTIONS(tare::Trajectory)

public:
    qint64 runId = 0;
    qint64 queryId = 0;
    QString queryExtId; ///< filled by load()
    QString queryText;
    QString refiner;
    QList<TrajectoryDocument> documents;
    QList<QPointF> path;                    ///< the query's position at states 0 (initial) .. steps()
    std::vector<double> target;             ///< p, one per document
    std::vector<std::vector<double>> model; ///< r per state, one per document
    std::vector<double> losses;             ///< KL(p‖r) per state
    std::vector<double> aps;                ///< AP of the ranking per state
    std::vector<std::vector<int>> top;      ///< per state, the best topCount documents as indices into `ranked`, best first
    QList<TrajectoryRankedDocument> ranked; ///< every document in some state's top list
    double explained[2] = {0.0, 0.0};       ///< variance share of the two axes

    static constexpr int topCount = 10;

    int steps() const { return int(path.size()) - 1; }

    /// Replays the stored judge scores (bit-identical with the run) and collects every state.
    static Trajectory compute(const QueryReplay& replay);
    static Trajectory load(ProjectStore& store, qint64 runId, qint64 queryId);
};

} // namespace tare
