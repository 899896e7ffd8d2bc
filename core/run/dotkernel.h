// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tare {

/// The one dot product every score of Tare is: rows of a row-major float32 matrix against query
/// columns, computed tile by tile (4 rows × 3 queries share their loads) so that each row is read
/// from memory once for a whole block of queries. Every single dot is the same sum in the same
/// order whatever the tile, the number of queries, the threads or the gather: 8 lanes accumulated
/// with FMA along the dimension from zero, the lanes added as (l + l+4), (l + l+2), (0 + 1), then
/// the tail (dim mod 8) with FMA in order. So batching never changes a bit. Rows may be float16
/// (Float16 bits): each half is widened to float32 exactly as it is loaded (F16C, 8 lanes at a
/// time) and then takes the same sum, so a half row scores bit for bit like its float32 widening;
/// the queries and the accumulation stay float32. Pure; any thread.
class DotKernel
{
public:
    /// out[c * outStride + i] = dot(row i, query c) for i < rowCount, c < queryCount. Row i is
    /// base + (rows ? rows[i] : i) * dim; query c is queries + c * dim. `threads` workers split
    /// the rows (small products stay on the calling thread).
    static void dots(const float* base, const qint32* rows, qint64 rowCount, int dim, const float* queries, int queryCount,
                     float* out, qint64 outStride, int threads = 1);
    /// The same over rows of float16 (Float16 bits), accumulated in float32.
    static void dots(const quint16* base, const qint32* rows, qint64 rowCount, int dim, const float* queries, int queryCount,
                     float* out, qint64 outStride, int threads = 1);
};

} // namespace tare
