// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/openaiembedder.h"
#include "core/net/apikey.h"

#include "core/net/endpointurl.h"
#include "core/net/httpclient.h"
#include "core/net/openaiwire.h"
#include "core/util/tareerror.h"

namespace tare {

OpenAiEmbedder::OpenAiEmbedder(OpenAiEmbedderSettings settings)
    : m_settings(std::move(settings))
{
    EndpointUrl::checkEndpoint(m_settings.baseUrl, tr("the embeddings client needs an endpoint URL"));
    if (m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("the embeddings client needs a model name"));
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    m_settings.maxBatchCount = std::max(1, m_settings.maxBatchCount);
    m_settings.maxBatchChars = std::max(1, m_settings.maxBatchChars);
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_client = std::make_unique<HttpClient>(HttpClientOptions::limited(m_settings.concurrency, m_settings.maxAttempts));
}

OpenAiEmbedder::~OpenAiEmbedder() = default;

QString OpenAiEmbedder::identity() const
{
    QStringList parts{QStringLiteral("openai-embeddings"), m_settings.provider, EndpointUrl::publicUrl(m_settings.baseUrl),
                      m_settings.model};
    if (m_settings.dimensions > 0)
        parts.append(u"dimensions=" % QString::number(m_settings.dimensions));
    return parts.join(u'|');
}

QList<QPair<qsizetype, qsizetype>> OpenAiEmbedder::batches(const QStringList& texts, int maxCount, int maxChars)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    qsizetype begin = 0;
    qsizetype chars = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const qsizetype length = texts[i].size();
        const bool full = i - begin >= maxCount || (i > begin && chars + length > maxChars);
        if (full) {
            ranges.append({begin, i});
            begin = i;
            chars = 0;
        }
        chars += length;
    }
    if (begin < texts.size())
        ranges.append({begin, texts.size()});
    return ranges;
}

std::vector<std::vector<float>> OpenAiEmbedder::embed(const QStringList& texts, const ProgressSink& sink)
{
    const QString url = EndpointUrl::join(m_settings.baseUrl, QStringLiteral("/embeddings"));
    const QList<QPair<qsizetype, qsizetype>> ranges = batches(texts, m_settings.maxBatchCount, m_settings.maxBatchChars);

    std::vector<std::vector<float>> vectors(static_cast<size_t>(texts.size()));
    qsizetype dim = m_settings.expectedDim > 0 ? m_settings.expectedDim : -1;
    qsizetype done = 0;
    // Waves of a few requests per connection: progress moves, and cancellation is checked between waves too.
    const qsizetype wave = qsizetype(m_settings.concurrency) * 2;
    for (qsizetype first = 0; first < ranges.size(); first += wave) {
        if (sink.isCancelled())
            throw TareError(TareError::Kind::Cancelled, tr("cancelled"));
        const qsizetype last = std::min(ranges.size(), first + wave);
        QList<HttpRequest> requests;
        for (qsizetype r = first; r < last; ++r) {
            const auto [begin, end] = ranges[r];
            // A float in JSON takes about 20 bytes; an unknown dimension may be up to 64k.
            const qint64 dimension = dim > 0 ? qint64(dim) : qint64(65536);
            const qint64 maxResponseBytes = std::clamp<qint64>(qint64(end - begin) * dimension * 32 + (qint64(1) << 20),
                                                               HttpRequest::DefaultMaxResponseBytes, qint64(1) << 30);
            requests.append(HttpRequest::jsonPost(
                url, m_apiKey, OpenAiWire::embeddingsRequest(m_settings.model, texts.mid(begin, end - begin), m_settings.dimensions),
                m_settings.connectTimeoutMs, m_settings.totalTimeoutMs, maxResponseBytes));
        }
        const QList<HttpResponse> responses = m_client->runBatch(requests, sink.cancelled);
        for (qsizetype r = first; r < last; ++r) {
            const auto [begin, end] = ranges[r];
            const HttpResponse& response = responses[r - first];
            if (!response.ok()) {
                throw TareError(TareError::Kind::Io,
                                tr("embedding texts %1–%2 failed: %3").arg(begin + 1).arg(end).arg(response.error));
            }
            std::vector<std::vector<float>> batch;
            try {
                batch = OpenAiWire::parseEmbeddings(response.body, end - begin);
            } catch (const TareError& error) {
                throw TareError(TareError::Kind::Io,
                                tr("embedding texts %1–%2: %3").arg(begin + 1).arg(end).arg(error.message()));
            }
            const qsizetype got = qsizetype(batch.front().size());
            if (dim < 0)
                dim = got;
            if (got != dim) {
                throw TareError(TareError::Kind::Io, tr("the model returned %1-dimensional vectors, the space has %2")
                                                         .arg(got)
                                                         .arg(dim));
            }
            for (qsizetype k = 0; k < end - begin; ++k)
                vectors[size_t(begin + k)] = std::move(batch[size_t(k)]);
            done += end - begin;
        }
        sink.report(done, texts.size(), tr("embedding"));
    }
    return vectors;
}

} // namespace tare
