// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/gridrunner.h"

#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/embed/embeddingtemplatetable.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/embed/remotespacebuilder.h"
#include "core/judge/judgefactory.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tare {

namespace {

/// "key=value,key=value" after the builder name.
QHash<QString, QString> specOptions(const QString& text, const QString& spec)
{
    QHash<QString, QString> options;
    if (text.isEmpty())
        return options;
    for (const QString& part : text.split(u',')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            throw TareError(TareError::Kind::Usage, GridRunner::tr("space '%1': '%2' is not key=value").arg(spec, part));
        options.insert(part.left(equals).trimmed(), part.mid(equals + 1).trimmed());
    }
    return options;
}

int intOption(const QHash<QString, QString>& options, const QString& key, int fallback, const QString& spec)
{
    if (!options.contains(key))
        return fallback;
    bool ok = false;
    const int value = options.value(key).toInt(&ok);
    if (!ok || value <= 0)
        throw TareError(TareError::Kind::Usage, GridRunner::tr("space '%1': %2 must be a positive integer").arg(spec, key));
    return value;
}

} // namespace

GridSpace GridSpace::parse(const QString& spec)
{
    GridSpace space;
    QString name = spec.trimmed();
    QString builder = name;
    if (const qsizetype equals = name.indexOf(u'='); equals > 0 && !name.left(equals).contains(u':')) {
        builder = name.mid(equals + 1);
        name = name.left(equals);
    } else {
        name.clear();
    }
    const QString kind = builder.section(u':', 0, 0);
    const QHash<QString, QString> options = specOptions(builder.section(u':', 1), spec);
    if (kind == u"lsa") {
        space.builder = Builder::Lsa;
        space.lsa.dim = intOption(options, QStringLiteral("dim"), 256, spec);
        space.lsa.seed = quint64(intOption(options, QStringLiteral("seed"), 42, spec));
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            if (it.key() != u"dim" && it.key() != u"seed")
                throw TareError(TareError::Kind::Usage, GridRunner::tr("space '%1': unknown option '%2' (dim, seed)").arg(spec, it.key()));
        }
        space.name = name.isEmpty() ? (options.isEmpty() ? QStringLiteral("lsa") : builder) : name;
    } else if (kind == u"openai") {
        space.builder = Builder::Endpoint;
        space.endpoint.model = options.value(QStringLiteral("model"));
        if (space.endpoint.model.isEmpty())
            throw TareError(TareError::Kind::Usage, GridRunner::tr("space '%1': openai needs model=NAME").arg(spec));
        space.endpoint.dimensions = options.contains(QStringLiteral("dimensions"))
            ? intOption(options, QStringLiteral("dimensions"), 0, spec)
            : 0;
        space.name = name.isEmpty() ? space.endpoint.model.section(u'/', -1) : name;
    } else if (builder.contains(u':') || builder.isEmpty()) {
        throw TareError(TareError::Kind::Usage, GridRunner::tr("space '%1': the builder is lsa or openai").arg(spec));
    } else {
        space.builder = Builder::Existing;
        space.name = builder;
    }
    return space;
}

GridRunner::GridRunner(ProjectStore& store)
    : m_store(store)
    , m_engine(store)
{
}

qint64 GridRunner::runWithDefinition(const RunSettings& settings, bool finished)
{
    // Read only (a dry run writes nothing): the runs' judges are compared by identity.
    const QString identity = m_engine.judgeInfo(settings).identity;
    const QByteArray definition = settings.definitionJson();
    QHash<qint64, QString> identities;
    for (const RunRecord& run : m_store.runs().all(settings.datasetId)) {
        if (run.spaceId != settings.spaceId || run.refiner != settings.refiner || run.paramsJson != definition)
            continue;
        if (!identities.contains(run.judgeId)) {
            const std::optional<JudgeInfo> judge = m_store.judgments().judge(run.judgeId);
            identities.insert(run.judgeId, judge ? judge->identity : QString());
        }
        if (identities.value(run.judgeId) != identity)
            continue;
        if ((run.status == RunStatus::Finished) == finished)
            return run.id;
    }
    return 0;
}

