// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/datasetcommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/io/paperdatasets.h"

namespace tare::cli {

int DatasetCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("dataset"), tr("The dataset's name."));
    const QCommandLineOption instruction(QStringLiteral("instruction"), tr("The dataset's task instruction."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption taskType(QStringLiteral("task-type"),
                                      tr("classification (judges are told the task) or search."), QStringLiteral("TYPE"));
    const QCommandLineOption documentText(QStringLiteral("document-text"),
                                          tr("How title and text are joined: title-space, title-newline or text."),
                                          QStringLiteral("JOIN"));
    const QCommandLineOption paperDataset(QStringLiteral("paper-dataset"),
                                          tr("Take instruction, task type and document text of one of the paper's "
                                             "datasets (%1); explicit options win.")
                                              .arg(PaperDatasets::keys().join(QStringLiteral(", "))),
                                          QStringLiteral("NAME"));
    parser.addOptions({instruction, taskType, documentText, paperDataset});
    if (!parseOrExplain(parser, arguments,
                        tr("Show or change what a dataset asks of judges and embedders. A change gives LLM judges new "
                           "prompts (a new judge identity: judgments are asked again, earlier ones stay stored).")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("usage: tare-cli dataset PROJECT NAME [--instruction TEXT] [--task-type classification|search] "
                             "[--document-text title-space|title-newline|text] [--paper-dataset NAME]"));
    return guarded([&] {
        ProjectStore store(positional[0]);
        const std::optional<DatasetInfo> dataset = store.datasets().byName(positional[1]);
        if (!dataset)
            throw TareError(TareError::Kind::Usage, tr("no dataset named '%1'").arg(positional[1]));
        DatasetTask task = dataset->task();
        if (const auto preset = paperDatasetOption(parser, paperDataset))
            task = preset->task();
        if (parser.isSet(instruction))
            task.instruction = parser.value(instruction).trimmed();
        task.taskType = taskTypeOption(parser, taskType).value_or(task.taskType);
        task.documentJoin = documentJoinOption(parser, documentText).value_or(task.documentJoin);
        if (!(task == dataset->task())) {
            store.datasets().setTask(dataset->id, task);
            out() << tr("Changed dataset '%1'; LLM judges of it now have new prompts (judgments are asked again).")
                         .arg(dataset->name)
                  << Qt::endl;
        }
        out() << tr("dataset '%1': task %2, document text %3").arg(dataset->name, taskTypeName(task.taskType),
                                                                      documentJoinName(task.documentJoin))
              << Qt::endl;
        out() << tr("instruction: %1").arg(task.instruction.isEmpty() ? tr("(none)") : task.instruction) << Qt::endl;
        const QString sentence = task.judgeTaskSentence();
        out() << (sentence.isEmpty() ? tr("judge prompts carry no task sentence")
                                     : tr("judge prompts carry: %1").arg(sentence.trimmed()))
              << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
