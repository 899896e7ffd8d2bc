// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/tablemodel.h"
#include "core/feedback/feedbackinspection.h"
#include "core/metrics/judgeagreement.h"


#include <vector>

namespace tare {

/// The judged documents of one query of a run as a table: rank before and after, the judge's
/// score, the gold grade, the person's label, the judgment status and the top tokens of a chat
/// judge. DisagreementRole is true where the judge's decision (score ≥ 0.5) differs from gold
/// (grade > 0); widgets colour those rows. setHuman() follows the person's labelling; the
/// effective scores (a person's label overrides the judge) are what "re-refine" uses. GUI thread;
/// QtCore only.
class FeedbackModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocumentColumn,
        TextColumn,
        RankBeforeColumn,
        RankAfterColumn,
        JudgeScoreColumn,
        GoldColumn,
        HumanColumn,
        StatusColumn,
        TopTokensColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DisagreementRole, ///< bool: the judge's decision differs from gold
        DocumentIdRole,
    };

    explicit FeedbackModel(QObject* parent = nullptr);

    void setInspection(const FeedbackInspection& inspection);
    void clear();
    const FeedbackInspection& inspection() const { return m_inspection; }
    const FeedbackItem& item(int row) const { return m_inspection.items[row]; }

    /// Sets (or with an empty value removes) the person's label shown in a row.
    void setHuman(int row, std::optional<double> score);

    /// One score per judged document in the engine's order: the person's label where there is one,
    /// else the judge's score (empty when it failed).
    std::vector<std::optional<double>> effectiveScores() const;
    std::vector<int> grades() const;
    /// The run's judge against gold.
    JudgeAgreement judgeAgreement() const;
    /// The effective scores (person over judge) against gold.
    JudgeAgreement effectiveAgreement() const;
    int humanLabelCount() const;


    /// Top tokens as one line ("yes 0.91 · no 0.07"), empty when there are none.
    static QString formatTopTokens(const QList<QPair<QString, double>>& tokens);

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    FeedbackInspection m_inspection;
};

} // namespace tare
