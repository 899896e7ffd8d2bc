// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/explain/termshift.h"

namespace tare {

namespace {

Eigen::VectorXf direction(const Eigen::VectorXf& vector)
{
    const float norm = vector.norm();
    return norm > 0.0f ? Eigen::VectorXf(vector / norm) : vector;
}

} // namespace

TermShift TermShift::compute(const LsaModel& model, const Eigen::VectorXf& before, const Eigen::VectorXf& after, int count)
{
    TermShift shift;
    for (const TermWeight& term : model.explain(direction(after) - direction(before), count)) {
        if (term.weight > 0.0f)
            shift.gained.append(term);
        else if (term.weight < 0.0f)
            shift.lost.append(term);
    }
    return shift;
}

} // namespace tare
