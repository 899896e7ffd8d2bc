// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/annotationqueuewidget.h"

#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "core/io/judgmentexporter.h"
#include "core/judge/judgmentreasoner.h"
#include "widgets/chartsupport.h"
#include "widgets/labeltablesupport.h"
#include "widgets/layoutsupport.h"
#include "widgets/tsvtableview.h"

#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>

#include <cmath>

namespace tare {

using ChartSupport::figure;

namespace {

/// The labels of an annotator by the name the queue shows ("human": the unnamed default person).
HumanJudgmentStore humansOf(ProjectStore& store, const QString& name)
{
    if (name == HumanJudgmentStore::adjudicationIdentity())
        return HumanJudgmentStore::adjudication(store);
    return HumanJudgmentStore(store, name == u"human" ? QString() : name);
}

} // namespace

struct AnnotationQueueWidget::LoadResult
{
    AnnotationQueue queue;
    qint64 annotatorJudgeId = 0;
    QString annotatorName;
};

AnnotationQueueWidget::AnnotationQueueWidget(QWidget* parent)
    : QWidget(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_jobs(this, JobTracker::Policy::EveryResult, (m_pool->setMaxThreadCount(1), m_pool.get()))
    , m_model(new AnnotationQueueModel(this))
    , m_annotators(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_blind(new QCheckBox(tr("&Blind"), this))
    , m_heading(new QLabel(this))
    , m_table(new TsvTableView(this))
    , m_details(new QTextBrowser(this))
    , m_agreementLabel(new QLabel(this))
    , m_change(new QLabel(this))
    , m_reRefineButton(new QPushButton(tr("Re-refine this query"), this))
    , m_exportButton(new QPushButton(tr("Export labels…"), this))
    , m_whyButton(new QPushButton(tr("Why? (W)"), this))
    , m_reRefineAction(new QAction(tr("Re-refine This Query"), this))
    , m_nextQuery(new QAction(tr("Next Query"), this))
    , m_previousQuery(new QAction(tr("Previous Query"), this))
    , m_exportAction(new QAction(tr("Export Labels…"), this))
{
    setObjectName(QStringLiteral("annotatePage"));
    m_annotators->setObjectName(QStringLiteral("annotator"));
    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_blind->setObjectName(QStringLiteral("annotationBlind"));
    m_table->setObjectName(QStringLiteral("annotationQueue"));
    m_details->setObjectName(QStringLiteral("annotationDetails"));
    m_agreementLabel->setObjectName(QStringLiteral("annotationAgreement"));
    m_change->setObjectName(QStringLiteral("annotationChange"));
    m_reRefineButton->setObjectName(QStringLiteral("annotationReRefine"));
    m_exportButton->setObjectName(QStringLiteral("annotationExport"));
    m_whyButton->setObjectName(QStringLiteral("annotationWhy"));
    m_model->setObjectName(QStringLiteral("annotationQueueModel"));
    m_annotators->setEditable(true);
    m_annotators->setInsertPolicy(QComboBox::NoInsert);
    m_annotators->setMinimumContentsLength(14);
    m_annotators->setAccessibleName(tr("Annotator"));
    m_annotators->setToolTip(tr("Who labels: choose a name or type a new one and press Enter. Each annotator's labels are "
                                "kept apart; \"adjudication\" holds the final labels where people disagree."));
    auto* annotatorLabel = new QLabel(tr("A&nnotator:"), this);
    annotatorLabel->setBuddy(m_annotators);

    m_filter->addItem(tr("Needs attention"), int(AnnotationQueueModel::Filter::NeedsAttention));
    m_filter->addItem(tr("Judge disagrees with gold"), int(AnnotationQueueModel::Filter::JudgeDisagrees));
    m_filter->addItem(tr("People disagree (adjudication)"), int(AnnotationQueueModel::Filter::PeopleDisagree));
    m_filter->addItem(tr("Judge unsure"), int(AnnotationQueueModel::Filter::Unsure));
    m_filter->addItem(tr("Not labelled by you"), int(AnnotationQueueModel::Filter::Unlabelled));
    m_filter->addItem(tr("All judged documents"), int(AnnotationQueueModel::Filter::All));
    m_filter->setAccessibleName(tr("Queue filter"));
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_blind->setAccessibleName(tr("Blind mode"));
    m_blind->setToolTip(tr("Hide the judge's score, gold and the other annotators' labels while you label, and what is "
                           "computed from them: the filters by disagreement, the agreement and the AP after a re-refine."));
    m_filter->setToolTip(tr("Which judged documents are listed. In blind mode only \"Not labelled by you\" and \"All judged "
                            "documents\" can be chosen: the others would tell what the judge and gold said."));

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Queue heading"));

    // Highlighted: someone disagrees (the judge with gold, or people among themselves), unless blind.
    LabelTableSupport::setUp(
        m_table, m_model, AnnotationQueueModel::TextColumn,
        [queue = m_model](const QModelIndex& index) {
            const AnnotationFlags flags(index.data(AnnotationQueueModel::FlagsRole).toInt());
            return (flags & (AnnotationFlag::JudgeDisagrees | AnnotationFlag::PeopleDisagree)) && !queue->isBlind();
        },
        this);
    m_table->setAccessibleName(tr("Annotation queue"));

    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Document and the judge's answer"));
    m_agreementLabel->setTextFormat(Qt::RichText);
    m_agreementLabel->setWordWrap(true);
    m_agreementLabel->setAccessibleName(tr("Agreement"));
    m_agreementLabel->setToolTip(tr("Cohen's κ between every two raters on the relevance decision (label or score ≥ 0.5, "
                                    "grade > 0) over the documents both rated; among the people Fleiss' κ and "
                                    "Krippendorff's α (nominal on the decisions, ordinal on the labels)."));
    m_change->setTextFormat(Qt::RichText);
    m_change->setWordWrap(true);
    m_change->setAccessibleName(tr("What re-refining changed"));
    m_reRefineButton->setAccessibleName(tr("Re-refine this query"));
    m_exportButton->setAccessibleName(tr("Export labels"));
    m_whyButton->setAccessibleName(tr("Ask the judge why"));
    m_whyButton->setToolTip(tr("Ask the judges' chat model (Settings) for a one-sentence reason for this judgment. It is "
                               "stored with the judgment and never used in refinement."));
    m_whyButton->setEnabled(false);

    m_reRefineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_nextQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_previousQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    for (QAction* action : {m_reRefineAction, m_nextQuery, m_previousQuery, m_exportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    m_reRefineButton->setToolTip(tr("Refine the current query again with the labels in force (Ctrl+R)."));
    m_reRefineButton->setEnabled(false);
    m_exportButton->setEnabled(false);

    auto* keys = new QLabel(tr("Keys: Y relevant · N not relevant · 0–9 graded · ↑ ↓ move · Backspace undo · W why? · "
                               "Ctrl+R re-refine the query · Ctrl+→ / Ctrl+← next / previous query"),
                            this);
    keys->setWordWrap(true);
    keys->setAccessibleName(tr("Keys"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(annotatorLabel);
    controls->addWidget(m_annotators);
    controls->addSpacing(12);
    controls->addWidget(filterLabel);
    controls->addWidget(m_filter);
    controls->addSpacing(12);
    controls->addWidget(m_blind);
    controls->addStretch(1);
    controls->addWidget(m_exportButton);

    QWidget* side = LayoutSupport::column(this, {m_agreementLabel, {m_details, 1}, {m_whyButton, 0, Qt::AlignLeft}});
    QSplitter* splitter = LayoutSupport::splitter(Qt::Horizontal, this, {{m_table, 3}, {side, 2}}, {760, 480});

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reRefineButton);
    actions->addWidget(m_change, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(keys);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_reRefineAction, &QAction::triggered, this, &AnnotationQueueWidget::reRefineCurrentQuery);
    connect(m_reRefineButton, &QPushButton::clicked, m_reRefineAction, &QAction::trigger);
    connect(m_nextQuery, &QAction::triggered, this, [this] { moveToQuery(+1); });
    connect(m_previousQuery, &QAction::triggered, this, [this] { moveToQuery(-1); });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Labels of %1").arg(m_annotatorName), {},
                                                          tr("JSON Lines (*.jsonl);;TREC qrels (*.qrels)"));
        if (!path.isEmpty())
            exportJudgments(path);
    });
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_whyButton, &QPushButton::clicked, this, &AnnotationQueueWidget::askWhy);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(AnnotationQueueModel::Filter(m_filter->currentData().toInt()));
        m_given.clear();
        updateHeading();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_blind, &QCheckBox::toggled, this, &AnnotationQueueWidget::setBlind);
    connect(m_annotators, &QComboBox::activated, this, [this](int index) { setAnnotator(m_annotators->itemText(index)); });
    connect(m_annotators->lineEdit(), &QLineEdit::returnPressed, this, [this] { setAnnotator(m_annotators->currentText()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateHeading();
    });
    connect(m_change, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList runs = link.mid(QStringLiteral("compare:").size()).split(u',');
        if (link.startsWith(u"compare:") && runs.size() == 2)
            Q_EMIT compareRequested(runs[0].toLongLong(), runs[1].toLongLong());
    });
    showMessage(tr("Select a run (run dashboard) to see the documents that need a person."));
}

AnnotationQueueWidget::~AnnotationQueueWidget()
{
    m_pool->waitForDone(); // queued labels still reach the file
}

void AnnotationQueueWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    m_model->clear();
    m_details->clear();
    m_agreementLabel->clear();
    m_change->clear();
    m_lastChange.reset();
    for (QAction* action : {m_reRefineAction, m_nextQuery, m_previousQuery, m_exportAction})
        action->setEnabled(false);
    m_reRefineButton->setEnabled(false);
    m_exportButton->setEnabled(false);
}

