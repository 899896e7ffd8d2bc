// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/llmjudge.h"
#include "core/net/apikey.h"

#include "core/net/endpointurl.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"
#include "core/net/prompttemplate.h"
#include "core/util/tareerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace tare {

namespace {

QString modeName(LlmJudgeSettings::Mode mode)
{
    switch (mode) {
    case LlmJudgeSettings::Mode::Rating:
        return QStringLiteral("llm-rating");
    case LlmJudgeSettings::Mode::TrueFalse:
        return QStringLiteral("llm-truefalse");
    case LlmJudgeSettings::Mode::YesNo:
        break;
    }
    return QStringLiteral("llm-yesno");
}

QString shortHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

LlmJudge::LlmJudge(LlmJudgeSettings settings)
    : m_settings(std::move(settings))
{
    EndpointUrl::checkEndpoint(m_settings.baseUrl, tr("the LLM judge needs an endpoint URL"));
    if (m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("the LLM judge needs a model name"));
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    m_client = std::make_unique<HttpClient>(HttpClientOptions::limited(m_settings.concurrency, m_settings.maxAttempts));
}

LlmJudge::~LlmJudge() = default;

QString LlmJudge::defaultPrompt(LlmJudgeSettings::Mode mode)
{
    // The paper's prompts (Gera et al., 2026, reference code), word for word; {task} carries the
    // dataset's task instruction only when there is one.
    if (mode == LlmJudgeSettings::Mode::TrueFalse) {
        // FollowIR-7B's template, as the paper's FollowIR reranker sends it (a raw prompt for /completions).
        return QStringLiteral("<s> [INST] You are an expert Google searcher, whose job is to determine if the following "
                              "document is relevant to the query (true/false). Answer using only one word, one of those "
                              "two choices.\n\nQuery: {query}\nDocument: {document}\nRelevant (only output one word, "
                              "either \"true\" or \"false\"): [/INST] ");
    }
    if (mode == LlmJudgeSettings::Mode::YesNo) {
        return QStringLiteral("Here is a user query and a document. Is this document relevant for this query? {task}"
                              "Answer with only yes/no, without any preceding tokens. Query: {query}\nDocument: "
                              "{document}\nRelevant? (Yes/No):");
    }
    return QStringLiteral("Here is a user query and a document. On a scale of 0 to 100, to what extent is this document "
                          "relevant for this query? {task}Reply with your rating score without any preceding "
                          "explanation. Query: {query}\nDocument: {document}\nRelevance rating (0-100):");
}

QString LlmJudge::renderPrompt(const QString& promptTemplate, const JudgeRequest& request)
{
    return PromptTemplate::render(promptTemplate, request.queryText, request.documentText, request.instruction);
}

QString LlmJudge::effectiveTemplate() const
{
    return m_settings.promptTemplate.isEmpty() ? defaultPrompt(m_settings.mode) : m_settings.promptTemplate;
}

int LlmJudge::effectiveMaxTokens() const
{
    if (m_settings.maxTokens > 0)
        return m_settings.maxTokens;
    return m_settings.mode == LlmJudgeSettings::Mode::TrueFalse ? 1 : 5; // the paper's max_new_tokens=5
}

bool LlmJudge::thinkingOff() const
{
    // The paper's code turns thinking off for every model whose name contains "Qwen".
    return m_settings.disableThinking || m_settings.model.contains(QStringLiteral("Qwen"));
}

bool LlmJudge::maxCompletionTokens() const
{
    // The paper's code sends max_completion_tokens to api.openai.com and max_tokens elsewhere.
    return m_settings.useMaxCompletionTokens || QUrl(m_settings.baseUrl).host() == u"api.openai.com";
}

JudgeInfo LlmJudge::info() const
{
    const LlmJudgeSettings::Mode mode = m_settings.mode;
    const QString promptHash = shortHash(effectiveTemplate());
    const QString tokensParameter = mode != LlmJudgeSettings::Mode::TrueFalse && maxCompletionTokens()
        ? QStringLiteral("max_completion_tokens")
        : QStringLiteral("max_tokens");
    const std::optional<double> temperature =
        mode == LlmJudgeSettings::Mode::TrueFalse ? std::optional<double>(m_settings.temperature.value_or(0.0)) : m_settings.temperature;
    QJsonObject params{
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("provider"), m_settings.provider},
        {QStringLiteral("endpoint"), EndpointUrl::publicUrl(m_settings.baseUrl)},
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("prompt_template"), effectiveTemplate()},
        {QStringLiteral("prompt_sha256"), promptHash},
        {QStringLiteral("task_instruction"), m_settings.taskInstruction},
        {QStringLiteral("max_tokens"), effectiveMaxTokens()},
        {QStringLiteral("tokens_parameter"), tokensParameter},
        {QStringLiteral("temperature"), temperature ? QJsonValue(*temperature) : QJsonValue(QStringLiteral("server default"))},
        {QStringLiteral("seed"), m_settings.seed},
        {QStringLiteral("thinking"), thinkingOff() ? QStringLiteral("off") : QStringLiteral("default")},
        {QStringLiteral("content_filter"), m_settings.contentFilterNeutral ? QStringLiteral("0.5") : QStringLiteral("failure")},
    };
    if (mode != LlmJudgeSettings::Mode::Rating)
        params.insert(QStringLiteral("top_logprobs"), m_settings.topLogprobs);
    if (mode == LlmJudgeSettings::Mode::Rating)
        params.insert(QStringLiteral("rating_scale"),
                      m_settings.ratingScale == LlmJudgeSettings::RatingScale::Raw ? QStringLiteral("raw 0-100")
                                                                                   : QStringLiteral("0-1"));

    JudgeInfo info;
    info.kind = QStringLiteral("llm");
    info.name = modeName(mode) % u' ' % m_settings.model;
    // Everything that changes an answer; the key and the variable holding it are not among them.
    QStringList parts{modeName(mode),
                      m_settings.provider,
                      EndpointUrl::publicUrl(m_settings.baseUrl),
                      m_settings.model,
                      u"prompt=" % promptHash,
                      tokensParameter % u'=' % QString::number(effectiveMaxTokens()),
                      u"temperature=" % (temperature ? QString::number(*temperature) : QStringLiteral("default")),
                      u"seed=" % QString::number(m_settings.seed)};
    if (mode != LlmJudgeSettings::Mode::Rating)
        parts.append(u"top_logprobs=" % QString::number(m_settings.topLogprobs));
    if (thinkingOff() && mode != LlmJudgeSettings::Mode::TrueFalse)
        parts.append(QStringLiteral("thinking=off"));
    if (!m_settings.taskInstruction.isEmpty())
        parts.append(u"task=" % shortHash(m_settings.taskInstruction));
    if (mode == LlmJudgeSettings::Mode::Rating && m_settings.ratingScale == LlmJudgeSettings::RatingScale::Raw)
        parts.append(QStringLiteral("rating=raw"));
    if (!m_settings.contentFilterNeutral)
        parts.append(QStringLiteral("content-filter=failure"));
    info.identity = parts.join(u'|');
    info.paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return info;
}

