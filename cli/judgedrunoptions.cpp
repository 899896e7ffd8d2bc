// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/judgedrunoptions.h"

#include "cli/clisupport.h"
#include "cli/keycommand.h"
#include "core/db/projectstore.h"
#include "core/net/apikey.h"
#include "core/net/endpointpresets.h"
#include "core/util/tareerror.h"

namespace tare::cli {

JudgedRunOptions::JudgedRunOptions()
    : m_dataset(QStringLiteral("dataset"), tr("Dataset (default: the one holding the space)."), QStringLiteral("NAME"))
    , m_space(QStringLiteral("space"), tr("Embedding space name."), QStringLiteral("NAME"), QStringLiteral("lsa"))
    , m_judge(QStringLiteral("judge"),
              tr("gold, simulated:flip=RATE, simulated:sigma=SD (with ,seed=N); over HTTP: llm-yesno, llm-rating, "
                 "llm-rating:raw (0-100 into the softmax, as the paper's code), llm-truefalse (FollowIR-7B-style), "
                 "rerank (TEI; rerank:raw for the cross-encoder's raw scores) or rerank-cohere; LLM judges take "
                 ":content-filter=fail to count a refusal as a failure instead of the paper's 0.5."),
              QStringLiteral("JUDGE"), QStringLiteral("gold"))
    , m_total(QStringLiteral("total"), tr("Judged documents per query (default 20)."), QStringLiteral("K"))
    , m_fromTop(QStringLiteral("from-top"), tr("Of those, from the top of the ranking (default 20)."), QStringLiteral("T"))
    , m_seed(QStringLiteral("seed"), tr("Seed of the random part of the judged set (default 42)."), QStringLiteral("N"))
    , m_queries(QStringLiteral("queries"), tr("Only these query ids (comma-separated)."), QStringLiteral("IDS"))
    , m_endpoint(QStringLiteral("endpoint"),
                 tr("HTTP judges: the base URL as the service documents it (with /v1 for "
                    "OpenAI-compatible servers, e.g. http://localhost:11434/v1)."),
                 QStringLiteral("URL"))
    , m_model(QStringLiteral("model"), tr("HTTP judges: the model name."), QStringLiteral("NAME"))
    , m_apiKeyEnv(QStringLiteral("api-key-env"), tr("HTTP judges: the environment variable holding the API key."), QStringLiteral("VAR"))
    , m_apiKeyKeychain(KeyCommand::keychainOption())
    , m_preset(QStringLiteral("preset"),
               tr("HTTP judges: fill in --endpoint (and --api-key-env) of a known service: %1.").arg(EndpointPresets::names()),
               QStringLiteral("NAME"))
    , m_concurrency(QStringLiteral("concurrency"), tr("HTTP judges: requests in flight (default 16)."), QStringLiteral("N"),
                    QStringLiteral("16"))
    , m_maxCompletionTokens(QStringLiteral("max-completion-tokens"),
                            tr("HTTP judges: send max_completion_tokens instead of max_tokens "
                               "(for hosts that reject max_tokens; 'tare-cli probe' tells)."))
    , m_timeout(QStringLiteral("timeout"), tr("HTTP judges: seconds one attempt of a request may take (default 120)."),
                QStringLiteral("SECONDS"))
    , m_connectTimeout(QStringLiteral("connect-timeout"),
                       tr("HTTP judges: seconds to establish a connection (default 10)."), QStringLiteral("SECONDS"))
    , m_retries(QStringLiteral("retries"),
                tr("HTTP judges: attempts after the first on network errors, timeouts, 429 and 5xx (default 4)."),
                QStringLiteral("N"))
{
}

void JudgedRunOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_dataset, m_space, m_judge, m_total, m_fromTop, m_seed, m_queries, m_endpoint, m_model, m_apiKeyEnv,
                       m_apiKeyKeychain, m_preset, m_concurrency, m_maxCompletionTokens, m_timeout, m_connectTimeout, m_retries});
}

RemoteJudgeSettings JudgedRunOptions::apply(const QCommandLineParser& parser, ProjectStore& store, RunSettings& settings) const
{
    const SpaceInfo space = spaceByName(store, parser.isSet(m_dataset) ? std::optional(parser.value(m_dataset)) : std::nullopt,
                                        parser.value(m_space));
    settings.datasetId = space.datasetId;
    settings.spaceId = space.id;
    settings.judgeSpec = parser.value(m_judge);

    RemoteJudgeSettings remote;
    remote.endpoint = parser.value(m_endpoint);
    QString keyVariable = parser.value(m_apiKeyEnv);
    // A preset only speaks for HTTP judges; an offline judge's settings stay as they were.
    if (JudgeFactory::isRemote(settings.judgeSpec))
        EndpointPresets::apply(parser.value(m_preset), remote.endpoint, keyVariable);
    else if (parser.isSet(m_preset) && !EndpointPresets::find(parser.value(m_preset)))
        EndpointPresets::apply(parser.value(m_preset), remote.endpoint, keyVariable); // throws: unknown preset
    remote.apiKeyEnv = KeyCommand::keySource(parser, m_apiKeyEnv, m_apiKeyKeychain,
                                             keyVariable.isEmpty() ? QString() : ApiKey::environmentSource(keyVariable));
    remote.model = parser.value(m_model);
    readIntegerOption(parser, m_concurrency, remote.concurrency, 1);
    remote.useMaxCompletionTokens = parser.isSet(m_maxCompletionTokens);
    auto seconds = [&](const QCommandLineOption& option, int& targetMs) {
        double value = targetMs / 1000.0;
        readPositiveNumberOption(parser, option, value);
        if (value > 86400.0)
            throw TareError(TareError::Kind::Usage, tr("--%1 must be at most 86400 seconds").arg(option.names().first()));
        targetMs = std::max(1, int(value * 1000.0));
    };
    seconds(m_timeout, remote.totalTimeoutMs);
    seconds(m_connectTimeout, remote.connectTimeoutMs);
    int retries = remote.maxAttempts - 1;
    readIntegerOption(parser, m_retries, retries, 0, 100);
    remote.maxAttempts = retries + 1;
    settings.judgeEndpoint = remote.endpoint;
    settings.judgeModel = remote.model;

    readIntegerOption(parser, m_total, settings.refine.total, 1);
    readIntegerOption(parser, m_fromTop, settings.refine.fromTop, 0);
    if (!parser.isSet(m_fromTop) && parser.isSet(m_total))
        settings.refine.fromTop = std::min(settings.refine.fromTop, settings.refine.total);
    if (parser.isSet(m_seed)) {
        bool ok = false;
        settings.refine.seed = parser.value(m_seed).toLongLong(&ok);
        if (!ok)
            throw TareError(TareError::Kind::Usage, tr("--seed must be an integer"));
    }
    if (parser.isSet(m_queries))
        settings.queryIds = parser.value(m_queries).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return remote;
}

} // namespace tare::cli
