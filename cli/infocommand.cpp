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
                                      {QStringLiteral("element_type"), elementTypeName(space.elementType)},
                                      {QStringLiteral("query_template"), space.queryTemplate},
                                      {QStringLiteral("document_template"), space.documentTemplate},
                                      {QStringLiteral("document_vectors"), space.documentVectorCount},
                                      {QStringLiteral("query_vectors"), space.queryVectorCount}});
        }
        datasets.append(QJsonObject{{QStringLiteral("name"), dataset.name},
                                    {QStringLiteral("pool"), poolRuleName(dataset.pool)},
                                    {QStringLiteral("task_type"), taskTypeName(dataset.taskType)},
                                    {QStringLiteral("instruction"), dataset.instruction},
                                    {QStringLiteral("document_text"), documentJoinName(dataset.documentJoin)},
                                    {QStringLiteral("judge_task_sentence"), dataset.task().judgeTaskSentence()},
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
    out() << tr("Project %1 (schema %2)").arg(shown(summary.path, 4000)).arg(summary.schemaVersion) << Qt::endl;
    if (summary.datasets.isEmpty())
        out() << tr("  no datasets") << Qt::endl;
    for (const auto& dataset : summary.datasets) {
        out() << tr("  dataset '%1' (pool: %2): %3 documents, %4 queries, %5 labels (%6 positive)")
                     .arg(shown(dataset.name), poolRuleName(dataset.pool))
                     .arg(dataset.documentCount)
                     .arg(dataset.queryCount)
                     .arg(dataset.labelCount)
                     .arg(dataset.positiveLabelCount)
              << Qt::endl;
        out() << tr("    task: %1; document text: %2; instruction: %3")
                     .arg(taskTypeName(dataset.taskType), documentJoinName(dataset.documentJoin),
                          dataset.instruction.isEmpty() ? tr("(none)") : dataset.instruction)
              << Qt::endl;
        const QString sentence = dataset.task().judgeTaskSentence();
        out() << (sentence.isEmpty() ? tr("    judge prompts carry no task sentence")
                                     : tr("    judge prompts carry: %1").arg(sentence.trimmed()))
              << Qt::endl;
        for (const auto& space : summary.spaces) {
            if (space.datasetId != dataset.id)
                continue;
            out() << tr("    space '%1' (%2%3, dim %4, %7): %5 document vectors, %6 query vectors")
                         .arg(shown(space.name), shown(space.provider),
                              space.model.isEmpty() ? QString() : QStringLiteral(" ") + shown(space.model))
                         .arg(space.dim)
                         .arg(space.documentVectorCount)
                         .arg(space.queryVectorCount)
                         .arg(elementTypeName(space.elementType))
                  << Qt::endl;
            // Templates shown with their line breaks visible: "Instruct: {instruction}\nQuery: {text}".
            auto visible = [](QString text) { return text.replace(u'\n', QStringLiteral("\\n")); };
            out() << tr("      query template: %1; document template: %2")
                         .arg(visible(space.queryTemplate), visible(space.documentTemplate))
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
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("usage: tare-cli info PROJECT [--json]"));
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