JudgeOutcome LlmJudge::read(const HttpResponse& response, const QString& prompt) const
{
    JudgeOutcome outcome;
    outcome.prompt = prompt;
    outcome.rawResponse = Judge::storedResponse(response.body);
    outcome.latencyMs = response.latencyMs;
    outcome.status = QStringLiteral("failed");
    const auto filtered = [&](const QString& why) {
        if (!m_settings.contentFilterNeutral) {
            outcome.error = why;
            return;
        }
        // The paper scores a content-filter refusal as a neutral 0.5, not as an error.
        outcome.status = QStringLiteral("filtered");
        outcome.score = 0.5;
        outcome.error = tr("%1; scored 0.5 as the paper does").arg(why);
    };
    if (!response.ok()) {
        if (response.status == 400 && OpenAiWire::isContentFilterRefusal(response.body))
            filtered(tr("the provider's content filter refused the prompt"));
        else
            outcome.error = response.error;
        return outcome;
    }
    try {
        if (m_settings.mode == LlmJudgeSettings::Mode::TrueFalse) {
            const YesNoScore score = OpenAiWire::trueFalseScore(OpenAiWire::parseCompletion(response.body));
            outcome.status = score.status;
            outcome.score = score.score;
            outcome.error = score.error;
        } else {
            const ChatReply reply = OpenAiWire::parseChatCompletion(response.body);
            if (reply.finishReason == u"content_filter") {
                filtered(tr("the reply was withheld by the provider's content filter"));
            } else if (m_settings.mode == LlmJudgeSettings::Mode::YesNo) {
                const YesNoScore score = OpenAiWire::yesNoScore(reply);
                outcome.status = score.status;
                outcome.score = score.score;
                outcome.error = score.error;
            } else if (m_settings.ratingScale == LlmJudgeSettings::RatingScale::Raw) {
                // The paper's code: its own regex and float(), no range check, the number as it is.
                if (const std::optional<double> rating = OpenAiWire::parsePaperRating(reply.content)) {
                    outcome.status = QStringLiteral("ok");
                    outcome.score = *rating;
                } else {
                    outcome.error = tr("the reply does not start with a rating: %1").arg(reply.content.left(80));
                }
            } else if (const std::optional<double> rating = OpenAiWire::parseRating(reply.content)) {
                outcome.status = QStringLiteral("ok");
                outcome.score = *rating / 100.0;
            } else {
                outcome.error = tr("the reply holds no rating from 0 to 100: %1").arg(reply.content.left(80));
            }
        }
    } catch (const TareError& error) {
        outcome.error = error.message();
    }
    return checked(outcome);
}

