// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/httpjudgeoptions.h"

#include "cli/clisupport.h"
#include "cli/keycommand.h"
#include "core/net/apikey.h"
#include "core/net/endpointpresets.h"
#include "core/util/tareerror.h"

#include <algorithm>

namespace tare::cli {

HttpJudgeOptions::HttpJudgeOptions()
    : m_endpoint(QStringLiteral("endpoint"),
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

void HttpJudgeOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_endpoint, m_model, m_apiKeyEnv, m_apiKeyKeychain, m_preset, m_concurrency, m_maxCompletionTokens,
                       m_timeout, m_connectTimeout, m_retries});
}

RemoteJudgeSettings HttpJudgeOptions::apply(const QCommandLineParser& parser, bool presetApplies) const
{
    RemoteJudgeSettings remote;
    remote.endpoint = parser.value(m_endpoint);
    QString keyVariable = parser.value(m_apiKeyEnv);
    if (presetApplies || (parser.isSet(m_preset) && !EndpointPresets::find(parser.value(m_preset))))
        EndpointPresets::apply(parser.value(m_preset), remote.endpoint, keyVariable); // throws for an unknown preset
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
    return remote;
}

} // namespace tare::cli
