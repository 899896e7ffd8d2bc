// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/dotkernel.h"

#include "core/util/float16.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

#if defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#include <immintrin.h>
#define TARE_DOT_AVX2 1
#endif

namespace tare {

namespace {

constexpr int s_lanes = 8;

#ifdef TARE_DOT_AVX2
using Lanes = __m256;
inline Lanes zeroLanes() { return _mm256_setzero_ps(); }
inline Lanes loadLanes(const float* p) { return _mm256_loadu_ps(p); }
/// 8 halves widened to float32 (exact), so a half row is the float32 row it stands for.
inline Lanes loadLanes(const quint16* p) { return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))); }
inline Lanes multiplyAdd(Lanes a, Lanes b, Lanes sum) { return _mm256_fmadd_ps(a, b, sum); }
inline float addLanes(Lanes sum)
{
    const __m128 four = _mm_add_ps(_mm256_castps256_ps128(sum), _mm256_extractf128_ps(sum, 1)); // l + l+4
    const __m128 two = _mm_add_ps(four, _mm_movehl_ps(four, four));                            // l + l+2
    return _mm_cvtss_f32(_mm_add_ss(two, _mm_shuffle_ps(two, two, 1)));                          // 0 + 1
}
inline float multiplyAdd(float a, float b, float sum) { return std::fma(a, b, sum); }
#else
// Without AVX2/FMA: the same lanes and order in plain code (multiply, then add).
struct Lanes
{
    float v[s_lanes];
};
inline Lanes zeroLanes() { return {}; }
inline Lanes loadLanes(const float* p)
{
    Lanes lanes;
    std::copy_n(p, s_lanes, lanes.v);
    return lanes;
}
inline Lanes loadLanes(const quint16* p)
{
    Lanes lanes;
    for (int l = 0; l < s_lanes; ++l)
        lanes.v[l] = Float16::toFloat(p[l]);
    return lanes;
}
inline Lanes multiplyAdd(const Lanes& a, const Lanes& b, Lanes sum)
{
    for (int l = 0; l < s_lanes; ++l)
        sum.v[l] += a.v[l] * b.v[l];
    return sum;
}
inline float addLanes(const Lanes& sum)
{
    float four[4];
    for (int l = 0; l < 4; ++l)
        four[l] = sum.v[l] + sum.v[l + 4];
    const float two0 = four[0] + four[2];
    const float two1 = four[1] + four[3];
    return two0 + two1;
}
inline float multiplyAdd(float a, float b, float sum) { return sum + a * b; }
#endif

inline float widen(float value) { return value; }
inline float widen(quint16 half) { return Float16::toFloat(half); }

/// R rows × C queries: R·C independent dot products sharing their loads. Rows of float32 or of
/// halves (widened exactly on load, then the same arithmetic).
template <int R, int C, typename Element>
void tile(const Element* const* rows, const float* const* queries, int dim, float* out, qint64 outStride)
{
    Lanes sums[R][C];
    for (int r = 0; r < R; ++r) {
        for (int c = 0; c < C; ++c)
            sums[r][c] = zeroLanes();
    }
    const int body = dim - dim % s_lanes;
    for (int k = 0; k < body; k += s_lanes) {
        Lanes q[C];
        for (int c = 0; c < C; ++c)
            q[c] = loadLanes(queries[c] + k);
        for (int r = 0; r < R; ++r) {
            const Lanes row = loadLanes(rows[r] + k);
            for (int c = 0; c < C; ++c)
                sums[r][c] = multiplyAdd(row, q[c], sums[r][c]);
        }
    }
    for (int r = 0; r < R; ++r) {
        for (int c = 0; c < C; ++c) {
            float sum = addLanes(sums[r][c]);
            for (int k = body; k < dim; ++k)
                sum = multiplyAdd(widen(rows[r][k]), queries[c][k], sum);
            out[qint64(c) * outStride + r] = sum;
        }
    }
}

template <int R, typename Element>
void tileRow(const Element* const* rows, const float* queries, int queryCount, int dim, float* out, qint64 outStride)
{
    constexpr int C = 3;
    int c = 0;
    for (; c + C <= queryCount; c += C) {
        const float* q[C] = {queries + qint64(c) * dim, queries + qint64(c + 1) * dim, queries + qint64(c + 2) * dim};
        tile<R, C>(rows, q, dim, out + qint64(c) * outStride, outStride);
    }
    if (queryCount - c == 2) {
        const float* q[2] = {queries + qint64(c) * dim, queries + qint64(c + 1) * dim};
        tile<R, 2>(rows, q, dim, out + qint64(c) * outStride, outStride);
    } else if (queryCount - c == 1) {
        const float* q[1] = {queries + qint64(c) * dim};
        tile<R, 1>(rows, q, dim, out + qint64(c) * outStride, outStride);
    }
}

template <typename Element>
void dotRange(const Element* base, const qint32* rows, qint64 first, qint64 last, int dim, const float* queries, int queryCount,
              float* out, qint64 outStride)
{
    auto row = [&](qint64 i) { return base + (rows ? qint64(rows[i]) : i) * dim; };
    constexpr int R = 4;
    qint64 i = first;
    for (; i + R <= last; i += R) {
        const Element* r[R] = {row(i), row(i + 1), row(i + 2), row(i + 3)};
        tileRow<R>(r, queries, queryCount, dim, out + i, outStride);
    }
    for (; i < last; ++i) {
        const Element* r[1] = {row(i)};
        tileRow<1>(r, queries, queryCount, dim, out + i, outStride);
    }
}

template <typename Element>
void dotsOf(const Element* base, const qint32* rows, qint64 rowCount, int dim, const float* queries, int queryCount, float* out,
            qint64 outStride, int threads)
{
    if (rowCount <= 0 || queryCount <= 0)
        return;
    // A thread is worth starting for a few million multiply-adds.
    constexpr qint64 minimumPerThread = qint64(1) << 22;
    const qint64 work = rowCount * qint64(dim) * queryCount;
    const int workers = int(std::clamp<qint64>(std::min<qint64>(work / minimumPerThread, rowCount / 64), 1, std::max(threads, 1)));
    if (workers == 1) {
        dotRange(base, rows, 0, rowCount, dim, queries, queryCount, out, outStride);
        return;
    }
    std::vector<std::thread> pool;
    const qint64 share = (rowCount + workers - 1) / workers;
    for (int t = 1; t < workers; ++t) {
        const qint64 first = std::min(rowCount, t * share);
        const qint64 last = std::min(rowCount, first + share);
        pool.emplace_back(dotRange<Element>, base, rows, first, last, dim, queries, queryCount, out, outStride);
    }
    dotRange(base, rows, 0, std::min(rowCount, share), dim, queries, queryCount, out, outStride);
    for (auto& worker : pool)
        worker.join();
}

} // namespace

void DotKernel::dots(const float* base, const qint32* rows, qint64 rowCount, int dim, const float* queries, int queryCount,
                     float* out, qint64 outStride, int threads)
{
    dotsOf(base, rows, rowCount, dim, queries, queryCount, out, outStride, threads);
}

void DotKernel::dots(const quint16* base, const qint32* rows, qint64 rowCount, int dim, const float* queries, int queryCount,
                     float* out, qint64 outStride, int threads)
{
    dotsOf(base, rows, rowCount, dim, queries, queryCount, out, outStride, threads);
}

} // namespace tare
