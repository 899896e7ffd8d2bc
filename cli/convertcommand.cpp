// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/convertcommand.h"

#include "cli/clisupport.h"
#include "core/io/paperdatasetconverter.h"
#include "core/io/paperdatasets.h"

#include <QElapsedTimer>

namespace tare::cli {

int ConvertCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dataset"), PaperDatasets::keys().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("input"), tr("The release files or folders (see --help)."),
                                 QStringLiteral("INPUT..."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The BEIR folder to write (created when missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption descriptions(QStringLiteral("descriptions"),
                                          tr("clinc150: the intent description table (intent_name,intent_description)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption split(QStringLiteral("split"),
                                   tr("argkp21: a split to read (repeatable; default dev and train); clinc150: the "
                                      "section of data_full.json (default train); nfcorpus, realscholarquery: test."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption corpusLimit(QStringLiteral("corpus-limit"),
                                         tr("Keep at most N documents: every relevant one and a seeded sample of the "
                                            "others (default: the paper's cap, 25000 for realscholarquery; 0: all)."),
                                         QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the corpus sample (default 42, as the paper)."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    parser.addOptions({outOption, descriptions, split, corpusLimit, seed});
    addProgressOptions(parser);
    QString description = tr("Convert one of the paper's datasets from its public release into a BEIR folder, built as "
                             "the paper's loader builds it. Then: tare-cli import beir DIR --paper-dataset DATASET.\n");
    for (const PaperDatasetPreset& preset : PaperDatasets::all())
        description += QStringLiteral("\n  ") + preset.key.leftJustified(18) + preset.sourceFormat;
    if (!parseOrExplain(parser, arguments, description))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || !parser.isSet(outOption))
        return usageError(tr("usage: tare-cli convert DATASET INPUT... --out DIR [--descriptions FILE] [--split NAME] "
                             "[--corpus-limit N] [--seed S]"));
    return guarded([&] {
        const auto preset = PaperDatasets::find(positional.first());
        if (!preset)
            throw TareError(TareError::Kind::Usage, tr("unknown dataset '%1' (one of %2)")
                                                        .arg(positional.first(), PaperDatasets::keys().join(QStringLiteral(", "))));
        PaperDatasetConverter::Options options;
        options.inputs = positional.mid(1);
        options.descriptionsPath = parser.value(descriptions);
        options.splits = parser.values(split);
        if (parser.isSet(corpusLimit)) {
            bool ok = false;
            options.corpusLimit = parser.value(corpusLimit).toLongLong(&ok);
            if (!ok || options.corpusLimit < 0)
                throw TareError(TareError::Kind::Usage, tr("--corpus-limit must be a non-negative integer"));
        }
        bool ok = false;
        options.seed = parser.value(seed).toLongLong(&ok);
        if (!ok)
            throw TareError(TareError::Kind::Usage, tr("--seed must be an integer"));
        TerminalProgress progress(progressWanted(parser));
        options.sink = progress.sink(tr("records"));
        QElapsedTimer clock;
        clock.start();
        const PaperDatasetConverter::Report report = PaperDatasetConverter::convert(preset->key, options, parser.value(outOption));
        progress.finish();
        out() << tr("Converted %1 into %2: %3 documents, %4 queries, %5 labels (%6 positive) in %7 s")
                     .arg(preset->displayName, parser.value(outOption))
                     .arg(report.documents)
                     .arg(report.queries)
                     .arg(report.labels)
                     .arg(report.positiveLabels)
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
              << Qt::endl;
        if (report.sampledOut > 0)
            out() << tr("The corpus cap left out %1 documents (every relevant one kept; seed %2)")
                         .arg(report.sampledOut)
                         .arg(options.seed)
                  << Qt::endl;
        for (const QString& note : report.notes)
            out() << "  " << note << Qt::endl;
        out() << tr("Next: tare-cli import beir %1 --project FILE --paper-dataset %2").arg(parser.value(outOption), preset->key)
              << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
