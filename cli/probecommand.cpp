// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/probecommand.h"

#include "cli/clisupport.h"
#include "cli/keycommand.h"
#include "core/net/apikey.h"
#include "core/net/capabilityprobe.h"
#include "core/net/endpointpresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare::cli {

namespace {

QJsonObject checkJson(const CapabilityCheck& check)
{
    return {{QStringLiteral("status"), check.statusName()}, {QStringLiteral("message"), check.message}};
}

} // namespace

int ProbeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("The base URL as the service documents it (with /v1 for OpenAI-compatible servers)."),
                                 QStringLiteral("[URL]"));
    const QCommandLineOption model(QStringLiteral("model"), tr("The model to try chat completions and embeddings with."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"), tr("The environment variable holding the API key."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("Fill in the URL (and key variable) of a known service: %1.").arg(EndpointPresets::names()),
                                    QStringLiteral("NAME"));
    const QCommandLineOption apiKeyKeychain = KeyCommand::keychainOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({model, apiKeyEnv, apiKeyKeychain, preset, json});
    if (!parseOrExplain(parser, arguments, tr("Probe an endpoint: which judges and embeddings it can serve.")))
        return ExitUsage;
    if (parser.positionalArguments().size() > 1
        || (parser.positionalArguments().isEmpty() && !parser.isSet(preset)))
        return usageError(tr("usage: tare-cli probe URL [--model M] [--api-key-env VAR] [--preset NAME] [--json]"));
    return guarded([&] {
        CapabilityProbeSettings settings;
        settings.baseUrl = parser.positionalArguments().value(0);
        settings.model = parser.value(model);
        settings.apiKeyEnv = parser.value(apiKeyEnv);
        EndpointPresets::apply(parser.value(preset), settings.baseUrl, settings.apiKeyEnv);
        settings.apiKeyEnv = KeyCommand::keySource(parser, apiKeyEnv, apiKeyKeychain,
                                                   settings.apiKeyEnv.isEmpty() ? QString() : ApiKey::environmentSource(settings.apiKeyEnv));
        const CapabilityReport report = CapabilityProbe::probe(settings);
        if (parser.isSet(json)) {
            const QJsonObject object{
                {QStringLiteral("endpoint"), report.baseUrl},
                {QStringLiteral("model"), report.model},
                {QStringLiteral("chat"), checkJson(report.chat)},
                {QStringLiteral("logprobs"), checkJson(report.logprobs)},
                {QStringLiteral("max_completion_tokens"), checkJson(report.maxCompletionTokens)},
                {QStringLiteral("embeddings"), checkJson(report.embeddings)},
                {QStringLiteral("embedding_dim"), report.embeddingDim},
                {QStringLiteral("rerank_tei"), checkJson(report.rerankTei)},
                {QStringLiteral("rerank_cohere"), checkJson(report.rerankCohere)},
                {QStringLiteral("judge_modes"), QJsonArray::fromStringList(report.judgeModes())},
            };
            out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            out() << CapabilityProbe::describe(report);
        }
        out().flush();
        // Nothing usable at all (unreachable, wrong URL): a failure scripts can see.
        if (report.judgeModes().isEmpty() && !report.embeddings.yes())
            return int(ExitIo);
        return int(ExitOk);
    });
}

} // namespace tare::cli
