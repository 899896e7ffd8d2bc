// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/experimentreport.h"

#include "core/db/projectstore.h"
#include "core/experiment/experimentrunner.h"
#include "core/report/reportcharts.h"
#include "core/report/reportnumbers.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << jsonText(item);
        return items.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

} // namespace

bool ReportTable::numericColumn(qsizetype column) const
{
    for (const QStringList& row : rows) {
        const QString cell = row.value(column);
        if (cell.isEmpty() || cell == u"–")
            continue;
        const QChar first = cell.front();
        if (!first.isDigit() && first != u'+' && first != u'-' && first != QChar(0x2212) && first != u'[' && first != u'<')
            return false;
    }
    return true;
}

ExperimentReport ExperimentReport::build(ProjectStore& store, qint64 experimentId)
{
    ExperimentReport report;
    report.result = ExperimentRunner::load(store, experimentId); // throws for an unknown experiment
    ExperimentStore& experiments = store.experiments();
    const auto record = experiments.find(experimentId);
    report.experiment = *record;
    if (const auto dataset = store.datasets().find(record->datasetId))
        report.datasetName = dataset->name;
    if (const auto space = store.spaces().find(record->spaceId))
        report.spaceName = space->name;
    for (const ExperimentRunLink& link : experiments.runs(experimentId)) {
        const RunSummary summary = RunSummary::load(store, link.runId);
        RunRow row;
        row.runId = link.runId;
        QStringList cell;
        const QJsonObject object = QJsonDocument::fromJson(link.cellJson).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            cell << QStringLiteral("%1=%2").arg(it.key(), jsonText(it.value()));
        row.cell = cell.join(QStringLiteral(", "));
        row.refiner = summary.run.refiner;
        row.judge = summary.judgeIdentity;
        row.status = runStatusName(summary.run.status);
        row.finished = summary.finished;
        row.failed = summary.failed;
        row.mapBefore = summary.mapBefore;
        row.mapAfter = summary.mapAfter;
        report.runs.append(row);
    }
    return report;
}

QList<std::pair<QString, QString>> ExperimentReport::parameterRows() const
{
    QList<std::pair<QString, QString>> rows{
        {tr("Experiment"), QString::number(experiment.id) + (experiment.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(experiment.label))},
        {tr("Kind"), experiment.kind},
        {tr("Dataset"), datasetName},
        {tr("Embedding space"), spaceName},
        {tr("Status"), runStatusName(experiment.status) + (experiment.error.isEmpty() ? QString() : QStringLiteral(": ") + experiment.error)},
        {tr("Created"), experiment.createdAt},
    };
    const QJsonObject params = QJsonDocument::fromJson(experiment.paramsJson).object();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString value = jsonText(it.value());
        if (!value.isEmpty())
            rows.append({it.key(), value});
    }
    return rows;
}

