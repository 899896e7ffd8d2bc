// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/rankingmetrics.h"

#include "core/util/tareerror.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>

namespace tare {

namespace {

void checkOptions(const RankingMetrics::Options& options)
{
    if (options.ndcgCutoff < 1 || options.precisionCutoff < 1 || options.recallCutoff < 1)
        throw TareError(TareError::Kind::Usage, QStringLiteral("metric cutoffs must be at least 1"));
}

// Ideal DCG as trec_eval's ndcg_cut builds it: all positive qrels grades, best first, cut at k,
// gain = grade, discount log2(rank + 1); summed in rank order (same rounding as trec_eval).
double idealDcg(std::span<const int> qrelsGrades, int cutoff)
{
    std::vector<int> positive;
    positive.reserve(qrelsGrades.size());
    for (int grade : qrelsGrades) {
        if (grade > 0)
            positive.push_back(grade);
    }
    const auto k = std::min<std::size_t>(positive.size(), static_cast<std::size_t>(cutoff));
    std::partial_sort(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(k), positive.end(),
                      std::greater<int>());
    double ideal = 0.0;
    for (std::size_t i = 0; i < k; ++i)
        ideal += static_cast<double>(positive[i]) / std::log2(static_cast<double>(i + 2));
    return ideal;
}

// The rank-order sums behind AP, RR, P@k, recall@k and nDCG@k, fed one relevant or graded
// candidate at a time with its 0-based position in the ranking; evaluateRanked() and
// evaluateFast() share them so both add the same terms in the same order.
struct RankSums
{
    const RankingMetrics::Options& options;
    int level;
    double apSum = 0.0;
    double dcg = 0.0;
    qint64 relSoFar = 0;
    qint64 relAtPrecisionCutoff = 0;
    qint64 relAtRecallCutoff = 0;

    void add(qint64 i, int grade, QueryMetrics& m)
    {
        // nDCG looks at the grade itself, whatever the relevance level (as trec_eval does).
        if (i < options.ndcgCutoff && grade > 0)
            dcg += static_cast<double>(grade) / std::log2(static_cast<double>(i + 2));
        if (grade >= level) {
            ++relSoFar;
            apSum += static_cast<double>(relSoFar) / static_cast<double>(i + 1);
            if (relSoFar == 1)
                m.rr = 1.0 / static_cast<double>(i + 1);
            if (i < options.precisionCutoff)
                ++relAtPrecisionCutoff;
            if (i < options.recallCutoff)
                ++relAtRecallCutoff;
        }
    }