void AnnotationQueueWidget::showRun(const QString& projectPath, qint64 runId, const QString& annotator)
{
    m_projectPath = projectPath;
    m_runId = runId;
    m_annotatorName = annotator.trimmed();
    m_change->clear();
    m_lastChange.reset();
    load();
}

void AnnotationQueueWidget::setAnnotator(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_annotatorName && m_model->annotator() != 0)
        return;
    m_annotatorName = trimmed;
    if (m_runId != 0)
        load();
}

void AnnotationQueueWidget::load()
{
    m_heading->setText(tr("Loading the queue of run %1…").arg(m_runId));
    const qint64 runId = m_runId;
    const QString name = m_annotatorName;
    m_jobs.run(
        m_projectPath,
        [runId, name](ProjectStore& store) {
            LoadResult result;
            HumanJudgmentStore humans = humansOf(store, name);
            result.annotatorJudgeId = humans.judgeId(); // created on first use, so the queue lists it
            result.annotatorName = name;
            result.queue = AnnotationQueue::load(store, runId);
            return result;
        },
        [this, runId](const JobResult<LoadResult>& result) {
            if (runId != m_runId || (result && result->annotatorName != m_annotatorName))
                return; // a newer request follows
            if (!result) {
                showMessage(tr("Cannot show this run's queue: %1").arg(result.error()));
                Q_EMIT queueFailed(result.error());
                return;
            }
            applyLoad(*result);
        });
}

