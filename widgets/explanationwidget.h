// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/explain/queryexplainer.h"
#include "core/jobs/jobtracker.h"

#include <QHash>
#include <QWidget>

class QChart;
class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace tare {

class InfluenceModel;
class TsvTableView;

/// Why one query of a run improved or not: the leave-one-out ΔAP contribution of each judged
/// document as sorted bars (coloured by its gold label) beside each one's share of the update as
/// pull (towards it) or push (away), the most influential documents with their text, the rank
/// movers split into judged and never-judged documents (did the gain reach documents the judge
/// never saw?), the words the query gained and lost (built-in LSA spaces only), the drift
/// ‖q_t − q_0‖ and cos(q_t, q_0) per step with an overshoot marked, and for queries that got worse
/// the failure triage with its evidence.
///
/// explain() runs a QueryExplainer on a worker with its own ProjectStore (JobTracker; leave-one-out
/// is about twenty refinements); the latest request wins: an older one is told to stop through
/// its token and its result is dropped, as is one still running when the widget goes. GUI thread.
class ExplanationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationWidget(QWidget* parent = nullptr);

    /// Explains a query of a run from a project file, in the background.
    void explain(const QString& projectPath, qint64 runId, qint64 queryId);
    /// Shows a computed explanation; `texts` maps judged documents' ids to their text.
    void setExplanation(const QueryExplanation& explanation, const QHash<qint64, QString>& texts);
    void showMessage(const QString& message);
    /// Forgets the shown query (and drops a result still loading): another project was opened.
    void clear();

    QChart* influenceChart() const { return m_influence; }
    QChart* pullChart() const { return m_pull; }
    QChart* termsChart() const { return m_terms; }
    QChart* driftChart() const { return m_drift; }
    InfluenceModel* influenceModel() const { return m_influenceModel; }
    /// The note shown instead of the terms chart (empty while the chart is shown).
    QString termsNote() const;
    QString moversText() const;
    QString triageText() const;
    QString headingText() const;
    /// Opens the document of a bar of the influence or pull chart (0 = the bottom bar), as a click
    /// does: its row is selected in the table; false when there is no such bar.
    bool activateBar(int index);
    /// The table of judged documents (the selected row is the opened document).
    TsvTableView* influenceTable() const { return m_influenceTable; }

Q_SIGNALS:
    void explanationShown(qint64 runId, qint64 queryId);
    void explanationFailed(const QString& message);
    /// A judged document was clicked in a chart.
    void documentActivated(qint64 documentId, const QString& extId);

private:
    void clearCharts();
    void drawInfluence(const QueryExplanation& explanation);
    void drawTerms(const QueryExplanation& explanation);
    void drawDrift(const QueryExplanation& explanation);
    void writeMovers(const QueryExplanation& explanation);
    void writeTriage(const QueryExplanation& explanation);

    JobTracker m_explanations;
    QLabel* m_heading;
    QChart* m_influence;
    QChart* m_pull;
    QChart* m_terms;
    QChart* m_drift;
    QStackedWidget* m_termsStack;
    QLabel* m_termsNote;
    InfluenceModel* m_influenceModel;
    TsvTableView* m_influenceTable;
    QTextBrowser* m_notes; ///< the triage and the rank movers
    QString m_moversHtml;
    QString m_triageHtml;
    QList<qint64> m_barDocuments; ///< the documents of the bars, top-down
};

} // namespace tare
