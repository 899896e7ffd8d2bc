// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/democommand.h"

#include "cli/clisupport.h"
#include "cli/infocommand.h"
#include "core/db/projectstore.h"
#include "core/io/sampleproject.h"
#include "cli/runcommand.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/refine/refinercatalogue.h"
#include "core/run/runengine.h"
#include "core/run/runsummary.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tare::cli {

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"),
                                     tr("Project file to use (default: sample.tare in the user's data folder)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sampleData(QStringLiteral("sample-data"), tr("The sample_data folder."), QStringLiteral("DIR"));
    const QCommandLineOption judge(QStringLiteral("judge"), tr("Judge of the demo run (default gold)."), QStringLiteral("JUDGE"),
                                   QStringLiteral("gold"));
    const QCommandLineOption refiner(QStringLiteral("refiner"), tr("Refiner of the demo run (default kl-adam)."),
                                     QStringLiteral("NAME"), QStringLiteral("kl-adam"));
    parser.addOptions({project, sampleData, judge, refiner});
    if (!parseOrExplain(parser, arguments, tr("Import the bundled sample data and show the result, offline.")))
        return ExitUsage;
    return guarded([&] {
        QString path = parser.value(project);
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            path = QDir(dir).filePath(QStringLiteral("sample.tare"));
        }
        QStringList candidates{parser.value(sampleData), QStringLiteral(TARE_SAMPLE_DATA_DIR),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tare/sample_data")};
        candidates.removeAll(QString());
        const QString sampleDir = SampleProject::findSampleData(candidates);
        if (sampleDir.isEmpty())
            throw TareError(TareError::Kind::Io, tr("cannot find the sample_data folder; pass --sample-data DIR"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        const QStringList imported = SampleProject::ensureImported(store, sampleDir);
        if (!imported.isEmpty())
            out() << tr("Imported the sample datasets %1 from %2").arg(imported.join(QStringLiteral(", ")), sampleDir)
                  << Qt::endl;
        QElapsedTimer clock;
        clock.start();
        // Embed every sample dataset with the built-in LSA embedder (once), then refine the
        // nuance set's queries with the gold judge and the paper's KL-Adam defaults.
        for (const auto& dataset : store.datasets().all()) {
            if (!store.spaces().byName(dataset.id, QStringLiteral("lsa"))) {
                LsaSpaceBuilder::Options options;
                LsaSpaceBuilder::build(store, dataset.id, options);
            }
        }
        InfoCommand::print(store.summary());
        const auto nuance = store.datasets().byName(QStringLiteral("nuance"));
        if (!nuance)
            throw TareError(TareError::Kind::Input, tr("the sample project has no 'nuance' dataset"));
        RunSettings settings;
        settings.datasetId = nuance->id;
        settings.spaceId = store.spaces().byName(nuance->id, QStringLiteral("lsa"))->id;
        settings.judgeSpec = parser.value(judge);
        settings.refiner = parser.value(refiner);
        settings.refine = RefinerCatalogue::defaults(settings.refiner);
        settings.label = QStringLiteral("demo");
        RunEngine engine(store);
        const qint64 runId = engine.prepare(settings);
        RunControl control;
        engine.execute(runId, control);
        const RunSummary summary = RunSummary::load(store, runId);
        out() << Qt::endl;
        RunCommand::printTable(summary);
        RunCommand::printSummary(summary);
        out() << tr("Demo finished in %1 s. Open the project in the workbench: tare %2").arg(clock.elapsed() / 1000.0, 0, 'f', 2).arg(path)
              << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