    void finish(QueryMetrics& m, std::span<const int> qrelsGrades) const
    {
        m.numRelevantRetrieved = relSoFar;
        if (relSoFar > 0 && m.numRelevant > 0)
            m.ap = apSum / static_cast<double>(m.numRelevant);
        m.p10 = static_cast<double>(relAtPrecisionCutoff) / static_cast<double>(options.precisionCutoff);
        if (m.numRelevant > 0)
            m.recall100 = static_cast<double>(relAtRecallCutoff) / static_cast<double>(m.numRelevant);
        const double ideal = idealDcg(qrelsGrades, options.ndcgCutoff);
        m.ndcg10 = ideal > 0.0 ? dcg / ideal : 0.0;
    }
};

template<typename Score>
QueryMetrics evaluateRankedImpl(std::span<const int> rankedGrades, std::span<const Score> rankedScores,
                                std::span<const int> qrelsGrades, const RankingMetrics::Options& options)
{
    checkOptions(options);
    if (rankedGrades.size() != rankedScores.size())
        throw TareError(TareError::Kind::Internal, QStringLiteral("ranked grades and scores differ in length"));

    const int level = options.relevanceLevel;
    const auto n = static_cast<qint64>(rankedGrades.size());

    QueryMetrics m;
    m.numRetrieved = n;
    m.numRelevant = std::count_if(qrelsGrades.begin(), qrelsGrades.end(), [level](int g) { return g >= level; });

    RankSums sums{options, level};
    for (qint64 i = 0; i < n; ++i)
        sums.add(i, rankedGrades[static_cast<std::size_t>(i)], m);
    sums.finish(m, qrelsGrades);
    const qint64 relSoFar = sums.relSoFar;

    // AUC: walk groups of equal scores from the top; a relevant document beats every non-relevant
    // one below its group and half-beats the non-relevant ones inside it. Counted doubled, in integers.
    const qint64 numNonRelevant = n - relSoFar;
    if (relSoFar > 0 && numNonRelevant > 0) {
        qint64 nonAbove = 0;
        qint64 twiceWins = 0;
        qint64 i = 0;
        while (i < n) {
            const auto key = RankingMetrics::orderedKey(rankedScores[static_cast<std::size_t>(i)]);
            qint64 relInGroup = 0;
            qint64 nonInGroup = 0;
            qint64 j = i;
            for (; j < n; ++j) {
                const auto next = RankingMetrics::orderedKey(rankedScores[static_cast<std::size_t>(j)]);
                if (next != key) {
                    if (next > key)
                        throw TareError(TareError::Kind::Internal,
                                        QStringLiteral("evaluateRanked: scores are not in rank order"));
                    break;
                }
                if (rankedGrades[static_cast<std::size_t>(j)] >= level)
                    ++relInGroup;
                else
                    ++nonInGroup;
            }
            const qint64 nonBelow = numNonRelevant - nonAbove - nonInGroup;
            twiceWins += relInGroup * (2 * nonBelow + nonInGroup);
            nonAbove += nonInGroup;
            i = j;
        }
        m.auc = static_cast<double>(twiceWins)
                / (2.0 * static_cast<double>(relSoFar) * static_cast<double>(numNonRelevant));
    }
    return m;
}

// LSD radix sort of 64-bit keys by bytes; passes where every key has the same byte are skipped
// (the high bytes of the tie rank are zero for fewer than 2^24 candidates).
void radixSort(std::vector<quint64>& keys, std::vector<quint64>& scratch)
{
    const std::size_t n = keys.size();
    if (n < 512) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    std::array<std::array<std::size_t, 256>, 8> counts {};
    for (quint64 key : keys) {
        for (int b = 0; b < 8; ++b)
            ++counts[static_cast<std::size_t>(b)][(key >> (8 * b)) & 0xff];
    }
    scratch.resize(n);
    for (int b = 0; b < 8; ++b) {
        auto& count = counts[static_cast<std::size_t>(b)];
        const std::size_t shift = static_cast<std::size_t>(8 * b);
        if (count[(keys[0] >> shift) & 0xff] == n)
            continue;
        std::size_t offset = 0;
        for (auto& c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (quint64 key : keys)
            scratch[count[(key >> shift) & 0xff]++] = key;
        keys.swap(scratch);
    }
}

} // namespace

quint64 RankingMetrics::orderedKey(double score)
{
    if (std::isnan(score))
        return 0;
    if (score == 0.0)
        score = 0.0; // -0.0 ties with +0.0
    const auto bits = std::bit_cast<quint64>(score);
    return (bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63);
}

std::vector<qsizetype> RankingMetrics::rank(std::span<const Candidate> candidates)
{
    std::vector<quint64> keys(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        keys[i] = orderedKey(candidates[i].score);
    std::vector<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const auto ka = keys[static_cast<std::size_t>(a)];
        const auto kb = keys[static_cast<std::size_t>(b)];
        if (ka != kb)
            return ka > kb;
        // Docno descending: trec_eval's strcmp(p2->docno, p1->docno), a byte comparison.
        const int byDocno = candidates[static_cast<std::size_t>(b)].docno.compare(
            candidates[static_cast<std::size_t>(a)].docno);
        if (byDocno != 0)
            return byDocno < 0;
        return a < b;
    });
    return order;
}

QueryMetrics RankingMetrics::evaluate(std::span<const Candidate> candidates, std::span<const int> qrelsGrades,
                                      const Options& options)
{
    const auto order = rank(candidates);
    std::vector<int> grades(order.size());
    std::vector<double> scores(order.size());
    for (std::size_t p = 0; p < order.size(); ++p) {
        const Candidate& c = candidates[static_cast<std::size_t>(order[p])];
        grades[p] = c.grade;
        scores[p] = c.score;
    }
    return evaluateRanked(grades, std::span<const double>(scores), qrelsGrades, options);
}

QueryMetrics RankingMetrics::evaluateRanked(std::span<const int> rankedGrades, std::span<const double> rankedScores,
                                            std::span<const int> qrelsGrades, const Options& options)
{
    return evaluateRankedImpl(rankedGrades, rankedScores, qrelsGrades, options);
}

QueryMetrics RankingMetrics::evaluateRanked(std::span<const int> rankedGrades, std::span<const float> rankedScores,
                                            std::span<const int> qrelsGrades, const Options& options)
{
    return evaluateRankedImpl(rankedGrades, rankedScores, qrelsGrades, options);
}

std::vector<quint32> RankingMetrics::tieBreakRanks(std::span<const QByteArray> docnos)
{
    if (docnos.size() >= std::numeric_limits<quint32>::max())
        throw TareError(TareError::Kind::Usage, QStringLiteral("too many candidates for one query"));
    // Sort (view, index) pairs: the view's pointer and length sit in the array, saving an indirection
    // per comparison on large candidate sets.
    std::vector<std::pair<QByteArrayView, quint32>> order(docnos.size());
    for (std::size_t i = 0; i < docnos.size(); ++i)
        order[i] = {QByteArrayView(docnos[i]), static_cast<quint32>(i)};
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        const int byDocno = b.first.compare(a.first); // descending bytes
        if (byDocno != 0)
            return byDocno < 0;
        return a.second < b.second;
    });
    std::vector<quint32> ranks(docnos.size());
    for (std::size_t p = 0; p < order.size(); ++p)
        ranks[order[p].second] = static_cast<quint32>(p);
    return ranks;
}

