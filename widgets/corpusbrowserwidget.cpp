// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/corpusbrowserwidget.h"

#include "core/db/projectstore.h"
#include "core/models/corpusmodel.h"
#include "core/util/tareerror.h"
#include "widgets/chartsupport.h"
#include "widgets/tsvtableview.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tare {

namespace {

struct OpenResult
{
    QList<QueryRecord> queries;
    qint64 documents = 0;
    QString error;
};

struct RankingResult
{
    QueryRanking ranking;
    QString error;
};

} // namespace

using ChartSupport::runInBackground;

CorpusBrowserWidget::CorpusBrowserWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new CorpusModel(this))
    , m_table(new TsvTableView(this))
    , m_queries(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_document(new QTextBrowser(this))
    , m_filterDelay(new QTimer(this))
{
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

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Queries"), left));
    leftLayout->addWidget(m_queries, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    rightLayout->addLayout(filterRow);
    auto* vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_table);
    vertical->addWidget(m_document);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    rightLayout->addWidget(vertical, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
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
    const quint64 request = ++m_request;
    m_status->setText(tr("Preparing the search index…"));
    m_filter->setEnabled(false);
    runInBackground<OpenResult>(
        this,
        [projectPath, datasetId] {
            OpenResult result;
            try {
                ProjectStore store(projectPath);
                store.documentSearch().ensureIndex(); // reads the whole corpus once after an import
                result.queries = store.datasets().queries(datasetId);
                result.documents = store.documentSearch().count(datasetId, {});
            } catch (const TareError& error) {
                result.error = error.message();
            }
            return result;
        },
        [this, request, projectPath, datasetId](const OpenResult& result) {
            if (request != m_request)
                return;
            if (!result.error.isEmpty()) {
                m_status->setText(tr("Cannot open the corpus: %1").arg(result.error));
                Q_EMIT failed(result.error);
                return;
            }
            try {
                m_model->setProject(projectPath, datasetId);
                m_model->setFilter(m_filter->text());
            } catch (const TareError& error) {
                m_status->setText(tr("Cannot open the corpus: %1").arg(error.message()));
                Q_EMIT failed(error.message());
                return;
            }
            m_queries->blockSignals(true);
            m_queries->clear();
            for (const QueryRecord& query : result.queries) {
                auto* item = new QListWidgetItem(tr("%1 — %2").arg(query.extId, query.text), m_queries);
                item->setData(Qt::UserRole, query.id);
                item->setToolTip(query.text);
            }
            m_queries->blockSignals(false);
            m_filter->setEnabled(true);
            m_status->setText(tr("%n document(s)", nullptr, int(result.documents)));
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
    const quint64 request = ++m_rankingRequest;
    if (m_runId == 0) {
        m_model->setRanking({});
        return;
    }
    const QString path = m_projectPath;
    const qint64 runId = m_runId;
    runInBackground<RankingResult>(
        this,
        [path, runId, queryId] {
            RankingResult result;
            try {
                ProjectStore store(path);
                result.ranking = QueryRanking::load(store, runId, queryId);
            } catch (const TareError& error) {
                result.error = error.message();
            }
            return result;
        },
        [this, request, queryId](const RankingResult& result) {
            if (request != m_rankingRequest)
                return;
            if (!result.error.isEmpty()) {
                m_model->setRanking({});
                m_status->setText(tr("No ranks for this query: %1").arg(result.error));
                return;
            }
            m_model->setRanking(result.ranking);
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
    m_model->setFilter(filter);
    countMatches();
}

void CorpusBrowserWidget::countMatches()
{
    const QString path = m_projectPath;
    const qint64 datasetId = m_datasetId;
    const QString filter = m_model->filter();
    const quint64 request = ++m_countRequest;
    runInBackground<qint64>(
        this,
        [path, datasetId, filter] {
            try {
                ProjectStore store(path);
                return store.documentSearch().count(datasetId, filter);
            } catch (const TareError&) {
                return qint64(-1);
            }
        },
        [this, request, filter](qint64 matches) {
            if (request != m_countRequest)
                return;
            m_status->setText(matches < 0 ? tr("The filter could not be applied.")
                                  : filter.trimmed().isEmpty() ? tr("%n document(s)", nullptr, int(matches))
                                                               : tr("%n match(es)", nullptr, int(matches)));
            Q_EMIT filterCounted(matches);
        });
}

void CorpusBrowserWidget::showDocument()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_document->clear();
        return;
    }
    const DocumentRow& row = m_model->document(current.row());
    m_document->setPlainText(tr("%1\n\n%2\n\nLabels: %3")
                                 .arg(row.extId, m_model->fullText(current.row()),
                                      row.labels.isEmpty() ? tr("none") : row.labels));
}

QString CorpusBrowserWidget::statusText() const
{
    return m_status->text();
}

} // namespace tare