QList<ReportTable> ExperimentReport::tables(bool exact) const
{
    const auto n = [exact](double value, int decimals = 4) {
        return exact ? ReportNumbers::exact(value) : ReportNumbers::fixed(value, decimals);
    };
    const auto d = [exact](double value) { return exact ? ReportNumbers::exact(value) : ReportNumbers::signedFixed(value); };
    const auto p = [exact](double value) { return exact ? ReportNumbers::exact(value) : ReportNumbers::pValue(value); };
    QList<ReportTable> tables;
    switch (result.kind) {
    case ExperimentKind::NoiseSweep: {
        ReportTable table{tr("ΔMAP by feedback noise (%1; MAP before %2, %3 queries)")
                              .arg(result.noise.noise, ReportNumbers::fixed(result.noise.mapBefore))
                              .arg(result.noise.queries),
                          {tr("rate"), tr("MAP after"), tr("mean ΔMAP"), tr("min ΔMAP"), tr("max ΔMAP"), tr("sd across seeds"),
                           tr("95 % CI low"), tr("95 % CI high"), tr("seeds")},
                          {}};
        for (const NoiseLevelResult& level : result.noise.levels) {
            table.rows.append({n(level.rate, 2), n(level.meanMapAfter), d(level.meanDelta), d(level.minDelta), d(level.maxDelta),
                               n(level.sdDelta), d(level.ciLower), d(level.ciUpper), QString::number(std::max<qsizetype>(level.runIds.size(), 1))});
        }
        tables.append(table);
        break;
    }
    case ExperimentKind::BudgetSweep: {
        ReportTable table{tr("MAP by judging budget"),
                          {tr("judged"), tr("from top"), tr("top share"), tr("steps"), tr("lr"), tr("MAP before"), tr("MAP after"),
                           tr("ΔMAP"), tr("judged per query"), tr("judge calls"), tr("run")},
                          {}};
        for (const BudgetCellResult& cell : result.budget.cells) {
            table.rows.append({QString::number(cell.total), QString::number(cell.fromTop), n(cell.fromTopShare, 2),
                               QString::number(cell.steps), QString::number(cell.lr), n(cell.mapBefore), n(cell.mapAfter),
                               d(cell.delta), n(cell.judgedPerQuery, 1), QString::number(cell.judgeCalls), QString::number(cell.runId)});
        }
        tables.append(table);
        break;
    }
    case ExperimentKind::Methods: {
        ReportTable table{tr("Methods on the same judgments (judge %1, %2 queries), against \"none\"")
                              .arg(result.methods.judge)
                              .arg(result.methods.queries),
                          {tr("method"), tr("space"), tr("MAP"), tr("ΔMAP vs none"), tr("95 % CI"), tr("t-test p"),
                           tr("randomization p"), tr("wins / ties / losses"), tr("run")},
                          {}};
        for (const MethodResult& row : result.methods.rows) {
            const PairedComparison& c = row.vsNone;
            table.rows.append({row.method, row.space, n(row.map), d(c.meanDelta), QStringLiteral("[%1, %2]").arg(d(c.ciLower), d(c.ciUpper)),
                               p(c.tTestP), p(c.randomizationP), QStringLiteral("%1 / %2 / %3").arg(c.wins).arg(c.ties).arg(c.losses),
                               QString::number(row.runId)});
        }
        tables.append(table);
        break;
    }
    case ExperimentKind::JudgeQuality: {
        const JudgeQualityResult& q = result.judgeQuality;
        ReportTable fit{tr("Judge quality vs gain (run %1)").arg(q.runId),
                        {tr("queries with an AUC"), tr("slope"), tr("intercept"), tr("Pearson r"), tr("Spearman ρ")},
                        {{QString::number(q.n), n(q.slope), n(q.intercept), n(q.pearson, 3), n(q.spearman, 3)}}};
        ReportTable points{tr("Per query"), {tr("query"), tr("judge AUC vs gold"), tr("ΔAP"), tr("judged")}, {}};
        for (const JudgeQualityPoint& point : q.points)
            points.rows.append({point.query, n(point.auc, 3), d(point.deltaAp), QString::number(point.judged)});
        tables << fit << points;
        break;
    }
    }
    ReportTable runTable{tr("Runs of the experiment"),
                         {tr("run"), tr("cell"), tr("refiner"), tr("judge"), tr("status"), tr("finished"), tr("failed"),
                          tr("MAP before"), tr("MAP after"), tr("ΔMAP")},
                         {}};
    for (const RunRow& run : runs) {
        runTable.rows.append({QString::number(run.runId), run.cell, run.refiner, run.judge, run.status, QString::number(run.finished),
                              QString::number(run.failed), n(run.mapBefore), n(run.mapAfter), d(run.mapAfter - run.mapBefore)});
    }
    tables.append(runTable);
    return tables;
}

