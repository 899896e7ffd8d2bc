// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/hydecommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/embed/hydespacebuilder.h"
#include "core/net/endpointpresets.h"

#include <QElapsedTimer>

namespace tare::cli {

int HydeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption space(QStringLiteral("space"), tr("The space to start from (lsa or openai)."), QStringLiteral("NAME"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Dataset (default: the one holding the space)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the new space (default: SPACE-hyde)."), QStringLiteral("NAME"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("The chat-completions base URL as the service documents it (e.g. http://localhost:8000/v1)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), tr("The chat model that writes the hypothetical documents."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), tr("The environment variable holding the chat API key."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption embedApiKeyEnv(QStringLiteral("embed-api-key-env"),
                                            tr("The environment variable holding the embeddings API key of an openai space "
                                               "(default: --api-key-env)."),
                                            QStringLiteral("VAR"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("Fill in --endpoint (and --api-key-env) of a known service: %1.").arg(EndpointPresets::names()),
                                    QStringLiteral("NAME"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), tr("The prompt, with {query} and {instruction} (default: HyDE's)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption maxCompletionTokens(QStringLiteral("max-completion-tokens"),
                                                 tr("Send max_completion_tokens instead of max_tokens (see 'tare-cli probe')."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), tr("Requests in flight (default 8)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    const QCommandLineOption withoutQuery(QStringLiteral("without-query"),
                                          tr("Use the hypothetical document's vector alone (default: averaged with the query's "
                                             "vector, as in the HyDE paper)."));
    parser.addOptions({space, dataset, name, endpoint, model, apiKeyEnv, embedApiKeyEnv, preset, prompt, maxCompletionTokens,
                       concurrency, withoutQuery});
    addProgressOptions(parser);
    if (!parseOrExplain(parser, arguments,
                        tr("Write a hypothetical document per query with a chat model and embed it as the query (HyDE).")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(space))
        return usageError(tr("usage: tare-cli hyde PROJECT --space S --endpoint URL --model M [--api-key-env VAR] [--name NAME]"));
    std::atomic<bool> cancel{false};
    const InterruptGuard interrupt(cancel); // Ctrl-C: stop, store nothing, exit 4
    return guarded([&] {
        HydeSpaceBuilder::Options options;
        options.spaceName = parser.value(name);
        options.includeQuery = !parser.isSet(withoutQuery);
        options.writer.baseUrl = parser.value(endpoint);
        options.writer.apiKeyEnv = parser.value(apiKeyEnv);
        EndpointPresets::apply(parser.value(preset), options.writer.baseUrl, options.writer.apiKeyEnv);
        if (options.writer.baseUrl.isEmpty())
            throw TareError(TareError::Kind::Usage, tr("hyde needs --endpoint URL (or --preset)"));
        options.writer.model = parser.value(model);
        if (options.writer.model.isEmpty())
            throw TareError(TareError::Kind::Usage, tr("hyde needs --model NAME"));
        options.writer.promptTemplate = parser.value(prompt);
        options.writer.useMaxCompletionTokens = parser.isSet(maxCompletionTokens);
        options.writer.concurrency = integerOption(parser, concurrency, 1);
        options.embedApiKeyEnv = parser.isSet(embedApiKeyEnv) ? parser.value(embedApiKeyEnv) : options.writer.apiKeyEnv;

        ProjectStore store(parser.positionalArguments().first());
        const SpaceInfo from = spaceOption(store, parser, dataset, space);

        QElapsedTimer clock;
        clock.start();
        TerminalProgress progress(progressWanted(parser));
        options.sink = progress.sink(tr("queries"));
        options.sink.cancelled = [&cancel] { return cancel.load(); };
        const HydeSpaceBuilder::Result result = HydeSpaceBuilder::build(store, from.id, options);
        progress.finish();
        out() << tr("Wrote space '%1' (dim %2): %3 hypothetical query documents, %4 document vectors copied from '%5', in %6 s")
                     .arg(result.spaceName)
                     .arg(result.dim)
                     .arg(result.queries)
                     .arg(result.documents)
                     .arg(parser.value(space))
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
              << Qt::endl;
        out() << tr("Baselines: tare-cli run PROJECT --space %1 --refiner none (hyde), or with a refiner (hyde + refiner)")
                     .arg(result.spaceName)
              << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
