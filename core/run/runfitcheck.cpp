// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runfitcheck.h"

#include "core/db/projectstore.h"
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"

#include <QFile>
#include <QThread>

#include <algorithm>

namespace tare {

namespace {

/// Per document: its id and row, its external id and docno, its tie rank (CorpusIndex).
constexpr qint64 s_indexBytesPerDocument = 160;
/// Per candidate and worker: row, grade, tie rank, scores before and after, a step's scores, and
/// the metrics' workspace (RankingMetrics), in 4-byte words.
constexpr qint64 s_threadWordsPerCandidate = 9;
/// Query states a worker scores together for the curve (QueryRefinement).
constexpr int s_curveColumns = 16;

std::optional<qint64> readNumber(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 value = file.readAll().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> memAvailable()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // /proc files have no size: read them whole (atEnd() is true before the first read).
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.simplified();
        if (!line.startsWith("MemAvailable:"))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const qint64 kb = parts.value(1).toLongLong(&ok);
        return ok ? std::optional<qint64>(kb * 1024) : std::nullopt;
    }
    return std::nullopt;
}

/// What the cgroup still grants: its limit minus its usage (v2, else v1); empty without a limit.
std::optional<qint64> cgroupRoom()
{
    if (const auto limit = readNumber(QStringLiteral("/sys/fs/cgroup/memory.max"))) {
        const qint64 used = readNumber(QStringLiteral("/sys/fs/cgroup/memory.current")).value_or(0);
        return std::max<qint64>(0, *limit - used);
    }
    if (const auto limit = readNumber(QStringLiteral("/sys/fs/cgroup/memory/memory.limit_in_bytes")); limit && *limit < (qint64(1) << 60)) {
        const qint64 used = readNumber(QStringLiteral("/sys/fs/cgroup/memory/memory.usage_in_bytes")).value_or(0);
        return std::max<qint64>(0, *limit - used);
    }
    return std::nullopt; // "max": no limit
}

} // namespace

RunFitCheck::Estimate RunFitCheck::estimate(qint64 documents, int dim, ElementType type, const RunSettings& settings, int threads,
                                            int blockQueries)
{
    const qint64 n = std::max<qint64>(documents, 0);
    const int curveSteps = std::max(0, RefinerCatalogue::curveSteps(settings.refiner, settings.refine));
    const int evaluations = curveSteps / std::max(1, settings.evalInterval(n, curveSteps));
    Estimate estimate;
    estimate.elementType = type;
    estimate.spaceBytes = n * std::max(dim, 0) * elementSize(type);
    estimate.indexBytes = n * s_indexBytesPerDocument;
    const qint64 perThread = n * 4 * (s_threadWordsPerCandidate + std::min(evaluations, s_curveColumns));
    estimate.threadBytes = std::max(1, threads > 0 ? threads : QThread::idealThreadCount()) * perThread;
    estimate.blockBytes = 2 * qint64(std::max(blockQueries, 1)) * n * qint64(sizeof(float));
    // The block's after pass also scores the curves' evaluated steps, up to a sixteenth of the
    // space's bytes at once (RunEngine).
    const qint64 snapshots = curveSteps > 0 ? (curveSteps - 1) / std::max(1, settings.evalInterval(n, curveSteps)) : 0; // the last step is the re-scoring's
    const qint64 curveColumns = snapshots * std::max(blockQueries, 1);
    estimate.blockBytes += std::min(curveColumns * n * qint64(sizeof(float)), std::max(estimate.spaceBytes / 16, 16 * n * qint64(sizeof(float))));
    return estimate;
}

RunFitCheck::Estimate RunFitCheck::estimate(ProjectStore& store, const RunSettings& settings, int threads, int blockQueries)
{
    const auto space = store.spaces().find(settings.spaceId);
    if (!space)
        throw TareError(TareError::Kind::Usage, tr("no embedding space with id %1").arg(settings.spaceId));
    Estimate whole = estimate(space->documentVectorCount, space->dim, space->elementType, settings, threads, blockQueries);
    const auto dataset = store.datasets().find(settings.datasetId);
    if (dataset && dataset->pool == PoolRule::Judged) {
        // Candidates are a query's labelled documents, not the corpus: the buffers are small.
        whole.threadBytes = 0;
        whole.blockBytes = 0;
    }
    return whole;
}

std::optional<qint64> RunFitCheck::availableMemory()
{
    bool ok = false;
    const qint64 given = qEnvironmentVariable("TARE_AVAILABLE_MEMORY").toLongLong(&ok);
    if (ok && given >= 0)
        return given;
    std::optional<qint64> available = memAvailable();
    if (const auto room = cgroupRoom())
        available = available ? std::min(*available, *room) : *room;
    return available;
}

QString RunFitCheck::refusal(const Estimate& estimate, qint64 available, const QString& overrule)
{
    if (estimate.total() <= available)
        return {};
    const QString wayOut = estimate.elementType == ElementType::Float32
        ? tr("import the vectors as float16 (half the memory) or with fewer dimensions, run with fewer threads, or free memory")
        : tr("import the vectors with fewer dimensions, run with fewer threads, or free memory");
    const QString refused = tr("the run needs about %1 of memory (the vectors %2, the run's working memory %3), %4 is available: %5")
        .arg(formatBytes(estimate.total()), formatBytes(estimate.spaceBytes),
             formatBytes(estimate.total() - estimate.spaceBytes), formatBytes(available), wayOut);
    return overrule.isEmpty() ? refused : tr("%1; %2").arg(refused, overrule);
}

void RunFitCheck::require(ProjectStore& store, const RunSettings& settings, int threads, int blockQueries, const QString& overrule)
{
    const auto available = availableMemory();
    if (!available)
        return;
    const QString refused = refusal(estimate(store, settings, threads, blockQueries), *available, overrule);
    if (!refused.isEmpty())
        throw TareError(TareError::Kind::Usage, refused);
}

QString RunFitCheck::formatBytes(qint64 bytes)
{
    if (bytes >= 1000LL * 1000 * 1000)
        return tr("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 1);
    if (bytes >= 1000LL * 1000)
        return tr("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    return tr("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
}

} // namespace tare