QList<GridCellPlan> GridRunner::plan(const GridSettings& settings)
{
    if (settings.datasets.isEmpty() || settings.spaces.isEmpty() || settings.judges.isEmpty() || settings.refiners.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("a grid needs at least one dataset, space, judge and refiner"));
    QHash<QString, RefineParams> refineParams;
    for (const QString& refiner : settings.refiners) {
        if (!RefinerCatalogue::find(refiner))
            throw TareError(TareError::Kind::Usage, tr("unknown refiner '%1' (%2)")
                                                        .arg(refiner, RefinerCatalogue::names().join(QStringLiteral(", "))));
        RefineParams params = RefinerCatalogue::defaults(refiner);
        const GridSettings::Overrides& o = settings.overrides;
        params.steps = o.steps.value_or(params.steps);
        params.lr = o.lr.value_or(params.lr);
        params.total = o.total.value_or(params.total);
        params.fromTop = o.fromTop.value_or(std::min(params.fromTop, params.total));
        params.seed = o.seed.value_or(params.seed);
        RefinerCatalogue::create(refiner, params); // throws for bad parameters
        refineParams.insert(refiner, params);
    }
    QList<GridCellPlan> cells;
    for (const QString& datasetName : settings.datasets) {
        const std::optional<DatasetInfo> dataset = m_store.datasets().byName(datasetName);
        if (!dataset)
            throw TareError(TareError::Kind::Usage, tr("no dataset named '%1' in the project").arg(datasetName));
        for (const GridSpace& space : settings.spaces) {
            const std::optional<SpaceInfo> existing = m_store.spaces().byName(dataset->id, space.name);
            if (!existing && space.builder == GridSpace::Builder::Existing)
                throw TareError(TareError::Kind::Usage,
                                tr("dataset '%1' has no space '%2' (name a builder: lsa, or NAME=openai:model=M)")
                                    .arg(datasetName, space.name));
            for (const QString& judge : settings.judges) {
                for (const QString& refiner : settings.refiners) {
                    GridCellPlan cell;
                    cell.dataset = datasetName;
                    cell.datasetId = dataset->id;
                    cell.space = space;
                    cell.spaceId = existing ? existing->id : 0;
                    cell.judge = judge;
                    cell.refiner = refiner;
                    cell.settings.datasetId = dataset->id;
                    cell.settings.spaceId = cell.spaceId;
                    cell.settings.judgeSpec = judge;
                    if (JudgeFactory::isRemote(judge)) {
                        cell.settings.judgeEndpoint = settings.judgeConnection.endpoint;
                        cell.settings.judgeModel = settings.judgeConnection.model;
                    }
                    cell.settings.refiner = refiner;
                    cell.settings.refine = refineParams.value(refiner);
                    cell.settings.evalEvery = settings.evalEvery;
                    cell.settings.threads = settings.threads;
                    cell.action = QStringLiteral("run");
                    if (cell.spaceId > 0) {
                        if ((cell.runId = runWithDefinition(cell.settings, true)) > 0)
                            cell.action = QStringLiteral("reuse");
                        else if ((cell.runId = runWithDefinition(cell.settings, false)) > 0)
                            cell.action = QStringLiteral("resume");
                    }
                    cells.append(cell);
                }
            }
        }
    }
    return cells;
}

qint64 GridRunner::ensureSpace(const GridCellPlan& cell, const GridSettings& settings, const GridCallbacks& callbacks)
{
    if (const auto existing = m_store.spaces().byName(cell.datasetId, cell.space.name))
        return existing->id;
    if (callbacks.buildingSpace)
        callbacks.buildingSpace(cell.dataset, cell.space.name);
    if (cell.space.builder == GridSpace::Builder::Lsa) {
        LsaSpaceBuilder::Options options;
        options.spaceName = cell.space.name;
        options.lsa = cell.space.lsa;
        return LsaSpaceBuilder::build(m_store, cell.datasetId, options);
    }
    RemoteSpaceBuilder::Options options;
    options.spaceName = cell.space.name;
    options.embedder = settings.embedConnection;
    options.embedder.model = cell.space.endpoint.model;
    options.embedder.dimensions = cell.space.endpoint.dimensions;
    const EmbeddingTemplateEntry templates = m_store.spaces().templateTable().lookup(options.embedder.model);
    options.queryTemplate = templates.queryTemplate;
    options.documentTemplate = templates.documentTemplate;
    return RemoteSpaceBuilder::build(m_store, cell.datasetId, options).spaceId;
}

QList<double> GridRunner::embedLatencies(const GridCellPlan& cell, const GridSettings& settings, qint64 spaceId,
                                         const QList<qint64>& queryIds)
{
    QList<double> latencies;
    const std::optional<SpaceInfo> space = m_store.spaces().find(spaceId);
    const std::optional<DatasetInfo> dataset = m_store.datasets().find(cell.datasetId);
    if (!space || !dataset)
        return latencies;
    QHash<qint64, QString> texts;
    const EmbeddingTemplate queryTemplate(space->queryTemplate);
    for (const QueryRecord& query : m_store.datasets().queries(cell.datasetId))
        texts.insert(query.id, queryTemplate.apply(query.fullText(), dataset->instruction));
    if (space->provider == u"lsa") {
        const LsaModel model = LsaSpaceBuilder::model(m_store, spaceId);
        if (!queryIds.isEmpty())
            model.embed(texts.value(queryIds.first())); // warm-up, as the paper's benchmark warms up
        for (const qint64 id : queryIds) {
            QElapsedTimer clock;
            clock.start();
            const Eigen::VectorXf vector = model.embed(texts.value(id));
            latencies.append(clock.nsecsElapsed() / 1e6);
            if (vector.size() == 0) // keeps the embedding from being optimised away
                latencies.last() = std::nan("");
        }
        return latencies;
    }
    if (!settings.measureEmbedLatency || cell.space.builder != GridSpace::Builder::Endpoint)
        return latencies;
    OpenAiEmbedderSettings embedder = settings.embedConnection;
    embedder.model = space->model;
    embedder.dimensions = cell.space.endpoint.dimensions;
    embedder.maxBatchCount = 1;
    OpenAiEmbedder client(embedder);
    for (const qint64 id : queryIds) {
        QElapsedTimer clock;
        clock.start();
        client.embed({texts.value(id)});
        latencies.append(clock.nsecsElapsed() / 1e6);
    }
    return latencies;
}

