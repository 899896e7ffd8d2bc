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
    return mode == LlmJudgeSettings::Mode::YesNo ? QStringLiteral("llm-yesno") : QStringLiteral("llm-rating");
}

} // namespace

LlmJudge::LlmJudge(LlmJudgeSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.baseUrl.isEmpty() || !QUrl(m_settings.baseUrl).isValid())
        throw TareError(TareError::Kind::Usage, tr("the LLM judge needs an endpoint URL"));
    if (m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("the LLM judge needs a model name"));
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    HttpClientOptions options;
    options.maxConcurrencyPerEndpoint = std::max(1, m_settings.concurrency);
    options.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_client = std::make_unique<HttpClient>(options);
}

LlmJudge::~LlmJudge() = default;

QString LlmJudge::defaultPrompt(LlmJudgeSettings::Mode mode)
{
    // The paper's prompts (Gera et al., 2026, reference code), word for word; {task} carries the
    // dataset's task instruction only when there is one.
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
    return m_settings.mode == LlmJudgeSettings::Mode::YesNo ? 5 : 16;
}

JudgeInfo LlmJudge::info() const
{
    const bool yesNo = m_settings.mode == LlmJudgeSettings::Mode::YesNo;
    const QString promptHash = QString::fromLatin1(
        QCryptographicHash::hash(effectiveTemplate().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QJsonObject params{
        {QStringLiteral("mode"), modeName(m_settings.mode)},
        {QStringLiteral("provider"), m_settings.provider},
        {QStringLiteral("endpoint"), EndpointUrl::publicUrl(m_settings.baseUrl)},
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("prompt_template"), effectiveTemplate()},
        {QStringLiteral("prompt_sha256"), promptHash},
        {QStringLiteral("max_tokens"), effectiveMaxTokens()},
        {QStringLiteral("tokens_parameter"),
         m_settings.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens")},
        {QStringLiteral("temperature"), m_settings.temperature},
        {QStringLiteral("seed"), m_settings.seed},
        {QStringLiteral("thinking"), m_settings.disableThinking ? QStringLiteral("off") : QStringLiteral("default")},
    };
    if (yesNo)
        params.insert(QStringLiteral("top_logprobs"), m_settings.topLogprobs);

    JudgeInfo info;
    info.kind = QStringLiteral("llm");
    info.name = modeName(m_settings.mode) % u' ' % m_settings.model;
    // Everything that changes an answer; the key and the variable holding it are not among them.
    QStringList parts{modeName(m_settings.mode),
                      m_settings.provider,
                      EndpointUrl::publicUrl(m_settings.baseUrl),
                      m_settings.model,
                      u"prompt=" % promptHash,
                      (m_settings.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens=") : QStringLiteral("max_tokens="))
                          % QString::number(effectiveMaxTokens()),
                      u"temperature=" % QString::number(m_settings.temperature),
                      u"seed=" % QString::number(m_settings.seed)};
    if (yesNo)
        parts.append(u"top_logprobs=" % QString::number(m_settings.topLogprobs));
    if (m_settings.disableThinking)
        parts.append(QStringLiteral("thinking=off"));
    info.identity = parts.join(u'|');
    info.paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return info;
}

QList<JudgeOutcome> LlmJudge::judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled)
{
    const bool yesNo = m_settings.mode == LlmJudgeSettings::Mode::YesNo;
    ChatCompletionParams params;
    params.model = m_settings.model;
    params.maxTokens = effectiveMaxTokens();
    params.useMaxCompletionTokens = m_settings.useMaxCompletionTokens;
    params.temperature = m_settings.temperature;
    params.seed = m_settings.seed;
    params.logprobs = yesNo;
    params.topLogprobs = m_settings.topLogprobs;
    params.disableThinking = m_settings.disableThinking;

    QString base = m_settings.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString url = base + QStringLiteral("/chat/completions");
    const QString promptTemplate = effectiveTemplate();

    QList<HttpRequest> requests;
    QStringList prompts;
    requests.reserve(batch.size());
    for (const JudgeRequest& item : batch) {
        HttpRequest request;
        request.url = url;
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!m_apiKey.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey});
        prompts.append(renderPrompt(promptTemplate, item));
        request.body = OpenAiWire::chatCompletionRequest(params, prompts.last());
        request.connectTimeoutMs = m_settings.connectTimeoutMs;
        request.totalTimeoutMs = m_settings.totalTimeoutMs;
        requests.append(std::move(request));
    }

    const QList<HttpResponse> responses = m_client->runBatch(requests, cancelled);

    QList<JudgeOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const HttpResponse& response = responses[i];
        JudgeOutcome outcome;
        outcome.prompt = prompts[i];
        outcome.rawResponse = QString::fromUtf8(response.body);
        outcome.latencyMs = response.latencyMs;
        outcome.status = QStringLiteral("failed");
        if (!response.ok()) {
            outcome.error = response.error;
            outcomes.append(outcome);
            continue;
        }
        try {
            const ChatReply reply = OpenAiWire::parseChatCompletion(response.body);
            if (reply.finishReason == u"content_filter") {
                outcome.error = tr("the reply was withheld by the provider's content filter");
            } else if (yesNo) {
                const YesNoScore score = OpenAiWire::yesNoScore(reply);
                outcome.status = score.status;
                outcome.score = score.score;
                outcome.error = score.error;
            } else if (const std::optional<double> rating = OpenAiWire::parseRating(reply.content)) {
                outcome.status = QStringLiteral("ok");
                outcome.score = *rating / 100.0;
            } else {
                outcome.error = tr("the reply holds no rating from 0 to 100: %1").arg(reply.content.left(80));
            }
        } catch (const TareError& error) {
            outcome.error = error.message();
        }
        if (outcome.status == u"failed")
            outcome.score.reset();
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace tare
