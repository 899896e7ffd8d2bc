// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/annotationqueue.h"

#include "core/db/projectstore.h"
#include "core/feedback/feedbackinspection.h"
#include "core/util/tareerror.h"

#include <cmath>

namespace tare {

namespace {

bool relevantDecision(double score)
{
    return score >= 0.5;
}

} // namespace

std::optional<double> AnnotationItem::label(qint64 annotatorJudgeId) const
{
    const auto it = labels.constFind(annotatorJudgeId);
    return it == labels.constEnd() ? std::nullopt : std::optional<double>(*it);
}

AnnotationQueue AnnotationQueue::load(ProjectStore& store, qint64 runId)
{
    const auto run = store.runs().find(runId);
    if (!run)
        throw TareError(TareError::Kind::Usage, tr("no run with id %1").arg(runId));
    AnnotationQueue queue;
    queue.runId = runId;
    queue.datasetId = run->datasetId;
    queue.judgeId = run->judgeId;
    if (const auto judge = store.judgments().judge(run->judgeId)) {
        queue.judgeName = judge->identity;
        queue.judgeKind = judge->kind;
    }
    queue.annotators = HumanJudgmentStore::annotators(store);

    QHash<qint64, QueryRecord> queryRecords;
    for (const QueryRecord& query : store.datasets().queries(run->datasetId))
        queryRecords.insert(query.id, query);
    // Every person's labels over the dataset, once per annotator.
    QList<QHash<QPair<qint64, qint64>, JudgmentRecord>> labels;
    for (const Annotator& annotator : std::as_const(queue.annotators))
        labels.append(store.judgments().latest(annotator.judgeId, run->datasetId));

    for (const RunQueryRecord& record : store.runs().queries(runId, false)) {
        if (!record.finished())
            continue;
        const QueryRecord query = queryRecords.value(record.queryId);
        queue.queries.append({record.queryId, query.extId, query.text, record.apBefore, record.apAfter});
        const QHash<qint64, JudgmentRecord> judged = store.judgments().latestForQuery(run->judgeId, record.queryId);
        const QHash<qint64, JudgmentReason> reasons = store.judgments().reasonsForQuery(run->judgeId, record.queryId);
        int selection = 0;
        for (const JudgedDocument& document : record.judged) {
            AnnotationItem item;
            item.queryId = record.queryId;
            item.documentId = document.documentId;
            item.extId = document.extId;
            item.selection = selection++;
            item.rankBefore = document.rankBefore;
            item.rankAfter = document.rankAfter;
            item.grade = document.grade;
            item.score = document.score;
            item.status = document.status;
            if (const auto stored = store.datasets().document(document.documentId)) {
                item.title = stored->title;
                item.text = stored->text;
            }
            const auto judgment = judged.constFind(document.documentId);
            if (judgment != judged.constEnd()) {
                item.judgmentId = judgment->id;
                item.prompt = judgment->prompt;
                item.rawResponse = judgment->rawResponse;
                item.error = judgment->error;
                item.topTokens = FeedbackInspection::topTokens(judgment->rawResponse);
                const auto reason = reasons.constFind(judgment->id);
                if (reason != reasons.constEnd())
                    item.reason = *reason;
            }
            for (qsizetype a = 0; a < queue.annotators.size(); ++a) {
                const auto label = labels[a].constFind({record.queryId, document.documentId});
                if (label != labels[a].constEnd() && label->score)
                    item.labels.insert(queue.annotators[a].judgeId, *label->score);
            }
            queue.items.append(std::move(item));
        }
    }
    return queue;
}

QList<int> AnnotationQueue::itemsOfQuery(qint64 queryId) const
{
    QList<int> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].queryId == queryId)
            result.append(int(i));
    }
    return result;
}

const AnnotationQuery* AnnotationQueue::query(qint64 queryId) const
{
    for (const AnnotationQuery& query : queries) {
        if (query.id == queryId)
            return &query;
    }
    return nullptr;
}

const Annotator* AnnotationQueue::annotator(qint64 judgeId) const
{
    for (const Annotator& annotator : annotators) {
        if (annotator.judgeId == judgeId)
            return &annotator;
    }
    return nullptr;
}

QList<qint64> AnnotationQueue::people() const
{
    QList<qint64> result;
    for (const Annotator& annotator : annotators) {
        if (!annotator.adjudication)
            result.append(annotator.judgeId);
    }
    return result;
}

std::optional<double> AnnotationQueue::consensus(const AnnotationItem& item) const
{
    int count = 0, relevant = 0;
    double sum = 0.0;
    for (qint64 person : people()) {
        if (const auto label = item.label(person)) {
            ++count;
            relevant += relevantDecision(*label);
            sum += *label;
        }
    }
    if (count == 0 || (relevant != 0 && relevant != count))
        return std::nullopt;
    return sum / count;
}

std::optional<double> AnnotationQueue::effectiveScore(const AnnotationItem& item, qint64 annotatorJudgeId, bool* byPerson) const
{
    std::optional<double> score = item.label(annotatorJudgeId);
    const Annotator* who = annotator(annotatorJudgeId);
    if (!score && who && who->adjudication)
        score = consensus(item);
    if (byPerson)
        *byPerson = score.has_value();
    return score ? score : item.score;
}

AnnotationFlags AnnotationQueue::flags(const AnnotationItem& item, qint64 annotatorJudgeId, double unsureMargin) const
{
    AnnotationFlags result;
    const std::optional<double> inForce = effectiveScore(item, annotatorJudgeId);
    if (inForce && relevantDecision(*inForce) != (item.grade > 0))
        result |= AnnotationFlag::JudgeDisagrees;
    int labelled = 0, relevant = 0;
    for (qint64 person : people()) {
        if (const auto label = item.label(person)) {
            ++labelled;
            relevant += relevantDecision(*label);
        }
    }
    if (relevant > 0 && relevant < labelled)
        result |= AnnotationFlag::PeopleDisagree;
    if (item.score && std::abs(*item.score - 0.5) < unsureMargin)
        result |= AnnotationFlag::Unsure;
    if (!item.labels.contains(annotatorJudgeId))
        result |= AnnotationFlag::Unlabelled;
    return result;
}

QString AnnotationQueue::labelText(double score)
{
    if (score == 1.0)
        return QStringLiteral("Y");
    if (score == 0.0)
        return QStringLiteral("N");
    const double digit = score * 9.0;
    if (std::abs(digit - std::round(digit)) < 1e-9)
        return QString::number(int(std::lround(digit)));
    return QString::number(score, 'f', 2);
}

} // namespace tare
