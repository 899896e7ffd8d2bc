// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/sampleproject.h"

#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"

#include <QDir>
#include <QFileInfo>

namespace tare {

QStringList SampleProject::datasetNames()
{
    return {QStringLiteral("nuance"), QStringLiteral("teaching")};
}

QString SampleProject::findSampleData(const QStringList& candidates)
{
    QStringList all;
    const QString fromEnvironment = qEnvironmentVariable("TARE_SAMPLE_DATA");
    if (!fromEnvironment.isEmpty())
        all.append(fromEnvironment);
    all += candidates;
    for (const QString& dir : std::as_const(all)) {
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("nuance/corpus.jsonl"))))
            return QDir(dir).absolutePath();
    }
    return {};
}

QStringList SampleProject::ensureImported(ProjectStore& store, const QString& sampleDataDir)
{
    QStringList imported;
    for (const QString& name : datasetNames()) {
        if (store.datasets().byName(name))
            continue;
        ImportOptions options;
        options.datasetName = name;
        options.pool = PoolRule::Corpus;
        BeirImporter::run(store, QDir(sampleDataDir).filePath(name), options);
        imported.append(name);
    }
    return imported;
}

} // namespace tare
