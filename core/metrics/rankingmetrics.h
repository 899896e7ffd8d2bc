// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrics/thresholdcounts.h"

#include <QByteArray>
#include <QtGlobal>

#include <bit>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace tare {

/// The metrics of one query's ranking. The member names carry the default cutoffs; the cutoffs
/// actually used are the ones in RankingMetrics::Options.
struct QueryMetrics
{
    double ap = 0.0;        ///< average precision (trec_eval `map`)
    double ndcg10 = 0.0;    ///< nDCG at the nDCG cutoff, gain = grade (trec_eval `ndcg_cut`)
    double p10 = 0.0;       ///< precision at the precision cutoff, always divided by the cutoff (`P`)
    double recall100 = 0.0; ///< recall at the recall cutoff (`recall`); 0 when the query has no relevant document
    double rr = 0.0;        ///< reciprocal rank of the first relevant document (`recip_rank`); 0 if none
    /// ROC AUC over the retrieved list (relevant = grade >= relevance level, everything else, unjudged
    /// included, is non-relevant; tied scores count 1/2). NaN when the retrieved list has no
    /// relevant or no non-relevant document.
    double auc = std::numeric_limits<double>::quiet_NaN();
    qint64 numRetrieved = 0;         ///< documents in the ranking
    qint64 numRelevant = 0;          ///< R: qrels entries with grade >= relevance level, retrieved or not
    qint64 numRelevantRetrieved = 0; ///< relevant documents anywhere in the ranking

    /// True when auc is defined (the ranking holds relevant and non-relevant documents).
    bool hasAuc() const { return !std::isnan(auc); }
};

/// Cutoffs and relevance level (trec_eval `-l`) of RankingMetrics. Cutoffs must be >= 1.
struct RankingOptions
{
    int ndcgCutoff = 10;
    int precisionCutoff = 10;
    int recallCutoff = 100;
    int relevanceLevel = 1;
};

/// Ranks one query's candidates the way trec_eval 10.0 does and computes its measures (AP, nDCG@k
/// with linear gain, P@k, Recall@k, reciprocal rank) plus ROC AUC over the ranking.
///
/// Ranking: score descending; equal scores are ordered by docno in *descending* byte order
/// (trec_eval's `strcmp(p2, p1)`), so `e0 > d9 > d100 > d10 > D5`. -0.0 ties with +0.0, and NaN
/// scores rank after every number (trec_eval's order for NaN is undefined).
///
/// Two entry points: a string path (Candidate with a docno) used for TREC files, and a fast path for
/// the engine that works on float scores with a per-candidate tie-break rank computed once per
/// candidate set (no string compares, no per-element allocation). Both give the same order. The
/// fast path does not sort the candidates at all: every measure here depends only on the ranks of
/// the documents with a positive grade, so evaluateFast() finds those ranks by counting, in one pass
/// (ThresholdCounts), how many candidates rank above each of them: O(N + R log R) for N candidates
/// of which R carry a grade, instead of sorting N.
///
/// All functions are static and pure (reentrant): call them from any thread.
class RankingMetrics
{
public:
    /// Grade of a retrieved document that is not in the qrels (trec_eval's -1, "not in pool").
    static constexpr int Unjudged = std::numeric_limits<int>::min();

    using Options = RankingOptions;

    /// One retrieved document. docno is compared as bytes; convert a QString with toUtf8() so the
    /// tie-break matches trec_eval on the file's bytes.
    struct Candidate
    {
        double score = 0.0;
        QByteArray docno;
        int grade = Unjudged; ///< qrels grade, negative = judged but unassessed, Unjudged = not in qrels
    };

    /// Scratch buffers of the fast path. Keep one per thread and pass it again to avoid reallocation.
    struct Workspace
    {
        std::vector<quint64> keys;
        std::vector<quint64> keyScratch;
        std::vector<quint32> indexAtTieRank;
        std::vector<quint32> order; ///< rankFast(): candidate indices, best first
        std::vector<int> rankedGrades;
        std::vector<float> rankedScores;
        std::vector<std::pair<quint64, int>> graded; ///< evaluateFast(): (rank key, grade) of the graded candidates
        std::vector<quint64> thresholds;
        ThresholdCounts counts;
    };

