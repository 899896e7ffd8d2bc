// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/feedbackinspectorwidget.h"

#include "core/db/projectstore.h"
#include "core/models/feedbackmodel.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/db/humanjudgmentstore.h"
#include "core/util/tareerror.h"
#include "widgets/chartsupport.h"
#include "widgets/tsvtableview.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

/// Colours the rows where the judge disagrees with gold (the model says which, QtCore only).
class DisagreementProxyModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::BackgroundRole && index.data(FeedbackModel::DisagreementRole).toBool())
            return QColor(0xfb, 0xd5, 0xc8);
        if (role == Qt::ForegroundRole && index.data(FeedbackModel::DisagreementRole).toBool())
            return QColor(Qt::black); // readable on the light background in dark themes too
        return QIdentityProxyModel::data(index, role);
    }
};

struct LoadResult
{
    FeedbackInspection inspection;
    QString error;
};

struct ReRefineResult
{
    double ap = 0.0;
    qint64 feedbackRunId = 0; ///< where the row was stored
    QString error;
};

} // namespace

using ChartSupport::figure;

FeedbackInspectorWidget::FeedbackInspectorWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new FeedbackModel(this))
    , m_table(new TsvTableView(this))
    , m_heading(new QLabel(this))
    , m_agreement(new QLabel(this))
    , m_reRefineResult(new QLabel(this))
    , m_reRefine(new QPushButton(tr("Re-refine with these judgments"), this))
    , m_details(new QTextBrowser(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_agreement->setTextFormat(Qt::RichText);
    m_agreement->setToolTip(tr("Accuracy: share of judged documents where the judge (score ≥ 0.5) agrees with gold "
                               "(grade > 0). Cohen's κ: that agreement corrected for chance. AUC: probability that the "
                               "judge scores a relevant document above an irrelevant one."));
    m_reRefine->setToolTip(tr("Refine this query again at once, with your labels in place of the judge's scores."));
    m_reRefine->setEnabled(false);
    m_reRefineResult->setTextFormat(Qt::PlainText);

    auto* proxy = new DisagreementProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FeedbackModel::TextColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    m_details->setOpenLinks(false);

    auto* keys = new QLabel(tr("Keys: Y relevant · N not relevant · 0–9 graded label · ↑ ↓ move · Backspace undo. "
                               "Highlighted rows: the judge disagrees with gold."),
                            this);
    keys->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_agreement);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reRefine);
    actions->addWidget(m_reRefineResult, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(keys);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_reRefine, &QPushButton::clicked, this, &FeedbackInspectorWidget::reRefine);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackInspectorWidget::showDetails);
    showMessage(tr("Select a query in the run dashboard's table to see its feedback."));
}

FeedbackInspectorWidget::~FeedbackInspectorWidget() = default;

void FeedbackInspectorWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    m_agreement->clear();
    m_reRefineResult->clear();
    m_details->clear();
    m_reRefine->setEnabled(false);
    m_model->clear();
}

void FeedbackInspectorWidget::inspect(const QString& projectPath, qint64 runId, qint64 queryId)
{
    const quint64 request = ++m_request;
    m_heading->setText(tr("Loading the feedback of query %1 of run %2…").arg(queryId).arg(runId));
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, request, projectPath] {
        watcher->deleteLater();
        if (request != m_request)
            return; // a newer request is on its way
        const LoadResult result = watcher->result();
        if (!result.error.isEmpty()) {
            showMessage(tr("Cannot show this query's feedback: %1").arg(result.error));
            Q_EMIT inspectionFailed(result.error);
            return;
        }
        setInspection(projectPath, result.inspection);
    });
    watcher->setFuture(QtConcurrent::run([projectPath, runId, queryId] {
        LoadResult result;
        try {
            ProjectStore store(projectPath);
            result.inspection = FeedbackInspection::load(store, runId, queryId);
        } catch (const TareError& error) {
            result.error = error.message();
        }
        return result;
    }));
}

