// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runexporter.h"

#include "core/db/projectstore.h"
#include "core/io/externalid.h"
#include "core/metrics/rankingmetrics.h"
#include "core/run/corpusindex.h"
#include "core/run/runsummary.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QDir>

#include <cmath>
#include <cstdio>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::RunExporter", text);
}

QByteArray formatScore(float score)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", double(score));
    return QByteArray(buffer);
}

QByteArray csvNumber(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'g', 10) : QByteArray();
}

/// A JSON string literal (ids may hold quotes, backslashes or control characters).
QByteArray jsonString(const QString& text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (static_cast<unsigned char>(c) < 0x20)
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

QStringList RunExporter::write(ProjectStore& store, qint64 runId, Format format, const QString& directory,
                               AtomicFileWriter::Existing existing)
{
    if (!QDir().mkpath(directory))
        throw TareError(TareError::Kind::Io, tr("%1: cannot create the folder").arg(directory));
    const QDir dir(directory);
    const RunSummary summary = RunSummary::load(store, runId, format == Format::Json);
    const QString base = QStringLiteral("run%1").arg(runId);
    QStringList written;

    if (format == Format::Json) {
        const QString path = dir.filePath(base + QStringLiteral(".json"));
        AtomicFileWriter file(path, existing);
        file.write(summary.toJson(true));
        file.commit();
        return {path};
    }

    if (format == Format::Csv) {
        const QString path = dir.filePath(base + QStringLiteral(".csv"));
        AtomicFileWriter file(path, existing);
        QByteArray header = "query,status";
        for (const QueryFigure figure : QueryFigures::all)
            header += QByteArray(",") + QueryFigures::key(figure) + "_before," + QueryFigures::key(figure) + "_after";
        file.write(header + ",delta_ap,elapsed_ms,error\n");
        for (const auto& result : summary.results) {
            QByteArray line = csvField(summary.queryExtIds.value(result.queryId)) + ',' + queryOutcomeName(result.outcome).toUtf8();
            for (const QueryFigure figure : QueryFigures::all)
                line += ',' + csvNumber(result.figure(figure, false)) + ',' + csvNumber(result.figure(figure, true));
            const double delta = result.apAfter - result.apBefore;
            line += ',' + (std::isfinite(delta) ? QByteArray::number(delta, 'g', 10) : QByteArray()) + ','
                + QByteArray::number(result.elapsedMs, 'f', 3) + ',' + csvField(result.error) + '\n';
            file.write(line);
        }
        file.commit();
        return {path};
    }

    // TREC and ranx: re-score every candidate with the initial and the refined vector.
    const CorpusIndex index = CorpusIndex::load(store, summary.run.datasetId, summary.run.spaceId);
    const auto queryVectors = store.spaces().queryVectors(summary.run.spaceId);
    const bool ranx = format == Format::Ranx;
    const QString extension = ranx ? QStringLiteral(".ranx.json") : QStringLiteral(".trec");
    const QString beforePath = dir.filePath(base + QStringLiteral("-before") + extension);
    const QString afterPath = dir.filePath(base + QStringLiteral("-after") + extension);
    AtomicFileWriter::checkTarget(beforePath, existing);
    AtomicFileWriter::checkTarget(afterPath, existing);
    if (!ranx) { // JSON escapes anything; TREC lines cannot
        for (qint32 row = 0; row < qint32(index.documentCount()); ++row)
            ExternalId::requireWritable(index.documentExtId(row), beforePath);
        for (const auto& result : summary.results)
            ExternalId::requireWritable(summary.queryExtIds.value(result.queryId), beforePath);
    }
    AtomicFileWriter beforeFile(beforePath, existing);
    AtomicFileWriter afterFile(afterPath, existing);
    RankingMetrics::Workspace workspace;
    std::vector<float> scores;
    const QByteArray tag = "tare-run" + QByteArray::number(runId);
    bool firstQuery = true;
    auto writeRanking = [&](AtomicFileWriter& file, const QByteArray& qid, const CandidateSet& candidates, const QByteArray& suffix) {
        if (ranx) {
            // {"qid": {"doc": score, ...}, ...}: ranx ranks by score itself.
            QByteArray block = (firstQuery ? "\n  " : ",\n  ") + jsonString(QString::fromUtf8(qid)) + ": {";
            for (size_t i = 0; i < candidates.rows.size(); ++i)
                block += (i ? ", " : "") + jsonString(index.documentExtId(candidates.rows[i])) + ": " + formatScore(scores[i]);
            file.write(block + '}');
            return;
        }
        RankingMetrics::rankFast(scores, candidates.tieRanks, workspace);
        QByteArray block;
        for (size_t position = 0; position < workspace.order.size(); ++position) {
            const quint32 candidate = workspace.order[position];
            block += qid + " Q0 " + index.documentExtId(candidates.rows[candidate]).toUtf8() + ' '
                + QByteArray::number(qulonglong(position + 1)) + ' ' + formatScore(scores[candidate]) + ' ' + tag + suffix + '\n';
        }
        file.write(block);
    };
    if (ranx) {
        beforeFile.write("{");
        afterFile.write("{");
    }
    for (const auto& result : summary.results) {
        if (!result.finished())
            continue;
        const QByteArray qid = summary.queryExtIds.value(result.queryId).toUtf8();
        const CandidateSet candidates = index.candidates(result.queryId);
        index.score(queryVectors.value(result.queryId), candidates, scores);
        writeRanking(beforeFile, qid, candidates, "-before");
        const Eigen::VectorXf refined = Eigen::Map<const Eigen::VectorXf>(result.refinedVector.data(),
                                                                           Eigen::Index(result.refinedVector.size()));
        index.score(refined, candidates, scores);
        writeRanking(afterFile, qid, candidates, "-after");
        firstQuery = false;
    }
    if (ranx) {
        beforeFile.write("\n}\n");
        afterFile.write("\n}\n");
    }
    // Both written out before either appears: a full disk leaves neither.
    beforeFile.finishWriting();
    afterFile.finishWriting();
    beforeFile.commit();
    afterFile.commit();
    written << beforePath << afterPath;
    return written;
}

} // namespace tare
