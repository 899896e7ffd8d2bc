// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "core/util/eigentypes.h"

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace tare {


/// What a refiner works on: one query and its judged documents.
struct RefineInput
{
    /// The initial query vector q0 (length d).
    Eigen::VectorXf query;
    /// The judged documents, one row of length d each, in sample order (the order only
    /// affects float rounding).
    RowMatrixXf documents;
    /// The judge's score of each row of `documents`.
    Eigen::VectorXf scores;
};

/// What a refiner produces.
struct RefineResult
{
    /// The refined query vector.
    Eigen::VectorXf query;
    /// losses[t-1] is the loss evaluated before update t (as the reference records it), so
    /// losses[0] is the loss of the initial query. One entry per step.
    std::vector<float> losses;
    /// The loss at the refined query (after the last update); 0 for refiners without a loss.
    float finalLoss = 0.0f;
};

/// Called once per step with the step number t (1-based), losses[t-1] and the query after
/// update t. Runs on the refining thread; must be cheap. May be empty.
using StepObserver = std::function<void(int step, float loss, const Eigen::VectorXf& query)>;

/// A method that moves a query vector towards the judged documents the judge liked. Refiners
/// are immutable after construction: refine() is const and may be called from several threads
/// at once (one query per thread).
class Refiner
{
public:
    virtual ~Refiner();

    /// Refines input.query. `cancelled` (may be empty) is polled before every step; when it
    /// returns true, refine() throws TareError(Cancelled). Throws TareError(Usage) when the
    /// input's dimensions do not agree and TareError(Input) for non-finite numbers.
    virtual RefineResult refine(const RefineInput& input, const StepObserver& observer,
                                const std::function<bool()>& cancelled) const = 0;

    /// The refiner's name as the factory knows it ("kl-adam", "refit", "rocchio", "none").
    virtual QString name() const = 0;

protected:
    /// Throws unless query, documents and scores agree in size and are finite; with
    /// `requireDocuments`, also when there is no judged document.
    static void checkInput(const RefineInput& input, bool requireDocuments);
    /// Throws TareError(Cancelled) when `cancelled` is set and returns true.
    static void checkCancelled(const std::function<bool()>& cancelled);
};

} // namespace tare