void AnnotationQueueWidget::applyLoad(const LoadResult& result)
{
    m_given.clear();
    m_model->setQueue(result.queue);
    m_model->setAnnotator(result.annotatorJudgeId);
    fillAnnotators();
    for (QAction* action : {m_reRefineAction, m_nextQuery, m_previousQuery, m_exportAction})
        action->setEnabled(true);
    m_reRefineButton->setEnabled(true);
    m_exportButton->setEnabled(true);
    updateAgreement();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateHeading();
    showDetails();
    m_table->setFocus();
    Q_EMIT annotatorChosen(m_annotatorName);
    Q_EMIT queueShown(m_runId, m_model->rowCount());
}

void AnnotationQueueWidget::fillAnnotators()
{
    const QSignalBlocker blocker(m_annotators);
    m_annotators->clear();
    int current = -1;
    for (const Annotator& annotator : m_model->queue().annotators) {
        m_annotators->addItem(annotator.name, annotator.judgeId);
        if (annotator.judgeId == m_model->annotator())
            current = m_annotators->count() - 1;
    }
    m_annotators->setCurrentIndex(current);
}

void AnnotationQueueWidget::setBlind(bool blind)
{
    if (m_blind->isChecked() != blind)
        m_blind->setChecked(blind); // comes back here through toggled
    const AnnotationQueueModel::Filter before = m_model->filter();
    m_model->setBlind(blind);
    m_table->setColumnHidden(AnnotationQueueModel::JudgeColumn, blind);
    m_table->setColumnHidden(AnnotationQueueModel::GoldColumn, blind);
    m_table->setColumnHidden(AnnotationQueueModel::OthersColumn, blind);
    m_table->setColumnHidden(AnnotationQueueModel::FlagsColumn, blind);
    m_agreementLabel->setVisible(!blind);
    updateFilterChoice();
    if (m_model->filter() != before && m_model->rowCount() > 0)
        m_table->selectRow(0); // the rows were chosen again
    updateHeading();
    showDetails();
    if (m_lastChange)
        showChange(*m_lastChange);
}

