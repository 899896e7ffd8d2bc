// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tare {

/// The parameters of one refinement, as a plain copyable value (settings reach core this way).
/// Defaults are the paper's KL-Adam defaults; RefineParams::refitDefaults() gives ReFIT's.
/// Usable from any thread.
struct RefineParams
{
    /// Adam learning rate (the paper's default 1e-4; ReFIT runs use 0.005).
    double lr = 1e-4;
    /// Number of Adam steps.
    int steps = 100;
    /// K: how many candidates are judged in total.
    int total = 20;
    /// T: how many of them are the top of the initial ranking (the rest is a seeded sample).
    int fromTop = 20;
    /// Seed of Python's random.Random for the sampled part of the judged set.
    qint64 seed = 42;
    /// ReFIT variant: min-max normalised scores (divided by refitTemperature) and logits.
    bool refit = false;
    /// ReFIT's temperature on the min-max normalised judge scores.
    double refitTemperature = 2.0;

    /// Rocchio: weight of the original query.
    double rocchioAlpha = 1.0;
    /// Rocchio: weight of the mean of the documents judged relevant.
    double rocchioBeta = 0.75;
    /// Rocchio: weight of the mean of the documents judged non-relevant.
    double rocchioGamma = 0.15;
    /// Rocchio: a judge score >= this counts as relevant.
    double rocchioThreshold = 0.5;

    /// The ReFIT defaults: refit on, lr 0.005, everything else as above.
    static RefineParams refitDefaults();

    friend bool operator==(const RefineParams&, const RefineParams&) = default;
};

} // namespace tare
