// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace tare {

/// How long one query's parts took, in milliseconds, as the paper measures its latency: embed
/// the query, score the corpus, judge the sampled documents, refine, re-score. NaN: not measured.
struct QueryLatency
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    double embedQueryMs = nan;
    double scoreMs = nan;
    double judgeMs = nan;
    double refineMs = nan;
    double rescoreMs = nan;
};

/// One cell of a grid: a dataset × embedding space × judge × refiner, its run and its figures.
struct GridCellResult
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    QString dataset;
    QString space;
    QString judge;   ///< the judge as the grid names it (its spec)
    QString refiner;
    qint64 runId = 0;
    QString status;  ///< finished, failed (error says why), planned (dry run), cancelled
    QString error;
    bool reused = false; ///< an earlier finished run with the same definition was taken
    qint64 queries = 0;        ///< finished queries
    qint64 failedQueries = 0;
    double mapBefore = nan;
    double mapAfter = nan;
    QList<QueryLatency> latencies; ///< one per finished query

    /// (after - before) / before; NaN when before is 0 or missing.
    double relativeDelta() const;
};

/// The results of a grid as the paper's table: MAP before → after and the relative change per
/// dataset and their mean, one row per embedder × judge × refiner; and the per-query latency
/// breakdown with medians and 95th percentiles. Writes Markdown, a self-contained HTML page and
/// CSV. A plain value; pure functions, usable from any thread.
struct GridReport
{
    Q_DECLARE_TR_FUNCTIONS(tare::GridReport)

public:
    QString title;
    QStringList datasets; ///< column order
    QList<GridCellResult> cells;

    /// The paper's table (and, below it, cells that failed) as Markdown.
    QString markdown() const;
    /// The same tables and the latency breakdown as one HTML page.
    QString html() const;
    /// One line per cell: dataset, space, judge, refiner, run, queries, MAP before/after, Δ, relative Δ.
    QString csv() const;
    /// Median and 95th percentile of every latency part per cell, as Markdown.
    QString latencyMarkdown() const;
    /// The same as CSV (milliseconds).
    QString latencyCsv() const;

    /// The median of `values` (mean of the two middle ones for an even count); NaN when empty.
    static double median(QList<double> values);
    /// The 95th percentile by the nearest-rank rule (the ceil(0.95 n)-th smallest); NaN when empty.
    static double percentile95(QList<double> values);

    /// A row of the paper's table: the cells of one embedder × judge × refiner.
    struct Row
    {
        QString space;
        QString judge;
        QString refiner;
        QList<const GridCellResult*> perDataset; ///< aligned with datasets; null where the grid has no cell
        double meanBefore = std::numeric_limits<double>::quiet_NaN();
        double meanAfter = std::numeric_limits<double>::quiet_NaN();
    };
    /// The table's rows in the order their first cells appear.
    QList<Row> rows() const;

    /// A cell of the paper's table as every format shows it: "0.4123 → 0.4567 (+10.8%)", "failed",
    /// "planned", "–" without figures, empty where the grid has no cell.
    static QString cellText(const GridCellResult* cell);
    /// MAP before → after with the relative change ("–" unless both are numbers): the mean column.
    static QString mapText(double before, double after);
};

} // namespace tare
