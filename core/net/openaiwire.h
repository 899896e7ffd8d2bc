// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tare {

/// A chat completion as the LLM judges send it (OpenAI-compatible).
struct ChatCompletionParams
{
    QString model;
    int maxTokens = 5;
    bool useMaxCompletionTokens = false; ///< send max_completion_tokens (hosts that reject max_tokens)
    std::optional<double> temperature;   ///< unset: not sent (the server's default), as the paper's code
    std::optional<qint64> seed = 42;
    bool logprobs = true;
    int topLogprobs = 5;
    bool disableThinking = false; ///< send chat_template_kwargs {enable_thinking: false}
};

/// The parts of a chat completion the judges read.
struct ChatReply
{
    QString content; ///< the assistant's text, with <think>…</think> blocks removed
    QString finishReason;
    bool hasLogprobs = false;
    /// Per generated token, its top alternatives (token, natural-log probability), the chosen one included.
    QList<QList<QPair<QString, double>>> topLogprobs;
};

/// P(yes) read from a reply: a score, or a failure with its reason.
struct YesNoScore
{
    std::optional<double> score;
    QString status; ///< ok, degraded (read from the text: no logprobs), failed
    QString error;
    double mass = 0.0; ///< probability of the yes and no variants together (0 when read from text)
};

/// Builds and parses the OpenAI-compatible JSON of chat completions, embeddings and both rerank
/// shapes. Pure functions, no I/O; parse functions throw TareError(Input) naming what is wrong.
/// Stateless; usable from any thread.
class OpenAiWire
{
    Q_DECLARE_TR_FUNCTIONS(tare::OpenAiWire)

public:
    enum class YesNo
    {
        Yes,
        No,
        Neither,
    };

    enum class RerankShape
    {
        Tei,    ///< POST {base}/rerank {query, texts} -> [{index, score}]
        Cohere, ///< POST {base}/rerank {model, query, documents} -> {results: [{index, relevance_score}]}
    };

    /// The body of POST /chat/completions with one user message.
    static QByteArray chatCompletionRequest(const ChatCompletionParams& params, const QString& userPrompt);
    /// Reads choices[0]: its text and, when present, logprobs.content[i].top_logprobs[j] {token, logprob}.
    static ChatReply parseChatCompletion(const QByteArray& body);

    /// Whether a token (or word) is a variant of yes or no: case-insensitive, leading whitespace and
    /// tokenizer space markers (Ġ, ▁, Ċ, _) and surrounding punctuation ignored; "yesterday" is neither.
    static YesNo classify(const QString& token);
    /// P(yes) / (P(yes) + P(no)) as the paper's code reads it: over the top alternatives of the
    /// first generated token where variants of yes or no have a probability above 1e-4 together
    /// (the first two tokens are looked at), rounded to 5 decimals. Without logprobs, the first
    /// word of the text decides (1 or 0, status degraded).
    static YesNoScore yesNoScore(const ChatReply& reply);
    /// The first number of a reply as a 0–100 rating ("85", "Rating: 85/100", "8/10" = 80).
    static std::optional<double> parseRating(const QString& text);
    /// The rating as the paper's code reads it: the first match of `([-]*[0-9]+(\.([0-9]+))*)|([\w]+)`
    /// converted with float(), so "85" and " 85/100" give 85 but "Rating: 85" (a word first) gives
    /// nothing; no range check. A reply that is a JSON object is read from its "score" string.
    static std::optional<double> parsePaperRating(const QString& text);

    /// The body of POST /completions (legacy text completions) with `logprobs` alternatives per token.
    static QByteArray completionRequest(const QString& model, const QString& prompt, int maxTokens, int logprobs,
                                        std::optional<double> temperature);
    /// Reads choices[0].text and, when present, logprobs.top_logprobs ({token: logprob} per token).
    static ChatReply parseCompletion(const QByteArray& body);
    /// P(true) / (P(true) + P(false)) from the first generated token's alternatives, the tokens
    /// "true" and "false" exactly (as FollowIR-7B's scorer compares the two logits); a missing one
    /// counts as 0 (status degraded); neither: failed.
    static YesNoScore trueFalseScore(const ChatReply& reply);

    /// Whether an error response is a content-filter refusal: the message the paper's code looks
    /// for ("The response was filtered", Azure OpenAI) or the code "content_filter".
    static bool isContentFilterRefusal(const QByteArray& body);

    /// The body of POST /embeddings; `dimensions` 0 leaves the model's own.
    static QByteArray embeddingsRequest(const QString& model, const QStringList& inputs, int dimensions = 0);
    /// data[i].embedding ordered by data[i].index; checks the count and that all have one dimension.
    static std::vector<std::vector<float>> parseEmbeddings(const QByteArray& body, qsizetype expectedCount);

    /// The body of a rerank request in either shape; `rawScores` asks TEI for the cross-encoder's
    /// raw scores (logits) instead of sigmoid probabilities.
    static QByteArray rerankRequest(RerankShape shape, const QString& model, const QString& query,
                                    const QStringList& documents, bool rawScores = false);
    /// Scores by document index from either response shape (detected from the JSON).
    static QList<double> parseRerank(const QByteArray& body, qsizetype expectedCount);

    /// `text` with <think>…</think> blocks (and an unfinished <think> tail) removed, trimmed.
    static QString stripThinking(const QString& text);
};

} // namespace tare