QList<JudgeOutcome> LlmJudge::judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled)
{
    const LlmJudgeSettings::Mode mode = m_settings.mode;
    const bool trueFalse = mode == LlmJudgeSettings::Mode::TrueFalse;
    ChatCompletionParams params;
    params.model = m_settings.model;
    params.maxTokens = effectiveMaxTokens();
    params.useMaxCompletionTokens = maxCompletionTokens();
    params.temperature = m_settings.temperature;
    params.seed = m_settings.seed;
    params.logprobs = mode == LlmJudgeSettings::Mode::YesNo;
    params.topLogprobs = m_settings.topLogprobs;
    params.disableThinking = thinkingOff();

    const QString url = EndpointUrl::join(m_settings.baseUrl, trueFalse ? QStringLiteral("/completions") : QStringLiteral("/chat/completions"));
    const QString promptTemplate = effectiveTemplate();

    QList<HttpRequest> requests;
    QStringList prompts;
    requests.reserve(batch.size());
    for (const JudgeRequest& item : batch) {
        // The task sentence comes from the judge's dataset (classification only), never from the request.
        JudgeRequest asPrompt = item;
        asPrompt.instruction = m_settings.taskInstruction;
        prompts.append(renderPrompt(promptTemplate, asPrompt));
        const QByteArray body = trueFalse ? OpenAiWire::completionRequest(m_settings.model, prompts.last(), params.maxTokens,
                                                                          m_settings.topLogprobs, m_settings.temperature.value_or(0.0))
                                          : OpenAiWire::chatCompletionRequest(params, prompts.last());
        requests.append(HttpRequest::jsonPost(url, m_apiKey, body, m_settings.connectTimeoutMs, m_settings.totalTimeoutMs,
                                              MaxResponseBytes));
    }

    const QList<HttpResponse> responses = m_client->runBatch(requests, cancelled);
    QList<JudgeOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (qsizetype i = 0; i < responses.size(); ++i)
        outcomes.append(read(responses[i], prompts[i]));
    return outcomes;
}

} // namespace tare
