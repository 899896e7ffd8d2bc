// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/teach/lessonrun.h"

#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/beirimporter.h"
#include "core/run/runengine.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QFileInfo>

namespace tare {

RunSettings LessonRun::settings(qint64 datasetId, qint64 spaceId)
{
    RunSettings settings;
    settings.datasetId = datasetId;
    settings.spaceId = spaceId;
    settings.judgeSpec = QStringLiteral("gold");
    settings.refiner = QStringLiteral("kl-adam");
    settings.refine.steps = 100;
    settings.refine.lr = 1e-3;
    settings.label = QString::fromLatin1(label);
    return settings;
}

LessonRun LessonRun::prepare(ProjectStore& store, const QString& sampleDataDir)
{
    const QString name = QString::fromLatin1(datasetName);
    auto dataset = store.datasets().byName(name);
    if (!dataset) {
        const QString dir = QDir(sampleDataDir).filePath(name);
        if (sampleDataDir.isEmpty() || !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("corpus.jsonl"))))
            throw TareError(TareError::Kind::Io, tr("the bundled teaching dataset was not found (looked in %1)").arg(dir));
        ImportOptions options;
        options.datasetName = name;
        options.pool = PoolRule::Corpus;
        BeirImporter::run(store, dir, options);
        dataset = store.datasets().byName(name);
    }
    LessonRun lesson;
    lesson.datasetId = dataset->id;
    const auto space = store.spaces().byName(dataset->id, QStringLiteral("lsa"));
    lesson.spaceId = space ? space->id : LsaSpaceBuilder::build(store, dataset->id, {});
    const RunSettings settings = LessonRun::settings(lesson.datasetId, lesson.spaceId);
    const QByteArray definition = settings.definitionJson();
    for (const RunRecord& run : store.runs().all(lesson.datasetId)) {
        if (run.spaceId == lesson.spaceId && run.label == settings.label && run.paramsJson == definition
            && run.status == RunStatus::Finished) {
            lesson.runId = run.id;
            break;
        }
    }
    if (lesson.runId == 0) {
        RunEngine engine(store);
        lesson.runId = engine.prepare(settings, true);
        RunControl control;
        const RunStatus status = engine.execute(lesson.runId, control, {}, 1);
        if (status != RunStatus::Finished)
            throw TareError(TareError::Kind::Internal, tr("the lesson run ended %1").arg(runStatusName(status)));
    }
    lesson.queries = store.datasets().queries(lesson.datasetId);
    return lesson;
}

} // namespace tare
