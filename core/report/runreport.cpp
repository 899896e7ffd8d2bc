// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/runreport.h"

#include "core/db/projectstore.h"
#include "core/report/reportnumbers.h"
#include "core/util/tareerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

bool finishedResult(const RunQueryRecord& record)
{
    return record.finished() && std::isfinite(record.apBefore) && std::isfinite(record.apAfter);
}

void checkCancelled(const std::function<bool()>& cancelled)
{
    if (cancelled && cancelled())
        throw TareError(TareError::Kind::Cancelled, RunReport::tr("cancelled"));
}

} // namespace

const QueryExplanation* RunReport::explanation(qint64 queryId) const
{
    for (const QueryExplanation& explanation : explanations) {
        if (explanation.queryId == queryId)
            return &explanation;
    }
    return nullptr;
}

RunReport::Rows RunReport::parameterRows() const
{
    const RunRecord& run = summary.run;
    Rows rows{
        {tr("Run"), QString::number(run.id) + (run.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(run.label))},
        {tr("Dataset"), summary.datasetName},
        {tr("Embedding space"), summary.spaceName},
        {tr("Judge"), summary.judgeIdentity},
        {tr("Refiner"), run.refiner},
    };
    const QJsonObject params = QJsonDocument::fromJson(run.paramsJson).object();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key() == u"judge" || it.key() == u"refiner")
            continue;
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.isEmpty() ? tr("all") : items.join(QStringLiteral(", "));
        } else {
            value = it.value().toVariant().toString();
        }
        if (value.isEmpty())
            continue;
        if (it.key() == u"eval_every" && value == u"0")
            value = tr("automatic");
        rows.append({it.key(), value});
    }
    rows.append({tr("Status"), runStatusName(run.status) + (run.error.isEmpty() ? QString() : QStringLiteral(": ") + run.error)});
    rows.append({tr("Created"), run.createdAt});
    if (!run.finishedAt.isEmpty())
        rows.append({tr("Finished"), run.finishedAt});
    return rows;
}

RunReport::Rows RunReport::summaryRows() const
{
    const PairedComparison& c = summary.comparison;
    return {
        {tr("Queries"), tr("%1 finished, %2 failed").arg(summary.finished).arg(summary.failed)},
        {tr("MAP before"), ReportNumbers::fixed(summary.mapBefore)},
        {tr("MAP after"), ReportNumbers::fixed(summary.mapAfter)},
        {tr("ΔMAP"), tr("%1 (%2 relative)").arg(ReportNumbers::signedFixed(c.meanDelta), ReportNumbers::signedPercent(c.relativeDelta))},
        {tr("95 % bootstrap CI of ΔMAP"), QStringLiteral("[%1, %2]").arg(ReportNumbers::signedFixed(c.ciLower), ReportNumbers::signedFixed(c.ciUpper))},
        {tr("Paired t-test"), tr("t = %1, %2").arg(ReportNumbers::fixed(c.tStatistic, 3), ReportNumbers::pEquals(c.tTestP))},
        {tr("Paired randomization test"),
         tr("%1 (%2)").arg(ReportNumbers::pEquals(c.randomizationP), c.randomizationExact ? tr("exact") : tr("sampled"))},
        {tr("Wins / ties / losses"), QStringLiteral("%1 / %2 / %3").arg(c.wins).arg(c.ties).arg(c.losses)},
    };
}

std::pair<int, int> RunReport::judgedCounts(const RunQueryRecord& record)
{
    int relevant = 0;
    for (const JudgedDocument& document : record.judged)
        relevant += document.grade > 0;
    return {int(record.judged.size()), relevant};
}

