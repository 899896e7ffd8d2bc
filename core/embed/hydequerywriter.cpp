// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/hydequerywriter.h"

#include "core/net/apikey.h"
#include "core/net/endpointurl.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"
#include "core/net/prompttemplate.h"
#include "core/util/tareerror.h"

#include <QCryptographicHash>
#include <QUrl>

namespace tare {

HydeQueryWriter::HydeQueryWriter(HydeSettings settings)
    : m_settings(std::move(settings))
{
    EndpointUrl::checkEndpoint(m_settings.baseUrl, tr("HyDE needs a chat-completions endpoint URL"));
    if (m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("HyDE needs a chat model name"));
    if (m_settings.promptTemplate.isEmpty())
        m_settings.promptTemplate = defaultPrompt();
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_client = std::make_unique<HttpClient>(HttpClientOptions::limited(m_settings.concurrency, m_settings.maxAttempts));
}

HydeQueryWriter::~HydeQueryWriter() = default;

QString HydeQueryWriter::defaultPrompt()
{
    // The paper's HyDE prompt (Gera et al., 2026, reference code).
    return QStringLiteral("Write a representative document passage that would be relevant to the following query. "
                          "The passage should capture key concepts and terminology that relevant documents would "
                          "contain.\n\nQuery: {query}\n\nPassage:");
}

QJsonObject HydeQueryWriter::parameters() const
{
    return {
        {QStringLiteral("endpoint"), EndpointUrl::publicUrl(m_settings.baseUrl)},
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("prompt_template"), m_settings.promptTemplate},
        {QStringLiteral("prompt_sha256"),
         QString::fromLatin1(
             QCryptographicHash::hash(m_settings.promptTemplate.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))},
        {QStringLiteral("temperature"), m_settings.temperature},
        {QStringLiteral("max_tokens"), m_settings.maxTokens},
        {QStringLiteral("tokens_parameter"),
         m_settings.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens")},
        {QStringLiteral("seed"), m_settings.seed},
    };
}

QStringList HydeQueryWriter::write(const QList<Query>& queries, const ProgressSink& sink)
{
    const QString url = EndpointUrl::join(m_settings.baseUrl, QStringLiteral("/chat/completions"));
    ChatCompletionParams params;
    params.model = m_settings.model;
    params.maxTokens = m_settings.maxTokens;
    params.useMaxCompletionTokens = m_settings.useMaxCompletionTokens;
    params.temperature = m_settings.temperature;
    params.seed = m_settings.seed;
    params.logprobs = false;
    // As the paper's code: thinking off for Qwen models, max_completion_tokens for api.openai.com.
    params.disableThinking = m_settings.disableThinking || m_settings.model.contains(QStringLiteral("Qwen"));
    params.useMaxCompletionTokens = m_settings.useMaxCompletionTokens || QUrl(m_settings.baseUrl).host() == u"api.openai.com";

    QStringList documents;
    documents.reserve(queries.size());
    // Waves of a few requests per connection, so progress moves and cancellation is seen between them.
    const qsizetype wave = qsizetype(m_settings.concurrency) * 4;
    for (qsizetype first = 0; first < queries.size(); first += wave) {
        if (sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, tr("cancelled"));
        const qsizetype last = std::min(queries.size(), first + wave);
        QList<HttpRequest> requests;
        for (qsizetype i = first; i < last; ++i) {
            const QString prompt = PromptTemplate::render(m_settings.promptTemplate, queries[i].text, {}, queries[i].instruction);
            // A written passage, not a few tokens.
            requests.append(HttpRequest::jsonPost(url, m_apiKey, OpenAiWire::chatCompletionRequest(params, prompt),
                                                  m_settings.connectTimeoutMs, m_settings.totalTimeoutMs,
                                                  HttpRequest::CompletionMaxResponseBytes * 4));
        }
        const QList<HttpResponse> responses = m_client->runBatch(requests, sink.cancelled);
        for (qsizetype i = first; i < last; ++i) {
            const HttpResponse& response = responses[i - first];
            if (!response.ok())
                throw TareError(TareError::Kind::Io,
                                tr("writing the hypothetical document of query %1 failed: %2").arg(i + 1).arg(response.error));
            QString text;
            try {
                text = OpenAiWire::parseChatCompletion(response.body).content;
            } catch (const TareError& error) {
                throw TareError(TareError::Kind::Io,
                                tr("the hypothetical document of query %1: %2").arg(i + 1).arg(error.message()));
            }
            if (text.isEmpty())
                throw TareError(TareError::Kind::Io, tr("the model wrote an empty hypothetical document for query %1").arg(i + 1));
            documents.append(text);
        }
        sink.report(last, queries.size(), tr("writing hypothetical documents"));
    }
    return documents;
}

} // namespace tare
