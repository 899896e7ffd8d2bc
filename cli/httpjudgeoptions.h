// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judgefactory.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tare::cli {

/// How the commands that judge (run, judge, experiment, grid) reach an HTTP judge, one option set
/// for all of them: --endpoint, --model, --api-key-env, --api-key-keychain, --preset,
/// --concurrency, --max-completion-tokens, --timeout, --connect-timeout, --retries.
class HttpJudgeOptions
{
public:
    HttpJudgeOptions();

    void addTo(QCommandLineParser& parser) const;

    /// The connection the options describe. A --preset fills in the endpoint and the key
    /// variable only when `presetApplies` (an offline judge keeps its settings as they were), but
    /// an unknown preset is an error either way. Throws TareError(Usage) for bad values.
    RemoteJudgeSettings apply(const QCommandLineParser& parser, bool presetApplies = true) const;

private:
    QCommandLineOption m_endpoint;
    QCommandLineOption m_model;
    QCommandLineOption m_apiKeyEnv;
    QCommandLineOption m_apiKeyKeychain;
    QCommandLineOption m_preset;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_maxCompletionTokens;
    QCommandLineOption m_timeout;
    QCommandLineOption m_connectTimeout;
    QCommandLineOption m_retries;
};

} // namespace tare::cli
