// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/goldjudge.h"

namespace tare {

GoldJudge::GoldJudge(Grades grades)
    : m_grades(std::move(grades))
{
}

JudgeInfo GoldJudge::info() const
{
    JudgeInfo info;
    info.identity = QStringLiteral("gold");
    info.kind = QStringLiteral("gold");
    info.name = QStringLiteral("gold labels");
    return info;
}

double GoldJudge::goldScore(qint64 queryId, qint64 documentId) const
{
    return m_grades.value({queryId, documentId}, 0) > 0 ? 1.0 : 0.0;
}

QList<JudgeOutcome> GoldJudge::judge(const QList<JudgeRequest>& batch, const std::function<bool()>&)
{
    return scoreEach(batch, [this](qint64 queryId, qint64 documentId) { return goldScore(queryId, documentId); });
}

} // namespace tare
