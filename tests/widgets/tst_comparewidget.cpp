// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runsummary.h"
#include "widgets/comparewidget.h"
#include "viewfixture.h"
#include "widgets/journey.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QValueAxis>

using namespace tare;

class TestCompareWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runAgainstItsBaseline();
    void twoRuns();

private:
    static int scatterPoints(QChart* chart);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
};

void TestCompareWidget::initTestCase()
{
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
}

int TestCompareWidget::scatterPoints(QChart* chart)
{
    int points = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            points += scatter->count();
    }
    return points;
}

void TestCompareWidget::runAgainstItsBaseline()
{
    CompareWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1200, 700}));
    QSignalSpy listed(&widget, &CompareWidget::runChoicesLoaded);
    QSignalSpy shown(&widget, &CompareWidget::comparisonShown);
    widget.setProject(m_project.path);
    QVERIFY(listed.wait(30000));
    QCOMPARE(listed.first().first().toInt(), 2);
    QCOMPARE(widget.runACombo()->count(), 2);
    QCOMPARE(widget.runBCombo()->count(), 3); // the baseline and both runs
    // Opening compares the newest run against its baseline.
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().at(0).toLongLong(), m_project.noisyRun);
    QCOMPARE(shown.first().at(1).toLongLong(), 0);

    ProjectStore store(m_project.path);
    const RunSummary summary = RunSummary::load(store, m_project.noisyRun);
    const PairedComparison& s = widget.comparison().stats;
    QCOMPARE(s.n, 23);
    QCOMPARE(s.wins, summary.comparison.wins);
    QCOMPARE(s.losses, summary.comparison.losses);
    QCOMPARE(s.meanDelta, summary.comparison.meanDelta);
    // One point per query, split by outcome; the diagonal; a legend entry each.
    QCOMPARE(scatterPoints(widget.scatterChart()), 23);
    QCOMPARE(widget.scatterChart()->series().size(), 4);
    QCOMPARE(widget.scatterChart()->legend()->markers().size(), 4);
    QVERIFY(widget.scatterChart()->legend()->markers().at(1)->label().startsWith(QStringLiteral("B better (%1)").arg(s.wins)));
    // One bar per query (23 <= maxBars), sorted ascending.
    auto* bars = qobject_cast<QStackedBarSeries*>(widget.deltaChart()->series().first());
    QCOMPARE(bars->barSets().at(0)->count(), 23);
    double previous = -2.0;
    for (int i = 0; i < 23; ++i) {
        const double delta = bars->barSets().at(0)->at(i) + bars->barSets().at(1)->at(i);
        QVERIFY(delta >= previous);
        previous = delta;
    }
    QVERIFY(widget.statisticsText().contains(QStringLiteral("%1 / %2 / %3").arg(s.wins).arg(s.ties).arg(s.losses)));
    ViewFixture::saveScreenshot(widget, QStringLiteral("comparewidget"));
}

void TestCompareWidget::twoRuns()
{
    CompareWidget widget;
    widget.resize(1200, 700);
    widget.show();
    QSignalSpy listed(&widget, &CompareWidget::runChoicesLoaded);
    widget.setProject(m_project.path);
    QVERIFY(listed.wait(30000));
    QSignalSpy shown(&widget, &CompareWidget::comparisonShown);
    widget.compare(m_project.noisyRun, m_project.goldRun);
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.last().at(1).toLongLong(), m_project.goldRun);
    // A = the noisy run after refinement, B = the gold run after refinement.
    ProjectStore store(m_project.path);
    const RunSummary noisy = RunSummary::load(store, m_project.noisyRun);
    const RunSummary gold = RunSummary::load(store, m_project.goldRun);
    const PairedComparison& s = widget.comparison().stats;
    QCOMPARE(s.meanBefore, noisy.mapAfter);
    QCOMPARE(s.meanAfter, gold.mapAfter);
    QCOMPARE(s.wins + s.ties + s.losses, 23);
    QCOMPARE(scatterPoints(widget.scatterChart()), 23);
    ViewFixture::saveScreenshot(widget, QStringLiteral("comparewidget-two-runs"));
}

QTEST_MAIN(TestCompareWidget)
#include "tst_comparewidget.moc"
