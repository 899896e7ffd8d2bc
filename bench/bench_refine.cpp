// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// Times one KL-Adam refinement (n = 20 judged documents, d = 1024, 100 steps, float32, one
// thread, random inputs): median of 9 runs after 3 warm-ups, in milliseconds. Compare with
// bench/refine_torch.py and the PyTorch figures in ../shared/reference/README.md §3.
#include "core/refine/klrefiner.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

tare::RefineInput randomInput(int n, int d)
{
    std::mt19937 engine(20260101u);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> uniform;
    tare::RefineInput input;
    input.query.resize(d);
    input.documents.resize(n, d);
    input.scores.resize(n);
    for (int j = 0; j < d; ++j)
        input.query(j) = normal(engine);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < d; ++j)
            input.documents(i, j) = normal(engine);
        input.scores(i) = uniform(engine);
    }
    return input;
}

double medianMs(const tare::Refiner& refiner, const tare::RefineInput& input, float* sink)
{
    constexpr int warmups = 3;
    constexpr int runs = 9;
    for (int i = 0; i < warmups; ++i)
        *sink += refiner.refine(input, {}, {}).finalLoss;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *sink += refiner.refine(input, {}, {}).finalLoss;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[runs / 2];
}

} // namespace

int main()
{
    constexpr int n = 20;
    float sink = 0;
    for (const int d : {384, 1024, 4096}) {
        const tare::RefineInput input = randomInput(n, d);
        tare::RefineParams params; // lr 1e-4, 100 steps
        const double plain = medianMs(tare::KlAdamRefiner(params), input, &sink);
        const double refit = medianMs(tare::KlAdamRefiner(tare::RefineParams::refitDefaults()), input, &sink);
        std::printf("KL-Adam n=%d d=%d steps=%d: median %.3f ms (%.2f us/step); ReFIT %.3f ms\n", n, d, params.steps,
                    plain, plain * 1000.0 / params.steps, refit);
    }
    std::printf("(checksum %g)\n", double(sink));
    return 0;
}
