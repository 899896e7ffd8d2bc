// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/feedbackmodel.h"

#include "core/feedback/annotationqueue.h"
#include "core/util/displaytext.h"

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
    : TableModel({{QT_TR_NOOP("Document")}, {QT_TR_NOOP("Text")}, {QT_TR_NOOP("Rank before")},
                  {QT_TR_NOOP("Rank after")},
                  {QT_TR_NOOP("Judge score"),
                   QT_TR_NOOP("The judge's score on 0..1; 0.5 and above counts as relevant.")},
                  {QT_TR_NOOP("Gold"),
                   QT_TR_NOOP("The gold relevance grade; above 0 is relevant.")},
                  {QT_TR_NOOP("Your label"),
                   QT_TR_NOOP("Your label: Y = 1, N = 0, a digit d = d/9. It overrides the judge when re-refining.")},
                  {QT_TR_NOOP("Status")},
                  {QT_TR_NOOP("Top tokens"),
                   QT_TR_NOOP("The LLM's most likely first tokens and their probabilities.")}},
                 parent)
{
}

void FeedbackModel::setInspection(const FeedbackInspection& inspection)
{
    resetWith([&] { m_inspection = inspection; });
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

int FeedbackModel::rows() const
{
    return int(m_inspection.items.size());
}

QVariant FeedbackModel::cell(int row, int column, int role) const
{
    const FeedbackItem& item = m_inspection.items[row];
    switch (role) {
    case DisagreementRole:
        return item.score.has_value() && ((*item.score >= 0.5) != (item.grade > 0));
    case DocumentIdRole:
        return item.documentId;
    case Qt::DisplayRole:
        switch (column) {
        case DocumentColumn:
            return item.extId;
        case TextColumn:
            return DisplayText::titled(item.title, item.text);
        case RankBeforeColumn:
            return item.rankBefore;
        case RankAfterColumn:
            return item.rankAfter;
        case JudgeScoreColumn:
            return scoreText(item.score);
        case GoldColumn:
            return item.grade;
        case HumanColumn:
            return item.human ? AnnotationQueue::labelText(*item.human) : QString(); // Y, N or the digit typed
        case StatusColumn:
            return item.status;
        case TopTokensColumn:
            return formatTopTokens(item.topTokens);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
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
            return cell(row, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return item.text;
        if (column == StatusColumn && !item.error.isEmpty())
            return item.error;
        return {};
    case Qt::TextAlignmentRole:
        return column >= RankBeforeColumn && column <= HumanColumn
            ? numberAlignment()
            : QVariant();
    default:
        return {};
    }
}
} // namespace tare
