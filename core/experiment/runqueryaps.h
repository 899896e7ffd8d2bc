// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QSet>

#include <vector>

namespace tare {

class ProjectStore;

/// The AP before and after of every finished query of one run (by query id, in id order), and
/// how many documents the judge scored for it: what the experiment analyses compare. Runs on
/// the thread that owns the store.
struct RunQueryAps
{
    struct Entry
    {
        double before = 0.0;
        double after = 0.0;
        int judged = 0; ///< judged documents with a score
    };

    qint64 runId = 0;
    QMap<qint64, Entry> queries;

    static RunQueryAps load(ProjectStore& store, qint64 runId);

    /// The query ids finished in every one of `runs` (in id order), so comparisons stay paired.
    static QList<qint64> commonQueries(const QList<RunQueryAps>& runs);
    /// Mean of after (or before) over `queryIds`; NaN when empty.
    double meanAfter(const QList<qint64>& queryIds) const;
    double meanBefore(const QList<qint64>& queryIds) const;
    /// after − before per query of `queryIds`, and AP after per query.
    std::vector<double> deltas(const QList<qint64>& queryIds) const;
    std::vector<double> afters(const QList<qint64>& queryIds) const;
};

} // namespace tare
