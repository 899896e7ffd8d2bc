// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/explanationwidget.h"

#include "core/db/documentsearch.h"
#include "core/models/influencemodel.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "widgets/layoutsupport.h"
#include "widgets/tablesupport.h"
#include "widgets/tsvtableview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tare {

using ChartSupport::figure;
using ChartSupport::signedFigure;

namespace {

const QColor s_irrelevant(0x99, 0x99, 0x99);

struct ExplanationResult
{
    QueryExplanation explanation;
    QHash<qint64, QString> texts;
};

/// A category label short enough for a bar chart's axis.
QString shortLabel(const QString& text, int length = 14)
{
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

/// A horizontal bar chart's document axis: the categories bottom-up (so the first item of a
/// sorted list is drawn at the top).
QBarCategoryAxis* categoryAxis(QStringList labels, const QString& title)
{
    std::reverse(labels.begin(), labels.end());
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTitleText(title);
    axis->setTruncateLabels(false);
    axis->setGridLineVisible(false);
    return axis;
}

/// Two bar sets stacked so that each category shows exactly one colour: category i goes to
/// `first` when inFirst[i], else to `second`. Values are given top-down and appended bottom-up.
QHorizontalStackedBarSeries* splitBars(const QList<double>& values, const QList<bool>& inFirst, QBarSet* first, QBarSet* second)
{
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        first->append(inFirst[i] ? values[i] : 0.0);
        second->append(inFirst[i] ? 0.0 : values[i]);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(first);
    series->append(second);
    series->setBarWidth(0.75);
    return series;
}

QBarSet* barSet(const QString& name, const QColor& color)
{
    auto* set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

/// Symmetric room around 0 for signed bars.
void signedRange(QValueAxis* axis, double lo, double hi)
{
    const double extent = std::max({std::abs(lo), std::abs(hi), 1e-6}) * 1.08;
    axis->setRange(lo < 0 ? -extent : 0.0, hi > 0 ? extent : 0.0);
    axis->applyNiceNumbers();
}

QString groupRow(const QString& name, const RankMoverGroup& group)
{
    return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4 / %5</td>"
                          "<td align='right'>%6 → %7</td><td align='right'><b>%8</b></td></tr>")
        .arg(name)
        .arg(group.documents)
        .arg(group.relevant)
        .arg(group.relevantUp)
        .arg(group.relevantDown)
        .arg(figure(group.apBefore, 3), figure(group.apAfter, 3), signedFigure(group.apDelta(), 3));
}

QString moverList(const std::vector<RankMove>& moves, int limit)
{
    QStringList parts;
    for (size_t i = 0; i < moves.size() && int(i) < limit; ++i) {
        const RankMove& move = moves[i];
        parts.append(QStringLiteral("%1 %2%3 (%4 → %5)")
                         .arg(move.extId.toHtmlEscaped(), move.rise() > 0 ? QStringLiteral("▲") : QStringLiteral("▼"))
                         .arg(std::abs(move.rise()))
                         .arg(move.rankBefore)
                         .arg(move.rankAfter)
                     + (move.grade > 0 ? QStringLiteral(" ✓") : QString()));
    }
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

} // namespace

ExplanationWidget::ExplanationWidget(QWidget* parent)
    : QWidget(parent)
    , m_explanations(this)
    , m_heading(new QLabel(this))
    , m_influence(ChartSupport::makeChart(tr("Leave-one-out ΔAP contribution")))
    , m_pull(ChartSupport::makeChart(tr("Share of the update: pull towards (+) / push away (−)")))
    , m_terms(ChartSupport::makeChart(tr("Words the query gained (+) and lost (−)")))
    , m_drift(ChartSupport::makeChart(tr("Drift of the query")))
    , m_termsStack(new QStackedWidget(this))
    , m_termsNote(new QLabel(this))
    , m_influenceModel(new InfluenceModel(this))
    , m_influenceTable(new TsvTableView(this))
    , m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("explainPage"));
    m_influenceTable->setObjectName(QStringLiteral("explainInfluence"));
    m_influenceTable->setAccessibleName(tr("Influence of each judged document"));
    m_notes->setObjectName(QStringLiteral("explainNotes"));
    m_notes->setAccessibleName(tr("Movers and triage"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    auto makeView = [this](QChart* chart) {
        auto* view = new ChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 220);
        return view;
    };
    m_termsNote->setWordWrap(true);
    m_termsNote->setAlignment(Qt::AlignCenter);
    m_termsNote->setText(tr("Terms are shown only for spaces of the built-in embedder (LSA), which can say which "
                            "words a vector stands for."));
    m_termsStack->addWidget(makeView(m_terms));
    m_termsStack->addWidget(m_termsNote);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    // The bar charts list every judged document: they get the full height.
    grid->addWidget(makeView(m_influence), 0, 0, 2, 1);
    grid->addWidget(makeView(m_pull), 0, 1, 2, 1);
    grid->addWidget(makeView(m_drift), 0, 2);
    grid->addWidget(m_termsStack, 1, 2);
    auto* charts = new QWidget(this);
    charts->setLayout(grid);

    TableSupport::showRecords(m_influenceTable, m_influenceModel, InfluenceModel::TextColumn);
    m_influenceTable->setToolTip(tr("The judged documents, most influential first. Hover over a text to read all of it."));
    QWidget* tableBox = LayoutSupport::column(this, {new QLabel(tr("Top influences"), this), m_influenceTable});
    m_notes->setOpenLinks(false);

    QSplitter* bottom = LayoutSupport::splitter(Qt::Horizontal, this, {{tableBox, 3}, {m_notes, 2}});
    QSplitter* splitter = LayoutSupport::splitter(Qt::Vertical, this, {{charts, 3}, {bottom, 2}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    clear();
}

void ExplanationWidget::clear()
{
    m_explanations.abandon(); // an explanation in flight stops at its next check; its result is dropped
    showMessage(tr("Select a query in the run dashboard's table to see why it improved or not."));
}

void ExplanationWidget::clearCharts()
{
    for (QChart* chart : {m_influence, m_pull, m_terms, m_drift})
        ChartSupport::clear(chart);
}

void ExplanationWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    clearCharts();
    m_influenceModel->setInfluences({}, {});
    m_moversHtml.clear();
    m_triageHtml.clear();
    m_notes->clear();
    m_termsStack->setCurrentIndex(0);
}

void ExplanationWidget::explain(const QString& projectPath, qint64 runId, qint64 queryId)
{
    m_heading->setText(tr("Explaining query %1 of run %2 (each judged document is left out once and the query refined "
                          "again)…")
                           .arg(queryId)
                           .arg(runId));
    m_explanations.run(
        projectPath,
        [runId, queryId](ProjectStore& store, const JobToken& token) {
            ExplanationResult result;
            QueryExplainer::Options options;
            options.terms = 6;
            const QueryExplainer explainer(store, runId, options);
            result.explanation = explainer.explain(queryId, token); // a newer request stops it
            DocumentSearch& documents = store.documentSearch();
            for (const JudgedInfluence& influence : result.explanation.influence.documents)
                result.texts.insert(influence.documentId, documents.fullText(influence.documentId));
            return result;
        },
        [this](const JobResult<ExplanationResult>& result) {
            if (!result) {
                showMessage(tr("Cannot explain this query: %1").arg(result.error()));
                Q_EMIT explanationFailed(result.error());
                return;
            }
            setExplanation(result->explanation, result->texts);
        });
}

void ExplanationWidget::setExplanation(const QueryExplanation& explanation, const QHash<qint64, QString>& texts)
{
    clearCharts();
    m_heading->setText(tr("Query %1: %2\nRun %3 · %4 · AP %5 → %6 (Δ %7) · judged documents: %8")
                           .arg(explanation.extId, explanation.text)
                           .arg(explanation.runId)
                           .arg(explanation.refiner)
                           .arg(figure(explanation.apBefore), figure(explanation.apAfter), signedFigure(explanation.deltaAp()))
                           .arg(explanation.influence.documents.size()));
    m_influenceModel->setInfluences(explanation.influence.documents, texts);
    drawInfluence(explanation);
    drawTerms(explanation);
    drawDrift(explanation);
    writeMovers(explanation);
    writeTriage(explanation);
    // What went wrong first, when something did.
    m_notes->setHtml(explanation.triage.worsened() ? m_triageHtml + m_moversHtml : m_moversHtml + m_triageHtml);
    Q_EMIT explanationShown(explanation.runId, explanation.queryId);
}

void ExplanationWidget::drawInfluence(const QueryExplanation& explanation)
{
    // Sorted by contribution, largest help at the top; documents whose removal could not be
    // measured (NaN) go last with an empty bar.
    std::vector<JudgedInfluence> documents = explanation.influence.documents;
    std::stable_sort(documents.begin(), documents.end(), [](const JudgedInfluence& a, const JudgedInfluence& b) {
        const double x = std::isfinite(a.deltaAp) ? a.deltaAp : -std::numeric_limits<double>::infinity();
        const double y = std::isfinite(b.deltaAp) ? b.deltaAp : -std::numeric_limits<double>::infinity();
        return x > y;
    });
    QStringList labels;
    QList<double> contributions, pulls;
    QList<bool> relevant, pulling;
    double lo = 0.0, hi = 0.0, pullLo = 0.0, pullHi = 0.0;
    for (const JudgedInfluence& document : documents) {
        labels.append(QStringLiteral("%1 (%2)").arg(shortLabel(document.extId)).arg(document.rankBefore));
        const double contribution = std::isfinite(document.deltaAp) ? document.deltaAp : 0.0;
        contributions.append(contribution);
        relevant.append(document.grade > 0);
        lo = std::min(lo, contribution);
        hi = std::max(hi, contribution);
        const double share = 100.0 * (document.pull >= 0 ? document.pullShare : -document.pullShare);
        pulls.append(share);
        pulling.append(document.pull >= 0);
        pullLo = std::min(pullLo, share);
        pullHi = std::max(pullHi, share);
    }
    const QString axisTitle = tr("Judged document (rank before)");

    m_barDocuments.clear();
    for (const JudgedInfluence& document : documents)
        m_barDocuments.append(document.documentId);
    auto* influence = splitBars(contributions, relevant, barSet(tr("Relevant (gold)"), ChartSupport::Palette::better),
                                barSet(tr("Not relevant (gold)"), s_irrelevant));
    m_influence->addAxis(categoryAxis(labels, axisTitle), Qt::AlignLeft);
    QValueAxis* x = ChartSupport::addValueAxis(m_influence, Qt::AlignBottom, tr("ΔAP contribution (AP with all − AP without it)"),
                                               QStringLiteral("%.3f"));
    signedRange(x, lo, hi);
    ChartSupport::attach(m_influence, influence);

    auto* pull = splitBars(pulls, pulling, barSet(tr("Pull towards"), ChartSupport::Palette::measured), barSet(tr("Push away"), ChartSupport::Palette::worse));
    m_pull->addAxis(categoryAxis(labels, axisTitle), Qt::AlignLeft);
    QValueAxis* share = ChartSupport::addValueAxis(m_pull, Qt::AlignBottom, tr("Share of all pulling and pushing (%)"),
                                                   QStringLiteral("%.0f"));
    signedRange(share, pullLo, pullHi);
    ChartSupport::attach(m_pull, pull);
    // A click on a bar opens its document: selected in the table (its text), and announced.
    for (QAbstractBarSeries* series : {static_cast<QAbstractBarSeries*>(influence), static_cast<QAbstractBarSeries*>(pull)}) {
        for (QBarSet* set : series->barSets())
            connect(set, &QBarSet::clicked, this, [this](int index) { activateBar(index); });
    }
}

bool ExplanationWidget::activateBar(int index)
{
    // Bars are drawn bottom-up: bar 0 is the last document of the sorted list.
    const qsizetype position = m_barDocuments.size() - 1 - index;
    if (position < 0 || position >= m_barDocuments.size())
        return false;
    const qint64 documentId = m_barDocuments[position];
    for (int row = 0; row < m_influenceModel->rowCount(); ++row) {
        if (m_influenceModel->influence(row).documentId == documentId) {
            m_influenceTable->selectRow(row);
            m_influenceTable->scrollTo(m_influenceModel->index(row, 0));
            Q_EMIT documentActivated(documentId, m_influenceModel->influence(row).extId);
            return true;
        }
    }
    return false;
}

void ExplanationWidget::drawTerms(const QueryExplanation& explanation)
{
    if (!explanation.terms) {
        m_termsStack->setCurrentIndex(1);
        return;
    }
    m_termsStack->setCurrentIndex(0);
    QStringList labels;
    QList<double> weights;
    QList<bool> gained;
    double lo = 0.0, hi = 0.0;
    for (const TermWeight& term : explanation.terms->gained) {
        labels.append(term.term);
        weights.append(term.weight);
        gained.append(true);
        hi = std::max(hi, double(term.weight));
    }
    for (const TermWeight& term : explanation.terms->lost) {
        labels.append(term.term);
        weights.append(term.weight);
        gained.append(false);
        lo = std::min(lo, double(term.weight));
    }
    auto* series = splitBars(weights, gained, barSet(tr("Gained"), ChartSupport::Palette::better), barSet(tr("Lost"), ChartSupport::Palette::worse));
    m_terms->addAxis(categoryAxis(labels, tr("Term")), Qt::AlignLeft);
    QValueAxis* x = ChartSupport::addValueAxis(m_terms, Qt::AlignBottom, tr("Weight in the change of direction"),
                                               QStringLiteral("%.3f"));
    signedRange(x, lo, hi);
    ChartSupport::attach(m_terms, series);
}

void ExplanationWidget::drawDrift(const QueryExplanation& explanation)
{
    const QueryDrift& drift = explanation.drift;
    m_drift->setToolTip(QString());
    QValueAxis* step = ChartSupport::addValueAxis(m_drift, Qt::AlignBottom, tr("Step"), QStringLiteral("%d"));
    auto* distanceAxis = new QValueAxis;
    distanceAxis->setTitleText(tr("‖q_t − q_0‖"));
    distanceAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_drift->addAxis(distanceAxis, Qt::AlignLeft);
    auto* cosineAxis = new QValueAxis;
    cosineAxis->setTitleText(tr("cos(q_t, q_0)"));
    cosineAxis->setLabelFormat(QStringLiteral("%.4f"));
    m_drift->addAxis(cosineAxis, Qt::AlignRight);

    auto* distance = new QLineSeries;
    distance->setName(tr("Distance"));
    distance->setPen(QPen(ChartSupport::Palette::measured, 2.0));
    auto* cosine = new QLineSeries;
    cosine->setName(tr("Cosine"));
    QPen cosinePen(ChartSupport::Palette::second, 2.0);
    cosinePen.setStyle(Qt::DashLine);
    cosine->setPen(cosinePen);
    double maxDistance = 0.0, minCosine = 1.0;
    int lastStep = 1;
    for (const DriftPoint& point : drift.points) {
        distance->append(point.step, point.distance);
        cosine->append(point.step, point.cosine);
        maxDistance = std::max(maxDistance, point.distance);
        minCosine = std::min(minCosine, point.cosine);
        lastStep = std::max(lastStep, point.step);
    }
    step->setRange(0, lastStep);
    distanceAxis->setRange(0.0, maxDistance > 0 ? maxDistance * 1.05 : 1.0);
    distanceAxis->applyNiceNumbers();
    const double cosinePad = std::max(1e-6, 0.05 * (1.0 - minCosine));
    cosineAxis->setRange(minCosine - cosinePad, 1.0);
    cosineAxis->applyNiceNumbers();
    m_drift->addSeries(distance);
    distance->attachAxis(step);
    distance->attachAxis(distanceAxis);
    m_drift->addSeries(cosine);
    cosine->attachAxis(step);
    cosine->attachAxis(cosineAxis);
    if (drift.overshoot) {
        const Overshoot& o = *drift.overshoot;
        auto* marker = new QLineSeries;
        marker->setName(tr("Overshoot: AP peak at step %1").arg(o.peakStep));
        m_drift->setToolTip(tr("AP peaked at %1 at step %2 and ended at %3 while the loss kept falling (%4 → %5).")
                                .arg(figure(o.apPeak))
                                .arg(o.peakStep)
                                .arg(figure(o.apFinal), figure(o.lossAtPeak, 4), figure(o.lossFinal, 4)));
        QPen pen(QColor(0x8e, 0x44, 0xad), 1.5);
        pen.setStyle(Qt::DotLine);
        marker->setPen(pen);
        marker->append(o.peakStep, distanceAxis->min());
        marker->append(o.peakStep, distanceAxis->max());
        m_drift->addSeries(marker);
        marker->attachAxis(step);
        marker->attachAxis(distanceAxis);
    }
}

void ExplanationWidget::writeMovers(const QueryExplanation& explanation)
{
    const RankMovers& movers = explanation.movers;
    QString html = tr("<h4>Rank movers: judged vs never judged</h4>"
                      "<table cellspacing='0' cellpadding='3'><tr><th align='left'>group</th><th>docs</th><th>relevant</th>"
                      "<th>relevant ▲ / ▼</th><th>AP share before → after</th><th>Δ</th></tr>");
    html += groupRow(tr("judged"), movers.judged);
    html += groupRow(tr("never judged"), movers.unjudged);
    html += QStringLiteral("</table>");
    const double delta = explanation.deltaAp();
    if (std::abs(delta) > 1e-9) {
        html += tr("<p>%1 of the ΔAP of %2 came from documents the judge never saw.</p>")
                    .arg(QStringLiteral("%1%").arg(100.0 * movers.unjudged.apDelta() / delta, 0, 'f', 0), signedFigure(delta, 4));
    }
    html += tr("<p><b>Never judged, rose:</b> %1<br><b>Never judged, fell:</b> %2<br><b>Judged, rose:</b> %3</p>")
                .arg(moverList(movers.unjudged.risers, 5), moverList(movers.unjudged.fallers, 5), moverList(movers.judged.risers, 5));
    html += tr("<p><small>AP share: the part of AP earned by the group's relevant documents (the two rows add up to "
               "AP). ✓ marks relevant documents.</small></p>");
    m_moversHtml = html;
}

void ExplanationWidget::writeTriage(const QueryExplanation& explanation)
{
    const FailureTriage& triage = explanation.triage;
    QString html = tr("<h4>Failure triage</h4>");
    if (!triage.worsened()) {
        html += tr("<p>AP did not fall (%1 → %2): nothing to triage. Triage is for queries that got worse.</p>")
                    .arg(figure(explanation.apBefore), figure(explanation.apAfter));
    } else if (triage.findings.isEmpty()) {
        html += tr("<p>AP fell (%1 → %2), but none of the known causes applies.</p>")
                    .arg(figure(explanation.apBefore), figure(explanation.apAfter));
    } else {
        html += tr("<p>AP fell from %1 to %2. What the evidence says:</p><ul>").arg(figure(explanation.apBefore), figure(explanation.apAfter));
        for (const FailureFinding& finding : triage.findings) {
            html += QStringLiteral("<li><b>%1</b>: %2").arg(FailureTriage::reasonTitle(finding.reason).toHtmlEscaped(),
                                                           finding.evidence.toHtmlEscaped());
            // The documents the evidence sentence does not name already.
            const bool named = std::all_of(finding.disagreements.begin(), finding.disagreements.end(),
                                           [&](const JudgeDisagreement& d) { return finding.evidence.contains(d.extId); });
            if (!named) {
                QStringList parts;
                for (const JudgeDisagreement& d : finding.disagreements)
                    parts.append(tr("%1 (rank %2: judge %3, gold %4)").arg(d.extId.toHtmlEscaped()).arg(d.rankBefore).arg(figure(d.score, 2)).arg(d.grade));
                html += QStringLiteral("<br><small>%1</small>").arg(parts.join(QStringLiteral("; ")));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_triageHtml = html;
}

QString ExplanationWidget::termsNote() const
{
    return m_termsStack->currentIndex() == 1 ? m_termsNote->text() : QString();
}

QString ExplanationWidget::moversText() const
{
    return QTextDocumentFragment::fromHtml(m_moversHtml).toPlainText();
}

QString ExplanationWidget::triageText() const
{
    return QTextDocumentFragment::fromHtml(m_triageHtml).toPlainText();
}

QString ExplanationWidget::headingText() const
{
    return m_heading->text();
}

} // namespace tare
