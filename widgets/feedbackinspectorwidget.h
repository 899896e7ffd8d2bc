// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/feedback/feedbackinspection.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace tare {

class FeedbackModel;
class ProjectStore;
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
/// Loading and re-refining run on workers (their own ProjectStore; latest request wins). A label
/// is one row written through this widget's own connection on the GUI thread. GUI thread.
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

    /// Labels the selected document (score 0..1) as the person; `key` records how. False when
    /// nothing is selected or storing failed.
    bool labelCurrent(double score, const QString& key);
    /// Removes the newest label given here (or, with none, the selected document's label).
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
    void labelStored(qint64 documentId, double score);
    void labelRemoved(qint64 documentId);
    /// The re-refined query's AP (and the AP the run stored).
    void reRefined(double apAfter, double storedApAfter);
    /// The re-refined row was stored in this derived run (after reRefined()).
    void reRefineStored(qint64 feedbackRunId, qint64 queryId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ProjectStore* store();
    void showDetails();
    void updateAgreement();
    int currentRow() const;

    quint64 m_request = 0;
    QString m_projectPath;
    std::unique_ptr<ProjectStore> m_store; ///< GUI-thread connection for labels
    QList<qint64> m_labelled;              ///< documents labelled here, newest last (Backspace order)
    FeedbackModel* m_model;
    TsvTableView* m_table;
    QLabel* m_heading;
    QLabel* m_agreement;
    QLabel* m_reRefineResult;
    QPushButton* m_reRefine;
    QTextBrowser* m_details;
};

} // namespace tare