    /// Indices of candidates in trec_eval order (best first).
    static std::vector<qsizetype> rank(std::span<const Candidate> candidates);

    /// Ranks candidates and evaluates them. qrelsGrades are all qrels grades of the query (retrieved
    /// or not): they give R and the ideal DCG.
    static QueryMetrics evaluate(std::span<const Candidate> candidates, std::span<const int> qrelsGrades,
                                 const Options& options = {});

    /// Evaluates a ranking that is already in order: rankedGrades[i] and rankedScores[i] belong to
    /// rank i + 1. The scores only serve to find ties for the AUC.
    static QueryMetrics evaluateRanked(std::span<const int> rankedGrades, std::span<const double> rankedScores,
                                       std::span<const int> qrelsGrades, const Options& options = {});
    /// Float overload of evaluateRanked().
    static QueryMetrics evaluateRanked(std::span<const int> rankedGrades, std::span<const float> rankedScores,
                                       std::span<const int> qrelsGrades, const Options& options = {});

    /// For a fixed candidate set: the position of each candidate in the tie-break order (docno
    /// descending, byte order), 0 first. Compute once per candidate set and reuse for every rescoring.
    /// Duplicate docnos get consecutive ranks in index order. At most 2^32 - 1 candidates.
    static std::vector<quint32> tieBreakRanks(std::span<const QByteArray> docnos);

    /// Fast ranking: fills workspace.order with candidate indices in trec_eval order, given float
    /// scores and the tieBreakRanks() of the same candidates. Packs (score, tie rank) into one 64-bit
    /// key per candidate and radix-sorts the keys: O(N), no string compares, no allocation once the
    /// workspace has grown (about 30 ms for 1,000,000 candidates here). Same order as rank() on the
    /// scores widened to double.
    static void rankFast(std::span<const float> scores, std::span<const quint32> tieBreakRanks, Workspace& workspace);

    /// Fast evaluation: the same measures as rankFast() followed by evaluateRanked() (grades[i] is
    /// candidate i's grade), bit for bit, without sorting the candidates: the ranks of the graded
    /// candidates are counted in one pass. O(N + R log R). (A relevance level below 1 makes every
    /// ungraded candidate relevant; that case falls back to sorting.) workspace.order is not filled.
    static QueryMetrics evaluateFast(std::span<const float> scores, std::span<const quint32> tieBreakRanks,
                                     std::span<const int> grades, std::span<const int> qrelsGrades,
                                     Workspace& workspace, const Options& options = {});

    /// The 1-based trec_eval ranks of a few candidates (`which`) without sorting all of them: one
    /// counting pass, O(N + k log k). ranks[i] belongs to which[i].
    static void ranksOf(std::span<const float> scores, std::span<const quint32> tieBreakRanks,
                        std::span<const qint32> which, std::vector<qint32>& ranks, Workspace& workspace);

    /// The key evaluateFast() and ranksOf() rank by, ascending = best first: the score (descending)
    /// in the high word, the tie-break rank in the low word.
    static quint64 rankKey(float score, quint32 tieBreakRank)
    {
        return (quint64(~orderedKey(score)) << 32) | tieBreakRank;
    }

    /// A key that orders doubles like `<`, with -0.0 == +0.0 and every NaN below -infinity.
    static quint64 orderedKey(double score);
    /// The same for float.
    static quint32 orderedKey(float score)
    {
        if (std::isnan(score))
            return 0;
        if (score == 0.0f)
            score = 0.0f; // -0.0 ties with +0.0
        const auto bits = std::bit_cast<quint32>(score);
        return (bits >> 31) != 0 ? ~bits : bits | (quint32(1) << 31);
    }
};

} // namespace tare