void AnnotationQueueWidget::updateFilterChoice()
{
    auto* choices = qobject_cast<QStandardItemModel*>(m_filter->model());
    for (int i = 0; choices && i < m_filter->count(); ++i) {
        const auto filter = AnnotationQueueModel::Filter(m_filter->itemData(i).toInt());
        choices->item(i)->setEnabled(!m_model->isBlind() || !AnnotationQueueModel::revealsOthers(filter));
    }
    const QSignalBlocker blocker(m_filter); // the model has the filter already
    m_filter->setCurrentIndex(m_filter->findData(int(m_model->filter())));
}

void AnnotationQueueWidget::setFilter(AnnotationQueueModel::Filter filter)
{
    if (m_model->isBlind() && AnnotationQueueModel::revealsOthers(filter))
        return; // not offered in blind mode
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

int AnnotationQueueWidget::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void AnnotationQueueWidget::updateHeading()
{
    if (m_runId == 0 || m_model->annotator() == 0)
        return;
    const AnnotationQueue& queue = m_model->queue();
    QString text = tr("Run %1 · judge %2 · %n document(s) listed for %3", nullptr, m_model->rowCount())
                       .arg(m_runId)
                       .arg(queue.judgeName, m_annotatorName.isEmpty() ? QStringLiteral("human") : m_annotatorName);
    const int row = currentRow();
    if (row >= 0) {
        const AnnotationItem& item = m_model->item(row);
        if (const AnnotationQuery* query = queue.query(item.queryId)) {
            text += QLatin1Char('\n')
                + tr("Query %1: %2 (%n listed)", nullptr, m_model->rowsOfQuery(item.queryId)).arg(query->extId, query->text);
        }
    }
    m_heading->setText(text);
}

void AnnotationQueueWidget::showDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        m_whyButton->setEnabled(false);
        return;
    }
    const AnnotationItem& item = m_model->item(row);
    m_whyButton->setEnabled(item.judgmentId != 0 && !m_model->isBlind());
    QString html = tr("<p><b>%1</b> %2</p><p>%3</p>").arg(item.extId.toHtmlEscaped(), item.title.toHtmlEscaped(), item.text.toHtmlEscaped());
    if (!m_model->isBlind()) {
        if (item.reason)
            html += tr("<p><b>Why the judge said so:</b> %1</p>").arg(item.reason->text.toHtmlEscaped());
        html += LabelTableSupport::answerHtml(item.topTokens, item.error, item.rawResponse);
    }
    m_details->setHtml(html);
}

void AnnotationQueueWidget::updateAgreement()
{
    m_agreement = AnnotationAgreement::compute(m_model->queue());
    const AnnotationAgreement& a = m_agreement;
    // People who have labelled something here, then the judge and gold.
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < a.raters.size(); ++i) {
        if (a.raters[i].kind != AgreementRater::Kind::Person || a.rated[size_t(i)] > 0)
            shown.append(i);
    }
    const auto nameOf = [&a](qsizetype i) {
        switch (a.raters[i].kind) {
        case AgreementRater::Kind::Judge:
            return tr("judge");
        case AgreementRater::Kind::Gold:
            return tr("gold");
        case AgreementRater::Kind::Person:
            break;
        }
        return a.raters[i].name.toHtmlEscaped();
    };
    QString header = QStringLiteral("<th></th>");
    for (qsizetype i : std::as_const(shown))
        header += QStringLiteral("<th align='right'>%1</th>").arg(nameOf(i));
    QString rows;
    for (qsizetype i : std::as_const(shown)) {
        QString row = QStringLiteral("<td>%1</td>").arg(nameOf(i));
        for (qsizetype j : std::as_const(shown)) {
            row += i == j ? QStringLiteral("<td></td>")
                          : QStringLiteral("<td align='right'>%1</td>").arg(a.shared[size_t(i)][size_t(j)] > 0
                                                                                ? figure(a.kappa[size_t(i)][size_t(j)])
                                                                                : QStringLiteral("–"));
        }
        rows += QStringLiteral("<tr>%1</tr>").arg(row);
    }
    QString text = tr("<b>Cohen's κ</b> (relevance decisions; judge: %1)<table cellspacing='0' cellpadding='2'><tr>%2</tr>%3</table>")
                       .arg(m_model->queue().judgeName.toHtmlEscaped(), header, rows);
    if (a.multiplyLabelled > 0)
        text += tr("Among the people, over %n document(s) labelled twice or more: Fleiss' κ %1 · Krippendorff's α %2 "
                   "(nominal), %3 (ordinal)",
                   nullptr, int(a.multiplyLabelled))
                    .arg(figure(a.fleissKappa), figure(a.alphaNominal), figure(a.alphaOrdinal));
    m_agreementLabel->setText(text);
}

