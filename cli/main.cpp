// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/cachecommand.h"
#include "cli/clisupport.h"
#include "cli/convertcommand.h"
#include "cli/datasetcommand.h"
#include "cli/gridcommand.h"
#include "cli/templatescommand.h"
#include "cli/democommand.h"
#include "cli/embedcommand.h"
#include "cli/exportcommand.h"
#include "cli/experimentcommand.h"
#include "cli/importcommand.h"
#include "cli/hydecommand.h"
#include "cli/infocommand.h"
#include "cli/judgecommand.h"
#include "cli/keycommand.h"
#include "cli/probecommand.h"
#include "cli/reportcommand.h"
#include "cli/runcommand.h"

#include <QCoreApplication>

using namespace tare::cli;

namespace {

void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate(
        "tare-cli",
        "usage: tare-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  convert DATASET INPUT... --out DIR                               one of the paper's datasets into a BEIR folder\n"
        "  import beir|classification|qrels|vectors INPUT --project FILE   import data\n"
        "  info PROJECT                                                     what a project holds\n"
        "  dataset PROJECT NAME [--instruction T] [--task-type X]           show or change a dataset's task\n"
        "  templates PROJECT [list|show|set|remove MODEL]                   the model template table of endpoint spaces\n"
        "  embed PROJECT --space lsa [--dim 256]                            build an embedding space\n"
        "  embed PROJECT --space openai --endpoint URL --model M            ... through an embeddings endpoint\n"
        "  run PROJECT --space S --judge J --refiner R                      refine every query, report MAP\n"
        "  grid PROJECT --dataset D --space S --judge J --refiner R --out DIR  the paper's table over datasets x spaces x judges x refiners\n"
        "  experiment PROJECT KIND [--json]                                 KIND: noise-sweep, budget-sweep, methods, judge-quality\n"
        "  judge PROJECT --space S --judge J --endpoint URL --model M       fetch a run's judgments ahead of refining\n"
        "  hyde PROJECT --space S --endpoint URL --model M                  HyDE query vectors into space S-hyde\n"
        "  probe URL [--model M] [--api-key-env VAR]                        what an HTTP endpoint can serve\n"
        "  key set|delete|check NAME                                        API keys in the system keychain\n"
        "  cache list|clear PROJECT                                         the cache of remote embeddings\n"
        "  export qrels|vectors|run PROJECT --out PATH                      export data or a run\n"
        "  report PROJECT [--run ID|--experiment ID] --out FILE             report: --format html|md|csv\n"
        "  demo                                                             run on the bundled sample data\n"
        "\n"
        "'tare-cli COMMAND --help' explains a command.\n"
        "Exit codes: 0 ok, 1 usage error, 2 input error, 3 I/O error, 4 cancelled, 5 internal error.\n");
    stream.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString command = arguments.first();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(out());
        return ExitOk;
    }
    if (command == u"--version") {
        out() << "tare-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == u"import")
        return ImportCommand::run(arguments);
    if (command == u"convert")
        return ConvertCommand::run(arguments);
    if (command == u"dataset")
        return DatasetCommand::run(arguments);
    if (command == u"templates")
        return TemplatesCommand::run(arguments);
    if (command == u"grid")
        return GridCommand::run(arguments);
    if (command == u"info")
        return InfoCommand::run(arguments);
    if (command == u"embed")
        return EmbedCommand::run(arguments);
    if (command == u"run")
        return RunCommand::run(arguments);
    if (command == u"experiment")
        return ExperimentCommand::run(arguments);
    if (command == u"judge")
        return JudgeCommand::run(arguments);
    if (command == u"key")
        return KeyCommand::run(arguments);
    if (command == u"cache")
        return CacheCommand::run(arguments);
    if (command == u"hyde")
        return HydeCommand::run(arguments);
    if (command == u"probe")
        return ProbeCommand::run(arguments);
    if (command == u"export")
        return ExportCommand::run(arguments);
    if (command == u"report")
        return ReportCommand::run(arguments);
    if (command == u"demo")
        return DemoCommand::run(arguments);
    err() << QCoreApplication::translate("tare-cli", "tare-cli: unknown command '%1'").arg(command) << Qt::endl;
    printUsage(err());
    return ExitUsage;
}
