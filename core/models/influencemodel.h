// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/recordtablemodel.h"
#include "core/explain/judgedinfluence.h"

#include <QHash>

namespace tare {

/// The judged documents of one explained query as a table, most influential first (the order of
/// JudgedInfluenceAnalysis): document, gold grade, judge score, rank before → after, leave-one-out
/// ΔAP contribution, share of the update as pull (+) or push (−), and a snippet of its text.
/// GUI thread; QtCore only.
class InfluenceModel : public RecordTableModel<JudgedInfluence>
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
    const JudgedInfluence& influence(int row) const { return record(row); }
    QString text(int row) const { return m_texts.value(record(row).documentId); }

protected:
    QVariant recordData(const JudgedInfluence& influence, int column, int role) const override;

private:
    QHash<qint64, QString> m_texts;
};

} // namespace tare
