// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <vector>

namespace tare::bench {

/// The value at fraction `p` (0 … 1) of the sorted `values`, nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

/// The median the benchmarks report: the middle value (the upper one of an even count); 0 for none.
inline double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace tare::bench
