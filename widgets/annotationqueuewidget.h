// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/feedback/annotationagreement.h"
#include "core/feedback/rerefinechange.h"
#include "core/jobs/jobtracker.h"
#include "core/judge/judgefactory.h"
#include "core/models/annotationqueuemodel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QThreadPool;

namespace tare {

class TsvTableView;

/// The annotator's queue: the judged documents of every query of a run that need a person (the
/// judge disagrees with gold, people disagree, the judge is unsure, or unlabelled — a filter),
/// labelled with the keyboard only: Y relevant, N not, 0–9 a graded label d/9, ↑ ↓ move,
/// Backspace undoes, Ctrl+R re-refines the current query with the labels, Ctrl+→ / Ctrl+← go to
/// the next / previous query. A named annotator (an editable choice; the adjudication is one of
/// them) labels as a judge of their own; blind mode hides the judge's score, gold and the other
/// labels everywhere on the page (columns, colours, details, agreement, the AP after a re-refine,
/// and the filters that choose by them). Beside the table: the document with the judge's raw response, top tokens and reason
/// ("Why?", W, asks the judges' chat model for one sentence, stored with the judgment);
/// the agreement between the people, the judge and gold (pairwise Cohen's κ, Fleiss' κ,
/// Krippendorff's α); and after a re-refine what changed (AP, the labelled documents' ranks, the
/// biggest movers, a link into Compare). Export writes the annotator's labels as qrels or JSONL.
///
/// Every read and write runs as a job on a one-thread pool (its own ProjectStore), so labels,
/// undos and re-refines reach the file in order; a label shows at once. GUI thread.
class AnnotationQueueWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationQueueWidget(QWidget* parent = nullptr);
    ~AnnotationQueueWidget() override;

    /// Loads a run's queue for the annotator (a name; empty: the unnamed default person).
    void showRun(const QString& projectPath, qint64 runId, const QString& annotator);
    void showMessage(const QString& message);
    /// Switches to another annotator ("adjudication" for the adjudication) and reloads.
    void setAnnotator(const QString& name);
    QString annotatorName() const { return m_annotatorName; }
    void setBlind(bool blind);
    void setFilter(AnnotationQueueModel::Filter filter);

    /// Labels the current row (score 0..1); `key` records how. False without a current row.
    bool labelCurrent(double score, const QString& key);
    /// Takes back the newest label given here.
    bool undoLabel();
    /// Re-refines the current row's query with the labels in force; reRefined() reports.
    void reRefineCurrentQuery();
    /// Where "Why?" asks (the chat model of the LLM judges: endpoint, model, key source).
    void setReasonConnection(const RemoteJudgeSettings& connection) { m_reasonConnection = connection; }
    /// "Why?" (W): asks the judges' chat model for a one-sentence reason for the current row's
    /// judgment, stores it with the judgment (never used in refinement) and shows it.
    void askWhy();
    /// Moves to the first row of the next (+1) or previous (−1) query.
    bool moveToQuery(int direction);

    AnnotationQueueModel* model() const { return m_model; }
    TsvTableView* tableView() const { return m_table; }
    QString headingText() const;
    QString agreementText() const;
    QString changeText() const;
    const AnnotationAgreement& agreement() const { return m_agreement; }
    QAction* reRefineAction() const { return m_reRefineAction; }
    QAction* nextQueryAction() const { return m_nextQuery; }
    QAction* previousQueryAction() const { return m_previousQuery; }
    QAction* exportAction() const { return m_exportAction; }
    /// Writes the shown annotator's labels (qrels when the path ends in .qrels or .txt, else
    /// JSONL) in the background; exported() reports.
    void exportJudgments(const QString& path);
    /// True while a write or load is queued or running.
    bool isBusy() const;

Q_SIGNALS:
    void queueShown(qint64 runId, int rows);
    void queueFailed(const QString& message);
    /// A label reached the project file.
    void labelStored(qint64 queryId, qint64 documentId);
    void labelRemoved(qint64 queryId, qint64 documentId);
    void reRefined(const tare::ReRefineChange& change);
    /// The person chose an annotator (to be remembered).
    void annotatorChosen(const QString& name);
    /// "Compare" in the change: the source run against its human feedback run.
    void compareRequested(qint64 sourceRunId, qint64 feedbackRunId);
    void exported(const QString& path, qint64 lines);
    /// A reason was stored with a judgment (after askWhy()).
    void reasonStored(qint64 judgmentId, const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct LoadResult;
    void load();
    void applyLoad(const LoadResult& result);
    void fillAnnotators();
    void showDetails();
    void updateHeading();
    void updateAgreement();
    void showChange(const ReRefineChange& change);
    int currentRow() const;
    /// Enables the filters blind mode allows and shows the model's filter.
    void updateFilterChoice();

    QString m_projectPath;
    qint64 m_runId = 0;
    QString m_annotatorName;
    RemoteJudgeSettings m_reasonConnection;
    std::unique_ptr<QThreadPool> m_pool; ///< one thread: reads and writes in order
    JobTracker m_jobs;
    AnnotationQueueModel* m_model;
    AnnotationAgreement m_agreement;
    std::optional<ReRefineChange> m_lastChange; ///< shown below the table (again when blind mode changes)
    struct Given
    {
        int queueIndex = -1;
        std::optional<double> previous;
    };
    QList<Given> m_given; ///< labels given here, newest last (Backspace order)
    QComboBox* m_annotators;
    QComboBox* m_filter;
    QCheckBox* m_blind;
    QLabel* m_heading;
    TsvTableView* m_table;
    QTextBrowser* m_details;
    QLabel* m_agreementLabel;
    QLabel* m_change;
    QPushButton* m_reRefineButton;
    QPushButton* m_exportButton;
    QPushButton* m_whyButton;
    QAction* m_reRefineAction;
    QAction* m_nextQuery;
    QAction* m_previousQuery;
    QAction* m_exportAction;
};

} // namespace tare
