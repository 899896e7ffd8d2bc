// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/experiment/experimentresult.h"
#include "core/db/experimentstore.h"
#include "core/report/svgplot.h"

#include <QCoreApplication>

#include <optional>

namespace tare {

class ProjectStore;

/// A table of a report: a title, column headers and rows of cell text.
struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;

    /// Whether a column holds figures (to align right): every cell but "–" starts like a number,
    /// a signed number, an interval "[" or a bound "<".
    bool numericColumn(qsizetype column) const;
};

/// What a report about one experiment shows: the experiment as stored (read through
/// ExperimentStore, never written), its analysed result and its runs with their MAP. A plain
/// value; build() runs on the thread that owns the store.
struct ExperimentReport
{
    Q_DECLARE_TR_FUNCTIONS(tare::ExperimentReport)

public:
    /// One run of the experiment: the point of the experiment it stands for and what it gave.
    struct RunRow
    {
        qint64 runId = 0;
        QString cell;   ///< the cell JSON as "key=value, ..." text
        QString refiner;
        QString judge;
        QString status;
        qint64 finished = 0;
        qint64 failed = 0;
        double mapBefore = 0.0;
        double mapAfter = 0.0;
    };

    ExperimentRecord experiment;
    QString datasetName;
    QString spaceName;
    ExperimentResult result;
    QList<RunRow> runs;

    /// The result as tables (by the experiment's kind), then the runs. With `exact`, numbers are
    /// written in full precision for programs (CSV); otherwise rounded for reading.
    QList<ReportTable> tables(bool exact) const;
    /// The experiment's chart: ΔMAP vs noise with the band across seeds, MAP vs judge calls,
    /// MAP per method, or ΔAP vs judge AUC with the fitted line. Empty when there is nothing to draw.
    std::optional<SvgPlot> chart() const;
    /// Definition rows (kind, dataset, space, status, parameters).
    QList<std::pair<QString, QString>> parameterRows() const;

    /// Throws TareError(Usage) for an unknown experiment (ExperimentRunner::load).
    static ExperimentReport build(ProjectStore& store, qint64 experimentId);
};

} // namespace tare
