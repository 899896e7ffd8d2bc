// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/corpusmodel.h"

#include "core/db/projectstore.h"

#include <QScopeGuard>

namespace tare {

CorpusModel::CorpusModel(QObject* parent)
    : TableModel({{QT_TR_NOOP("Document")}, {QT_TR_NOOP("Text")},
                  {QT_TR_NOOP("Labels"),
                   QT_TR_NOOP("Every query this document is labelled for, with its gold grade.")},
                  {QT_TR_NOOP("Judgment"),
                   QT_TR_NOOP("For the selected query: the run's judge score, and your label if you gave one.")},
                  {QT_TR_NOOP("Rank before")},
                  {QT_TR_NOOP("Score before"),
                   QT_TR_NOOP("Cosine similarity with the selected query before or after refinement.")},
                  {QT_TR_NOOP("Rank after")},
                  {QT_TR_NOOP("Score after"),
                   QT_TR_NOOP("Cosine similarity with the selected query before or after refinement.")}},
                 parent)
{
}

CorpusModel::~CorpusModel() = default;

void CorpusModel::setProject(const QString& path, qint64 datasetId)
{
    auto store = std::make_unique<ProjectStore>(path); // may throw: the model stays as it was
    m_fetching = true; // no page from inside the reset notifications
    beginResetModel();
    m_rows.clear();
    m_ranking = {};
    m_search = nullptr;
    m_store = std::move(store);
    m_search = &m_store->documentSearch();
    m_datasetId = datasetId;
    m_exhausted = false;
    endResetModel();
    m_fetching = false;
    // The first page at once: a view asks for more only after it has rows to scroll.
    fetchMore({});
}

void CorpusModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CorpusModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = !m_search;
    endResetModel();
    m_fetching = false;
    fetchMore({});
}

void CorpusModel::setRanking(const QueryRanking& ranking)
{
    m_ranking = ranking;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, JudgmentColumn), index(rowCount() - 1, ScoreAfterColumn));
}

QString CorpusModel::fullText(int row)
{
    return m_search && row >= 0 && row < rowCount() ? m_search->fullText(m_rows[row].id) : QString();
}

int CorpusModel::rowOfDocument(qint64 documentId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[row].id == documentId)
            return row;
    }
    return -1;
}

bool CorpusModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void CorpusModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || !m_search || m_fetching)
        return;
    // Views and testers may ask for more from inside the insert notifications: one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<DocumentRow> page = m_search->page(m_datasetId, m_filter, after, m_pageSize);
    m_exhausted = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int CorpusModel::rows() const
{
    return int(m_rows.size());
}

QVariant CorpusModel::cell(int rowIndex, int column, int role) const
{
    const DocumentRow& row = m_rows[rowIndex];
    if (role == DocumentIdRole)
        return row.id;
    const auto entry = m_ranking.candidates.constFind(row.id);
    const bool ranked = entry != m_ranking.candidates.constEnd();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DocumentColumn:
            return row.extId;
        case TextColumn:
            return row.title.isEmpty() ? row.preview : row.title + QStringLiteral(" — ") + row.preview;
        case LabelsColumn:
            return row.labels;
        case JudgmentColumn: {
            QStringList parts;
            const auto judged = m_ranking.judgments.constFind(row.id);
            if (judged != m_ranking.judgments.constEnd())
                parts.append(judged->has_value() ? QString::number(**judged, 'f', 2) : tr("failed"));
            const auto human = m_ranking.humanLabels.constFind(row.id);
            if (human != m_ranking.humanLabels.constEnd())
                parts.append(tr("you: %1").arg(QString::number(*human, 'f', 2)));
            return parts.join(QStringLiteral(" · "));
        }
        case RankBeforeColumn:
            return ranked ? QVariant(entry->rankBefore) : QVariant();
        case ScoreBeforeColumn:
            return ranked ? QVariant(QString::number(entry->scoreBefore, 'f', 3)) : QVariant();
        case RankAfterColumn:
            return ranked ? QVariant(entry->rankAfter) : QVariant();
        case ScoreAfterColumn:
            return ranked ? QVariant(QString::number(entry->scoreAfter, 'f', 3)) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == TextColumn)
        return row.preview;
    if (role == Qt::TextAlignmentRole && column >= RankBeforeColumn)
        return numberAlignment();
    return {};
}
} // namespace tare
