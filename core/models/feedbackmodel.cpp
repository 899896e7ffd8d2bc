// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/feedbackmodel.h"

#include <QStringList>

#include <limits>

namespace tare {

namespace {

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'f', 3) : QStringLiteral("–");
}

} // namespace

FeedbackModel::FeedbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FeedbackModel::setInspection(const FeedbackInspection& inspection)
{
    beginResetModel();
    m_inspection = inspection;
    endResetModel();
}

void FeedbackModel::clear()
{
    setInspection({});
}

void FeedbackModel::setHuman(int row, std::optional<double> score)
{
    if (row < 0 || row >= rowCount())
        return;
    m_inspection.items[row].human = score;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::vector<std::optional<double>> FeedbackModel::effectiveScores() const
{
    std::vector<std::optional<double>> scores;
    scores.reserve(size_t(m_inspection.items.size()));
    for (const FeedbackItem& item : m_inspection.items)
        scores.push_back(item.human ? item.human : item.score);
    return scores;
}

std::vector<int> FeedbackModel::grades() const
{
    std::vector<int> result;
    result.reserve(size_t(m_inspection.items.size()));
    for (const FeedbackItem& item : m_inspection.items)
        result.push_back(item.grade);
    return result;
}

JudgeAgreement FeedbackModel::judgeAgreement() const
{
    std::vector<std::optional<double>> scores;
    for (const FeedbackItem& item : m_inspection.items)
        scores.push_back(item.score);
    return JudgeAgreement::compute(scores, grades());
}

JudgeAgreement FeedbackModel::effectiveAgreement() const
{
    return JudgeAgreement::compute(effectiveScores(), grades());
}

int FeedbackModel::humanLabelCount() const
{
    int count = 0;
    for (const FeedbackItem& item : m_inspection.items)
        count += item.human.has_value();
    return count;
}

QString FeedbackModel::formatTopTokens(const QList<QPair<QString, double>>& tokens)
{
    QStringList parts;
    for (const auto& [token, probability] : tokens)
        parts.append(QStringLiteral("%1 %2").arg(token.trimmed().isEmpty() ? QStringLiteral("␣") : token.trimmed(),
                                                  QString::number(probability, 'f', 2)));
    return parts.join(QStringLiteral(" · "));
}

int FeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_inspection.items.size());
}

int FeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackItem& item = m_inspection.items[index.row()];
    switch (role) {
    case DisagreementRole:
        return item.score.has_value() && ((*item.score >= 0.5) != (item.grade > 0));
    case DocumentIdRole:
        return item.documentId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return item.extId;
        case TextColumn:
            return item.title.isEmpty() ? item.text : item.title + QStringLiteral(" — ") + item.text;
        case RankBeforeColumn:
            return item.rankBefore;
        case RankAfterColumn:
            return item.rankAfter;
        case JudgeScoreColumn:
            return scoreText(item.score);
        case GoldColumn:
            return item.grade;
        case HumanColumn:
            return item.human ? scoreText(item.human) : QString();
        case StatusColumn:
            return item.status;
        case TopTokensColumn:
            return formatTopTokens(item.topTokens);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case RankBeforeColumn:
            return item.rankBefore;
        case RankAfterColumn:
            return item.rankAfter;
        case JudgeScoreColumn:
            return item.score ? *item.score : std::numeric_limits<double>::lowest();
        case GoldColumn:
            return item.grade;
        case HumanColumn:
            return item.human ? *item.human : std::numeric_limits<double>::lowest();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return item.text;
        if (index.column() == StatusColumn && !item.error.isEmpty())
            return item.error;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= RankBeforeColumn && index.column() <= HumanColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    default:
        return {};
    }
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DocumentColumn:
            return tr("Document");
        case TextColumn:
            return tr("Text");
        case RankBeforeColumn:
            return tr("Rank before");
        case RankAfterColumn:
            return tr("Rank after");
        case JudgeScoreColumn:
            return tr("Judge score");
        case GoldColumn:
            return tr("Gold");
        case HumanColumn:
            return tr("Your label");
        case StatusColumn:
            return tr("Status");
        case TopTokensColumn:
            return tr("Top tokens");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case JudgeScoreColumn:
            return tr("The judge's score on 0..1; 0.5 and above counts as relevant.");
        case GoldColumn:
            return tr("The gold relevance grade; above 0 is relevant.");
        case HumanColumn:
            return tr("Your label: Y = 1, N = 0, a digit d = d/9. It overrides the judge when re-refining.");
        case TopTokensColumn:
            return tr("The LLM's most likely first tokens and their probabilities.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tare
