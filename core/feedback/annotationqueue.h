// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/humanjudgmentstore.h"
#include "core/db/projecttypes.h"

#include <QCoreApplication>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>
#include <vector>

namespace tare {

class ProjectStore;

/// One judged document of one query of a run, as the annotator's queue shows it: where the run
/// ranked it, what the run's judge said (score, raw response, top tokens, a reason if one was
/// asked for), its gold grade and every annotator's label in force.
struct AnnotationItem
{
    qint64 queryId = 0;
    qint64 documentId = 0;
    QString extId;
    QString title;
    QString text;
    int selection = 0;            ///< its place among the query's judged documents (the refiner's order)
    int rankBefore = 0;           ///< in the run, under the initial query (1-based)
    int rankAfter = 0;            ///< in the run, under the refined query
    int grade = 0;                ///< gold (0 when unlabelled)
    std::optional<double> score;  ///< the run judge's score (empty when it failed)
    QString status;               ///< of the judgment: ok, degraded, failed
    qint64 judgmentId = 0;        ///< the run judge's judgment in force (0: none stored)
    QString prompt;
    QString rawResponse;
    QString error;
    /// For chat judges with logprobs: the first generated token's top alternatives with their
    /// probabilities, most likely first.
    QList<QPair<QString, double>> topTokens;
    std::optional<JudgmentReason> reason; ///< the judge's one-sentence reason, if asked for
    QHash<qint64, double> labels;         ///< annotator judge id -> their label in force (0..1)

    std::optional<double> label(qint64 annotatorJudgeId) const;
};

/// Why an item is in the queue.
enum class AnnotationFlag
{
    JudgeDisagrees = 0x1, ///< the decision in force (the annotator's label, else the judge's score ≥ 0.5) differs from gold (grade > 0)
    PeopleDisagree = 0x2, ///< two annotators' decisions differ
    Unsure = 0x4,         ///< the judge's score is near 0.5
    Unlabelled = 0x8,     ///< the annotator has not labelled it
};
Q_DECLARE_FLAGS(AnnotationFlags, AnnotationFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(AnnotationFlags)

/// A query of the queue's run.
struct AnnotationQuery
{
    qint64 id = 0;
    QString extId;
    QString text;
    double apBefore = 0.0;
    double apAfter = 0.0;
};

/// The annotator's queue over one run: every judged document of every finished query, in query
/// order and then in the order the engine selected them, with the run judge's answers, gold and
/// the labels of every annotator. Which items need a person — the judge disagrees with gold,
/// annotators disagree, the judge is unsure, the annotator has not labelled yet — is flags();
/// which score re-refining uses is effectiveScore() (the annotator's label over the judge's; for
/// the adjudication its label, else the people's consensus, else the judge's).
///
/// A plain value: load() runs on a worker with its own ProjectStore; the rest is pure.
struct AnnotationQueue
{
    Q_DECLARE_TR_FUNCTIONS(tare::AnnotationQueue)

public:
    static constexpr double defaultUnsureMargin = 0.15; ///< unsure: |score − 0.5| < margin

    qint64 runId = 0;
    qint64 datasetId = 0;
    qint64 judgeId = 0;          ///< the run's judge
    QString judgeName;
    QString judgeKind;           ///< gold, simulated, llm, reranker, human
    QList<Annotator> annotators; ///< every annotator the project knows, the adjudication last
    QList<AnnotationQuery> queries;
    QList<AnnotationItem> items;

    /// Loads a run's queue. Throws TareError(Usage) for an unknown run.
    static AnnotationQueue load(ProjectStore& store, qint64 runId);

    /// The items of one query, in selection order (indices into items).
    QList<int> itemsOfQuery(qint64 queryId) const;
    const AnnotationQuery* query(qint64 queryId) const;
    const Annotator* annotator(qint64 judgeId) const;
    /// The judge ids of the people (annotators without the adjudication).
    QList<qint64> people() const;

    /// Why an item needs the attention of this annotator (a person's or the adjudication's
    /// judge id).
    AnnotationFlags flags(const AnnotationItem& item, qint64 annotatorJudgeId, double unsureMargin = defaultUnsureMargin) const;
    /// The score re-refining uses for an item with this annotator's labels (see above); empty
    /// when neither a label nor a judge's score exists. `byPerson` tells whether it is a label.
    std::optional<double> effectiveScore(const AnnotationItem& item, qint64 annotatorJudgeId, bool* byPerson = nullptr) const;
    /// The people's consensus on an item: their common label (the mean when they agree on the
    /// decision but not the digit); empty when fewer than one person labelled it or their
    /// decisions differ.
    std::optional<double> consensus(const AnnotationItem& item) const;

    /// A label as a person reads it: Y (1), N (0) or the digit d of d/9.
    static QString labelText(double score);
};

} // namespace tare

Q_DECLARE_METATYPE(tare::AnnotationFlags)
