// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/inspect/trajectory.h"

#include <QCoreApplication>
#include <QString>

namespace tare {

/// What a student reads beside a query's refinement while its steps play: short captions that
/// explain, one idea at a time, the target p, the query's distribution r, the KL loss, how Adam
/// moves the query and what that does to the ranking, each with the numbers of the step shown
/// (documents are named by their rank before refinement, as the chart labels them). The steps
/// are split into chapters by their share of the run, so a lesson of any length tells the same
/// story. A plain value over a Trajectory; any thread.
class LessonScript
{
    Q_DECLARE_TR_FUNCTIONS(tare::LessonScript)

public:
    enum class Chapter
    {
        Target,   ///< step 0: the judge's scores become p
        Model,    ///< r from the query's cosines
        Loss,     ///< KL(p‖r)
        Movement, ///< Adam moves the query
        Ranking,  ///< what the corpus ranking sees
        Summary,  ///< the last step
    };

    struct Caption
    {
        Chapter chapter = Chapter::Target;
        QString title;
        QString text;
    };

    explicit LessonScript(Trajectory trajectory);

    Chapter chapter(int step) const;
    /// The caption for a state (0 = the initial query); clamped to the steps.
    Caption caption(int step) const;

private:
    /// The judged document where r falls furthest below p (towards it the query moves), or
    /// furthest above it (away from it), at a step; -1 without documents.
    int largestGap(int step, bool below) const;
    /// How many documents of a state's top list are relevant.
    int relevantInTop(int step) const;
    QString documentName(int index) const;

    Trajectory m_trajectory;
};

} // namespace tare
