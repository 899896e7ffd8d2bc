// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/infocommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare::cli {

namespace {

QJsonObject toJson(const ProjectSummary& summary)
{
    QJsonArray datasets;
    for (const auto& dataset : summary.datasets) {
        QJsonArray spaces;
        for (const auto& space : summary.spaces) {
            if (space.datasetId != dataset.id)
                continue;
            spaces.append(QJsonObject{{QStringLiteral("name"), space.name},
                                      {QStringLiteral("provider"), space.provider},
                                      {QStringLiteral("model"), space.model},
                                      {QStringLiteral("dim"), space.dim},
                                      {QStringLiteral("document_vectors"), space.documentVectorCount},
                                      {QStringLiteral("query_vectors"), space.queryVectorCount}});
        }
        datasets.append(QJsonObject{{QStringLiteral("name"), dataset.name},
                                    {QStringLiteral("pool"), poolRuleName(dataset.pool)},
                                    {QStringLiteral("documents"), dataset.documentCount},
                                    {QStringLiteral("queries"), dataset.queryCount},
                                    {QStringLiteral("labels"), dataset.labelCount},
                                    {QStringLiteral("positive_labels"), dataset.positiveLabelCount},
                                    {QStringLiteral("spaces"), spaces}});
    }
    return QJsonObject{{QStringLiteral("project"), summary.path},
                       {QStringLiteral("schema_version"), summary.schemaVersion},
                       {QStringLiteral("datasets"), datasets},
                       {QStringLiteral("judges"), summary.judgeCount},
                       {QStringLiteral("judgments"), summary.judgmentCount},
                       {QStringLiteral("runs"), summary.runCount}};
}

} // namespace

void InfoCommand::print(const ProjectSummary& summary)
{
    out() << tr("Project %1 (schema %2)").arg(summary.path).arg(summary.schemaVersion) << Qt::endl;
    if (summary.datasets.isEmpty())
        out() << tr("  no datasets") << Qt::endl;
    for (const auto& dataset : summary.datasets) {
        out() << tr("  dataset '%1' (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)")
                     .arg(dataset.name, poolRuleName(dataset.pool))
                     .arg(dataset.documentCount)
                     .arg(dataset.queryCount)
                     .arg(dataset.labelCount)
                     .arg(dataset.positiveLabelCount)
              << Qt::endl;
        for (const auto& space : summary.spaces) {
            if (space.datasetId != dataset.id)
                continue;
            out() << tr("    space '%1' (%2%3, dim %4): %5 document vectors, %6 query vectors")
                         .arg(space.name, space.provider,
                              space.model.isEmpty() ? QString() : QStringLiteral(" ") + space.model)
                         .arg(space.dim)
                         .arg(space.documentVectorCount)
                         .arg(space.queryVectorCount)
                  << Qt::endl;
        }
    }
    out() << tr("  judges: %1, judgments: %2, runs: %3")
                 .arg(summary.judgeCount)
                 .arg(summary.judgmentCount)
                 .arg(summary.runCount)
          << Qt::endl;
}

int InfoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    if (!parseOrExplain(parser, arguments, tr("Show what a Tare project holds.")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("usage: tare-cli info PROJECT [--json]") << Qt::endl;
        return ExitUsage;
    }
    return guarded([&] {
        ProjectStore store(parser.positionalArguments().first());
        const ProjectSummary summary = store.summary();
        if (parser.isSet(json))
            out() << QJsonDocument(toJson(summary)).toJson(QJsonDocument::Indented);
        else
            print(summary);
        return int(ExitOk);
    });
}

} // namespace tare::cli
