// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/queryreplay.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

namespace tare {

class ProjectStore;

/// One judged document as the feedback inspector shows it.
struct FeedbackItem
{
    qint64 documentId = 0;
    QString extId;
    QString title;
    QString text;
    int rankBefore = 0;
    int rankAfter = 0;
    int grade = 0;                  ///< gold grade (0 when unlabelled)
    std::optional<double> score;    ///< the run's judge score (empty when it failed)
    QString status;                 ///< ok, degraded, failed
    QString rawResponse;            ///< as the judge returned it (empty for gold and simulated judges)
    QString error;
    /// For chat judges with logprobs: the first generated token's top alternatives with their
    /// probabilities (not log-probabilities), most likely first.
    QList<QPair<QString, double>> topTokens;
    std::optional<double> human;    ///< the person's current label, if any
};

/// Everything the feedback inspector needs for one query of a run: the judged documents in the
/// engine's order with their texts, the run judge's stored answers (raw response, top tokens)
/// and the person's labels, plus the QueryReplay that re-refines with changed feedback. A plain
/// value: load() runs on a worker thread with its own ProjectStore.
struct FeedbackInspection
{
    Q_DECLARE_TR_FUNCTIONS(tare::FeedbackInspection)

public:
    qint64 runId = 0;
    qint64 queryId = 0;
    QString queryExtId;
    QString queryText;
    QString judgeName;
    double apBefore = 0.0;
    double apAfter = 0.0;
    /// The run's derived "human feedback" run (HumanFeedbackRun; the run itself when it is one),
    /// 0 when nothing was re-refined yet, and this query's AP stored there, if it was re-refined.
    qint64 feedbackRunId = 0;
    std::optional<double> feedbackApAfter;
    QList<FeedbackItem> items;
    std::shared_ptr<const QueryReplay> replay;

    /// Throws TareError when the run or the query's result is missing or failed.
    static FeedbackInspection load(ProjectStore& store, qint64 runId, qint64 queryId);

    /// Top tokens of the first generated token of a chat completion (choices[0].logprobs.content[0]
    /// .top_logprobs), as probabilities; empty when the response has none or is not JSON.
    static QList<QPair<QString, double>> topTokens(const QString& rawResponse);
};

} // namespace tare
