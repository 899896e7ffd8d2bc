// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/gridreport.h"

#include <cmath>

namespace TestUtils {

/// A finished cell of the grid (lsa, kl-adam, three queries); its run id is the dataset name's
/// length (argkp21: 7, banking77: 9), so each dataset's cells link to a run of their own.
inline tare::GridCellResult gridCell(const QString& dataset, const QString& judge, double before, double after)
{
    tare::GridCellResult result;
    result.dataset = dataset;
    result.space = QStringLiteral("lsa");
    result.judge = judge;
    result.refiner = QStringLiteral("kl-adam");
    result.status = QStringLiteral("finished");
    result.runId = dataset.size();
    result.queries = 3;
    result.mapBefore = before;
    result.mapAfter = after;
    return result;
}

/// The grid of the report and table tests: argkp21 and banking77 by gold and a noisy simulated
/// judge, whose argkp21 cell failed ("the endpoint refused").
inline tare::GridReport sampleGridReport()
{
    tare::GridReport report;
    report.title = QStringLiteral("Paper grid");
    report.datasets = {QStringLiteral("argkp21"), QStringLiteral("banking77")};
    report.cells.append(gridCell(QStringLiteral("argkp21"), QStringLiteral("gold"), 0.4, 0.5));
    report.cells.append(gridCell(QStringLiteral("banking77"), QStringLiteral("gold"), 0.2, 0.3));
    tare::GridCellResult failed = gridCell(QStringLiteral("argkp21"), QStringLiteral("simulated:flip=0.2"), std::nan(""), std::nan(""));
    failed.status = QStringLiteral("failed");
    failed.error = QStringLiteral("the endpoint refused");
    report.cells.append(failed);
    report.cells.append(gridCell(QStringLiteral("banking77"), QStringLiteral("simulated:flip=0.2"), 0.2, 0.18));
    return report;
}

} // namespace TestUtils
