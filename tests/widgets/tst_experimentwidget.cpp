// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/experimentlistmodel.h"
#include "core/models/methodcomparisonmodel.h"
#include "viewfixture.h"
#include "widgets/chartreading.h"
#include "widgets/experimentwidget.h"
#include "widgets/heatmapchart.h"
#include "widgets/journey.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace tare;
using ChartReading::seriesOf;
using ChartReading::visibleLegendLabels;

namespace {

void verifyTitledAxes(QChart* chart)
{
    const auto axes = chart->axes();
    QVERIFY(axes.size() >= 2);
    for (QAbstractAxis* axis : axes)
        QVERIFY2(!axis->titleText().isEmpty(), qPrintable(chart->title()));
}

} // namespace

class TestExperimentWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noiseSweep();
    void methodComparison();
    void budgetSweep();
    void judgeQuality();
    void reopensAStoredExperiment();
    void cancelKeepsTheWidgetUsable();

private:
    /// Sets the form's kind, runs it and waits for the result.
    ExperimentResult runFromForm(ExperimentWidget& widget, ExperimentKind kind);
    void showAndList(ExperimentWidget& widget);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
};

void TestExperimentWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
}

void TestExperimentWidget::showAndList(ExperimentWidget& widget)
{
    QVERIFY(Journey::showExposed(&widget, {1400, 820}));
    QSignalSpy listed(&widget, &ExperimentWidget::projectListed);
    widget.setProject(m_project.path);
    QVERIFY(listed.wait(30000));
    QVERIFY(widget.spaceCombo()->count() >= 1);
    QVERIFY(widget.spaceCombo()->currentText().startsWith(QStringLiteral("nuance · lsa")));
}

ExperimentResult TestExperimentWidget::runFromForm(ExperimentWidget& widget, ExperimentKind kind)
{
    widget.kindCombo()->setCurrentIndex(widget.kindCombo()->findData(int(kind)));
    QSignalSpy finished(&widget, &ExperimentWidget::experimentFinished);
    QSignalSpy failed(&widget, &ExperimentWidget::experimentFailed);
    QSignalSpy listed(&widget, &ExperimentWidget::projectListed);
    if (!widget.start())
        return {};
    if (!finished.wait(300000) || finished.first().at(1).value<RunStatus>() != RunStatus::Finished) {
        qWarning() << "experiment did not finish:" << failed;
        return {};
    }
    if (listed.isEmpty())
        listed.wait(30000); // the stored list is refreshed after the result
    return widget.result();
}

void TestExperimentWidget::noiseSweep()
{
    ExperimentWidget widget;
    showAndList(widget);
    // Three levels, two seeds: quick on 23 queries.
    for (QLineEdit* edit : widget.findChildren<QLineEdit*>()) {
        if (edit->text().startsWith(QStringLiteral("0, 0.1")))
            edit->setText(QStringLiteral("0, 0.2, 0.4"));
    }
    for (QSpinBox* spin : widget.findChildren<QSpinBox*>()) {
        if (spin->value() == 3 && spin->maximum() == 100)
            spin->setValue(2); // seeds
    }
    const ExperimentResult result = runFromForm(widget, ExperimentKind::NoiseSweep);
    QCOMPARE(result.kind, ExperimentKind::NoiseSweep);
    QCOMPARE(result.noise.levels.size(), 3);
    QCOMPARE(result.noise.queries, 23);
    QCOMPARE(widget.shownExperiment(), result.experimentId);

    QChart* chart = widget.noiseChart();
    verifyTitledAxes(chart);
    const auto lines = seriesOf<QLineSeries>(chart);
    const auto mean = std::find_if(lines.begin(), lines.end(), [](QLineSeries* s) { return s->count() == 3; });
    QVERIFY(mean != lines.end()); // one point per level
    QCOMPARE((*mean)->at(2).x(), 0.4);
    QCOMPARE((*mean)->at(1).y(), result.noise.levels[1].meanDelta);
    const auto zero = std::find_if(lines.begin(), lines.end(), [](QLineSeries* s) { return s->count() == 2 && s->at(0).y() == 0.0; });
    QVERIFY(zero != lines.end());
    QCOMPARE(seriesOf<QAreaSeries>(chart).size(), 1);
    // Two seeds at the two levels above 0, one gold run at 0.
    QCOMPARE(seriesOf<QScatterSeries>(chart).first()->count(), 1 + 2 + 2);
    QCOMPARE(visibleLegendLabels(chart).size(), 3); // band, single seeds, mean
    const double minMaxTop = seriesOf<QAreaSeries>(chart).first()->upperSeries()->at(1).y();
    QCOMPARE(minMaxTop, result.noise.levels[1].maxDelta);
    widget.bandCombo()->setCurrentIndex(1);
    QCOMPARE(seriesOf<QAreaSeries>(chart).first()->upperSeries()->at(1).y(), result.noise.levels[1].ciUpper);
    widget.bandCombo()->setCurrentIndex(0);

    QCOMPARE(widget.experimentsModel()->rowCount(), 1);
    QVERIFY(widget.headingText().contains(QStringLiteral("23")));
    ViewFixture::saveScreenshot(widget, QStringLiteral("experiment-noise-sweep"));
}

