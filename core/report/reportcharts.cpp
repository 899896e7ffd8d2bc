// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/reportcharts.h"

#include "core/report/runreport.h"

#include <algorithm>
#include <cmath>

namespace tare {

QString ReportCharts::palette(int index)
{
    static const char* const colors[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                         "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};
    return QLatin1String(colors[index % 10]);
}

SvgPlot ReportCharts::apCurve(const RunReport& report)
{
    SvgPlot plot(tr("AP during refinement"), 536, 320);
    plot.setXAxis(tr("refinement step"));
    plot.setYAxis(tr("average precision (AP)"));
    plot.setIntegerXTicks(true);
    bool first = true;
    // Each query's evaluated points (AP is evaluated every eval_every steps, NaN in between).
    for (const RunQueryRecord& record : report.summary.results) {
        if (!record.finished())
            continue;
        std::vector<double> xs, ys;
        for (const CurvePoint& point : record.curve) {
            if (std::isfinite(point.ap)) {
                xs.push_back(point.step);
                ys.push_back(point.ap);
            }
        }
        plot.addLine(tr("each query"), QStringLiteral("#9e9e9e"), xs, ys, 1.0, false, 0.35, first);
        first = false;
    }
    plot.addLine(tr("mean AP (MAP)"), colorAfter(), report.meanApSteps, report.meanAp, 3.0);
    return plot;
}

SvgPlot ReportCharts::deltaBars(const RunReport& report)
{
    std::vector<double> deltas;
    for (const RunQueryRecord& record : report.summary.results) {
        if (record.finished() && std::isfinite(record.apAfter - record.apBefore))
            deltas.push_back(record.apAfter - record.apBefore);
    }
    std::sort(deltas.begin(), deltas.end(), std::greater<double>());
    std::vector<double> lefts, rights;
    for (size_t i = 0; i < deltas.size(); ++i) {
        lefts.push_back(double(i) + 0.6);
        rights.push_back(double(i) + 1.4);
    }
    SvgPlot plot(tr("ΔAP per query, sorted"), 536, 320);
    plot.setXAxis(tr("query (sorted by ΔAP, largest gain first)"), 0.0, double(deltas.size()) + 1.0);
    plot.setIntegerXTicks(true);
    plot.setYAxis(tr("ΔAP = AP after − AP before"));
    plot.addBars(tr("gain"), colorGain(), lefts, rights, deltas, 0.85, colorLoss(), tr("loss"));
    plot.addHorizontalRule(0.0, QStringLiteral("#444444"), false);
    return plot;
}

std::pair<SvgPlot, SvgPlot> ReportCharts::distributions(const QueryInspection& inspection)
{
    const auto shares = [](const std::vector<qint64>& counts) {
        qint64 total = 0;
        for (qint64 count : counts)
            total += count;
        std::vector<double> result;
        for (qint64 count : counts)
            result.push_back(total > 0 ? 100.0 * double(count) / double(total) : 0.0);
        return result;
    };
    const std::vector<double> relevantBefore = shares(inspection.histogramBefore.relevant);
    const std::vector<double> irrelevantBefore = shares(inspection.histogramBefore.irrelevant);
    const std::vector<double> relevantAfter = shares(inspection.histogramAfter.relevant);
    const std::vector<double> irrelevantAfter = shares(inspection.histogramAfter.irrelevant);
    double top = 1.0;
    for (const auto* list : {&relevantBefore, &irrelevantBefore, &relevantAfter, &irrelevantAfter}) {
        for (double value : *list)
            top = std::max(top, value);
    }
    top *= 1.08; // head room above the tallest bar

    const auto make = [&](const QString& title, const ScoreHistogram& histogram, const std::vector<double>& relevant,
                          const std::vector<double>& irrelevant) {
        SvgPlot plot(title, 536, 280);
        plot.setXAxis(tr("cosine similarity to the query"), histogram.lower, histogram.upper);
        plot.setYAxis(tr("share of the group (%)"), 0.0, top);
        std::vector<double> lefts, rights;
        for (int bin = 0; bin < histogram.binCount(); ++bin) {
            lefts.push_back(histogram.binLower(bin));
            rights.push_back(histogram.binLower(bin) + histogram.binWidth());
        }
        plot.addBars(tr("irrelevant"), QStringLiteral("#9e9e9e"), lefts, rights, irrelevant, 0.6);
        plot.addBars(tr("relevant"), colorGain(), lefts, rights, relevant, 0.6);
        return plot;
    };
    const QString name = inspection.queryExtId;
    return {make(tr("%1: before (AP %2)").arg(name).arg(inspection.apBefore, 0, 'f', 3), inspection.histogramBefore,
                 relevantBefore, irrelevantBefore),
            make(tr("%1: after (AP %2)").arg(name).arg(inspection.apAfter, 0, 'f', 3), inspection.histogramAfter,
                 relevantAfter, irrelevantAfter)};
}

SvgPlot ReportCharts::drift(const RunReport& report)
{
    SvgPlot plot(tr("Drift of the explained queries"), 536, 300);
    plot.setXAxis(tr("refinement step"));
    plot.setYAxis(tr("cos(q_t, q_0)"));
    plot.setIntegerXTicks(true);
    for (int i = 0; i < report.fullyExplained && i < report.explanations.size(); ++i) {
        const QueryExplanation& explanation = report.explanations[i];
        std::vector<double> xs, ys;
        for (const DriftPoint& point : explanation.drift.points) {
            xs.push_back(point.step);
            ys.push_back(point.cosine);
        }
        plot.addLine(explanation.extId, palette(i), xs, ys, 2.0);
    }
    return plot;
}

} // namespace tare
