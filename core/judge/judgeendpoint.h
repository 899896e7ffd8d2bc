// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

/// Where a judge served over HTTP is reached and how patiently: the part the LLM and the reranker
/// judges' settings share (JudgeFactory fills it from RemoteJudgeSettings in one place).
struct JudgeEndpoint
{
    QString baseUrl;   ///< as the service documents it; the judge appends its route
    QString model;
    QString apiKeyEnv; ///< the environment variable holding the API key; empty: no key is sent
    int concurrency = 16;
    int connectTimeoutMs = 10000; ///< per attempt
    int totalTimeoutMs = 120000;  ///< per attempt
    int maxAttempts = 5;          ///< 1 + retries (network errors, timeouts, 429, 5xx)
};

} // namespace tare
