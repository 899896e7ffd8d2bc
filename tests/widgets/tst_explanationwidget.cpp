// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/influencemodel.h"
#include "viewfixture.h"
#include "widgets/explanationwidget.h"
#include "widgets/journey.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;

namespace {

QBarCategoryAxis* categories(QChart* chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
}

/// The bar of category `index` (bottom-up) over every set of a stacked series.
double barValue(QChart* chart, int index)
{
    double value = 0.0;
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
    for (QBarSet* set : series->barSets())
        value += set->at(index);
    return value;
}

} // namespace

class TestExplanationWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explainsAQueryThatGotWorse();
    void explainsAQueryThatImproved();
    void latestRequestWins();
    void notesTermsOutsideLsa();
    void reportsAMissingRun();

private:
    /// Shows the widget at a realistic size and explains a query; false when nothing was shown.
    bool showExplanation(ExplanationWidget& widget, qint64 runId, qint64 queryId);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
    qint64 m_worse = 0;
    qint64 m_better = 0;
    QList<qint64> m_queries;
};

void TestExplanationWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
    ProjectStore store(m_project.path);
    // The noisy run has queries that got worse (the judge flipped labels) and some that improved.
    double worst = 0.0, best = 0.0;
    for (const RunQueryRecord& record : store.runs().queries(m_project.noisyRun, false)) {
        m_queries.append(record.queryId);
        const double delta = record.apAfter - record.apBefore;
        if (delta < worst) {
            worst = delta;
            m_worse = record.queryId;
        }
        if (delta > best) {
            best = delta;
            m_better = record.queryId;
        }
    }
    QVERIFY(m_worse != 0);
    QVERIFY(m_better != 0);
}

bool TestExplanationWidget::showExplanation(ExplanationWidget& widget, qint64 runId, qint64 queryId)
{
    if (!Journey::showExposed(&widget, {1400, 900}))
        return false;
    QSignalSpy shown(&widget, &ExplanationWidget::explanationShown);
    widget.explain(m_project.path, runId, queryId);
    return shown.wait(60000) && shown.first().at(1).toLongLong() == queryId;
}

void TestExplanationWidget::explainsAQueryThatGotWorse()
{
    ExplanationWidget widget;
    QVERIFY(showExplanation(widget, m_project.noisyRun, m_worse));

    // One bar per judged document in both influence charts and one row in the table.
    const int judged = widget.influenceModel()->rowCount();
    QCOMPARE(judged, 20); // the run's default judged set
    for (QChart* chart : {widget.influenceChart(), widget.pullChart()}) {
        QVERIFY(categories(chart));
        QCOMPARE(categories(chart)->count(), judged);
        QVERIFY(!categories(chart)->titleText().isEmpty());
        QVERIFY(!chart->axes(Qt::Horizontal).first()->titleText().isEmpty());
        QCOMPARE(chart->legend()->markers().size(), 2);
    }
    // Sorted: the top bar (last category) is the largest contribution.
    double largest = -1.0;
    for (int row = 0; row < judged; ++row) {
        const double contribution = widget.influenceModel()->influence(row).deltaAp;
        if (std::isfinite(contribution))
            largest = std::max(largest, contribution);
    }
    QCOMPARE(barValue(widget.influenceChart(), judged - 1), largest);
    // Pull shares add up to 100 %.
    double shares = 0.0;
    for (int i = 0; i < judged; ++i)
        shares += std::abs(barValue(widget.pullChart(), i));
    QVERIFY(std::abs(shares - 100.0) < 1e-6);

    // LSA: the terms chart is shown with gained and lost words.
    QVERIFY(widget.termsNote().isEmpty());
    QVERIFY(categories(widget.termsChart()));
    QVERIFY(categories(widget.termsChart())->count() >= 2);

    // Drift: step 0 to the last step.
    auto* distance = qobject_cast<QLineSeries*>(widget.driftChart()->series().first());
    QCOMPARE(distance->count(), m_project.steps + 1);
    QCOMPARE(distance->at(0).y(), 0.0);
    QCOMPARE(widget.driftChart()->axes().size(), 3);

    QVERIFY(widget.moversText().contains(QStringLiteral("never judged")));
    QVERIFY(widget.triageText().contains(QStringLiteral("AP fell")));
    ViewFixture::saveScreenshot(widget, QStringLiteral("explanation-worse"));
    QVERIFY(widget.headingText().contains(QStringLiteral("judged documents: 20")));
}

