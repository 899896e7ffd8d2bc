// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/budgetsweep.h"

#include "core/experiment/runqueryaps.h"

#include <algorithm>
#include <cmath>

namespace tare {

int BudgetSweep::fromTop(int total, double share)
{
    return std::clamp(int(std::lround(std::clamp(share, 0.0, 1.0) * total)), 0, total);
}

QList<ExperimentCell> BudgetSweep::cells(const ExperimentSettings& settings)
{
    const QList<int> stepsList = settings.stepsList.isEmpty() ? QList<int>{settings.refine.steps} : settings.stepsList;
    const QList<double> lrList = settings.lrList.isEmpty() ? QList<double>{settings.refine.lr} : settings.lrList;
    QList<ExperimentCell> result;
    for (double share : settings.fromTopShares) {
        for (int steps : stepsList) {
            for (double lr : lrList) {
                for (int total : settings.totals) {
                    ExperimentCell cell;
                    cell.settings = settings.runSettings();
                    RunSettings& run = cell.settings;
                    run.refine.total = total;
                    run.refine.fromTop = fromTop(total, share);
                    run.refine.steps = steps;
                    run.refine.lr = lr;
                    cell.cell = QJsonObject{{QStringLiteral("total"), total},
                                            {QStringLiteral("from_top"), run.refine.fromTop},
                                            {QStringLiteral("share"), share},
                                            {QStringLiteral("steps"), steps},
                                            {QStringLiteral("lr"), lr}};
                    result.append(cell);
                }
            }
        }
    }
    return result;
}

BudgetSweepResult BudgetSweep::analyse(ProjectStore& store, const QList<ExperimentCell>& cells)
{
    QList<RunQueryAps> runs;
    for (const ExperimentCell& cell : cells)
        runs.append(RunQueryAps::load(store, cell.runId));
    const QList<qint64> queries = RunQueryAps::commonQueries(runs);
    BudgetSweepResult result;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const ExperimentCell& cell = cells[i];
        BudgetCellResult out;
        out.total = cell.settings.refine.total;
        out.fromTop = cell.settings.refine.fromTop;
        out.fromTopShare = cell.cell.value(QStringLiteral("share")).toDouble();
        out.steps = cell.settings.refine.steps;
        out.lr = cell.settings.refine.lr;
        out.mapBefore = runs[i].meanBefore(queries);
        out.mapAfter = runs[i].meanAfter(queries);
        out.delta = out.mapAfter - out.mapBefore;
        for (qint64 id : queries)
            out.judgeCalls += runs[i].queries.value(id).judged;
        out.judgedPerQuery = queries.isEmpty() ? 0.0 : double(out.judgeCalls) / double(queries.size());
        out.runId = cell.runId;
        result.cells.append(out);
    }
    return result;
}

} // namespace tare