void TestExperimentWidget::methodComparison()
{
    ExperimentWidget widget;
    showAndList(widget);
    const ExperimentResult result = runFromForm(widget, ExperimentKind::Methods);
    QCOMPARE(result.kind, ExperimentKind::Methods);
    const qsizetype methods = result.methods.rows.size();
    QVERIFY(methods >= 5); // none, rocchio, refit, kl-adam, rerank-only (no HyDE space here)
    QCOMPARE(widget.methodsModel()->rowCount(), int(methods));
    QCOMPARE(widget.methodsModel()->index(0, MethodComparisonModel::MethodColumn).data().toString(), result.methods.rows[0].method);

    QChart* chart = widget.methodsChart();
    verifyTitledAxes(chart);
    const auto bars = seriesOf<QBarSeries>(chart);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->barSets().first()->count(), int(methods));
    auto* categories = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    QVERIFY(categories);
    QCOMPARE(categories->count(), int(methods));
    // A whisker for every method with a CI that is not the trivial [0, 0] of "none" against itself.
    int withCi = 0;
    for (const MethodResult& row : result.methods.rows)
        withCi += std::isfinite(row.vsNone.ciLower) && !(row.vsNone.ciLower == 0.0 && row.vsNone.ciUpper == 0.0) ? 1 : 0;
    QVERIFY(withCi >= 3);
    const auto whiskers = seriesOf<QLineSeries>(chart);
    QCOMPARE(int(whiskers.size()), withCi + 1); // + the zero line
    QCOMPARE(visibleLegendLabels(chart).size(), 2); // the bars, and the CI once
    ViewFixture::saveScreenshot(widget, QStringLiteral("experiment-methods"));
}

