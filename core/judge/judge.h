// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tare {

/// One (query, document) pair to judge, with the texts a model-based judge needs.
struct JudgeRequest
{
    qint64 queryId = 0;
    qint64 documentId = 0;
    QString queryText;
    QString instruction;
    QString documentText;
};

/// What a judge said about one pair: a score, or a failure with its reason.
struct JudgeOutcome
{
    QString status = QStringLiteral("ok"); ///< ok, degraded (e.g. read from text without logprobs), failed
    std::optional<double> score;
    QString error;
    QString prompt;
    QString rawResponse;
    double latencyMs = 0.0;
};

/// Scores (query, document) pairs: gold labels, a simulation of a noisy judge, an LLM, a
/// reranker. The run engine caches every outcome under info().identity, so a judge is only asked
/// for pairs it never answered. judge() blocks its caller and may work concurrently inside (HTTP
/// judges keep many requests in flight); implementations are thread-safe, since the engine's
/// worker threads call it at once for different queries.
class Judge
{
public:
    virtual ~Judge();

    /// Identity (the cache key: everything that changes an answer, never a secret), kind and name.
    virtual JudgeInfo info() const = 0;

    /// Judges a batch; returns one outcome per request, in order. `cancelled` (may be empty) is
    /// polled; on cancellation the judge throws TareError(Cancelled).
    virtual QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) = 0;

    /// Whether requests must carry texts (model-based judges) or ids suffice (gold, simulated).
    virtual bool needsTexts() const { return false; }

    /// The part of a server's response body that is stored with a judgment: its start, cut with a
    /// note past MaxStoredResponseBytes (the whole of it is never needed to see what went wrong).
    static QString storedResponse(const QByteArray& body);
    static constexpr qsizetype MaxStoredResponseBytes = 64 * 1024;

    /// `outcome` as it may be stored and used: a score that is not a finite number (from any
    /// judge) turns the outcome into a failure with that reason, so it never reaches the
    /// refinement and never breaks the batch it came with.
    static JudgeOutcome checked(JudgeOutcome outcome);

protected:
    /// For the offline judges: one outcome per request, in order, scored by `score(queryId, documentId)`.
    static QList<JudgeOutcome> scoreEach(const QList<JudgeRequest>& batch, const std::function<double(qint64, qint64)>& score);
};

} // namespace tare
