// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judge.h"
#include "core/judge/judgeendpoint.h"
#include "core/net/httpclient.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tare {

class HttpClient;
struct HttpResponse;

/// How an LLM judge reaches its model and asks it. A plain struct: settings reach core this way.
/// The base URL is the service's as it documents it, e.g. "http://localhost:8000/v1";
/// "/chat/completions" is appended.
struct LlmJudgeSettings : JudgeEndpoint
{
    enum class Mode
    {
        YesNo,     ///< score = P(yes) / (P(yes) + P(no)) from the logprobs of the reply
        Rating,    ///< score = the 0–100 rating written in the reply (divided by 100 unless ratingScale is Raw)
        TrueFalse, ///< score = P(true) / (P(true) + P(false)) of a text completion (FollowIR-7B-style rerankers)
    };

    /// How a 0–100 rating enters the target softmax.
    enum class RatingScale
    {
        Unit, ///< divided by 100 (scores in [0, 1], like the other judges)
        Raw,  ///< as written, 0–100, as the paper's code passes it on (a much sharper target)
    };

    Mode mode = Mode::YesNo;
    RatingScale ratingScale = RatingScale::Unit;
    /// The task sentence's instruction: the dataset's instruction for a classification dataset, empty
    /// for search (as the paper's code). Part of the identity: a change asks again.
    QString taskInstruction;
    /// A content-filter refusal (HTTP 400 "The response was filtered", or finish_reason
    /// content_filter) is scored 0.5 and recorded with status "filtered", as the paper does; off:
    /// it is a failure.
    bool contentFilterNeutral = true;
    QString provider = QStringLiteral("openai-compatible"); ///< preset name (openai, vllm, ollama, ...)
    QString promptTemplate; ///< {query}, {document}, {instruction}, {task}; empty: defaultPrompt(mode)
    int maxTokens = 0;      ///< 0: 5, as the paper (1 for true/false)
    /// Send max_completion_tokens; also done for api.openai.com, as the paper's code does.
    bool useMaxCompletionTokens = false;
    std::optional<double> temperature; ///< unset: not sent, as the paper's code (true/false: 0)
    qint64 seed = 42;
    int topLogprobs = 5;
    /// chat_template_kwargs {enable_thinking: false}; sent anyway for models whose name holds
    /// "Qwen", as the paper's code does.
    bool disableThinking = false;
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
    /// The largest chat completion read: a few tokens with their logprobs take kilobytes.
    static constexpr qint64 MaxResponseBytes = HttpRequest::CompletionMaxResponseBytes;

    /// Reads the API key from the named environment variable; throws TareError(Usage) when it is
    /// named but unset, or when the base URL or model is missing.
    explicit LlmJudge(LlmJudgeSettings settings);
    ~LlmJudge() override;

    JudgeInfo info() const override;
    QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) override;
    bool needsTexts() const override { return true; }

    const LlmJudgeSettings& settings() const { return m_settings; }

    /// The built-in prompt of a mode: the paper's yes/no and 0–100 rating prompts, and FollowIR-7B's
    /// true/false template for the true/false mode ({query}, {document}).
    static QString defaultPrompt(LlmJudgeSettings::Mode mode);
    /// `promptTemplate` filled with the request's query, document and instruction
    /// (PromptTemplate::render; nothing trimmed).
    static QString renderPrompt(const QString& promptTemplate, const JudgeRequest& request);

private:
    QString effectiveTemplate() const;
    int effectiveMaxTokens() const;
    bool thinkingOff() const;
    bool maxCompletionTokens() const;
    JudgeOutcome read(const HttpResponse& response, const QString& prompt) const;

    LlmJudgeSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
