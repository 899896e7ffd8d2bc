// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runrawexporter.h"

#include "core/db/projectstore.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/npyfile.h"
#include "core/run/queryreplay.h"
#include "core/util/tareerror.h"

#include <QDir>

#include <cmath>

namespace tare {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 9) : QString();
}

/// The finished queries of a run, by id, with their external ids.
QList<QPair<qint64, QString>> finishedQueries(ProjectStore& store, qint64 runId)
{
    const std::optional<RunRecord> run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, RunRawExporter::tr("no run with id %1").arg(runId));
    QHash<qint64, QString> extIds;
    for (const QueryRecord& query : store.datasets().queries(run->datasetId))
        extIds.insert(query.id, query.extId);
    QList<QPair<qint64, QString>> result;
    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (record.finished())
            result.append({record.queryId, extIds.value(record.queryId)});
    }
    return result;
}

void makeDirectory(const QString& directory)
{
    if (!QDir().mkpath(directory))
        throw TareError(TareError::Kind::Io, RunRawExporter::tr("%1: the folder cannot be created").arg(directory));
}

} // namespace

QString RunRawExporter::fileName(const QString& id)
{
    QString name = id;
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return name.isEmpty() ? QStringLiteral("_") : name;
}

QString RunRawExporter::writeRawScores(ProjectStore& store, qint64 runId, const QString& directory,
                                       AtomicFileWriter::Existing existing)
{
    const QList<QPair<qint64, QString>> queries = finishedQueries(store, runId);
    makeDirectory(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("run%1-raw-scores.csv").arg(runId));
    AtomicFileWriter file(path, existing);
    auto write = [&](const QString& text) { file.write(text.toUtf8()); };
    write(QStringLiteral("query,document,gold_label,score_before,rank_before,score_after,rank_after,judged,judge_score\n"));
    const std::shared_ptr<const CorpusIndex> index = QueryReplay::loadIndex(store, runId);
    for (const auto& [queryId, extId] : queries) {
        const QueryReplay replay = QueryReplay::load(store, runId, queryId, index);
        std::vector<qint32> ranksBefore, ranksAfter;
        std::vector<float> scoresBefore, scoresAfter;
        replay.evaluate(replay.initialQuery(), &ranksBefore, &scoresBefore);
        const std::vector<float>& refined = replay.storedRefinedVector();
        replay.evaluate(Eigen::Map<const Eigen::VectorXf>(refined.data(), Eigen::Index(refined.size())), &ranksAfter,
                        &scoresAfter);
        QHash<qint32, std::optional<double>> judged;
        for (const ReplayJudgedDocument& document : replay.judged())
            judged.insert(document.candidate, document.score);
        const CandidateSet& candidates = replay.candidates();
        QString block;
        for (size_t c = 0; c < candidates.rows.size(); ++c) {
            const auto judgment = judged.constFind(qint32(c));
            const bool wasJudged = judgment != judged.constEnd();
            block += csvField(extId) % u',' % csvField(replay.index().documentExtId(candidates.rows[c])) % u','
                % QString::number(candidates.grades[c]) % u',' % number(scoresBefore[c]) % u','
                % QString::number(ranksBefore[c]) % u',' % number(scoresAfter[c]) % u',' % QString::number(ranksAfter[c])
                % u',' % (wasJudged ? u'1' : u'0') % u','
                % (wasJudged && judgment->has_value() ? number(**judgment) : QString()) % u'\n';
        }
        write(block);
    }
    file.commit();
    return path;
}

QStringList RunRawExporter::writeStepVectors(ProjectStore& store, qint64 runId, const QString& directory,
                                             AtomicFileWriter::Existing existing)
{
    const QList<QPair<qint64, QString>> queries = finishedQueries(store, runId);
    const QString folder = QDir(directory).filePath(QStringLiteral("run%1-steps").arg(runId));
    makeDirectory(folder);
    const std::shared_ptr<const CorpusIndex> index = QueryReplay::loadIndex(store, runId);
    QStringList files;
    for (const auto& [queryId, extId] : queries) {
        const QueryReplay replay = QueryReplay::load(store, runId, queryId, index);
        std::vector<Eigen::VectorXf> steps{replay.initialQuery()};
        replay.refine(replay.storedScores(), [&](int, float, const Eigen::VectorXf& q) { steps.push_back(q); });
        const QString path = QDir(folder).filePath(fileName(extId) + QStringLiteral(".npy"));
        NpyWriter writer(path, qint64(steps.size()), int(replay.initialQuery().size()), existing);
        for (const Eigen::VectorXf& step : steps)
            writer.writeRow(std::span<const float>(step.data(), size_t(step.size())));
        writer.finish();
        files.append(path);
    }
    return files;
}

} // namespace tare
