// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/svgplot.h"

#include <QCoreApplication>

namespace tare {

struct RunReport;
struct QueryInspection;

/// The charts of a run report, as SVG plots with axes, units and legends. Pure functions of the
/// report value; any thread.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(tare::ReportCharts)

public:
    /// Mean AP over the queries vs refinement step, each query's AP curve behind it.
    static SvgPlot apCurve(const RunReport& report);
    /// ΔAP of every finished query, sorted from the largest gain to the largest loss.
    static SvgPlot deltaBars(const RunReport& report);
    /// The score distributions of one query before and after refinement (relevant vs
    /// irrelevant, as shares of each group over shared bins), with one y range for both.
    static std::pair<SvgPlot, SvgPlot> distributions(const QueryInspection& inspection);
    /// cos(q_t, q_0) vs step for the fully explained queries.
    static SvgPlot drift(const RunReport& report);

    static QString colorBefore() { return QStringLiteral("#8c8c8c"); }
    static QString colorAfter() { return QStringLiteral("#1f77b4"); }
    static QString colorGain() { return QStringLiteral("#2e7d32"); }
    static QString colorLoss() { return QStringLiteral("#c62828"); }
    /// A qualitative palette for several series.
    static QString palette(int index);
};

} // namespace tare
