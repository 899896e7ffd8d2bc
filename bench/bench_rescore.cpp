// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT

// Re-scoring benchmark: one query against N × d float32 document vectors (the engine's
// CorpusIndex::score product), compared with a plain sequential read of the same memory in the
// same program. Prints medians.
//   bench_rescore [N] [D] [RUNS]      (default 1,000,000 × 1024, 7 runs: 4 GB)
#include "bench/benchstats.h"
#include "core/util/eigentypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace tare;

using tare::bench::median;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const Eigen::Index n = args.value(1, QStringLiteral("1000000")).toLongLong();
    const Eigen::Index d = args.value(2, QStringLiteral("1024")).toLongLong();
    const int runs = args.value(3, QStringLiteral("7")).toInt();
    QTextStream out(stdout);

    RowMatrixXf corpus(n, d);
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    // Fill row by row (touches every page once, so timing starts with resident memory).
    std::vector<float> row(static_cast<size_t>(d));
    for (Eigen::Index i = 0; i < n; ++i) {
        if (i < 4096) {
            for (auto& value : row)
                value = uniform(rng);
        }
        std::copy(row.begin(), row.end(), corpus.row(i).data());
        row[size_t(i % d)] += 1e-3f;
    }
    Eigen::VectorXf query = Eigen::VectorXf::Random(d).normalized();
    Eigen::VectorXf scores(n);

    std::vector<double> readTimes, scoreTimes;
    volatile float sink = 0.0f;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        // A plain sequential pass over the same 4 bytes per element.
        const float* data = corpus.data();
        const Eigen::Index total = n * d;
        float acc[16] = {};
        for (Eigen::Index i = 0; i + 16 <= total; i += 16) {
            for (int k = 0; k < 16; ++k)
                acc[k] += data[i + k];
        }
        float sum = 0.0f;
        for (float a : acc)
            sum += a;
        sink = sink + sum;
        readTimes.push_back(clock.nsecsElapsed() / 1e6);

        clock.restart();
        scores.noalias() = corpus * query;
        scoreTimes.push_back(clock.nsecsElapsed() / 1e6);
        sink = sink + scores[run % n];
    }
    const double bytes = double(n) * double(d) * 4.0;
    const double read = median(readTimes);
    const double score = median(scoreTimes);
    out << "corpus " << n << " x " << d << " float32 (" << QString::number(bytes / 1e9, 'f', 2) << " GB), " << runs
        << " runs, medians:\n";
    out << "  sequential read: " << QString::number(read, 'f', 1) << " ms (" << QString::number(bytes / read / 1e6, 'f', 1)
        << " GB/s)\n";
    out << "  re-score (matrix x vector): " << QString::number(score, 'f', 1) << " ms ("
        << QString::number(bytes / score / 1e6, 'f', 1) << " GB/s)\n";
    out << "  ratio re-score / read: " << QString::number(score / read, 'f', 2) << "\n";
    return 0;
}