RunReport RunReport::build(ProjectStore& store, qint64 runId, const Options& options)
{
    RunReport report;
    report.summary = RunSummary::load(store, runId, true);
    std::vector<const RunQueryRecord*> finished;
    for (const RunQueryRecord& record : std::as_const(report.summary.results)) {
        if (finishedResult(record))
            finished.push_back(&record);
    }

    const std::pair<QueryFigure, QString> metrics[] = {
        {QueryFigure::Ap, tr("AP")},          {QueryFigure::Ndcg10, tr("nDCG@10")},    {QueryFigure::P10, tr("P@10")},
        {QueryFigure::Recall100, tr("Recall@100")}, {QueryFigure::Rr, tr("Reciprocal rank")}, {QueryFigure::Auc, tr("ROC AUC")},
        {QueryFigure::DPrime, tr("d′ (separation)")}, {QueryFigure::Ks, tr("Kolmogorov–Smirnov")},
        {QueryFigure::BestF1, tr("Best-threshold F1")},
    };
    for (const auto& [figure, title] : metrics) {
        MetricMean mean;
        mean.key = QLatin1String(QueryFigures::key(figure));
        mean.title = title;
        for (const RunQueryRecord* record : finished) {
            const double before = record->figure(figure, false);
            const double after = record->figure(figure, true);
            if (std::isfinite(before) && std::isfinite(after)) {
                mean.before += before;
                mean.after += after;
                ++mean.n;
            }
        }
        if (mean.n > 0) {
            mean.before /= double(mean.n);
            mean.after /= double(mean.n);
            report.metricMeans.append(mean);
        }
    }

    // Mean AP curve: steps where every finished query has an AP (they share the evaluation grid
    // unless their candidate counts differ).
    if (!finished.empty()) {
        qsizetype length = finished.front()->curve.size();
        for (const RunQueryRecord* record : finished)
            length = std::min(length, record->curve.size());
        for (qsizetype step = 0; step < length; ++step) {
            double sum = 0.0;
            bool complete = true;
            for (const RunQueryRecord* record : finished) {
                const double ap = record->curve[step].ap;
                complete = complete && std::isfinite(ap);
                sum += ap;
            }
            if (complete) {
                report.meanApSteps.push_back(double(finished.front()->curve[step].step));
                report.meanAp.push_back(sum / double(finished.size()));
            }
        }
    }

    std::vector<const RunQueryRecord*> byDelta = finished; // largest gain first
    std::stable_sort(byDelta.begin(), byDelta.end(), [](auto* a, auto* b) {
        return a->apAfter - a->apBefore > b->apAfter - b->apBefore;
    });

    // Score distributions: the largest gain, the largest loss, the median, then the next gains.
    QList<qint64> inspected;
    if (!byDelta.empty() && options.inspected > 0) {
        const qint64 candidates[] = {byDelta.front()->queryId, byDelta.back()->queryId, byDelta[byDelta.size() / 2]->queryId};
        for (qint64 id : candidates) {
            if (!inspected.contains(id) && inspected.size() < options.inspected)
                inspected.append(id);
        }
        for (size_t i = 1; i < byDelta.size() && inspected.size() < options.inspected; ++i) {
            if (!inspected.contains(byDelta[i]->queryId))
                inspected.append(byDelta[i]->queryId);
        }
    }
    for (qint64 id : std::as_const(inspected)) {
        checkCancelled(options.cancelled);
        report.inspections.append(QueryInspection::load(store, runId, id));
    }

    // Explanations: the largest |ΔAP| in full, then every worsened query (worst first) for the triage.
    std::vector<const RunQueryRecord*> byMagnitude = finished;
    std::stable_sort(byMagnitude.begin(), byMagnitude.end(), [](auto* a, auto* b) {
        return std::abs(a->apAfter - a->apBefore) > std::abs(b->apAfter - b->apBefore);
    });
    QList<qint64> explainIds;
    for (size_t i = 0; i < byMagnitude.size() && explainIds.size() < options.explained; ++i) {
        if (byMagnitude[i]->apAfter != byMagnitude[i]->apBefore)
            explainIds.append(byMagnitude[i]->queryId);
    }
    report.fullyExplained = int(explainIds.size());
    int triaged = 0;
    for (auto it = byDelta.rbegin(); it != byDelta.rend(); ++it) {
        if (!((*it)->apAfter < (*it)->apBefore))
            break;
        ++report.worsened;
        if (triaged < options.maxTriaged) {
            ++triaged;
            if (!explainIds.contains((*it)->queryId))
                explainIds.append((*it)->queryId);
        }
    }
    if (!explainIds.isEmpty()) {
        const QueryExplainer explainer(store, runId);
        report.hasTerms = explainer.hasTerms();
        for (qint64 id : std::as_const(explainIds)) {
            checkCancelled(options.cancelled);
            report.explanations.append(explainer.explain(id, options.cancelled));
        }
    }
    return report;
}

} // namespace tare
