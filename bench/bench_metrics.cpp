// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT

// Metrics of one query over N candidates with R relevant: the counting path the engine uses
// (RankingMetrics::evaluateFast, Separation over candidate scores) against the full sort it
// replaced (rankFast + evaluateRanked, Separation over sorted lists), in the same program.
// Prints medians and the ratio.
//   bench_metrics [N] [R] [RUNS]      (default 1,000,000 candidates, 2,000 relevant, 9 runs)
#include "bench/benchstats.h"
#include "core/metrics/rankingmetrics.h"
#include "core/metrics/separation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <random>

using namespace tare;

using tare::bench::median;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = args.value(1, QStringLiteral("1000000")).toInt();
    const int r = args.value(2, QStringLiteral("2000")).toInt();
    const int runs = args.value(3, QStringLiteral("9")).toInt();
    QTextStream out(stdout);

    // Clustered-looking cosines: relevant ones shifted up, so their ranks spread over the list.
    std::mt19937_64 rng(3);
    std::normal_distribution<float> noise(0.3f, 0.1f);
    std::vector<float> scores(static_cast<size_t>(n));
    std::vector<int> grades(scores.size(), 0);
    for (auto& s : scores)
        s = noise(rng);
    std::vector<int> qrels;
    for (int k = 0; k < r; ++k) {
        const size_t i = rng() % scores.size();
        grades[i] = 1;
        scores[i] += 0.15f;
        qrels.push_back(1);
    }
    std::vector<quint32> ties(scores.size());
    std::iota(ties.begin(), ties.end(), 0u);
    std::shuffle(ties.begin(), ties.end(), rng);

    RankingMetrics::Workspace workspace;
    ThresholdCounts counts;
    std::vector<double> partial, full, separationCounted, separationSorted;
    double check = 0.0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const QueryMetrics a = RankingMetrics::evaluateFast(scores, ties, grades, qrels, workspace);
        partial.push_back(clock.nsecsElapsed() / 1e6);

        clock.restart();
        RankingMetrics::rankFast(scores, ties, workspace);
        std::vector<int> rankedGrades(scores.size());
        std::vector<float> rankedScores(scores.size());
        for (size_t p = 0; p < scores.size(); ++p) {
            rankedGrades[p] = grades[workspace.order[p]];
            rankedScores[p] = scores[workspace.order[p]];
        }
        const QueryMetrics b =
            RankingMetrics::evaluateRanked(rankedGrades, std::span<const float>(rankedScores), qrels);
        full.push_back(clock.nsecsElapsed() / 1e6);
        check += a.ap - b.ap;

        clock.restart();
        const SeparationStats c = Separation::compute(std::span<const float>(scores), std::span<const int>(grades), counts);
        separationCounted.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        std::vector<double> relevant, irrelevant;
        for (size_t i = 0; i < scores.size(); ++i)
            (grades[i] > 0 ? relevant : irrelevant).push_back(scores[i]);
        const SeparationStats d = Separation::compute(relevant, irrelevant);
        separationSorted.push_back(clock.nsecsElapsed() / 1e6);
        check += c.ks - d.ks;
    }
    out << n << " candidates, " << r << " relevant, " << runs << " runs, medians (difference " << check << "):\n";
    out << "  ranking metrics, counting: " << QString::number(median(partial), 'f', 2) << " ms; full sort: "
        << QString::number(median(full), 'f', 2) << " ms; ratio " << QString::number(median(full) / median(partial), 'f', 1)
        << "\n";
    out << "  separation, counting: " << QString::number(median(separationCounted), 'f', 2) << " ms; sorted: "
        << QString::number(median(separationSorted), 'f', 2) << " ms; ratio "
        << QString::number(median(separationSorted) / median(separationCounted), 'f', 1) << "\n";
    return 0;
}