std::optional<SvgPlot> ExperimentReport::chart() const
{
    switch (result.kind) {
    case ExperimentKind::NoiseSweep: {
        if (result.noise.levels.isEmpty())
            return std::nullopt;
        std::vector<double> rates, means, lows, highs;
        for (const NoiseLevelResult& level : result.noise.levels) {
            rates.push_back(level.rate);
            means.push_back(level.meanDelta);
            lows.push_back(std::isfinite(level.minDelta) ? level.minDelta : level.meanDelta);
            highs.push_back(std::isfinite(level.maxDelta) ? level.maxDelta : level.meanDelta);
        }
        SvgPlot plot(tr("ΔMAP vs feedback noise"), 640, 320);
        plot.setXAxis(result.noise.noise == u"sigma" ? tr("judge noise σ") : tr("judge label flip rate"));
        plot.setYAxis(tr("ΔMAP (after − before)"));
        plot.addBand(tr("min–max over seeds"), ReportCharts::colorAfter(), rates, lows, highs);
        plot.addLine(tr("mean ΔMAP"), ReportCharts::colorAfter(), rates, means, 2.5);
        plot.addPoints(QString(), ReportCharts::colorAfter(), rates, means);
        plot.addHorizontalRule(0.0);
        return plot;
    }
    case ExperimentKind::BudgetSweep: {
        if (result.budget.cells.isEmpty())
            return std::nullopt;
        // One line per from-top share: MAP after vs judge calls per query.
        QList<double> shares;
        for (const BudgetCellResult& cell : result.budget.cells) {
            if (!shares.contains(cell.fromTopShare))
                shares.append(cell.fromTopShare);
        }
        SvgPlot plot(tr("MAP vs judge calls"), 640, 320);
        plot.setXAxis(tr("documents judged per query (judge calls)"));
        plot.setYAxis(tr("MAP after refinement"));
        for (qsizetype s = 0; s < shares.size(); ++s) {
            std::vector<std::pair<double, double>> points;
            for (const BudgetCellResult& cell : result.budget.cells) {
                if (cell.fromTopShare == shares[s])
                    points.push_back({cell.judgedPerQuery, cell.mapAfter});
            }
            std::sort(points.begin(), points.end());
            std::vector<double> xs, ys;
            for (const auto& [x, y] : points) {
                xs.push_back(x);
                ys.push_back(y);
            }
            plot.addLine(tr("%1 % from the top").arg(shares[s] * 100.0, 0, 'f', 0), ReportCharts::palette(int(s)), xs, ys);
            plot.addPoints(QString(), ReportCharts::palette(int(s)), xs, ys);
        }
        if (!result.budget.cells.isEmpty() && std::isfinite(result.budget.cells.first().mapBefore))
            plot.addHorizontalRule(result.budget.cells.first().mapBefore);
        return plot;
    }
    case ExperimentKind::Methods: {
        if (result.methods.rows.isEmpty())
            return std::nullopt;
        std::vector<double> lefts, rights, maps;
        for (qsizetype i = 0; i < result.methods.rows.size(); ++i) {
            lefts.push_back(double(i) + 0.6);
            rights.push_back(double(i) + 1.4);
            maps.push_back(result.methods.rows[i].map);
        }
        QStringList names;
        for (const MethodResult& row : result.methods.rows)
            names << row.method;
        SvgPlot plot(tr("MAP per method"), 640, 320);
        plot.setXAxis(tr("method"), 0.4, double(maps.size()) + 0.6);
        plot.setXCategories(names);
        plot.setYAxis(tr("MAP"));
        plot.addBars(tr("MAP"), ReportCharts::colorAfter(), lefts, rights, maps, 0.85);
        return plot;
    }
    case ExperimentKind::JudgeQuality: {
        const JudgeQualityResult& q = result.judgeQuality;
        std::vector<double> xs, ys;
        for (const JudgeQualityPoint& point : q.points) {
            xs.push_back(point.auc);
            ys.push_back(point.deltaAp);
        }
        if (xs.empty())
            return std::nullopt;
        SvgPlot plot(tr("ΔAP vs judge quality (Pearson r = %1)").arg(ReportNumbers::fixed(q.pearson, 3)), 640, 320);
        plot.setXAxis(tr("judge AUC against gold over the judged documents"), 0.0, 1.0);
        plot.setYAxis(tr("ΔAP"));
        plot.addPoints(tr("query"), ReportCharts::colorAfter(), xs, ys);
        if (std::isfinite(q.slope))
            plot.addLine(tr("least-squares fit"), ReportCharts::colorLoss(), {0.0, 1.0}, {q.intercept, q.intercept + q.slope}, 2.0, true);
        plot.addHorizontalRule(0.0);
        return plot;
    }
    }
    return std::nullopt;
}

} // namespace tare
