// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/embedcommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplatetable.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/embed/remotespacebuilder.h"
#include "core/net/endpointpresets.h"

#include <QElapsedTimer>

namespace tare::cli {

namespace {
// Set by Ctrl-C or SIGTERM (InterruptGuard): the embedding stops, stores nothing and exits 4.
std::atomic<bool> s_cancel{false};

/// The datasets to embed: the one named `datasetName`, or without a name every dataset that has no
/// space named `spaceName` yet. Throws TareError(Usage) when that leaves none.
QList<DatasetInfo> targetDatasets(ProjectStore& store, const std::optional<QString>& datasetName, const QString& spaceName)
{
    QList<DatasetInfo> targets;
    for (const auto& info : store.datasets().all()) {
        if (datasetName ? info.name == *datasetName : !store.spaces().byName(info.id, spaceName))
            targets.append(info);
    }
    if (targets.isEmpty())
        throw TareError(TareError::Kind::Usage, datasetName ? tr("no dataset named '%1'").arg(*datasetName)
                                                            : tr("every dataset already has a space named '%1'").arg(spaceName));
    return targets;
}

} // namespace

int EmbedCommand::embedRemote(const QString& projectPath, const QString& spaceName, const QString& datasetName,
                              RemoteSpaceBuilder::Options options, bool progressShown)
{
    ProjectStore store(projectPath);
    options.spaceName = spaceName;
    const QList<DatasetInfo> targets =
        targetDatasets(store, datasetName.isEmpty() ? std::nullopt : std::optional(datasetName), spaceName);
    TerminalProgress progress(progressShown);
    for (const auto& info : targets) {
        QElapsedTimer clock;
        clock.start();
        options.sink = progress.sink(tr("texts"));
        options.sink.cancelled = [] { return s_cancel.load(); };
        const RemoteSpaceBuilder::Result result = RemoteSpaceBuilder::build(store, info.id, options);
        progress.finish();
        const auto built = store.spaces().find(result.spaceId);
        out() << tr("Embedded dataset '%1' into space '%2' (%3, dim %4): %5 documents, %6 queries in %7 s; "
                    "%8 texts from the cache, %9 sent to the endpoint")
                     .arg(shown(info.name), shown(spaceName), shown(options.embedder.model))
                     .arg(built->dim)
                     .arg(built->documentVectorCount)
                     .arg(built->queryVectorCount)
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                     .arg(result.fromCache)
                     .arg(result.embedded)
              << Qt::endl;
    }
    return int(ExitOk);
}

int EmbedCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption space(QStringLiteral("space"), tr("Embedder: lsa (built in) or openai (an OpenAI-compatible embeddings endpoint)."), QStringLiteral("PROVIDER"),
                                   QStringLiteral("lsa"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the new space (default: the provider's name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Dataset (default: every dataset without such a space)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption dim(QStringLiteral("dim"), tr("Dimension (default 256)."), QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the randomized SVD (default 42)."), QStringLiteral("N"),
                                  QStringLiteral("42"));
    const QCommandLineOption keepStopWords(QStringLiteral("keep-stop-words"), tr("Do not remove English stop words."));
    const QCommandLineOption queryTemplate(QStringLiteral("query-template"),
                                           tr("Template for queries, with {text} and {instruction} (lsa: default {text}; "
                                              "openai: default from the model template table, see tare-cli templates)."),
                                           QStringLiteral("TEXT"), QStringLiteral("{text}"));
    const QCommandLineOption documentTemplate(QStringLiteral("document-template"), tr("Template for documents (default {text})."),
                                              QStringLiteral("TEXT"), QStringLiteral("{text}"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("openai: the base URL as the service documents it (e.g. http://localhost:11434/v1)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), tr("openai: the embedding model."), QStringLiteral("NAME"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), tr("openai: the environment variable holding the API key."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption dimensions(QStringLiteral("dimensions"),
                                        tr("openai: ask the model for vectors of N dimensions (models that can shorten them)."),
                                        QStringLiteral("N"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("openai: fill in --endpoint (and --api-key-env) of a known service: %1.")
                                        .arg(EndpointPresets::names()),
                                    QStringLiteral("NAME"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), tr("openai: requests in flight (default 4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({space, name, dataset, dim, seed, keepStopWords, queryTemplate, documentTemplate, endpoint, model, apiKeyEnv,
                       dimensions, preset, concurrency});
    addProgressOptions(parser);
    if (!parseOrExplain(parser, arguments, tr("Embed a dataset's documents and queries into a new embedding space.")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("usage: tare-cli embed PROJECT --space lsa [--dim N] [--name NAME] [--dataset NAME]\n"
                             "       tare-cli embed PROJECT --space openai --endpoint URL --model M [--api-key-env VAR] "
                             "[--dimensions N] [--name NAME] [--dataset NAME]"));
    const InterruptGuard interrupt(s_cancel);
    return guarded([&] {
        if (parser.value(space) == u"openai")
            return embedRemote(parser.positionalArguments().first(), parser.isSet(name) ? parser.value(name) : parser.value(space),
                               parser.value(dataset), [&] {
                                   RemoteSpaceBuilder::Options options;
                                   options.embedder.baseUrl = parser.value(endpoint);
                                   options.embedder.apiKeyEnv = parser.value(apiKeyEnv);
                                   EndpointPresets::apply(parser.value(preset), options.embedder.baseUrl,
                                                          options.embedder.apiKeyEnv);
                                   if (options.embedder.baseUrl.isEmpty())
                                       throw TareError(TareError::Kind::Usage, tr("--space openai needs --endpoint URL (or --preset)"));
                                   options.embedder.model = parser.value(model);
                                   if (options.embedder.model.isEmpty())
                                       throw TareError(TareError::Kind::Usage, tr("--space openai needs --model NAME"));
                                   readIntegerOption(parser, dimensions, options.embedder.dimensions, 1, 65536);
                                   options.embedder.concurrency = integerOption(parser, concurrency, 1);
                                   // Without explicit templates the model template table decides (the
                                   // project's entries, Tare's, then the paper's default).
                                   const EmbeddingTemplateEntry entry =
                                       ProjectStore(parser.positionalArguments().first()).spaces().templateTable().lookup(options.embedder.model);
                                   options.queryTemplate = parser.isSet(queryTemplate) ? parser.value(queryTemplate) : entry.queryTemplate;
                                   options.documentTemplate =
                                       parser.isSet(documentTemplate) ? parser.value(documentTemplate) : entry.documentTemplate;
                                   return options;
                               }(),
                               progressWanted(parser));
        if (parser.value(space) != u"lsa")
            throw TareError(TareError::Kind::Usage,
                            tr("unknown embedder '%1' (lsa or openai)").arg(parser.value(space)));
        ProjectStore store(parser.positionalArguments().first());
        LsaSpaceBuilder::Options options;
        options.spaceName = parser.isSet(name) ? parser.value(name) : parser.value(space);
        options.lsa.dim = integerOption(parser, dim, 1, 65536);
        bool ok = false;
        options.lsa.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            throw TareError(TareError::Kind::Usage, tr("--seed must be a non-negative integer"));
        options.lsa.stopWords = !parser.isSet(keepStopWords);
        options.queryTemplate = parser.value(queryTemplate);
        options.documentTemplate = parser.value(documentTemplate);

        const QList<DatasetInfo> targets = targetDatasets(
            store, parser.isSet(dataset) ? std::optional(parser.value(dataset)) : std::nullopt, options.spaceName);
        TerminalProgress progress(progressWanted(parser));
        for (const auto& info : targets) {
            QElapsedTimer clock;
            clock.start();
            options.sink = progress.sink(tr("items"));
            options.sink.cancelled = [] { return s_cancel.load(); };
            const qint64 spaceId = LsaSpaceBuilder::build(store, info.id, options);
            progress.finish();
            const auto built = store.spaces().find(spaceId);
            out() << tr("Embedded dataset '%1' into space '%2' (lsa, dim %3): %4 documents, %5 queries in %6 s")
                         .arg(shown(info.name), shown(options.spaceName))
                         .arg(built->dim)
                         .arg(built->documentVectorCount)
                         .arg(built->queryVectorCount)
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                  << Qt::endl;
        }
        return int(ExitOk);
    });
}

} // namespace tare::cli
