// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <vector>

namespace tare {

/// CPython 3.11's `random.Random`, bit for bit, for the parts the paper's document selection
/// uses: MT19937 seeded with `init_by_array` from the 32-bit words of |seed| (least significant
/// first), `getrandbits(k)` for k <= 32, `_randbelow(n)` and `sample(range(a, b), k)`. A plain
/// value type without shared state: use one instance from one thread at a time.
class PythonRandom
{
public:
    /// Same state as Python's `random.Random(seed)` for an int seed.
    explicit PythonRandom(qint64 seed);

    /// The next raw 32-bit output of the generator (`genrand_uint32`).
    quint32 nextUInt32();

    /// `getrandbits(count)` for 0 <= count <= 64 (0 draws nothing and returns 0; above 32 the
    /// words are drawn least significant first, as CPython does).
    quint64 bits(int count);

    /// `_randbelow(n)`: a uniform value in [0, n) by rejection sampling; n must be > 0.
    quint64 below(quint64 n);

    /// `sample(range(start, stop), k)`: k distinct values of [start, stop), in Python's order.
    /// Throws TareError(Usage) when k < 0 or k > stop - start, as Python raises ValueError.
    std::vector<qint64> sample(qint64 start, qint64 stop, qint64 k);

private:
    static constexpr int s_stateSize = 624;

    void initGenrand(quint32 seed);
    void initByArray(const std::vector<quint32>& key);
    void twist();

    std::array<quint32, s_stateSize> m_state{};
    int m_index = s_stateSize + 1;
};

} // namespace tare
