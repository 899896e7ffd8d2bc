// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/rerankjudge.h"
#include "core/net/apikey.h"

#include "core/net/endpointurl.h"
#include "core/net/prompttemplate.h"
#include "core/net/httpclient.h"
#include "core/util/tareerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare {

RerankJudge::RerankJudge(RerankJudgeSettings settings)
    : m_settings(std::move(settings))
{
    EndpointUrl::checkEndpoint(m_settings.baseUrl, tr("the reranker judge needs an endpoint URL"));
    if (m_settings.shape == OpenAiWire::RerankShape::Cohere && m_settings.model.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("the reranker judge needs a model name"));
    m_apiKey = ApiKey::fromEnvironment(m_settings.apiKeyEnv);
    m_settings.maxDocumentsPerRequest = std::max(1, m_settings.maxDocumentsPerRequest);
    m_client = std::make_unique<HttpClient>(HttpClientOptions::limited(m_settings.concurrency, m_settings.maxAttempts));
}

RerankJudge::~RerankJudge() = default;

JudgeInfo RerankJudge::info() const
{
    const QString shape = m_settings.shape == OpenAiWire::RerankShape::Tei ? QStringLiteral("tei")
                                                                            : QStringLiteral("cohere");
    JudgeInfo info;
    info.kind = QStringLiteral("reranker");
    info.name = u"reranker " % (m_settings.model.isEmpty() ? EndpointUrl::publicUrl(m_settings.baseUrl) : m_settings.model);
    QStringList parts{QStringLiteral("rerank"), shape, m_settings.provider, EndpointUrl::publicUrl(m_settings.baseUrl),
                      m_settings.model, u"query=" % m_settings.queryTemplate};
    const bool usesInstruction = m_settings.queryTemplate.contains(u"{instruction}") || m_settings.queryTemplate.contains(u"{task}");
    if (usesInstruction && !m_settings.taskInstruction.isEmpty())
        parts.append(u"task="
                     % QString::fromLatin1(QCryptographicHash::hash(m_settings.taskInstruction.toUtf8(), QCryptographicHash::Sha256)
                                               .toHex()
                                               .left(16)));
    if (m_settings.rawScores)
        parts.append(QStringLiteral("scores=raw"));
    info.identity = parts.join(u'|');
    info.paramsJson = QJsonDocument(QJsonObject{{QStringLiteral("shape"), shape},
                                                {QStringLiteral("provider"), m_settings.provider},
                                                {QStringLiteral("endpoint"), EndpointUrl::publicUrl(m_settings.baseUrl)},
                                                {QStringLiteral("model"), m_settings.model},
                                                {QStringLiteral("query_template"), m_settings.queryTemplate},
                                                {QStringLiteral("scores"), m_settings.rawScores ? QStringLiteral("raw")
                                                                                                 : QStringLiteral("sigmoid")}})
                          .toJson(QJsonDocument::Compact);
    return info;
}

QString RerankJudge::renderQuery(const JudgeRequest& request) const
{
    // The task instruction comes from the judge's dataset, never from the request.
    return PromptTemplate::render(m_settings.queryTemplate, request.queryText, {}, m_settings.taskInstruction);
}

QList<JudgeOutcome> RerankJudge::judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled)
{
    const QString url = EndpointUrl::join(m_settings.baseUrl, QStringLiteral("/rerank"));

    // Group by query (in order of first appearance), then cut each group into requests.
    struct Group
    {
        QString query;
        QList<qsizetype> members; ///< indices into batch
    };
    QList<Group> groups;
    QHash<QPair<qint64, QString>, qsizetype> groupOf;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QString query = renderQuery(batch[i]);
        const QPair<qint64, QString> key{batch[i].queryId, query};
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, groups.size());
            groups.append({query, {}});
        }
        Group& group = groups[*it];
        if (group.members.size() >= m_settings.maxDocumentsPerRequest) {
            // Full: start a new group with the same query so each request stays within the limit.
            groupOf[key] = groups.size();
            groups.append({query, {}});
        }
        groups[groupOf[key]].members.append(i);
    }

    QList<HttpRequest> requests;
    requests.reserve(groups.size());
    for (const Group& group : std::as_const(groups)) {
        QStringList documents;
        for (qsizetype index : group.members)
            documents.append(batch[index].documentText);
        requests.append(HttpRequest::jsonPost(
            url, m_apiKey, OpenAiWire::rerankRequest(m_settings.shape, m_settings.model, group.query, documents, m_settings.rawScores),
            m_settings.connectTimeoutMs, m_settings.totalTimeoutMs, MaxResponseBytes));
    }

    const QList<HttpResponse> responses = m_client->runBatch(requests, cancelled);

    QList<JudgeOutcome> outcomes(batch.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group& group = groups[g];
        const HttpResponse& response = responses[g];
        QList<double> scores;
        QString error = response.error;
        if (response.ok()) {
            try {
                scores = OpenAiWire::parseRerank(response.body, group.members.size());
            } catch (const TareError& parseError) {
                error = parseError.message();
            }
        }
        for (qsizetype k = 0; k < group.members.size(); ++k) {
            JudgeOutcome& outcome = outcomes[group.members[k]];
            outcome.prompt = group.query;
            outcome.rawResponse = Judge::storedResponse(response.body);
            outcome.latencyMs = response.latencyMs;
            if (error.isEmpty()) {
                outcome.status = QStringLiteral("ok");
                outcome.score = scores[k];
            } else {
                outcome.status = QStringLiteral("failed");
                outcome.error = error;
            }
            outcome = checked(outcome);
        }
    }
    return outcomes;
}

} // namespace tare
