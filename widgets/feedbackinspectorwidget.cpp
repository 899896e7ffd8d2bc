// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/feedbackinspectorwidget.h"

#include "core/db/humanjudgmentstore.h"
#include "core/feedback/humanfeedbackrun.h"
#include "core/models/feedbackmodel.h"
#include "widgets/chartsupport.h"
#include "widgets/labeltablesupport.h"
#include "widgets/layoutsupport.h"
#include "widgets/tsvtableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

/// What an undo did to the file: whether a label was deleted, and the label now in force.
struct Undone
{
    bool removed = false;
    std::optional<double> current;
};

} // namespace

using ChartSupport::figure;

FeedbackInspectorWidget::FeedbackInspectorWidget(QWidget* parent)
    : QWidget(parent)
    , m_loads(this, JobTracker::Policy::LatestWins, &m_queue)
    , m_reRefines(this, JobTracker::Policy::LatestWins, &m_queue)
    , m_labels(this, JobTracker::Policy::EveryResult, &m_queue)
    , m_model(new FeedbackModel(this))
    , m_table(new TsvTableView(this))
    , m_heading(new QLabel(this))
    , m_agreement(new QLabel(this))
    , m_reRefineResult(new QLabel(this))
    , m_reRefine(new QPushButton(tr("Re-refine with these judgments"), this))
    , m_details(new QTextBrowser(this))
{
    m_queue.setMaxThreadCount(1); // labels, loads and re-refines reach the file in order
    setObjectName(QStringLiteral("feedbackPage"));
    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setAccessibleName(tr("Judged documents"));
    m_reRefine->setObjectName(QStringLiteral("feedbackReRefine"));
    m_details->setObjectName(QStringLiteral("feedbackDetails"));
    m_details->setAccessibleName(tr("Judged document"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_agreement->setTextFormat(Qt::RichText);
    m_agreement->setToolTip(tr("Accuracy: share of judged documents where the judge (score ≥ 0.5) agrees with gold "
                               "(grade > 0). Cohen's κ: that agreement corrected for chance. AUC: probability that the "
                               "judge scores a relevant document above an irrelevant one."));
    m_reRefine->setToolTip(tr("Refine this query again at once, with your labels in place of the judge's scores."));
    m_reRefine->setEnabled(false);
    m_reRefineResult->setTextFormat(Qt::PlainText);

    // Highlighted: the judge disagrees with gold.
    LabelTableSupport::setUp(
        m_table, m_model, FeedbackModel::TextColumn,
        [](const QModelIndex& index) { return index.data(FeedbackModel::DisagreementRole).toBool(); }, this);
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
    QSplitter* splitter = LayoutSupport::splitter(Qt::Vertical, this, {{m_table, 3}, {m_details, 1}});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(keys);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_reRefine, &QPushButton::clicked, this, &FeedbackInspectorWidget::reRefine);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackInspectorWidget::showDetails);
    clear();
}

void FeedbackInspectorWidget::clear()
{
    m_loads.abandon(); // a load in flight is for the previous project: dropped
    m_reRefines.abandon();
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
    m_heading->setText(tr("Loading the feedback of query %1 of run %2…").arg(queryId).arg(runId));
    m_reRefines.abandon(); // a re-refine's result belongs to the query shown before
    m_loads.run(
        projectPath, [runId, queryId](ProjectStore& store) { return FeedbackInspection::load(store, runId, queryId); },
        [this, projectPath](const JobResult<FeedbackInspection>& result) {
            if (!result) {
                showMessage(tr("Cannot show this query's feedback: %1").arg(result.error()));
                Q_EMIT inspectionFailed(result.error());
                return;
            }
            setInspection(projectPath, *result);
        });
}

void FeedbackInspectorWidget::setInspection(const QString& projectPath, const FeedbackInspection& inspection)
{
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
    html += LabelTableSupport::answerHtml(item.topTokens, item.error, item.rawResponse);
    m_details->setHtml(html);
}

int FeedbackInspectorWidget::rowOfDocument(qint64 documentId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row).documentId == documentId)
            return row;
    }
    return -1;
}

bool FeedbackInspectorWidget::labelCurrent(double score, const QString& key)
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount() || m_projectPath.isEmpty())
        return false;
    const FeedbackItem& item = m_model->item(row);
    const qint64 documentId = item.documentId;
    const qint64 runId = m_model->inspection().runId;
    const qint64 queryId = m_model->inspection().queryId;
    // Shown at once; the worker appends the row (HumanJudgmentStore's history), in order.
    m_labelled.append({documentId, item.human});
    m_model->setHuman(row, score);
    updateAgreement();
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1); // on to the next document, as annotators expect
    m_labels.run(
        m_projectPath,
        [queryId, documentId, score, key](ProjectStore& store) { return HumanJudgmentStore(store).label(queryId, documentId, score, key); },
        [this, runId, queryId, documentId, score](const JobResult<qint64>& stored) {
            if (stored) {
                Q_EMIT labelStored(documentId, score);
                return;
            }
            m_reRefineResult->setText(tr("Could not store the label: %1").arg(stored.error()));
            // Not in the file: Backspace must not undo it, and the view shows what the file holds.
            for (qsizetype i = m_labelled.size() - 1; i >= 0; --i) {
                if (m_labelled[i].documentId == documentId) {
                    m_labelled.removeAt(i);
                    break;
                }
            }
            rereadLabel(runId, queryId, documentId);
        });
    return true;
}