void RankingMetrics::rankFast(std::span<const float> scores, std::span<const quint32> tieBreakRanks,
                              Workspace& workspace)
{
    const std::size_t n = scores.size();
    if (tieBreakRanks.size() != n)
        throw TareError(TareError::Kind::Internal,
                        QStringLiteral("rankFast: scores and tie-break ranks differ in length"));
    if (n >= std::numeric_limits<quint32>::max())
        throw TareError(TareError::Kind::Usage, QStringLiteral("too many candidates for one query"));

    constexpr quint32 none = std::numeric_limits<quint32>::max();
    workspace.indexAtTieRank.assign(n, none);
    workspace.keys.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const quint32 tie = tieBreakRanks[i];
        if (tie >= n || workspace.indexAtTieRank[tie] != none)
            throw TareError(TareError::Kind::Internal,
                            QStringLiteral("rankFast: tie-break ranks are not a permutation"));
        workspace.indexAtTieRank[tie] = static_cast<quint32>(i);
        // High word: score descending (inverted key); low word: tie-break rank ascending.
        workspace.keys[i] = (quint64(~orderedKey(scores[i])) << 32) | tie;
    }
    radixSort(workspace.keys, workspace.keyScratch);
    workspace.order.resize(n);
    for (std::size_t p = 0; p < n; ++p)
        workspace.order[p] = workspace.indexAtTieRank[static_cast<std::size_t>(workspace.keys[p] & 0xffffffffu)];
}