void FeedbackInspectorWidget::setInspection(const QString& projectPath, const FeedbackInspection& inspection)
{
    if (projectPath != m_projectPath)
        m_store.reset();
    m_projectPath = projectPath;
    m_labelled.clear();
    m_model->setInspection(inspection);
    // Only chat judges with logprobs have top tokens: an always-empty column is noise.
    const bool anyTokens = std::any_of(inspection.items.cbegin(), inspection.items.cend(),
                                       [](const FeedbackItem& item) { return !item.topTokens.isEmpty(); });
    m_table->setColumnHidden(FeedbackModel::TopTokensColumn, !anyTokens);
    m_heading->setText(tr("Query %1: %2\nRun %3 · judge %4 · %n judged document(s)", nullptr, int(inspection.items.size()))
                           .arg(inspection.queryExtId, inspection.queryText)
                           .arg(inspection.runId)
                           .arg(inspection.judgeName));
    QString apText = tr("AP before refinement %1 · after (run) %2").arg(figure(inspection.apBefore), figure(inspection.apAfter));
    if (inspection.feedbackApAfter && inspection.feedbackRunId != inspection.runId)
        apText += QStringLiteral(" · ") + tr("with your labels (stored in run %1) %2").arg(inspection.feedbackRunId).arg(figure(*inspection.feedbackApAfter));
    m_reRefineResult->setText(apText);
    m_reRefine->setEnabled(inspection.replay != nullptr);
    updateAgreement();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    Q_EMIT inspectionShown(inspection.runId, inspection.queryId);
}

void FeedbackInspectorWidget::updateAgreement()
{
    const JudgeAgreement judge = m_model->judgeAgreement();
    const JudgeAgreement effective = m_model->effectiveAgreement();
    m_agreement->setText(tr("<table cellspacing='0' cellpadding='2'>"
                            "<tr><th></th><th align='right'>judge</th><th align='right'>with your labels</th></tr>"
                            "<tr><td>accuracy</td><td align='right'>%1</td><td align='right'>%2</td></tr>"
                            "<tr><td>Cohen's κ</td><td align='right'>%3</td><td align='right'>%4</td></tr>"
                            "<tr><td>AUC</td><td align='right'>%5</td><td align='right'>%6</td></tr>"
                            "<tr><td>your labels</td><td></td><td align='right'>%7</td></tr></table>")
                             .arg(figure(judge.accuracy), figure(effective.accuracy), figure(judge.kappa),
                                  figure(effective.kappa), figure(judge.auc), figure(effective.auc))
                             .arg(m_model->humanLabelCount()));
}

int FeedbackInspectorWidget::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FeedbackInspectorWidget::showDetails()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const FeedbackItem& item = m_model->item(row);
    QString html = tr("<p><b>%1</b> %2</p><p>%3</p>")
                       .arg(item.extId.toHtmlEscaped(), item.title.toHtmlEscaped(), item.text.toHtmlEscaped());
    if (!item.topTokens.isEmpty()) {
        QString rows;
        for (const auto& [token, probability] : item.topTokens)
            rows += QStringLiteral("<tr><td><code>%1</code></td><td align='right'>%2</td></tr>")
                        .arg(token.toHtmlEscaped(), QString::number(probability, 'f', 3));
        html += tr("<p><b>First token, top alternatives</b></p><table cellpadding='2'>%1</table>").arg(rows);
    }
    if (!item.error.isEmpty())
        html += tr("<p><b>Error:</b> %1</p>").arg(item.error.toHtmlEscaped());
    if (!item.rawResponse.isEmpty())
        html += tr("<p><b>Raw response</b></p><pre style='white-space: pre-wrap'>%1</pre>").arg(item.rawResponse.left(4000).toHtmlEscaped());
    m_details->setHtml(html);
}

ProjectStore* FeedbackInspectorWidget::store()
{
    if (!m_store && !m_projectPath.isEmpty())
        m_store = std::make_unique<ProjectStore>(m_projectPath);
    return m_store.get();
}

bool FeedbackInspectorWidget::labelCurrent(double score, const QString& key)
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const FeedbackItem& item = m_model->item(row);
    try {
        ProjectStore* db = store();
        if (!db)
            return false;
        HumanJudgmentStore(*db).label(m_model->inspection().queryId, item.documentId, score, key);
    } catch (const TareError& error) {
        m_reRefineResult->setText(tr("Could not store the label: %1").arg(error.message()));
        return false;
    }
    const qint64 documentId = item.documentId;
    m_model->setHuman(row, score);
    m_labelled.append(documentId);
    updateAgreement();
    Q_EMIT labelStored(documentId, score);
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1); // on to the next document, as annotators expect
    return true;
}

