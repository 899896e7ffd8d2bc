// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/judgmentexporter.h"

#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tare {

QByteArray JudgmentExporter::qrelsLine(const ExportedJudgment& judgment, const Options& options)
{
    if (!judgment.record.score)
        return {};
    const double score = *judgment.record.score;
    const qint64 grade = options.scale > 0 ? std::llround(score * options.scale) : (score >= options.threshold ? 1 : 0);
    return judgment.queryExtId.toUtf8() + " 0 " + judgment.documentExtId.toUtf8() + ' ' + QByteArray::number(grade);
}

QByteArray JudgmentExporter::jsonLine(const ExportedJudgment& judgment, const JudgeInfo& judge)
{
    const JudgmentRecord& record = judgment.record;
    QJsonObject object{
        {QStringLiteral("query_id"), judgment.queryExtId},
        {QStringLiteral("doc_id"), judgment.documentExtId},
        {QStringLiteral("judge"), judge.identity},
        {QStringLiteral("judge_kind"), judge.kind},
        {QStringLiteral("judge_name"), judge.name},
        {QStringLiteral("score"), record.score ? QJsonValue(*record.score) : QJsonValue()},
        {QStringLiteral("status"), record.status},
        {QStringLiteral("error"), record.error},
        {QStringLiteral("prompt"), record.prompt},
        {QStringLiteral("raw_response"), record.rawResponse},
        {QStringLiteral("latency_ms"), record.latencyMs},
        {QStringLiteral("created_at"), record.createdAt},
    };
    if (judgment.reason) {
        object.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("text"), judgment.reason->text},
                                                            {QStringLiteral("model"), judgment.reason->model},
                                                            {QStringLiteral("prompt"), judgment.reason->prompt},
                                                            {QStringLiteral("raw_response"), judgment.reason->rawResponse},
                                                            {QStringLiteral("created_at"), judgment.reason->createdAt}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 JudgmentExporter::write(ProjectStore& store, qint64 judgeId, qint64 datasetId, const Options& options, const QString& path,
                               AtomicFileWriter::Existing existing)
{
    const auto judge = store.judgments().judge(judgeId);
    if (!judge)
        throw TareError(TareError::Kind::Usage, tr("no judge with id %1").arg(judgeId));
    AtomicFileWriter file(path, existing);
    qint64 lines = 0;
    store.judgments().forEachJudgment(judgeId, datasetId, !options.history, [&](const ExportedJudgment& judgment) {
        const QByteArray line = options.format == Format::Qrels ? qrelsLine(judgment, options) : jsonLine(judgment, *judge);
        if (line.isEmpty())
            return;
        file.write(line);
        file.write("\n");
        ++lines;
    });
    file.commit();
    return lines;
}

JudgeInfo JudgmentExporter::resolveJudge(ProjectStore& store, const QString& name)
{
    bool number = false;
    const qint64 id = name.toLongLong(&number);
    if (number) {
        if (const auto judge = store.judgments().judge(id))
            return *judge;
    }
    if (const auto judge = store.judgments().judgeByIdentity(name))
        return *judge;
    for (const Annotator& annotator : HumanJudgmentStore::annotators(store)) {
        if (annotator.name == name.trimmed())
            return *store.judgments().judge(annotator.judgeId);
    }
    QStringList known;
    for (const JudgeInfo& judge : store.judgments().judges())
        known.append(QStringLiteral("%1 (%2)").arg(judge.id).arg(judge.kind == u"human" ? judge.name : judge.identity));
    throw TareError(TareError::Kind::Usage, known.isEmpty() ? tr("no judge '%1': the project has no judges yet").arg(name)
                                                            : tr("no judge '%1'; the project's judges: %2").arg(name, known.join(QStringLiteral(", "))));
}

} // namespace tare