QueryMetrics RankingMetrics::evaluateFast(std::span<const float> scores, std::span<const quint32> tieBreakRanks,
                                          std::span<const int> grades, std::span<const int> qrelsGrades,
                                          Workspace& workspace, const Options& options)
{
    checkOptions(options);
    const std::size_t n = scores.size();
    if (grades.size() != n || tieBreakRanks.size() != n)
        throw TareError(TareError::Kind::Internal,
                        QStringLiteral("evaluateFast: scores, grades and tie-break ranks differ in length"));
    if (n >= std::numeric_limits<quint32>::max())
        throw TareError(TareError::Kind::Usage, QStringLiteral("too many candidates for one query"));
    const int level = options.relevanceLevel;
    if (level < 1) {
        // Every ungraded candidate would count as relevant: nothing to leave out, so sort.
        rankFast(scores, tieBreakRanks, workspace);
        workspace.rankedGrades.resize(n);
        workspace.rankedScores.resize(n);
        for (std::size_t p = 0; p < n; ++p) {
            const quint32 i = workspace.order[p];
            workspace.rankedGrades[p] = grades[i];
            workspace.rankedScores[p] = scores[i];
        }
        return evaluateRanked(workspace.rankedGrades, std::span<const float>(workspace.rankedScores), qrelsGrades,
                              options);
    }

    // The graded candidates (grade > 0) hold every relevant one (grade >= level >= 1) and every one
    // with an nDCG gain; all measures follow from their ranks. In rank order:
    auto& graded = workspace.graded;
    graded.clear();
    for (std::size_t i = 0; i < n; ++i) {
        if (grades[i] > 0)
            graded.emplace_back(rankKey(scores[i], tieBreakRanks[i]), grades[i]);
    }
    std::sort(graded.begin(), graded.end());

    // Thresholds: each graded candidate's key (how many ungraded ones rank above it), and for each
    // relevant one the bounds of its score group (how many score higher, how many at least as high).
    auto& thresholds = workspace.thresholds;
    thresholds.clear();
    for (const auto& [key, grade] : graded) {
        thresholds.push_back(key);
        if (grade >= level) {
            const quint64 group = key >> 32;
            thresholds.push_back(group << 32);
            if (group != 0xffffffffu)
                thresholds.push_back((group + 1) << 32);
        }
    }
    ThresholdCounts& counts = workspace.counts;
    counts.reset(thresholds);
    for (std::size_t i = 0; i < n; ++i) {
        if (grades[i] <= 0)
            counts.add(rankKey(scores[i], tieBreakRanks[i]));
    }
    counts.finish();

    // The same sums in the same order as evaluateRanked(), over the graded candidates only.
    QueryMetrics m;
    m.numRetrieved = qint64(n);
    m.numRelevant = std::count_if(qrelsGrades.begin(), qrelsGrades.end(), [level](int g) { return g >= level; });
    RankSums sums{options, level};
    for (std::size_t p = 0; p < graded.size(); ++p) {
        const auto [key, grade] = graded[p];
        sums.add(counts.below(key) + qint64(p), grade, m); // 0-based position in the ranking
    }
    sums.finish(m, qrelsGrades);
    const qint64 relSoFar = sums.relSoFar;

    // AUC: each relevant document beats the non-relevant ones scoring lower and half-beats those
    // scoring the same (doubled, in integers, as evaluateRanked()).
    const qint64 numNonRelevant = qint64(n) - relSoFar;
    if (relSoFar > 0 && numNonRelevant > 0) {
        // Graded but below the relevance level: non-relevant too, and not among the counted ones.
        auto& gradedNonRelevant = workspace.keyScratch;
        gradedNonRelevant.clear();
        for (const auto& [key, grade] : graded) {
            if (grade < level)
                gradedNonRelevant.push_back(key);
        }
        const auto nonRelevantBelow = [&](quint64 threshold) {
            return counts.below(threshold)
                + qint64(std::lower_bound(gradedNonRelevant.begin(), gradedNonRelevant.end(), threshold)
                         - gradedNonRelevant.begin());
        };
        qint64 twiceWins = 0;
        for (const auto& [key, grade] : graded) {
            if (grade < level)
                continue;
            const quint64 group = key >> 32;
            const qint64 higher = nonRelevantBelow(group << 32);
            const qint64 atLeastAsHigh = group == 0xffffffffu ? numNonRelevant : nonRelevantBelow((group + 1) << 32);
            twiceWins += 2 * numNonRelevant - higher - atLeastAsHigh;
        }
        m.auc = static_cast<double>(twiceWins)
                / (2.0 * static_cast<double>(relSoFar) * static_cast<double>(numNonRelevant));
    }
    return m;
}

void RankingMetrics::ranksOf(std::span<const float> scores, std::span<const quint32> tieBreakRanks,
                             std::span<const qint32> which, std::vector<qint32>& ranks, Workspace& workspace)
{
    const std::size_t n = scores.size();
    if (tieBreakRanks.size() != n)
        throw TareError(TareError::Kind::Internal, QStringLiteral("ranksOf: scores and tie-break ranks differ in length"));
    auto& thresholds = workspace.thresholds;
    thresholds.clear();
    for (qint32 candidate : which) {
        if (candidate < 0 || std::size_t(candidate) >= n)
            throw TareError(TareError::Kind::Internal, QStringLiteral("ranksOf: no candidate %1").arg(candidate));
        thresholds.push_back(rankKey(scores[std::size_t(candidate)], tieBreakRanks[std::size_t(candidate)]));
    }
    ThresholdCounts& counts = workspace.counts;
    counts.reset(thresholds);
    for (std::size_t i = 0; i < n; ++i)
        counts.add(rankKey(scores[i], tieBreakRanks[i]));
    counts.finish();
    ranks.resize(which.size());
    for (std::size_t k = 0; k < which.size(); ++k)
        ranks[k] = qint32(1 + counts.below(thresholds[k]));
}

} // namespace tare
