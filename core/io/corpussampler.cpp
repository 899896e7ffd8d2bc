// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/corpussampler.h"

#include "core/refine/pythonrandom.h"
#include "core/util/tareerror.h"

#include <algorithm>

namespace tare {

QSet<QByteArray> CorpusSampler::select(const QList<QByteArray>& ids, const QSet<QByteArray>& relevant, qint64 limit,
                                       qint64 seed)
{
    const QSet<QByteArray> all(ids.cbegin(), ids.cend());
    if (limit <= 0 || limit >= all.size())
        return all;
    QSet<QByteArray> kept;
    QList<QByteArray> others;
    others.reserve(all.size());
    for (const QByteArray& id : all) {
        if (relevant.contains(id))
            kept.insert(id);
        else
            others.append(id);
    }
    if (kept.size() > limit)
        throw TareError(TareError::Kind::Usage,
                        tr("the corpus limit of %1 documents is below the %2 documents relevant to some query; "
                           "every relevant document is kept, so the limit must be at least %2")
                            .arg(limit)
                            .arg(kept.size()));
    // Python sorts str by code point; UTF-8 bytes compare in the same order.
    std::sort(others.begin(), others.end(), [](const QByteArray& a, const QByteArray& b) {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                            [](char x, char y) { return quint8(x) < quint8(y); });
    });
    PythonRandom random(seed);
    for (const qint64 index : random.sample(0, others.size(), limit - kept.size()))
        kept.insert(others[qsizetype(index)]);
    return kept;
}

} // namespace tare
