// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/importcommand.h"

#include "cli/clisupport.h"
#include "core/db/newprojectfile.h"
#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"
#include "core/io/classificationimporter.h"
#include "core/io/paperdatasets.h"
#include "core/io/qrelsimporter.h"
#include "core/io/vectorimporter.h"
#include "core/util/displaytext.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>

namespace tare::cli {

namespace {

void printReport(const ImportReport& report, const QString& datasetName, double seconds, bool queryVectors)
{
    if (report.vectors > 0) {
        out() << tr("Imported %1 vectors into space %2 of dataset '%3' in %4 s")
                     .arg(report.vectors)
                     .arg(report.spaceId)
                     .arg(datasetName)
                     .arg(seconds, 0, 'f', 2)
              << Qt::endl;
    } else {
        out() << tr("Imported into dataset '%1': %2 documents, %3 queries, %4 labels (%5 positive) in %6 s")
                     .arg(datasetName)
                     .arg(report.documents)
                     .arg(report.queries)
                     .arg(report.labels)
                     .arg(report.positiveLabels)
                     .arg(seconds, 0, 'f', 2)
              << Qt::endl;
    }
    if (report.vectors > 0 && report.uncovered > 0) {
        err() << (queryVectors ? tr("warning: %1 of the %2 queries of dataset '%3' have no vector in this space; runs in it "
                                    "refine only the %4 that have one")
                               : tr("warning: %1 of the %2 documents of dataset '%3' have no vector in this space; runs in "
                                    "it rank only the %4 that have one"))
                     .arg(report.uncovered)
                     .arg(report.coverageTotal)
                     .arg(datasetName)
                     .arg(report.coverageTotal - report.uncovered)
              << Qt::endl;
    }
    if (report.skipped > 0) {
        out() << tr("Skipped %1 bad record(s); the first reasons:").arg(report.skipped) << Qt::endl;
        for (const QString& reason : report.skippedReasons)
            out() << "  " << reason << Qt::endl;
    }
}

} // namespace

int ImportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kind"), tr("beir, classification, qrels or vectors"));
    parser.addPositionalArgument(QStringLiteral("input"), tr("The folder (beir) or file to import."));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project file (created when missing)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the new dataset (default: folder or file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Existing dataset (qrels, vectors)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption pool(QStringLiteral("pool"),
                                  tr("Candidates of a query: the whole corpus, or only its judged documents (beir)."),
                                  QStringLiteral("corpus|judged"), QStringLiteral("corpus"));
    const QCommandLineOption split(QStringLiteral("split"), tr("qrels/<split>.tsv to read (beir)."), QStringLiteral("SPLIT"),
                                   QStringLiteral("test"));
    const QCommandLineOption instruction(QStringLiteral("instruction"), tr("The dataset's task instruction."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption taskType(QStringLiteral("task-type"),
                                      tr("classification (judges are told the task) or search (default: classification for "
                                         "classification tables, search otherwise)."),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption documentText(QStringLiteral("document-text"),
                                          tr("How a document's title and text are joined for judges and embedders: "
                                             "title-space (default for beir), title-newline, text (default for tables)."),
                                          QStringLiteral("JOIN"));
    const QCommandLineOption paperDataset(QStringLiteral("paper-dataset"),
                                          tr("One of the paper's datasets (%1): its instruction, task type, pool and "
                                             "document text as the paper's code has them (explicit options win).")
                                              .arg(PaperDatasets::keys().join(QStringLiteral(", "))),
                                          QStringLiteral("NAME"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                     tr("Skip malformed records and report them instead of failing the import."));
    const QCommandLineOption textColumn(QStringLiteral("text-column"), tr("Text column (classification)."),
                                        QStringLiteral("NAME"), QStringLiteral("text"));
    const QCommandLineOption labelColumn(QStringLiteral("label-column"), tr("Label column (classification)."),
                                         QStringLiteral("NAME"), QStringLiteral("label"));
    const QCommandLineOption idColumn(QStringLiteral("id-column"), tr("Document id column (classification; optional)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption descriptions(QStringLiteral("descriptions"),
                                          tr("Table with columns label, description: query texts (classification)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, tsv or jsonl (classification; default: by extension)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption ids(QStringLiteral("ids"), tr("Id list for a .npy file, one id per line (vectors)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption space(QStringLiteral("space"), tr("Embedding space to fill (vectors; default 'imported')."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption model(QStringLiteral("model"), tr("Model name to record with the space (vectors)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption queries(QStringLiteral("queries"), tr("The vectors are query vectors (vectors)."));
    const QCommandLineOption update(QStringLiteral("update"),
                                    tr("The space exists: add these vectors to it, replacing those of the same ids "
                                       "(vectors; only spaces of imported vectors that no run used)."));
    const QCommandLineOption float16(QStringLiteral("float16"),
                                     tr("Store the document vectors as float16: half the memory, scored with float32 sums "
                                        "(vectors; a new space, or an --update of a float16 one)."));
    parser.addOptions({project, name, dataset, pool, split, instruction, taskType, documentText, paperDataset, skipBad,
                       textColumn, labelColumn, idColumn, descriptions, format, ids, space, model, queries, update, float16});
    addProgressOptions(parser);
    if (!parseOrExplain(parser, arguments, tr("Import data into a Tare project.")))
        return ExitUsage;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(project))
        return usageError(tr("usage: tare-cli import beir|classification|qrels|vectors INPUT --project FILE [options]"));
    const QString kind = positional[0];
    const QString input = positional[1];

    const QString projectPath = parser.value(project);
    return guarded([&] {
        ImportOptions common;
        common.datasetName = parser.isSet(dataset) ? parser.value(dataset) : parser.value(name);
        common.skipBad = parser.isSet(skipBad);
        common.split = parser.value(split);
        common.instruction = parser.value(instruction);
        const auto poolRule = poolRuleFromName(parser.value(pool));
        if (!poolRule)
            throw TareError(TareError::Kind::Usage, tr("--pool must be corpus or judged"));
        common.pool = *poolRule;
        if (const auto preset = paperDatasetOption(parser, paperDataset)) {
            if (!parser.isSet(instruction))
                common.instruction = preset->instruction;
            if (!parser.isSet(pool))
                common.pool = preset->pool;
            common.taskType = preset->taskType;
            common.documentJoin = preset->documentJoin;
            if (common.datasetName.isEmpty() && (kind == u"beir" || kind == u"classification"))
                common.datasetName = preset->key;
        }
        if (const auto type = taskTypeOption(parser, taskType))
            common.taskType = type;
        if (const auto join = documentJoinOption(parser, documentText))
            common.documentJoin = join;

        const bool creates = kind == u"beir" || kind == u"classification";
        if (!creates && kind != u"qrels" && kind != u"vectors")
            throw TareError(TareError::Kind::Usage, tr("unknown import kind '%1' (beir, classification, qrels, vectors)").arg(kind));
        if (!creates && common.datasetName.isEmpty())
            throw TareError(TareError::Kind::Usage, tr("'import %1' needs --dataset NAME").arg(kind));
        ClassificationImporter::Options classification;
        if (kind == u"classification") {
            classification.textColumn = parser.value(textColumn);
            classification.labelColumn = parser.value(labelColumn);
            classification.idColumn = parser.value(idColumn);
            classification.descriptionsPath = parser.value(descriptions);
            const QString formatName = parser.value(format);
            if (formatName == u"csv")
                classification.format = ClassificationImporter::Format::Csv;
            else if (formatName == u"tsv")
                classification.format = ClassificationImporter::Format::Tsv;
            else if (formatName == u"jsonl")
                classification.format = ClassificationImporter::Format::JsonLines;
            else if (!formatName.isEmpty())
                throw TareError(TareError::Kind::Usage, tr("--format must be csv, tsv or jsonl"));
        }

        // Ctrl-C (or SIGTERM) cancels the import: its transaction rolls back, a new project file
        // is removed, and the exit code says "cancelled".
        std::atomic<bool> cancel{false};
        const InterruptGuard interrupt(cancel);
        TerminalProgress progress(progressWanted(parser));
        common.sink = progress.sink();
        common.sink.cancelled = [&cancel] { return cancel.load(); };
        QElapsedTimer clock;
        clock.start();

        auto importInto = [&](const QString& path, ProjectStore::OpenMode mode, QString& datasetName) {
            ProjectStore store(path, mode);
            ImportReport report;
            if (kind == u"beir") {
                report = BeirImporter::run(store, input, common);
            } else if (kind == u"classification") {
                ClassificationImporter::Options options = classification;
                options.common = common;
                report = ClassificationImporter::run(store, input, options);
            } else if (kind == u"qrels") {
                report = QrelsImporter::run(store, input, common);
            } else {
                VectorImporter::Options options;
                options.common = common;
                options.spaceName = parser.value(space);
                options.model = parser.value(model);
                options.idsPath = parser.value(ids);
                options.target = parser.isSet(queries) ? VectorImporter::Target::Queries : VectorImporter::Target::Documents;
                options.update = parser.isSet(update);
                if (parser.isSet(float16))
                    options.elementType = ElementType::Float16;
                report = VectorImporter::run(store, input, options);
            }
            const auto imported = store.datasets().find(report.datasetId);
            datasetName = imported ? imported->name : QString();
            return report;
        };

        QString datasetName;
        ImportReport report;
        if (creates && !QFileInfo::exists(projectPath)) {
            // A new project is built aside and appears only when the import succeeded: a failed
            // import removes only what it made, never a project another process created here.
            NewProjectFile pending(projectPath);
            report = importInto(pending.temporaryPath(), ProjectStore::OpenMode::CreateIfMissing, datasetName);
            if (!pending.publish()) {
                // Another process created the project meanwhile: this becomes an ordinary import
                // into that project, as if it had been there from the start.
                err() << tr("%1 was created by another process meanwhile; importing into it.").arg(projectPath) << Qt::endl;
                report = importInto(pending.finalPath(), ProjectStore::OpenMode::OpenExisting, datasetName);
            }
        } else {
            report = importInto(projectPath, creates ? ProjectStore::OpenMode::CreateIfMissing : ProjectStore::OpenMode::OpenExisting,
                                datasetName);
        }
        progress.finish();
        printReport(report, DisplayText::escaped(datasetName), clock.elapsed() / 1000.0, parser.isSet(queries));
        return int(ExitOk);
    });
}

} // namespace tare::cli
