// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/experimentrunner.h"

#include "core/db/projectstore.h"
#include "core/experiment/budgetsweep.h"
#include "core/db/experimentstore.h"
#include "core/experiment/judgequality.h"
#include "core/experiment/methodcomparison.h"
#include "core/experiment/noisesweep.h"
#include "core/judge/judgefactory.h"
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"

#include <QJsonDocument>

namespace tare {

namespace {

QByteArray cellKey(const QJsonObject& cell)
{
    return QJsonDocument(cell).toJson(QJsonDocument::Compact);
}

} // namespace

ExperimentRunner::ExperimentRunner(ProjectStore& store)
    : m_store(store)
    , m_engine(store)
{
}

void ExperimentRunner::validate(ExperimentSettings& settings)
{
    if (settings.kind == ExperimentKind::JudgeQuality && settings.runId > 0) {
        const auto run = m_store.runs().find(settings.runId);
        if (!run)
            throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(settings.runId));
        settings.datasetId = run->datasetId;
        settings.spaceId = run->spaceId;
    }
    const auto dataset = m_store.datasets().find(settings.datasetId);
    if (!dataset)
        throw TareError(TareError::Kind::Usage, tr("no dataset with id %1").arg(settings.datasetId));
    const auto space = m_store.spaces().find(settings.spaceId);
    if (!space || space->datasetId != settings.datasetId)
        throw TareError(TareError::Kind::Usage,
                        tr("no embedding space with id %1 in dataset '%2'").arg(settings.spaceId).arg(dataset->name));
    // Judge and refiner are checked before anything is written (their factories throw Usage).
    RefinerCatalogue::create(settings.refiner, settings.refine);
    if (settings.kind != ExperimentKind::NoiseSweep && settings.runId == 0) {
        RemoteJudgeSettings remote;
        remote.endpoint = settings.judgeEndpoint;
        remote.model = settings.judgeModel;
        JudgeFactory::create(settings.judgeSpec, {}, remote);
    }
    if (settings.kind == ExperimentKind::NoiseSweep) {
        if (settings.noise != u"flip" && settings.noise != u"sigma")
            throw TareError(TareError::Kind::Usage, tr("the noise of a sweep is flip or sigma, not '%1'").arg(settings.noise));
        if (settings.rates.isEmpty())
            throw TareError(TareError::Kind::Usage, tr("a noise sweep needs at least one rate"));
        for (double rate : std::as_const(settings.rates)) {
            if (!(rate >= 0.0) || (settings.noise == u"flip" && rate > 1.0))
                throw TareError(TareError::Kind::Usage, tr("noise rate %1 is out of range").arg(rate));
        }
    }
    if (settings.kind == ExperimentKind::BudgetSweep) {
        if (settings.totals.isEmpty() || settings.fromTopShares.isEmpty())
            throw TareError(TareError::Kind::Usage, tr("a budget sweep needs judged totals and from-top shares"));
        for (int total : std::as_const(settings.totals)) {
            if (total < 1)
                throw TareError(TareError::Kind::Usage, tr("judged totals must be at least 1"));
        }
        for (double share : std::as_const(settings.fromTopShares)) {
            if (!(share >= 0.0 && share <= 1.0))
                throw TareError(TareError::Kind::Usage, tr("from-top shares must lie in [0, 1]"));
        }
    }
}

QList<ExperimentCell> ExperimentRunner::cells(const ExperimentSettings& settings)
{
    QList<ExperimentCell> result;
    switch (settings.kind) {
    case ExperimentKind::NoiseSweep:
        result = NoiseSweep::cells(settings);
        break;
    case ExperimentKind::BudgetSweep:
        result = BudgetSweep::cells(settings);
        break;
    case ExperimentKind::Methods:
        result = MethodComparison::cells(m_store, settings);
        break;
    case ExperimentKind::JudgeQuality:
        if (settings.runId <= 0)
            result = JudgeQuality::cells(settings);
        break;
    }
    return result;
}

qint64 ExperimentRunner::finishedRunWithDefinition(const RunSettings& settings, const QList<RunRecord>& runs)
{
    const qint64 judgeId = m_store.judgments().ensureJudge(m_engine.judgeInfo(settings));
    const QByteArray definition = settings.definitionJson();
    for (const RunRecord& run : runs) {
        if (run.status == RunStatus::Finished && run.spaceId == settings.spaceId && run.judgeId == judgeId
            && run.refiner == settings.refiner && run.paramsJson == definition)
            return run.id;
    }
    return 0;
}