GridCellResult GridRunner::collect(const GridCellPlan& cell, qint64 runId, const GridSettings& settings)
{
    GridCellResult result;
    result.dataset = cell.dataset;
    result.space = cell.space.name;
    result.judge = cell.judge;
    result.refiner = cell.refiner;
    result.runId = runId;
    const RunSummary summary = RunSummary::load(m_store, runId);
    result.status = runStatusName(summary.run.status);
    result.queries = summary.finished;
    result.failedQueries = summary.failed;
    if (summary.finished > 0) {
        result.mapBefore = summary.mapBefore;
        result.mapAfter = summary.mapAfter;
    }

    // The judge's part as measured when each judgment was obtained: the pairs of a query are
    // asked at once, so the slowest answer is the query's wait.
    const QHash<QPair<qint64, qint64>, JudgmentRecord> judgments = m_store.judgments().latest(summary.run.judgeId, cell.datasetId);
    const QHash<qint64, QueryTiming> timings = m_store.runs().timings(runId);
    QList<qint64> finishedIds;
    for (const RunQueryRecord& query : summary.results) {
        if (query.finished())
            finishedIds.append(query.queryId);
    }
    const QList<double> embed = embedLatencies(cell, settings, summary.run.spaceId, finishedIds);
    qsizetype index = 0;
    for (const RunQueryRecord& query : summary.results) {
        if (!query.finished())
            continue;
        QueryLatency latency;
        const auto timing = timings.constFind(query.queryId);
        if (timing != timings.constEnd()) {
            latency.scoreMs = timing->scoreMs;
            latency.refineMs = timing->refineMs;
            latency.rescoreMs = timing->rescoreMs;
            latency.judgeMs = timing->judgeMs;
        }
        double slowest = -1.0;
        for (const JudgedDocument& judged : query.judged) {
            const auto judgment = judgments.constFind({query.queryId, judged.documentId});
            if (judgment != judgments.constEnd())
                slowest = std::max(slowest, judgment->latencyMs);
        }
        if (slowest > 0)
            latency.judgeMs = slowest;
        if (index < embed.size())
            latency.embedQueryMs = embed[index];
        ++index;
        result.latencies.append(latency);
    }
    return result;
}

GridReport GridRunner::run(const GridSettings& settings, RunControl& control, const GridCallbacks& callbacks)
{
    const QList<GridCellPlan> cells = plan(settings);
    GridReport report;
    report.datasets = settings.datasets;
    bool stopped = false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        GridCellPlan cell = cells[i];
        GridCellResult result;
        result.dataset = cell.dataset;
        result.space = cell.space.name;
        result.judge = cell.judge;
        result.refiner = cell.refiner;
        if (stopped || control.cancel.load()) {
            result.status = control.cancel.load() ? QStringLiteral("cancelled") : QStringLiteral("not run");
            report.cells.append(result);
            continue;
        }
        try {
            if (cell.spaceId == 0) {
                cell.spaceId = ensureSpace(cell, settings, callbacks);
                cell.settings.spaceId = cell.spaceId;
                if ((cell.runId = runWithDefinition(cell.settings, true)) > 0)
                    cell.action = QStringLiteral("reuse");
            }
            if (callbacks.cellStarted)
                callbacks.cellStarted(int(i), int(cells.size()), cell);
            qint64 runId = cell.runId;
            if (cell.action != u"reuse") {
                runId = m_engine.prepare(cell.settings, true);
                RunCallbacks runCallbacks;
                runCallbacks.progress = callbacks.progress;
                const RunStatus status = m_engine.execute(runId, control, runCallbacks, settings.threads);
                if (status != RunStatus::Finished) {
                    result = collect(cell, runId, settings);
                    result.status = QStringLiteral("cancelled");
                    report.cells.append(result);
                    stopped = true;
                    continue;
                }
            }
            result = collect(cell, runId, settings);
            result.reused = cell.action == u"reuse";
        } catch (const TareError& error) {
            if (error.kind() == TareError::Kind::Cancelled) {
                result.status = QStringLiteral("cancelled");
                stopped = true;
            } else {
                result.status = QStringLiteral("failed");
                result.error = error.message();
                if (!settings.continueOnError)
                    stopped = true;
            }
        }
        if (callbacks.cellFinished)
            callbacks.cellFinished(int(i), int(cells.size()), result);
        report.cells.append(result);
    }
    return report;
}

} // namespace tare
