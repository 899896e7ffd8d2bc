// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/capabilityprobe.h"

#include "core/net/apikey.h"
#include "core/net/endpointurl.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"
#include "core/util/enumnames.h"
#include "core/util/tareerror.h"

#include <QJsonDocument>
#include <QUrl>

namespace tare {

namespace {

struct Connection
{
    HttpClient* client;
    QString base;
    QByteArray apiKey;
    const CapabilityProbeSettings* settings;

    HttpRequest request(const QString& path, const QByteArray& body) const
    {
        // A probe asks for one token or two vectors.
        return HttpRequest::jsonPost(EndpointUrl::join(base, path), apiKey, body, settings->connectTimeoutMs,
                                     settings->totalTimeoutMs, HttpRequest::CompletionMaxResponseBytes);
    }
};

CapabilityCheck yes(const QString& message)
{
    return {CapabilityCheck::Status::Yes, message};
}

CapabilityCheck no(const QString& message)
{
    return {CapabilityCheck::Status::No, message};
}

CapabilityCheck skipped(const QString& message)
{
    return {CapabilityCheck::Status::Skipped, message};
}

// A 400 whose message names max_tokens: the host wants max_completion_tokens instead.
bool rejectsMaxTokens(const HttpResponse& response)
{
    return response.status == 400
        && (response.body.contains("max_tokens") || response.error.contains(QStringLiteral("max_tokens")));
}

void probeChat(const Connection& connection, CapabilityReport& report)
{
    ChatCompletionParams params;
    params.model = connection.settings->model;
    params.maxTokens = 1;
    params.logprobs = true;
    params.topLogprobs = 5;
    const QString prompt = QStringLiteral("Answer with one word, yes or no: is water wet?");

    HttpResponse response =
        connection.client->submit(connection.request(QStringLiteral("/chat/completions"),
                                                     OpenAiWire::chatCompletionRequest(params, prompt)))
            .get();
    if (rejectsMaxTokens(response)) {
        params.useMaxCompletionTokens = true;
        const QString firstError = response.error;
        response = connection.client
                       ->submit(connection.request(QStringLiteral("/chat/completions"),
                                                   OpenAiWire::chatCompletionRequest(params, prompt)))
                       .get();
        report.maxCompletionTokens = response.ok()
            ? yes(CapabilityProbe::tr("max_tokens is rejected (%1); max_completion_tokens works").arg(firstError))
            : no(CapabilityProbe::tr("max_tokens is rejected and max_completion_tokens fails too"));
    } else if (response.ok()) {
        report.maxCompletionTokens = no(CapabilityProbe::tr("max_tokens is accepted"));
    }
    if (!response.ok()) {
        report.chat = no(response.error);
        if (report.maxCompletionTokens.status == CapabilityCheck::Status::Skipped)
            report.maxCompletionTokens = skipped(CapabilityProbe::tr("chat completions failed"));
        report.logprobs = skipped(CapabilityProbe::tr("chat completions failed"));
        return;
    }
    ChatReply reply;
    try {
        reply = OpenAiWire::parseChatCompletion(response.body);
    } catch (const TareError& error) {
        report.chat = no(CapabilityProbe::tr("malformed reply: %1").arg(error.message()));
        report.logprobs = skipped(CapabilityProbe::tr("chat completions failed"));
        return;
    }
    report.chat = yes(CapabilityProbe::tr("replied '%1'").arg(reply.content.left(40)));
    // The shape the yes/no judge reads: top alternatives of the generated tokens. A server that
    // accepts "logprobs" but drops them answers 200 all the same, so only the reply tells.
    if (!reply.hasLogprobs) {
        report.logprobs = no(CapabilityProbe::tr("the reply carries no logprobs although they were asked for; "
                                                 "llm-yesno would fall back to reading the text (degraded)"));
    } else if (reply.topLogprobs.first().size() < 2) {
        report.logprobs = no(CapabilityProbe::tr("the reply carries the chosen token's logprob only, no top_logprobs "
                                                 "alternatives"));
    } else {
        report.logprobs = yes(CapabilityProbe::tr("%n alternative(s) for the first token", nullptr,
                                                  int(reply.topLogprobs.first().size())));
    }
}

} // namespace

QString CapabilityCheck::statusName() const
{
    static constexpr EnumNames<Status, 2> names({{{Status::Yes, u"yes"}, {Status::No, u"no"}}});
    return names.name(status, u"skipped");
}

QStringList CapabilityReport::judgeModes() const
{
    QStringList modes;
    if (chat.yes() && logprobs.yes())
        modes.append(QStringLiteral("llm-yesno"));
    if (chat.yes())
        modes.append(QStringLiteral("llm-rating"));
    if (rerankTei.yes())
        modes.append(QStringLiteral("rerank"));
    if (rerankCohere.yes())
        modes.append(QStringLiteral("rerank-cohere"));
    return modes;
}

CapabilityReport CapabilityProbe::probe(const CapabilityProbeSettings& settings)
{
    if (settings.baseUrl.isEmpty() || !QUrl(settings.baseUrl).isValid()
        || !QUrl(settings.baseUrl).scheme().startsWith(QStringLiteral("http")))
        throw TareError(TareError::Kind::Usage, tr("the probe needs an http:// or https:// endpoint URL"));
    EndpointUrl::checkNoCredentials(settings.baseUrl);
    CapabilityReport report;
    report.baseUrl = EndpointUrl::publicUrl(settings.baseUrl);
    report.model = settings.model;

    HttpClientOptions options;
    options.maxAttempts = std::max(1, settings.maxAttempts);
    options.initialBackoffMs = 250;
    options.maxBackoffMs = 2000;
    options.maxRetryAfterMs = 5000;
    HttpClient client(options);
    const Connection connection{&client, settings.baseUrl, ApiKey::fromEnvironment(settings.apiKeyEnv), &settings};

    // Chat first and alone: its retry depends on its answer, and tests queue faults in arrival order.
    if (settings.model.isEmpty()) {
        const QString why = tr("no model given");
        report.chat = skipped(why);
        report.logprobs = skipped(why);
        report.maxCompletionTokens = skipped(why);
        report.embeddings = skipped(why);
    } else {
        probeChat(connection, report);
    }

    const QString query = QStringLiteral("What is Tare?");
    const QStringList texts{QStringLiteral("Tare refines queries with relevance feedback."),
                            QStringLiteral("A second, unrelated text about the weather.")};
    std::future<HttpResponse> embeddings;
    if (!settings.model.isEmpty())
        embeddings = client.submit(
            connection.request(QStringLiteral("/embeddings"), OpenAiWire::embeddingsRequest(settings.model, texts)));
    std::future<HttpResponse> tei = client.submit(connection.request(
        QStringLiteral("/rerank"), OpenAiWire::rerankRequest(OpenAiWire::RerankShape::Tei, settings.model, query, texts)));
    std::future<HttpResponse> cohere = client.submit(connection.request(
        QStringLiteral("/rerank"), OpenAiWire::rerankRequest(OpenAiWire::RerankShape::Cohere, settings.model, query, texts)));

    if (embeddings.valid()) {
        const HttpResponse response = embeddings.get();
        if (!response.ok()) {
            report.embeddings = no(response.error);
        } else {
            try {
                const auto vectors = OpenAiWire::parseEmbeddings(response.body, texts.size());
                report.embeddingDim = int(vectors.front().size());
                report.embeddings = yes(tr("dimension %1").arg(report.embeddingDim));
            } catch (const TareError& error) {
                report.embeddings = no(tr("malformed reply: %1").arg(error.message()));
            }
        }
    }
    // Each rerank shape counts only when the answer has that shape.
    const auto rerank = [&texts](const HttpResponse& response, bool wantList) {
        if (!response.ok())
            return no(response.error);
        try {
            OpenAiWire::parseRerank(response.body, texts.size());
        } catch (const TareError& error) {
            return no(tr("malformed reply: %1").arg(error.message()));
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isArray() != wantList)
            return no(wantList ? tr("the server answers in the Cohere shape") : tr("the server answers in the TEI shape"));
        return yes(tr("scores for %n document(s)", nullptr, int(texts.size())));
    };
    report.rerankTei = rerank(tei.get(), true);
    report.rerankCohere = rerank(cohere.get(), false);
    return report;
}

QString CapabilityProbe::describe(const CapabilityReport& report)
{
    QString text = report.model.isEmpty() ? tr("Endpoint %1 (no model given)\n").arg(report.baseUrl)
                                          : tr("Endpoint %1, model %2\n").arg(report.baseUrl, report.model);
    const auto line = [&text](const QString& name, const CapabilityCheck& check) {
        text += QStringLiteral("  %1  %2  %3\n").arg(name, -28).arg(check.statusName(), -7).arg(check.message);
    };
    line(tr("chat completions"), report.chat);
    line(tr("logprobs"), report.logprobs);
    line(tr("wants max_completion_tokens"), report.maxCompletionTokens);
    line(tr("embeddings"), report.embeddings);
    line(tr("rerank (TEI shape)"), report.rerankTei);
    line(tr("rerank (Cohere shape)"), report.rerankCohere);
    const QStringList modes = report.judgeModes();
    text += tr("Judge modes: %1\n").arg(modes.isEmpty() ? tr("none") : modes.join(QStringLiteral(", ")));
    text += report.embeddings.yes() ? tr("Embedding spaces: --space openai (dimension %1)\n").arg(report.embeddingDim)
                                    : tr("Embedding spaces: none\n");
    return text;
}

} // namespace tare