bool AnnotationQueueWidget::labelCurrent(double score, const QString& key)
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const int index = m_model->queueIndex(row);
    const AnnotationItem& item = m_model->item(row);
    m_given.append({index, item.label(m_model->annotator())});
    m_model->setLabel(index, score);
    updateAgreement();
    const qint64 queryId = item.queryId, documentId = item.documentId;
    const QString name = m_annotatorName;
    m_jobs.run(
        m_projectPath,
        [name, queryId, documentId, score, key](ProjectStore& store) {
            HumanJudgmentStore humans = humansOf(store, name);
            return humans.label(queryId, documentId, score, key);
        },
        [this, index, queryId, documentId](const JobResult<qint64>& result) {
            if (!result) {
                m_model->setLabel(index, std::nullopt);
                updateAgreement();
                m_change->setText(tr("Could not store the label: %1").arg(result.error().toHtmlEscaped()));
                return;
            }
            Q_EMIT labelStored(queryId, documentId);
        });
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1); // on to the next document, as annotators expect
    return true;
}

bool AnnotationQueueWidget::undoLabel()
{
    if (m_given.isEmpty())
        return false;
    const Given given = m_given.takeLast();
    m_model->setLabel(given.queueIndex, given.previous);
    updateAgreement();
    const AnnotationItem& item = m_model->queue().items[given.queueIndex];
    const qint64 queryId = item.queryId, documentId = item.documentId;
    const QString name = m_annotatorName;
    m_jobs.run(
        m_projectPath,
        [name, queryId, documentId](ProjectStore& store) {
            HumanJudgmentStore humans = humansOf(store, name);
            return humans.undo(queryId, documentId);
        },
        [this, queryId, documentId](const JobResult<bool>& result) {
            if (result)
                Q_EMIT labelRemoved(queryId, documentId);
            else
                m_change->setText(tr("Could not undo the label: %1").arg(result.error().toHtmlEscaped()));
        });
    const int row = m_model->rowOf(given.queueIndex);
    if (row >= 0)
        m_table->selectRow(row);
    return true;
}

void AnnotationQueueWidget::askWhy()
{
    const int row = currentRow();
    if (row < 0 || m_model->isBlind())
        return;
    const AnnotationItem& item = m_model->item(row);
    if (item.judgmentId == 0) {
        m_change->setText(tr("This document has no stored judgment to explain."));
        return;
    }
    const AnnotationQuery* query = m_model->queue().query(item.queryId);
    const JudgeRequest request{item.queryId, item.documentId, query ? query->text : QString(), QString(),
                               item.title.isEmpty() ? item.text : item.title + QLatin1Char(' ') + item.text};
    const RemoteJudgeSettings connection = m_reasonConnection;
    const qint64 judgmentId = item.judgmentId;
    const int index = m_model->queueIndex(row);
    m_change->setText(tr("Asking %1 why…").arg(connection.model.toHtmlEscaped()));
    m_jobs.run(
        m_projectPath,
        [connection, request, judgmentId](ProjectStore& store, const JobToken& token) {
            JudgmentReasoner reasoner(connection);
            const JudgmentReason reason = reasoner.ask(request, judgmentId, token);
            store.judgments().setReason(reason);
            return reason;
        },
        [this, index](const JobResult<JudgmentReason>& result) {
            if (!result) {
                m_change->setText(tr("Could not ask why: %1").arg(result.error().toHtmlEscaped()));
                return;
            }
            m_model->setReason(index, *result);
            m_change->setText(tr("The judge's reason is stored with its judgment."));
            showDetails();
            Q_EMIT reasonStored(result->judgmentId, result->text);
        });
}

bool AnnotationQueueWidget::moveToQuery(int direction)
{
    const int row = m_model->rowOfNeighbourQuery(currentRow(), direction);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void AnnotationQueueWidget::reRefineCurrentQuery()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 queryId = m_model->item(row).queryId;
    const ReRefineChange::Request request = ReRefineChange::requestFor(m_model->queue(), queryId, m_model->annotator());
    const qint64 runId = m_runId, judgeId = m_model->annotator();
    m_change->setText(tr("Re-refining…"));
    m_reRefineAction->setEnabled(false);
    m_reRefineButton->setEnabled(false);
    // Queued behind the labels on the one-thread pool, so it reads every label given.
    m_jobs.run(
        m_projectPath,
        [runId, request, judgeId](ProjectStore& store) { return ReRefineChange::reRefine(store, runId, {request}, judgeId).value(0); },
        [this, runId](const JobResult<ReRefineChange>& result) {
            if (runId != m_runId)
                return;
            m_reRefineAction->setEnabled(true);
            m_reRefineButton->setEnabled(true);
            if (!result) {
                m_change->setText(tr("Re-refining failed: %1").arg(result.error().toHtmlEscaped()));
                return;
            }
            showChange(*result);
            Q_EMIT reRefined(*result);
        });
}

