// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace tare {

struct AnnotationQueue;

/// One rater in the agreement table: a person, the run's judge, or gold.
struct AgreementRater
{
    enum class Kind
    {
        Person,
        Judge,
        Gold,
    };

    Kind kind = Kind::Person;
    qint64 judgeId = 0; ///< people and the judge
    QString name;
};

/// How far the people who labelled a run's judged documents agree with each other, with the
/// run's judge and with gold. Pairwise: Cohen's κ of every two raters' relevance decisions (a
/// label or score ≥ 0.5, a grade > 0) over the documents both rated. Among the people (the
/// adjudication is not a rater): Fleiss' κ of their decisions and Krippendorff's α, nominal on
/// the decisions and ordinal on the labels themselves (N < 1 < … < 8 < Y), over the documents
/// at least two of them labelled. A plain value; compute() is pure.
struct AnnotationAgreement
{
    Q_DECLARE_TR_FUNCTIONS(tare::AnnotationAgreement)

public:
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    QList<AgreementRater> raters;             ///< the people, then the judge, then gold
    std::vector<std::vector<double>> kappa;   ///< raters × raters, symmetric; NaN without shared documents
    std::vector<std::vector<qint64>> shared;  ///< documents both rated
    std::vector<qint64> rated;                ///< documents each rater rated
    double fleissKappa = nan;
    double alphaNominal = nan;
    double alphaOrdinal = nan;
    qint64 multiplyLabelled = 0; ///< documents two or more people labelled

    /// Over the queue's items at these indices (all items when empty).
    static AnnotationAgreement compute(const AnnotationQueue& queue, const QList<int>& items = {});

    /// The κ between two raters found by their kind and judge id; NaN when either is missing.
    double kappaBetween(AgreementRater::Kind a, qint64 aJudgeId, AgreementRater::Kind b, qint64 bJudgeId) const;
};

} // namespace tare