ExperimentResult ExperimentRunner::run(ExperimentSettings settings, RunControl& control, const ExperimentCallbacks& callbacks)
{
    validate(settings);
    QList<ExperimentCell> cellList = cells(settings);
    ExperimentStore& experiments = m_store.experiments();
    const QString kind = experimentKindName(settings.kind);
    const QByteArray definition = settings.definitionJson();

    ExperimentResult result;
    result.kind = settings.kind;
    result.dataset = settings.datasetId;
    result.space = settings.spaceId;
    bool resumed = false;
    if (const auto existing = experiments.latestWithDefinition(settings.datasetId, settings.spaceId, kind, definition)) {
        result.experimentId = existing->id;
        resumed = true;
    } else {
        ExperimentRecord record;
        record.datasetId = settings.datasetId;
        record.spaceId = settings.spaceId;
        record.kind = kind;
        record.paramsJson = definition;
        record.label = settings.label;
        result.experimentId = experiments.create(record);
    }
    if (callbacks.started)
        callbacks.started(result.experimentId, resumed);
    experiments.setStatus(result.experimentId, RunStatus::Running);

    QHash<QByteArray, qint64> linked;
    for (const ExperimentRunLink& link : experiments.runs(result.experimentId))
        linked.insert(link.cellJson, link.runId);

    qint64 queriesPerRun = settings.queryIds.size();
    if (queriesPerRun == 0)
        queriesPerRun = m_store.datasets().find(settings.datasetId)->queryCount;
    const qint64 grandTotal = queriesPerRun * cellList.size();
    qint64 base = 0;

    try {
        const QList<RunRecord> existingRuns = m_store.runs().all(settings.datasetId);
        for (qsizetype i = 0; i < cellList.size(); ++i) {
            if (control.cancel.load())
                break;
            ExperimentCell& cell = cellList[i];
            const QByteArray key = cellKey(cell.cell);
            cell.runId = linked.value(key);
            if (cell.runId > 0 && !m_store.runs().find(cell.runId))
                cell.runId = 0;
            if (cell.runId == 0)
                cell.runId = finishedRunWithDefinition(cell.settings, existingRuns);
            if (cell.runId == 0) {
                cell.settings.label = tr("experiment %1 (%2): %3").arg(result.experimentId).arg(kind, QString::fromUtf8(key));
                cell.runId = m_engine.prepare(cell.settings, true);
            }
            if (!linked.contains(key))
                experiments.linkRun(result.experimentId, cell.runId, key);
            result.runIds.append(cell.runId);
            const bool finished = m_store.runs().find(cell.runId)->status == RunStatus::Finished;
            if (callbacks.cellStarted)
                callbacks.cellStarted(int(i), int(cellList.size()), cell, finished);
            if (!finished) {
                RunCallbacks runCallbacks;
                runCallbacks.progress = [&](int done, int) {
                    if (callbacks.progress)
                        callbacks.progress(base + done, grandTotal);
                };
                if (m_engine.execute(cell.runId, control, runCallbacks, settings.threads) != RunStatus::Finished)
                    break;
            }
            base += queriesPerRun;
            if (callbacks.progress)
                callbacks.progress(base, grandTotal);
        }
        if (settings.kind == ExperimentKind::JudgeQuality && settings.runId > 0) {
            const QByteArray key = cellKey(QJsonObject{{QStringLiteral("run"), settings.runId}});
            if (!linked.contains(key))
                experiments.linkRun(result.experimentId, settings.runId, key);
            result.runIds.append(settings.runId);
        }
        if (control.cancel.load() || result.runIds.size() < cellList.size()) {
            result.status = RunStatus::Cancelled;
            experiments.setStatus(result.experimentId, result.status);
            return result;
        }

        switch (settings.kind) {
        case ExperimentKind::NoiseSweep:
            result.noise = NoiseSweep::analyse(m_store, settings, cellList);
            break;
        case ExperimentKind::BudgetSweep:
            result.budget = BudgetSweep::analyse(m_store, cellList);
            break;
        case ExperimentKind::Methods:
            result.methods = MethodComparison::analyse(m_store, settings, cellList);
            break;
        case ExperimentKind::JudgeQuality:
            result.judgeQuality =
                JudgeQuality::analyse(m_store, settings.runId > 0 ? settings.runId : cellList.first().runId);
            break;
        }
    } catch (const TareError& error) {
        const bool cancelled = error.kind() == TareError::Kind::Cancelled;
        experiments.setStatus(result.experimentId, cancelled ? RunStatus::Cancelled : RunStatus::Failed,
                              cancelled ? QString() : error.message());
        throw;
    }
    result.status = RunStatus::Finished;
    experiments.setResult(result.experimentId, result.toJson());
    experiments.setStatus(result.experimentId, result.status);
    return result;
}

ExperimentResult ExperimentRunner::load(ProjectStore& store, qint64 experimentId)
{
    ExperimentStore& experiments = store.experiments();
    const auto record = experiments.find(experimentId);
    if (!record)
        throw TareError(TareError::Kind::Usage, tr("no experiment with id %1").arg(experimentId));
    ExperimentResult result = ExperimentResult::fromJson(record->resultJson);
    result.experimentId = record->id;
    result.kind = experimentKindFromName(record->kind).value_or(result.kind);
    result.status = record->status;
    result.dataset = record->datasetId;
    result.space = record->spaceId;
    if (result.runIds.isEmpty()) {
        for (const ExperimentRunLink& link : experiments.runs(experimentId))
            result.runIds.append(link.runId);
    }
    return result;
}

} // namespace tare