void TestExplanationWidget::explainsAQueryThatImproved()
{
    ExplanationWidget widget;
    QVERIFY(showExplanation(widget, m_project.noisyRun, m_better));
    QVERIFY(widget.triageText().contains(QStringLiteral("did not fall")));
    QCOMPARE(categories(widget.influenceChart())->count(), widget.influenceModel()->rowCount());
    QVERIFY(!widget.influenceModel()->index(0, InfluenceModel::TextColumn).data().toString().isEmpty());
    ViewFixture::saveScreenshot(widget, QStringLiteral("explanation-better"));
}

void TestExplanationWidget::latestRequestWins()
{
    ExplanationWidget widget;
    QSignalSpy shown(&widget, &ExplanationWidget::explanationShown);
    QSignalSpy failed(&widget, &ExplanationWidget::explanationFailed);
    widget.explain(m_project.path, m_project.goldRun, m_queries[0]);
    widget.explain(m_project.path, m_project.goldRun, m_queries[1]);
    widget.explain(m_project.path, m_project.goldRun, m_queries[2]);
    QVERIFY(shown.wait(60000));
    QTest::qWait(500); // older requests that were still running are dropped, not shown late
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(1).toLongLong(), m_queries[2]);
    QCOMPARE(failed.size(), 0);
}

void TestExplanationWidget::notesTermsOutsideLsa()
{
    // The LSA vectors again as imported vectors: a space that cannot name its terms.
    qint64 runId = 0;
    qint64 queryId = 0;
    {
        ProjectStore store(m_project.path);
        const auto lsa = store.spaces().byName(m_project.datasetId, QStringLiteral("lsa"));
        QVERIFY(lsa);
        SpaceInfo imported;
        imported.datasetId = m_project.datasetId;
        imported.name = QStringLiteral("imported");
        imported.provider = QStringLiteral("vectors");
        imported.model = QStringLiteral("copy of lsa");
        imported.dim = lsa->dim;
        const qint64 spaceId = store.spaces().create(imported);
        std::vector<qint64> ids;
        const RowMatrixXf documents = store.spaces().documentMatrix(lsa->id, ids);
        for (size_t i = 0; i < ids.size(); ++i)
            store.spaces().setDocumentVector(spaceId, ids[i], std::span<const float>(documents.row(Eigen::Index(i)).data(), size_t(documents.cols())));
        const auto queries = store.spaces().queryVectors(lsa->id);
        for (auto it = queries.begin(); it != queries.end(); ++it)
            store.spaces().setQueryVector(spaceId, it.key(), std::span<const float>(it.value().data(), size_t(it.value().size())));
        RunSettings settings;
        settings.datasetId = m_project.datasetId;
        settings.spaceId = spaceId;
        runId = TestUtils::runToEnd(store, settings);
        queryId = store.runs().queries(runId, false).first().queryId;
    }
    ExplanationWidget widget;
    QVERIFY(showExplanation(widget, runId, queryId));
    QVERIFY(widget.termsNote().contains(QStringLiteral("built-in embedder")));
    QVERIFY(widget.termsChart()->series().isEmpty());
    QCOMPARE(categories(widget.influenceChart())->count(), widget.influenceModel()->rowCount());
}

void TestExplanationWidget::reportsAMissingRun()
{
    ExplanationWidget widget;
    QSignalSpy failed(&widget, &ExplanationWidget::explanationFailed);
    widget.explain(m_project.path, 9999, m_queries[0]);
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("9999")));
    QVERIFY(widget.headingText().startsWith(QStringLiteral("Cannot explain")));
    QCOMPARE(widget.influenceModel()->rowCount(), 0);
}

QTEST_MAIN(TestExplanationWidget)
#include "tst_explanationwidget.moc"
