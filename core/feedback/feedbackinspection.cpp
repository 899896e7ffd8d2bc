// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/feedbackinspection.h"

#include "core/db/projectstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/db/humanjudgmentstore.h"
#include "core/net/openaiwire.h"
#include "core/util/tareerror.h"

#include <algorithm>
#include <cmath>

namespace tare {

QList<QPair<QString, double>> FeedbackInspection::topTokens(const QString& rawResponse)
{
    QList<QPair<QString, double>> result;
    if (!rawResponse.trimmed().startsWith(u'{'))
        return result;
    try {
        const ChatReply reply = OpenAiWire::parseChatCompletion(rawResponse.toUtf8());
        if (reply.topLogprobs.isEmpty())
            return result;
        for (const auto& [token, logprob] : reply.topLogprobs.first())
            result.append({token, std::exp(logprob)});
        std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    } catch (const TareError&) {
        result.clear(); // not a chat completion: the raw text is shown as it is
    }
    return result;
}

FeedbackInspection FeedbackInspection::load(ProjectStore& store, qint64 runId, qint64 queryId)
{
    FeedbackInspection result;
    auto replay = std::make_shared<QueryReplay>(QueryReplay::load(store, runId, queryId));
    const RunRecord run = *store.runs().find(runId);
    result.runId = runId;
    result.queryId = queryId;
    for (const QueryRecord& query : store.datasets().queries(run.datasetId)) {
        if (query.id == queryId) {
            result.queryExtId = query.extId;
            result.queryText = query.text;
            break;
        }
    }
    if (const auto judge = store.judgments().judge(run.judgeId))
        result.judgeName = judge->identity;
    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (record.queryId == queryId) {
            result.apBefore = record.apBefore;
            result.apAfter = record.apAfter;
        }
    }
    if (const auto feedbackRun = HumanFeedbackRun::find(store, runId)) {
        result.feedbackRunId = *feedbackRun;
        for (const RunQueryRecord& record : store.runs().queries(*feedbackRun, false)) {
            if (record.queryId == queryId && record.finished())
                result.feedbackApAfter = record.apAfter;
        }
    }

    const QHash<qint64, JudgmentRecord> judged = store.judgments().latestForQuery(run.judgeId, queryId);
    HumanJudgmentStore humans(store);
    const QHash<qint64, JudgmentRecord> human = store.judgments().latestForQuery(humans.judgeId(), queryId);
    QHash<qint64, const ReplayJudgedDocument*> byDocument;
    for (const ReplayJudgedDocument& document : replay->judged())
        byDocument.insert(document.documentId, &document);
    // Texts of the judged documents only: a handful of rows by primary key.
    QHash<qint64, QPair<QString, QString>> texts;
    for (const ReplayJudgedDocument& document : replay->judged()) {
        if (const auto stored = store.datasets().document(document.documentId))
            texts.insert(document.documentId, {stored->title, stored->text});
    }
    for (const ReplayJudgedDocument& document : replay->judged()) {
        FeedbackItem item;
        item.documentId = document.documentId;
        item.extId = document.extId;
        item.title = texts.value(document.documentId).first;
        item.text = texts.value(document.documentId).second;
        item.rankBefore = document.rankBefore;
        item.rankAfter = document.rankAfter;
        item.grade = document.grade;
        item.score = document.score;
        item.status = document.status;
        const JudgmentRecord stored = judged.value(document.documentId);
        item.rawResponse = stored.rawResponse;
        item.error = stored.error;
        item.topTokens = topTokens(stored.rawResponse);
        const auto label = human.constFind(document.documentId);
        if (label != human.constEnd())
            item.human = label->score;
        result.items.append(std::move(item));
    }
    result.replay = std::move(replay);
    return result;
}

} // namespace tare
