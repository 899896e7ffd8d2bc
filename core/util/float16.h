// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <span>

namespace tare {

/// IEEE 754 binary16 ("half", float16) as Tare stores it: a quint16 holding the bits. Converting
/// from float32 rounds to nearest, ties to even; a value below the smallest half subnormal
/// becomes zero (embedding components that small do not change a cosine). The bulk conversions
/// use the processor's F16C instructions when the build has them (x86-64-v3) and the scalar
/// code otherwise; both give the same bits (tst_float16 checks every half and the rounding
/// boundaries). GCC 12 has neither std::float16_t (GCC 13) nor _Float16 arithmetic worth using
/// here, hence the bits. Pure; any thread.
class Float16
{
public:
    /// The largest finite half: 65504.
    static constexpr float maximum = 65504.0f;

    /// Whether `value` can be stored as a half without becoming an infinity or NaN: finite and
    /// |value| <= maximum. Import refuses everything else (it would silently turn into Inf).
    static bool representable(float value);

    /// One float32 to its half, rounded to nearest even (scalar code).
    static quint16 fromFloat(float value);
    /// One half to float32, exactly (scalar code).
    static float toFloat(quint16 half);

    /// `in` to halves in `out` (out.size() >= in.size()), F16C when available.
    static void fromFloats(std::span<const float> in, quint16* out);
    /// `in` to float32 in `out` (out.size() >= in.size()), F16C when available.
    static void toFloats(std::span<const quint16> in, float* out);

    /// Whether the bulk conversions use F16C in this build.
    static bool hardware();
};

} // namespace tare