void AnnotationQueueWidget::showChange(const ReRefineChange& change)
{
    m_lastChange = change;
    // AP is measured against gold: blind mode does not show it.
    QString text = m_model->isBlind()
        ? tr("<b>Query %1</b>: refined again with the labels (AP hidden in blind mode)").arg(change.queryExtId.toHtmlEscaped())
        : tr("<b>Query %1</b>: AP before refinement %2 · after (run) %3 → with the labels <b>%4</b> (%5)")
              .arg(change.queryExtId.toHtmlEscaped(), figure(change.apBefore), figure(change.apRun), figure(change.apNew),
                   ChartSupport::signedFigure(change.apDelta()));
    QStringList labelled;
    for (const LabelledRank& rank : change.labelled)
        labelled.append(tr("%1 (%2) %3 → %4").arg(rank.extId.toHtmlEscaped(), AnnotationQueue::labelText(rank.label)).arg(rank.rankRun).arg(rank.rankNew));
    if (!labelled.isEmpty())
        text += QStringLiteral("<br>") + tr("Labelled, rank run → now: %1").arg(labelled.join(QStringLiteral(", ")));
    QStringList movers;
    for (const RankShift& shift : change.risers)
        movers.append(tr("%1 ▲%2").arg(shift.extId.toHtmlEscaped()).arg(shift.rise()));
    for (const RankShift& shift : change.fallers)
        movers.append(tr("%1 ▼%2").arg(shift.extId.toHtmlEscaped()).arg(-shift.rise()));
    if (!movers.isEmpty())
        text += QStringLiteral("<br>") + tr("Biggest movers: %1").arg(movers.join(QStringLiteral(", ")));
    text += QStringLiteral("<br>") + tr("Stored in run %1 · <a href='compare:%2,%1'>Compare with run %2</a>")
                                         .arg(change.feedbackRunId)
                                         .arg(change.sourceRunId);
    m_change->setText(text);
}

void AnnotationQueueWidget::exportJudgments(const QString& path)
{
    JudgmentExporter::Options options;
    const QString suffix = QFileInfo(path).suffix().toLower();
    options.format = suffix == u"qrels" || suffix == u"txt" ? JudgmentExporter::Format::Qrels : JudgmentExporter::Format::Jsonl;
    const qint64 judgeId = m_model->annotator(), datasetId = m_model->queue().datasetId;
    m_jobs.run(
        m_projectPath,
        [judgeId, datasetId, options, path](ProjectStore& store) {
            // The save dialog asked before an existing file was chosen.
            return JudgmentExporter::write(store, judgeId, datasetId, options, path, AtomicFileWriter::Existing::Replace);
        },
        [this, path](const JobResult<qint64>& result) {
            if (!result) {
                m_change->setText(tr("Export failed: %1").arg(result.error().toHtmlEscaped()));
                return;
            }
            m_change->setText(tr("Wrote %n label(s) to %1", nullptr, int(*result)).arg(path.toHtmlEscaped()));
            Q_EMIT exported(path, *result);
        });
}

bool AnnotationQueueWidget::isBusy() const
{
    return m_jobs.isRunning();
}

QString AnnotationQueueWidget::headingText() const
{
    return m_heading->text();
}

QString AnnotationQueueWidget::agreementText() const
{
    return m_agreementLabel->text();
}

QString AnnotationQueueWidget::changeText() const
{
    return m_change->text();
}

bool AnnotationQueueWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const LabelTableSupport::LabelKey key = LabelTableSupport::labelKey(*static_cast<QKeyEvent*>(event));
        switch (key.action) {
        case LabelTableSupport::LabelKey::Action::Label:
            labelCurrent(key.score, key.text);
            return true;
        case LabelTableSupport::LabelKey::Action::Undo:
            undoLabel();
            return true;
        case LabelTableSupport::LabelKey::Action::AskWhy:
            askWhy();
            return true;
        case LabelTableSupport::LabelKey::Action::None:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tare
