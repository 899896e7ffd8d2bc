// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/corpusbrowserwidget.h"

#include "core/models/corpusmodel.h"
#include "widgets/layoutsupport.h"
#include "widgets/tsvtableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tare {

namespace {

/// A dataset opened: its queries, how many documents it has, and the first page of the listing.
struct Opened
{
    QList<QueryRecord> queries;
    qint64 documents = 0;
    QList<DocumentRow> firstPage;
};

/// A filter applied: how many documents match, and the first page of them.
struct Filtered
{
    qint64 matches = 0;
    QList<DocumentRow> firstPage;
};

} // namespace

CorpusBrowserWidget::CorpusBrowserWidget(QWidget* parent)
    : QWidget(parent)
    , m_opening(this)
    , m_filtering(this)
    , m_ranking(this)
    , m_reading(this)
    , m_model(new CorpusModel(this))
    , m_table(new TsvTableView(this))
    , m_queries(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_document(new QTextBrowser(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("corpusPage"));
    m_filter->setObjectName(QStringLiteral("corpusFilter"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_table->setObjectName(QStringLiteral("corpusDocuments"));
    m_table->setAccessibleName(tr("Documents"));
    m_queries->setObjectName(QStringLiteral("corpusQueries"));
    m_queries->setAccessibleName(tr("Queries"));
    m_document->setObjectName(QStringLiteral("corpusDocument"));
    m_document->setAccessibleName(tr("Document text"));
    m_filter->setPlaceholderText(tr("Filter documents: words in the title or text (prefixes match)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setEnabled(false);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Fixed widths: ResizeToContents would read every row, defeating lazy loading.
    const int widths[] = {70, 420, 110, 90, 95, 95, 95, 95};
    for (int column = 0; column < CorpusModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->horizontalHeader()->setSectionResizeMode(CorpusModel::TextColumn, QHeaderView::Stretch);
    m_queries->setToolTip(tr("Select a query to see each document's rank, score and judgment for it."));
    m_queries->setWordWrap(true);
    m_queries->setMinimumWidth(180);

    QWidget* left = LayoutSupport::column(this, {new QLabel(tr("Queries"), this), {m_queries, 1}});
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    QSplitter* vertical = LayoutSupport::splitter(Qt::Vertical, this, {{m_table, 4}, {m_document, 1}});
    QWidget* right = LayoutSupport::column(this, {filterRow, {vertical, 1}});
    QSplitter* splitter = LayoutSupport::splitter(Qt::Horizontal, this, {{left, 1}, {right, 4}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { setFilter(m_filter->text()); });
    connect(m_queries, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectQuery(m_queries->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CorpusBrowserWidget::showDocument);
    m_status->setText(tr("No dataset open."));
}

void CorpusBrowserWidget::setProject(const QString& projectPath, qint64 datasetId, qint64 runId)
{
    m_projectPath = projectPath;
    m_datasetId = datasetId;
    m_runId = runId;
    m_queryId = 0;
    m_status->setText(tr("Preparing the search index…"));
    m_filter->setEnabled(false);
    m_filtering.abandon();
    m_opening.run(
        projectPath,
        [datasetId, filter = m_filter->text(), pageSize = m_model->pageSize()](ProjectStore& store) {
            DocumentSearch& search = store.documentSearch();
            search.ensureIndex(); // reads the whole corpus once after an import
            Opened opened;
            opened.queries = store.datasets().queries(datasetId);
            opened.documents = search.count(datasetId, {});
            opened.firstPage = search.page(datasetId, filter, 0, pageSize);
            return opened;
        },
        [this, projectPath, datasetId](const JobResult<Opened>& result) {
            if (!result) {
                m_status->setText(tr("Cannot open the corpus: %1").arg(result.error()));
                Q_EMIT failed(result.error());
                return;
            }
            m_model->setDocuments(projectPath, datasetId, m_filter->text(), result->firstPage);
            m_queries->blockSignals(true);
            m_queries->clear();
            for (const QueryRecord& query : result->queries) {
                auto* item = new QListWidgetItem(tr("%1 — %2").arg(query.extId, query.text), m_queries);
                item->setData(Qt::UserRole, query.id);
                item->setToolTip(query.text);
            }
            m_queries->blockSignals(false);
            m_filter->setEnabled(true);
            m_status->setText(tr("%n document(s)", nullptr, int(result->documents)));
            Q_EMIT projectShown();
        });
}

void CorpusBrowserWidget::setRun(qint64 runId)
{
    m_runId = runId;
    if (m_queryId != 0)
        selectQuery(m_queryId);
}

void CorpusBrowserWidget::selectQuery(qint64 queryId)
{
    m_queryId = queryId;
    for (int row = 0; row < m_queries->count(); ++row) {
        if (m_queries->item(row)->data(Qt::UserRole).toLongLong() == queryId && m_queries->currentRow() != row) {
            m_queries->blockSignals(true);
            m_queries->setCurrentRow(row);
            m_queries->blockSignals(false);
        }
    }
    if (m_runId == 0) {
        m_ranking.abandon();
        m_model->setRanking({});
        return;
    }
    m_ranking.run(
        m_projectPath, [runId = m_runId, queryId](ProjectStore& store) { return QueryRanking::load(store, runId, queryId); },
        [this, queryId](const JobResult<QueryRanking>& result) {
            if (!result) {
                m_model->setRanking({});
                m_status->setText(tr("No ranks for this query: %1").arg(result.error()));
                return;
            }
            m_model->setRanking(*result);
            Q_EMIT rankingShown(queryId);
        });
}

void CorpusBrowserWidget::setFilter(const QString& filter)
{
    if (m_filter->text() != filter) {
        m_filter->blockSignals(true);
        m_filter->setText(filter);
        m_filter->blockSignals(false);
    }
    m_filterDelay->stop();
    // The count and the first page come together, so the status and the table always agree.
    m_filtering.run(
        m_projectPath,
        [datasetId = m_datasetId, filter, pageSize = m_model->pageSize()](ProjectStore& store) {
            DocumentSearch& search = store.documentSearch();
            return Filtered{search.count(datasetId, filter), search.page(datasetId, filter, 0, pageSize)};
        },
        [this, filter, path = m_projectPath, datasetId = m_datasetId](const JobResult<Filtered>& result) {
            if (!result) {
                m_status->setText(tr("The filter could not be applied."));
                Q_EMIT filterCounted(-1);
                return;
            }
            m_model->setDocuments(path, datasetId, filter, result->firstPage);
            m_status->setText(filter.trimmed().isEmpty() ? tr("%n document(s)", nullptr, int(result->matches))
                                                         : tr("%n match(es)", nullptr, int(result->matches)));
            Q_EMIT filterCounted(result->matches);
        });
}

void CorpusBrowserWidget::showDocument()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_reading.abandon();
        m_document->clear();
        return;
    }
    const DocumentRow& row = m_model->document(current.row());
    const QString labels = row.labels.isEmpty() ? tr("none") : row.labels;
    // The preview at once, the whole text when the worker has read it.
    m_document->setPlainText(tr("%1\n\n%2\n\nLabels: %3").arg(row.extId, row.preview, labels));
    m_reading.run(
        m_projectPath, [documentId = row.id](ProjectStore& store) { return store.documentSearch().fullText(documentId); },
        [this, documentId = row.id, extId = row.extId, labels](const JobResult<QString>& text) {
            if (!text)
                return; // the preview stays
            m_document->setPlainText(tr("%1\n\n%2\n\nLabels: %3").arg(extId, *text, labels));
            Q_EMIT documentShown(documentId);
        });
}

QString CorpusBrowserWidget::documentText() const
{
    return m_document->toPlainText();
}

QString CorpusBrowserWidget::statusText() const
{
    return m_status->text();
}

} // namespace tare
