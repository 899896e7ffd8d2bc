// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/trajectory.h"

#include "core/models/tablemodel.h"

namespace tare {

/// The ten best documents of a refinement step (Trajectory::top) as a table: rank, document,
/// gold relevance, the judge's score when it was judged (with its number in the pictures, its
/// rank before refinement), how its rank changed since the start, and its text. setStep()
/// follows the teaching view's step. GUI thread; QtCore only.
class TrajectoryTopModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        DocumentColumn,
        RelevantColumn,
        JudgedColumn,
        ChangeColumn,
        TextColumn,
    };

    enum Role
    {
        RelevantRole = Qt::UserRole + 1, ///< bool: gold grade > 0
        JudgedRole,                      ///< bool: the judge scored it
    };

    explicit TrajectoryTopModel(QObject* parent = nullptr);

    void setTrajectory(const Trajectory& trajectory);
    void setStep(int step);
    int step() const { return m_step; }
    /// The document shown in a row.
    const TrajectoryRankedDocument* document(int row) const;

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    /// The 1-based rank of a ranked document at the first state; 0 when it was not in the top list then.
    int startRank(int rankedIndex) const;

    Trajectory m_trajectory;
    int m_step = 0;
};

} // namespace tare