bool FeedbackInspectorWidget::undoLabel()
{
    if (m_projectPath.isEmpty())
        return false;
    std::optional<GivenLabel> given;
    qint64 documentId = 0;
    if (!m_labelled.isEmpty()) {
        given = m_labelled.takeLast();
        documentId = given->documentId;
    } else if (currentRow() >= 0) {
        documentId = m_model->item(currentRow()).documentId;
    }
    const int row = rowOfDocument(documentId);
    if (row < 0 || (!given && !m_model->item(row).human))
        return false; // no label of the person's to remove
    const qint64 runId = m_model->inspection().runId;
    const qint64 queryId = m_model->inspection().queryId;
    // A label given here brings back the one it replaced at once; an older one's predecessor is
    // known only to the file, so the view follows when the worker has read it.
    if (given)
        m_model->setHuman(row, given->previous);
    m_table->selectRow(row);
    updateAgreement();
    m_labels.run(
        m_projectPath,
        [queryId, documentId](ProjectStore& store) {
            HumanJudgmentStore humans(store);
            Undone undone;
            undone.removed = humans.undo(queryId, documentId);
            undone.current = humans.current(queryId, documentId);
            return undone;
        },
        [this, runId, queryId, documentId](const JobResult<Undone>& undone) {
            if (!undone) {
                m_reRefineResult->setText(tr("Could not undo the label: %1").arg(undone.error()));
                rereadLabel(runId, queryId, documentId);
                return;
            }
            settleLabel(runId, queryId, documentId, undone->current);
            if (undone->removed)
                Q_EMIT labelRemoved(documentId);
        });
    return true;
}

void FeedbackInspectorWidget::rereadLabel(qint64 runId, qint64 queryId, qint64 documentId)
{
    m_labels.run(
        m_projectPath, [queryId, documentId](ProjectStore& store) { return HumanJudgmentStore(store).current(queryId, documentId); },
        [this, runId, queryId, documentId](const JobResult<std::optional<double>>& current) {
            if (current)
                settleLabel(runId, queryId, documentId, *current);
        });
}

void FeedbackInspectorWidget::settleLabel(qint64 runId, qint64 queryId, qint64 documentId, std::optional<double> score)
{
    // Labels still queued would make this one stale: the last of them settles the row.
    if (m_labels.isRunning() || m_model->inspection().runId != runId || m_model->inspection().queryId != queryId)
        return;
    const int row = rowOfDocument(documentId);
    if (row < 0 || m_model->item(row).human == score)
        return;
    m_model->setHuman(row, score);
    updateAgreement();
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
    const double stored = m_model->inspection().apAfter;
    const double before = m_model->inspection().apBefore;
    const qint64 queryId = m_model->inspection().queryId;
    m_reRefine->setEnabled(false);
    m_reRefineResult->setText(tr("Re-refining…"));
    // The row goes into the run's "human feedback" run (HumanFeedbackRun), behind the labels
    // queued before it.
    m_reRefines.run(
        m_projectPath,
        [replay, scores, human](ProjectStore& store) { return HumanFeedbackRun::reRefine(store, *replay, scores, human); },
        [this, stored, before, queryId](const JobResult<HumanFeedbackRun::Stored>& result) {
            m_reRefine->setEnabled(true);
            if (!result) {
                m_reRefineResult->setText(tr("Re-refining failed: %1").arg(result.error()));
                return;
            }
            const double ap = result->record.apAfter;
            m_reRefineResult->setText(tr("AP before refinement %1 · after (run) %2 · re-refined with your labels %3 (%4)")
                                          .arg(figure(before), figure(stored), figure(ap))
                                          .arg((ap >= stored ? QStringLiteral("+") : QString()) + figure(ap - stored))
                                      + QStringLiteral(" · ") + tr("stored in run %1").arg(result->runId));
            Q_EMIT reRefined(ap, stored);
            Q_EMIT reRefineStored(result->runId, queryId);
        });
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
        const LabelTableSupport::LabelKey key = LabelTableSupport::labelKey(*static_cast<QKeyEvent*>(event));
        if (key.action == LabelTableSupport::LabelKey::Action::Label) {
            labelCurrent(key.score, key.text);
            return true;
        }
        if (key.action == LabelTableSupport::LabelKey::Action::Undo) {
            undoLabel();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tare
