// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/teach/lessonscript.h"

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

LessonScript::LessonScript(Trajectory trajectory)
    : m_trajectory(std::move(trajectory))
{
}

LessonScript::Chapter LessonScript::chapter(int step) const
{
    const int steps = m_trajectory.steps();
    step = std::clamp(step, 0, std::max(steps, 0));
    if (step == 0 || steps <= 0)
        return Chapter::Target;
    if (step == steps)
        return Chapter::Summary;
    const double share = double(step) / double(steps);
    if (share <= 0.2)
        return Chapter::Model;
    if (share <= 0.4)
        return Chapter::Loss;
    if (share <= 0.6)
        return Chapter::Movement;
    return Chapter::Ranking;
}

QString LessonScript::documentName(int index) const
{
    return tr("#%1").arg(m_trajectory.documents[index].rankBefore);
}

int LessonScript::largestGap(int step, bool below) const
{
    const Trajectory& t = m_trajectory;
    if (t.target.empty() || size_t(step) >= t.model.size())
        return -1;
    int best = -1;
    double gap = 0.0;
    for (size_t i = 0; i < t.target.size(); ++i) {
        const double d = below ? t.target[i] - t.model[size_t(step)][i] : t.model[size_t(step)][i] - t.target[i];
        if (best < 0 || d > gap) {
            best = int(i);
            gap = d;
        }
    }
    return best;
}

int LessonScript::relevantInTop(int step) const
{
    const Trajectory& t = m_trajectory;
    if (size_t(step) >= t.top.size())
        return 0;
    int relevant = 0;
    for (int index : t.top[size_t(step)])
        relevant += t.ranked[index].grade > 0;
    return relevant;
}

LessonScript::Caption LessonScript::caption(int step) const
{
    const Trajectory& t = m_trajectory;
    const int steps = std::max(t.steps(), 0);
    step = std::clamp(step, 0, steps);
    Caption caption;
    caption.chapter = chapter(step);
    const int n = int(t.documents.size());
    const double loss = size_t(step) < t.losses.size() ? t.losses[size_t(step)] : 0.0;
    const double startLoss = t.losses.empty() ? 0.0 : t.losses.front();
    const double ap = size_t(step) < t.aps.size() ? t.aps[size_t(step)] : 0.0;
    const double startAp = t.aps.empty() ? 0.0 : t.aps.front();
    switch (caption.chapter) {
    case Chapter::Target: {
        caption.title = tr("Step 0: what the judge wants (p)");
        const auto top = std::max_element(t.target.begin(), t.target.end());
        const int favourite = top == t.target.end() ? -1 : int(top - t.target.begin());
        caption.text = tr("The white triangle is the query where the embedding model put it; the %n marks around it are "
                          "the documents the judge scored, coloured by that score (red: relevant, blue: not).",
                          nullptr, n)
            + QLatin1Char(' ')
            + tr("The grey bars are the target p: the judge's scores turned into shares that add up to 1 "
                 "(p = softmax of the scores).");
        if (favourite >= 0)
            caption.text += QLatin1Char(' ')
                + tr("Document %1 gets the largest share, %2.").arg(documentName(favourite), number(t.target[size_t(favourite)]));
        break;
    }
    case Chapter::Model: {
        caption.title = tr("Step %1: what the query says (r)").arg(step);
        caption.text = tr("The blue bars are r: the same kind of shares, computed from the query's cosine similarity to "
                          "each judged document (r = softmax of the cosines). Cosines differ little, so r is much flatter "
                          "than p.");
        const int below = largestGap(step, true);
        if (below >= 0)
            caption.text += QLatin1Char(' ')
                + tr("Document %1 is furthest apart: p %2, r %3.")
                      .arg(documentName(below), number(t.target[size_t(below)]), number(t.model[size_t(step)][size_t(below)]));
        break;
    }
    case Chapter::Loss:
        caption.title = tr("Step %1: the loss measures the gap").arg(step);
        caption.text = tr("The loss is KL(p‖r) = Σ p·log(p/r). It is 0 only when r equals p; a document the judge likes "
                          "more than the query does (p above r) adds the most. Now %1; it started at %2.")
                           .arg(number(loss), number(startLoss));
        break;
    case Chapter::Movement: {
        caption.title = tr("Step %1: how the query moves").arg(step);
        caption.text = tr("Each step, Adam moves the query a little down the gradient of the loss: towards the documents "
                          "r gives less than p, away from those it gives more. The black line is the path so far.");
        const int towards = largestGap(step, true);
        const int away = largestGap(step, false);
        if (towards >= 0 && away >= 0)
            caption.text += QLatin1Char(' ')
                + tr("Now it pulls hardest towards %1 (p %2, r %3) and pushes away from %4 (p %5, r %6).")
                      .arg(documentName(towards), number(t.target[size_t(towards)]), number(t.model[size_t(step)][size_t(towards)]),
                           documentName(away), number(t.target[size_t(away)]), number(t.model[size_t(step)][size_t(away)]));
        break;
    }
    case Chapter::Ranking:
        caption.title = tr("Step %1: what the ranking sees").arg(step);
        caption.text = tr("The whole corpus is ranked by its cosine to the moved query. AP is %1 now (%2 at the start); "
                          "the top ten holds %3 relevant documents (%4 at the start).")
                           .arg(number(ap), number(startAp))
                           .arg(relevantInTop(step))
                           .arg(relevantInTop(0));
        break;
    case Chapter::Summary:
        caption.title = tr("Step %1: done").arg(step);
        caption.text = tr("After %1 steps the loss fell from %2 to %3 and AP went from %4 to %5. The refined query ranks "
                          "the corpus the way the judge's scores asked for, as far as small steps on one vector allow.")
                           .arg(steps)
                           .arg(number(startLoss), number(loss), number(startAp), number(ap));
        break;
    }
    return caption;
}

} // namespace tare
