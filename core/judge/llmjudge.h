// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judge.h"

#include <QCoreApplication>

#include <memory>

namespace tare {

class HttpClient;

/// How an LLM judge reaches its model and asks it. A plain struct: settings reach core this way.
struct LlmJudgeSettings
{
    enum class Mode
    {
        YesNo,  ///< score = P(yes) / (P(yes) + P(no)) from the logprobs of the reply
        Rating, ///< score = the 0–100 rating written in the reply, divided by 100
    };

    Mode mode = Mode::YesNo;
    QString provider = QStringLiteral("openai-compatible"); ///< preset name (openai, vllm, ollama, ...)
    QString baseUrl;  ///< as the service documents it, e.g. "http://localhost:8000/v1"; "/chat/completions" is appended
    QString model;
    QString apiKeyEnv;      ///< the environment variable holding the API key; empty: no key is sent
    QString promptTemplate; ///< {query}, {document}, {instruction}, {task}; empty: defaultPrompt(mode)
    int maxTokens = 0;      ///< 0: 5 for yes/no, 16 for a rating
    bool useMaxCompletionTokens = false;
    double temperature = 0.0;
    qint64 seed = 42;
    int topLogprobs = 5;
    bool disableThinking = false; ///< chat_template_kwargs {enable_thinking: false}
    int concurrency = 16;
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 120000;
    int maxAttempts = 5;
};

/// A judge that asks a chat-completions endpoint (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM) whether a
/// document is relevant to a query, reading P(yes) from the logprobs or a 0–100 rating from the text.
/// Each judge() call sends its batch concurrently through one HttpClient owned by the judge and
/// blocks until every answer is in; a failed pair is returned as status "failed" with its reason.
/// The identity covers provider, host, model, prompt-template hash and parameters, never the key.
/// Thread-safe: the engine's workers may call judge() at once; they share the endpoint's concurrency.
class LlmJudge : public Judge
{
    Q_DECLARE_TR_FUNCTIONS(tare::LlmJudge)

public:
    /// Reads the API key from the named environment variable; throws TareError(Usage) when it is
    /// named but unset, or when the base URL or model is missing.
    explicit LlmJudge(LlmJudgeSettings settings);
    ~LlmJudge() override;

    JudgeInfo info() const override;
    QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) override;
    bool needsTexts() const override { return true; }

    const LlmJudgeSettings& settings() const { return m_settings; }

    /// The built-in prompt of a mode (yes/no after the paper; the rating prompt asks for 0 to 100).
    static QString defaultPrompt(LlmJudgeSettings::Mode mode);
    /// `promptTemplate` filled with the request's query, document and instruction
    /// (PromptTemplate::render).
    static QString renderPrompt(const QString& promptTemplate, const JudgeRequest& request);

private:
    QString effectiveTemplate() const;
    int effectiveMaxTokens() const;

    LlmJudgeSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
