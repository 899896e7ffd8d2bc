// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/corpusmodel.h"

#include "core/db/projectstore.h"
#include "core/util/displaytext.h"

#include <utility>

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
    , m_pages(this)
{
}

CorpusModel::~CorpusModel() = default;

void CorpusModel::setDocuments(const QString& projectPath, qint64 datasetId, const QString& filter, const QList<DocumentRow>& firstPage)
{
    m_pages.abandon(); // a page of the listing before is not this one's
    m_changing = true;
    beginResetModel();
    m_projectPath = projectPath;
    m_datasetId = datasetId;
    m_filter = filter;
    m_rows = firstPage;
    m_ahead.reset();
    m_reading = false;
    m_wanted = false;
    m_exhausted = firstPage.size() < m_pageSize;
    endResetModel();
    m_changing = false;
    readAhead();
}

void CorpusModel::clear()
{
    setDocuments({}, 0, {}, {});
}

void CorpusModel::setRanking(const QueryRanking& ranking)
{
    m_ranking = ranking;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, JudgmentColumn), index(rowCount() - 1, ScoreAfterColumn));
}

int CorpusModel::rowOfDocument(qint64 documentId) const
{
    return rowWhere(m_rows, [documentId](const DocumentRow& row) { return row.id == documentId; });
}

bool CorpusModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && (!m_exhausted || m_ahead);
}

void CorpusModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask for more from inside the reset or insert notifications: one page
    // at a time, as they asked before it.
    if (parent.isValid() || m_changing)
        return;
    if (m_ahead) {
        appendAhead();
        return;
    }
    if (!m_exhausted) {
        m_wanted = true; // appended when the page in flight arrives
        readAhead();
    }
}

// Reads the page after the last listed row on a worker (its own connection), unless one is in
// flight or waiting, or the rows are changing (the read starts once they are in place).
void CorpusModel::readAhead()
{
    if (m_exhausted || m_reading || m_ahead || m_changing || m_projectPath.isEmpty())
        return;
    m_reading = true;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().id;
    m_pages.run(
        m_projectPath,
        [datasetId = m_datasetId, filter = m_filter, after, limit = m_pageSize](ProjectStore& store) {
            return store.documentSearch().page(datasetId, filter, after, limit);
        },
        [this](const JobResult<QList<DocumentRow>>& page) {
            m_reading = false;
            if (!page) {
                m_exhausted = true;
                m_wanted = false;
                Q_EMIT pageFailed(page.error());
                return;
            }
            m_exhausted = page->size() < m_pageSize;
            if (!page->isEmpty())
                m_ahead = *page;
            if (std::exchange(m_wanted, false) && m_ahead)
                appendAhead();
        });
}

void CorpusModel::appendAhead()
{
    const QList<DocumentRow> page = *std::exchange(m_ahead, std::nullopt);
    m_wanted = false;
    const int first = rowCount();
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
    readAhead();
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
            return DisplayText::titled(row.title, row.preview);
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
