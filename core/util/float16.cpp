// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/float16.h"

#include <bit>
#include <cmath>

#if defined(__F16C__) && defined(__AVX__)
#include <immintrin.h>
#define TARE_F16C 1
#endif

namespace tare {

bool Float16::representable(float value)
{
    return std::isfinite(value) && std::abs(value) <= maximum;
}

quint16 Float16::fromFloat(float value)
{
    const quint32 bits = std::bit_cast<quint32>(value);
    const quint16 sign = quint16((bits >> 16) & 0x8000u);
    const quint32 magnitude = bits & 0x7fffffffu;
    if (magnitude > 0x7f800000u) // NaN: a quiet NaN keeping the upper payload bits (as F16C does)
        return quint16(sign | 0x7e00u | ((magnitude >> 13) & 0x3ffu));
    if (magnitude >= 0x477ff000u) // 65520 and above (and Inf): the tie at 65520 rounds to the even Inf
        return quint16(sign | 0x7c00u);
    if (magnitude >= 0x38800000u) { // a normal half (2^-14 and above): rebias the exponent, round at bit 13
        quint32 rebiased = magnitude - 0x38000000u;
        rebiased += 0x0fffu + ((rebiased >> 13) & 1u);
        return quint16(sign | (rebiased >> 13));
    }
    const quint32 exponent = magnitude >> 23;
    if (exponent < 102) // below 2^-25: rounds to zero
        return sign;
    // A subnormal half: the value in units of 2^-24, rounded to nearest even (may carry into the
    // smallest normal, whose encoding follows on).
    const quint32 mantissa = (magnitude & 0x7fffffu) | 0x800000u;
    const quint32 shift = 126 - exponent; // 14..24
    const quint32 halfway = 1u << (shift - 1);
    const quint32 remainder = mantissa & ((1u << shift) - 1);
    quint32 units = mantissa >> shift;
    if (remainder > halfway || (remainder == halfway && (units & 1u)))
        ++units;
    return quint16(sign | units);
}

float Float16::toFloat(quint16 half)
{
    const quint32 sign = quint32(half & 0x8000u) << 16;
    const quint32 exponent = (half >> 10) & 0x1fu;
    const quint32 mantissa = half & 0x3ffu;
    if (exponent == 0x1f) // Inf, or NaN made quiet (as F16C does)
        return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13) | (mantissa ? 0x400000u : 0u));
    if (exponent == 0) { // zero or subnormal: mantissa × 2^-24
        const float magnitude = std::ldexp(float(mantissa), -24);
        return sign ? -magnitude : magnitude;
    }
    return std::bit_cast<float>(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

void Float16::fromFloats(std::span<const float> in, quint16* out)
{
    size_t i = 0;
#ifdef TARE_F16C
    for (; i + 8 <= in.size(); i += 8) {
        const __m128i halves = _mm256_cvtps_ph(_mm256_loadu_ps(in.data() + i), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), halves);
    }
#endif
    for (; i < in.size(); ++i)
        out[i] = fromFloat(in[i]);
}

void Float16::toFloats(std::span<const quint16> in, float* out)
{
    size_t i = 0;
#ifdef TARE_F16C
    for (; i + 8 <= in.size(); i += 8)
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in.data() + i))));
#endif
    for (; i < in.size(); ++i)
        out[i] = toFloat(in[i]);
}

bool Float16::hardware()
{
#ifdef TARE_F16C
    return true;
#else
    return false;
#endif
}

} // namespace tare
