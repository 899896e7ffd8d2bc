// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/tablemodel.h"
#include "core/explain/judgedinfluence.h"

#include <QHash>

namespace tare {

/// The judged documents of one explained query as a table, most influential first (the order of
/// JudgedInfluenceAnalysis): document, gold grade, judge score, rank before → after, leave-one-out
/// ΔAP contribution, share of the update as pull (+) or push (−), and a snippet of its text.
/// GUI thread; QtCore only.
class InfluenceModel : public TableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocumentColumn,
        GoldColumn,
        JudgeScoreColumn,
        RankColumn,
        ContributionColumn,
        PullColumn,
        TextColumn,
        ColumnCount
    };

    /// Characters of a document's text the Text column shows.
    static constexpr int snippetLength = 160;

    explicit InfluenceModel(QObject* parent = nullptr);

    /// `texts` maps document ids to their whole text (the model cuts the snippet).
    void setInfluences(const std::vector<JudgedInfluence>& influences, const QHash<qint64, QString>& texts);
    const JudgedInfluence& influence(int row) const { return m_influences[size_t(row)]; }
    QString text(int row) const { return m_texts.value(m_influences[size_t(row)].documentId); }

protected:
    int rows() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<JudgedInfluence> m_influences;
    QHash<qint64, QString> m_texts;
};

} // namespace tare
