// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgmentreasoner.h"

#include "core/net/apikey.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"
#include "core/util/tareerror.h"

#include <QUrl>

namespace tare {

JudgmentReasoner::JudgmentReasoner(RemoteJudgeSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.endpoint.isEmpty() || !QUrl(m_settings.endpoint).isValid())
        throw TareError(TareError::Kind::Usage, tr("asking for a reason needs an endpoint URL (Settings)"));
    if (m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("asking for a reason needs a model name (Settings)"));
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    m_client = std::make_unique<HttpClient>(HttpClientOptions::limited(1, 3));
}

JudgmentReasoner::~JudgmentReasoner() = default;

QString JudgmentReasoner::prompt(const JudgeRequest& request)
{
    QString task;
    if (!request.instruction.isEmpty())
        task = tr("Judge the relevance according to the following task: %1").arg(request.instruction) + QLatin1Char('\n');
    // Not translated: the model reads it, and the judges' prompts are English too.
    return QStringLiteral("Here is a user query and a document.\n%1Query: %2\nDocument: %3\n"
                          "In one sentence, explain why this document is or is not relevant for this query.")
        .arg(task, request.queryText, request.documentText);
}

QString JudgmentReasoner::firstSentence(const QString& text)
{
    QString sentence = OpenAiWire::stripThinking(text).simplified();
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i) {
        const QChar c = sentence[i];
        if ((c == u'.' || c == u'!' || c == u'?') && sentence[i + 1] == u' ') {
            sentence.truncate(i + 1);
            break;
        }
    }
    if (sentence.size() > 300)
        sentence = sentence.left(299) + QStringLiteral("…");
    return sentence;
}

JudgmentReason JudgmentReasoner::ask(const JudgeRequest& request, qint64 judgmentId, const std::function<bool()>& cancelled)
{
    ChatCompletionParams params;
    params.model = m_settings.model;
    params.maxTokens = 96;
    params.useMaxCompletionTokens = m_settings.useMaxCompletionTokens;
    params.temperature = 0.0;
    params.logprobs = false;
    QString base = m_settings.endpoint;
    while (base.endsWith(u'/'))
        base.chop(1);
    JudgmentReason reason;
    reason.judgmentId = judgmentId;
    reason.model = m_settings.model;
    reason.prompt = prompt(request);
    const HttpRequest http = HttpRequest::jsonPost(base + QStringLiteral("/chat/completions"), m_apiKey,
                                                   OpenAiWire::chatCompletionRequest(params, reason.prompt),
                                                   m_settings.connectTimeoutMs, m_settings.totalTimeoutMs);
    if (cancelled && cancelled())
        throw TareError(TareError::Kind::Cancelled, tr("cancelled"));
    const HttpResponse response = m_client->runBatch({http}, cancelled).value(0);
    if (response.cancelled)
        throw TareError(TareError::Kind::Cancelled, tr("cancelled"));
    if (!response.ok())
        throw TareError(TareError::Kind::Io, tr("the model did not answer: %1").arg(response.error));
    reason.rawResponse = QString::fromUtf8(response.body);
    reason.latencyMs = response.latencyMs;
    const ChatReply reply = OpenAiWire::parseChatCompletion(response.body);
    reason.text = firstSentence(reply.content);
    if (reason.text.isEmpty())
        throw TareError(TareError::Kind::Input, tr("the model's reply holds no text"));
    return reason;
}

} // namespace tare
