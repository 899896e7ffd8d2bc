// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/judge/judge.h"

#include <QHash>
#include <QPair>

namespace tare {

/// The oracle: a pair's gold grade mapped to 1 (grade > 0) or 0 (grade <= 0 or unlabelled, which
/// in a whole-corpus pool means irrelevant). Immutable; thread-safe.
class GoldJudge : public Judge
{
public:
    using Grades = QHash<QPair<qint64, qint64>, int>; ///< (query id, document id) -> grade

    explicit GoldJudge(Grades grades);

    JudgeInfo info() const override;
    QList<JudgeOutcome> judge(const QList<JudgeRequest>& batch, const std::function<bool()>& cancelled) override;

    /// The binary gold score of a pair.
    double goldScore(qint64 queryId, qint64 documentId) const;

private:
    Grades m_grades;
};

} // namespace tare
