// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/pythonrandom.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

#include <bit>
#include <cmath>
#include <unordered_set>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::PythonRandom", text);
}

} // namespace

PythonRandom::PythonRandom(qint64 seed)
{
    // Python seeds with abs(seed) split into 32-bit words, least significant first; 0 gives [0].
    quint64 magnitude = seed < 0 ? quint64(0) - quint64(seed) : quint64(seed);
    std::vector<quint32> key;
    do {
        key.push_back(quint32(magnitude & 0xffffffffu));
        magnitude >>= 32;
    } while (magnitude != 0);
    initByArray(key);
}

void PythonRandom::initGenrand(quint32 seed)
{
    m_state[0] = seed;
    for (int i = 1; i < s_stateSize; ++i)
        m_state[i] = 1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + quint32(i);
    m_index = s_stateSize;
}

void PythonRandom::initByArray(const std::vector<quint32>& key)
{
    initGenrand(19650218u);
    const int keyLength = int(key.size());
    int i = 1;
    int j = 0;
    for (int k = std::max(s_stateSize, keyLength); k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525u)) + key[j] + quint32(j);
        ++i;
        ++j;
        if (i >= s_stateSize) {
            m_state[0] = m_state[s_stateSize - 1];
            i = 1;
        }
        if (j >= keyLength)
            j = 0;
    }
    for (int k = s_stateSize - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941u)) - quint32(i);
        ++i;
        if (i >= s_stateSize) {
            m_state[0] = m_state[s_stateSize - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000u; // MSB is 1, assuring a non-zero initial array
}

void PythonRandom::twist()
{
    constexpr int m = 397;
    constexpr quint32 matrixA = 0x9908b0dfu;
    constexpr quint32 upperMask = 0x80000000u;
    constexpr quint32 lowerMask = 0x7fffffffu;
    for (int k = 0; k < s_stateSize; ++k) {
        const quint32 y = (m_state[k] & upperMask) | (m_state[(k + 1) % s_stateSize] & lowerMask);
        m_state[k] = m_state[(k + m) % s_stateSize] ^ (y >> 1) ^ ((y & 1u) ? matrixA : 0u);
    }
    m_index = 0;
}

quint32 PythonRandom::nextUInt32()
{
    if (m_index >= s_stateSize)
        twist();
    quint32 y = m_state[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

quint64 PythonRandom::bits(int count)
{
    if (count < 0 || count > 64)
        throw TareError(TareError::Kind::Usage, tr("getrandbits: %1 bits requested, 0 to 64 supported").arg(count));
    if (count == 0)
        return 0;
    if (count <= 32)
        return nextUInt32() >> (32 - count);
    // CPython fills 32-bit words least significant first; the last word keeps its top bits.
    const quint64 low = nextUInt32();
    const quint64 high = nextUInt32() >> (64 - count);
    return low | (high << 32);
}

quint64 PythonRandom::below(quint64 n)
{
    if (n == 0)
        throw TareError(TareError::Kind::Usage, tr("randbelow: the bound must be positive"));
    const int width = std::bit_width(n); // n.bit_length(), not (n - 1): n may be 1
    quint64 value = bits(width);
    while (value >= n)
        value = bits(width);
    return value;
}

std::vector<qint64> PythonRandom::sample(qint64 start, qint64 stop, qint64 k)
{
    const qint64 n = std::max<qint64>(0, stop - start);
    if (k < 0 || k > n)
        throw TareError(TareError::Kind::Usage,
                        tr("sample: cannot take %1 values from a population of %2").arg(k).arg(n));
    std::vector<qint64> result;
    result.reserve(std::size_t(k));
    qint64 setSize = 21; // CPython's "size of a small set minus size of an empty list"
    if (k > 5)
        setSize += qint64(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
    if (n <= setSize) {
        std::vector<qint64> pool(static_cast<std::size_t>(n));
        for (qint64 i = 0; i < n; ++i)
            pool[std::size_t(i)] = start + i;
        for (qint64 i = 0; i < k; ++i) {
            const auto j = std::size_t(below(quint64(n - i)));
            result.push_back(pool[j]);
            pool[j] = pool[std::size_t(n - i - 1)];
        }
    } else {
        std::unordered_set<quint64> selected;
        for (qint64 i = 0; i < k; ++i) {
            quint64 j = below(quint64(n));
            while (selected.contains(j))
                j = below(quint64(n));
            selected.insert(j);
            result.push_back(start + qint64(j));
        }
    }
    return result;
}

} // namespace tare