bool FeedbackInspectorWidget::undoLabel()
{
    qint64 documentId = 0;
    if (!m_labelled.isEmpty())
        documentId = m_labelled.takeLast();
    else if (currentRow() >= 0)
        documentId = m_model->item(currentRow()).documentId;
    if (documentId == 0)
        return false;
    int row = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->item(i).documentId == documentId)
            row = i;
    }
    try {
        ProjectStore* db = store();
        if (!db || row < 0)
            return false;
        HumanJudgmentStore humans(*db);
        const qint64 queryId = m_model->inspection().queryId;
        if (!humans.undo(queryId, documentId))
            return false;
        m_model->setHuman(row, humans.current(queryId, documentId));
    } catch (const TareError& error) {
        m_reRefineResult->setText(tr("Could not undo the label: %1").arg(error.message()));
        return false;
    }
    m_table->selectRow(row);
    updateAgreement();
    Q_EMIT labelRemoved(documentId);
    return true;
}

void FeedbackInspectorWidget::reRefine()
{
    const std::shared_ptr<const QueryReplay> replay = m_model->inspection().replay;
    if (!replay)
        return;
    const std::vector<std::optional<double>> scores = m_model->effectiveScores();
    std::vector<bool> human;
    for (const FeedbackItem& item : m_model->inspection().items)
        human.push_back(item.human.has_value());
    const QString projectPath = m_projectPath;
    const double stored = m_model->inspection().apAfter;
    const double before = m_model->inspection().apBefore;
    const quint64 request = m_request;
    m_reRefine->setEnabled(false);
    m_reRefineResult->setText(tr("Re-refining…"));
    auto* watcher = new QFutureWatcher<ReRefineResult>(this);
    connect(watcher, &QFutureWatcher<ReRefineResult>::finished, this, [this, watcher, request, stored, before] {
        watcher->deleteLater();
        if (request != m_request)
            return; // another query is shown now
        m_reRefine->setEnabled(true);
        const ReRefineResult result = watcher->result();
        if (!result.error.isEmpty()) {
            m_reRefineResult->setText(tr("Re-refining failed: %1").arg(result.error));
            return;
        }
        m_reRefineResult->setText(tr("AP before refinement %1 · after (run) %2 · re-refined with your labels %3 (%4)")
                                      .arg(figure(before), figure(stored), figure(result.ap))
                                      .arg((result.ap >= stored ? QStringLiteral("+") : QString()) + figure(result.ap - stored))
                                  + QStringLiteral(" · ") + tr("stored in run %1").arg(result.feedbackRunId));
        Q_EMIT reRefined(result.ap, stored);
        Q_EMIT reRefineStored(result.feedbackRunId, m_model->inspection().queryId);
    });
    // The row goes into the run's "human feedback" run (HumanFeedbackRun), through the worker's
    // own connection.
    watcher->setFuture(QtConcurrent::run([replay, scores, human, projectPath] {
        ReRefineResult result;
        try {
            ProjectStore store(projectPath);
            const HumanFeedbackRun::Stored stored = HumanFeedbackRun::reRefine(store, *replay, scores, human);
            result.ap = stored.record.apAfter;
            result.feedbackRunId = stored.runId;
        } catch (const TareError& error) {
            result.error = error.message();
        }
        return result;
    }));
}

QString FeedbackInspectorWidget::agreementText() const
{
    return m_agreement->text();
}

QString FeedbackInspectorWidget::reRefineText() const
{
    return m_reRefineResult->text();
}

bool FeedbackInspectorWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (key->key() == Qt::Key_Y || key->key() == Qt::Key_N) {
            const bool yes = key->key() == Qt::Key_Y;
            labelCurrent(yes ? 1.0 : 0.0, yes ? QStringLiteral("Y") : QStringLiteral("N"));
            return true;
        }
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
            const int digit = key->key() - Qt::Key_0;
            labelCurrent(digit / 9.0, QString::number(digit));
            return true;
        }
        if (key->key() == Qt::Key_Backspace) {
            undoLabel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tare
