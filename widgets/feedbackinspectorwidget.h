// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/feedback/feedbackinspection.h"
#include "core/jobs/jobtracker.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace tare {

class FeedbackModel;
class TsvTableView;

/// The feedback inspector, for annotators: every judged document of one query of a run with its
/// rank before and after, the judge's score, the gold label, the status and (for chat judges) the
/// top first tokens, rows where the judge disagrees with gold highlighted; agreement figures
/// (accuracy, Cohen's κ, AUC); keyboard labelling stored as human judgments (Y = relevant,
/// N = not, 0–9 a graded label d/9, arrows move, Backspace undoes the last label by deleting it);
/// and "Re-refine with these judgments", which replays the query with the person's labels over the
/// judge's scores (QueryReplay), stores the result in the run's "human feedback" run
/// (HumanFeedbackRun, replacing the query's earlier re-refined row) and shows the new AP beside
/// the old.
///
/// No SQLite on the GUI thread: loading, re-refining and every label and undo are JobTracker jobs
/// with their own ProjectStore, queued on one worker thread so they reach the file in the order
/// they were given (a load sees every label before it; closing the view still writes the labels
/// queued). A label shows at once; labelStored() and labelRemoved() follow when the file has it.
/// Loads and re-refines: the latest request wins. GUI thread.
class FeedbackInspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackInspectorWidget(QWidget* parent = nullptr);
    ~FeedbackInspectorWidget() override;

    /// Loads a query of a run in the background.
    void inspect(const QString& projectPath, qint64 runId, qint64 queryId);
    void setInspection(const QString& projectPath, const FeedbackInspection& inspection);
    void showMessage(const QString& message);
    /// Forgets the shown query (and drops a result still loading): another project was opened.
    void clear();

    /// Labels the selected document (score 0..1) as the person; `key` records how. The label
    /// shows at once and is stored in the background (labelStored(), or the error shown and the
    /// label taken back). False when nothing is selected.
    bool labelCurrent(double score, const QString& key);
    /// Removes the newest label given here (or, with none, the selected document's label), in
    /// the view at once and from the file in the background (labelRemoved()). False when there
    /// is no label to remove.
    bool undoLabel();
    /// Re-refines with the effective scores in the background; reRefined() reports.
    void reRefine();

    FeedbackModel* model() const { return m_model; }
    TsvTableView* tableView() const { return m_table; }
    QString agreementText() const;
    QString reRefineText() const;

Q_SIGNALS:
    void inspectionShown(qint64 runId, qint64 queryId);
    void inspectionFailed(const QString& message);
    /// A label is in the project file.
    void labelStored(qint64 documentId, double score);
    /// A label was deleted from the project file.
    void labelRemoved(qint64 documentId);
    /// The re-refined query's AP (and the AP the run stored).
    void reRefined(double apAfter, double storedApAfter);
    /// The re-refined row was stored in this derived run (after reRefined()).
    void reRefineStored(qint64 feedbackRunId, qint64 queryId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// A label given here: the document and the label it replaced (what undo brings back).
    struct GivenLabel
    {
        qint64 documentId = 0;
        std::optional<double> previous;
    };

    void showDetails();
    void updateAgreement();
    int currentRow() const;
    int rowOfDocument(qint64 documentId) const;
    /// Shows a label the file now holds, unless the view moved on or more labels are queued.
    void settleLabel(qint64 runId, qint64 queryId, qint64 documentId, std::optional<double> score);
    /// Reads the label the file holds (after a failed write) and settles the row on it.
    void rereadLabel(qint64 runId, qint64 queryId, qint64 documentId);

    QString m_projectPath;
    QList<GivenLabel> m_labelled; ///< labels given here, newest last (Backspace order)
    QThreadPool m_queue;          ///< one thread: this view's database work, in order
    JobTracker m_loads;
    JobTracker m_reRefines;
    JobTracker m_labels; ///< every label and undo (all results delivered)
    FeedbackModel* m_model;
    TsvTableView* m_table;
    QLabel* m_heading;
    QLabel* m_agreement;
    QLabel* m_reRefineResult;
    QPushButton* m_reRefine;
    QTextBrowser* m_details;
};

} // namespace tare
