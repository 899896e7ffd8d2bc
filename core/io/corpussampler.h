// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace tare {

/// The paper's corpus cap for large sets: every document relevant to some query stays, and the
/// rest of the corpus is filled up to `limit` documents with a seeded sample of the others. As the
/// paper's loaders do it: the other ids are sorted (by code point, which is UTF-8 byte order) and
/// sampled with Python's `random.Random(seed).sample(sorted_ids, limit - relevant)`, bit for bit.
/// Pure functions; usable from any thread.
class CorpusSampler
{
    Q_DECLARE_TR_FUNCTIONS(tare::CorpusSampler)

public:
    /// The ids to keep: all of `ids` when `limit` <= 0 or the corpus is not larger than it;
    /// otherwise the relevant ones (those of `relevant` that are in `ids`) and the sample. Throws
    /// TareError(Usage) when more documents are relevant than the limit allows.
    static QSet<QByteArray> select(const QList<QByteArray>& ids, const QSet<QByteArray>& relevant, qint64 limit,
                                   qint64 seed);
};

} // namespace tare