void TestExperimentWidget::budgetSweep()
{
    ExperimentWidget widget;
    showAndList(widget);
    for (QLineEdit* edit : widget.findChildren<QLineEdit*>()) {
        if (edit->text().startsWith(QStringLiteral("5, 10")))
            edit->setText(QStringLiteral("5, 10, 20"));
    }
    const ExperimentResult result = runFromForm(widget, ExperimentKind::BudgetSweep);
    QCOMPARE(result.kind, ExperimentKind::BudgetSweep);
    QCOMPARE(result.budget.cells.size(), 6); // 3 totals × 2 shares
    HeatmapChart* heatmap = widget.heatmapChart();
    QCOMPARE(heatmap->cellCount(), 6);
    verifyTitledAxes(heatmap);
    QVERIFY(heatmap->scaleMaximum() > heatmap->scaleMinimum());

    QChart* line = widget.budgetLineChart();
    verifyTitledAxes(line);
    int curves = 0;
    for (QLineSeries* series : seriesOf<QLineSeries>(line))
        curves += series->count() == 3 ? 1 : 0;
    QCOMPARE(curves, 2); // one per share, a point per total
    QCOMPARE(visibleLegendLabels(line).size(), 3); // two shares and MAP before
    ViewFixture::saveScreenshot(widget, QStringLiteral("experiment-budget-sweep"));

    widget.measureCombo()->setCurrentIndex(1); // ΔMAP: diverging, symmetric around 0
    QCOMPARE(heatmap->cellCount(), 6);
    QCOMPARE(heatmap->scaleMinimum(), -heatmap->scaleMaximum());
    ViewFixture::saveScreenshot(widget, QStringLiteral("experiment-budget-sweep-delta"));
}

void TestExperimentWidget::judgeQuality()
{
    ExperimentWidget widget;
    showAndList(widget);
    const ExperimentResult result = runFromForm(widget, ExperimentKind::JudgeQuality);
    QCOMPARE(result.kind, ExperimentKind::JudgeQuality);
    QVERIFY(result.judgeQuality.n >= 10);
    QChart* chart = widget.qualityChart();
    verifyTitledAxes(chart);
    QCOMPARE(seriesOf<QScatterSeries>(chart).first()->count(), int(result.judgeQuality.n));
    QCOMPARE(visibleLegendLabels(chart).size(), 2); // points and the fitted line
    bool fitted = false;
    for (QLineSeries* series : seriesOf<QLineSeries>(chart)) {
        if (series->name().contains(QStringLiteral("r = "))) {
            fitted = true;
            const QPointF a = series->at(0);
            QCOMPARE(a.y(), result.judgeQuality.intercept + result.judgeQuality.slope * a.x());
        }
    }
    QVERIFY(fitted);
    ViewFixture::saveScreenshot(widget, QStringLiteral("experiment-judge-quality"));
}

void TestExperimentWidget::reopensAStoredExperiment()
{
    ExperimentWidget widget;
    showAndList(widget);
    ExperimentListModel* list = widget.experimentsModel();
    QVERIFY(list->rowCount() >= 4); // the experiments of the tests above
    // Newest first; open the noise sweep, the oldest.
    const int row = list->rowCount() - 1;
    QCOMPARE(list->experiment(row).kind, QStringLiteral("noise-sweep"));
    QSignalSpy shown(&widget, &ExperimentWidget::resultShown);
    widget.openExperiment(list->experiment(row).id);
    QVERIFY(shown.wait(30000));
    QCOMPARE(widget.result().kind, ExperimentKind::NoiseSweep);
    QCOMPARE(widget.result().noise.levels.size(), 3);
}

void TestExperimentWidget::cancelKeepsTheWidgetUsable()
{
    {
        ExperimentWidget widget;
        showAndList(widget);
        widget.kindCombo()->setCurrentIndex(widget.kindCombo()->findData(int(ExperimentKind::NoiseSweep)));
        QSignalSpy finished(&widget, &ExperimentWidget::experimentFinished);
        QVERIFY(widget.start());
        QVERIFY(widget.isRunning());
        QVERIFY(!widget.start()); // one at a time
        widget.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(1).value<RunStatus>(), RunStatus::Cancelled);
        QVERIFY(!widget.isRunning());
    }
    // Destroyed while running: the destructor cancels and waits.
    auto* widget = new ExperimentWidget;
    showAndList(*widget);
    for (QSpinBox* spin : widget->findChildren<QSpinBox*>()) {
        if (spin->maximum() == 100)
            spin->setValue(5);
    }
    QVERIFY(widget->start());
    delete widget;
}

QTEST_MAIN(TestExperimentWidget)
#include "tst_experimentwidget.moc"
