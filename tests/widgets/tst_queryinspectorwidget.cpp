// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/run/runengine.h"
#include "core/models/rankmoversmodel.h"
#include "widgets/chartreading.h"
#include "widgets/journey.h"
#include "widgets/queryinspectorwidget.h"
#include "widgets/tsvtableview.h"
#include "projectbuilder.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <limits>

using namespace tare;

namespace {

QValueAxis* valueAxis(QChart* chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

} // namespace

class TestQueryInspectorWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAQueryOfARealRun();
    void latestRequestWins();
    void reportsAMissingResult();

private:
    TestUtils::TempProject m_project{QStringLiteral("sample.tare")};
    QString m_path = m_project.path();
    qint64 m_runId = 0;
    QList<qint64> m_queryIds;
    int m_steps = 0;
};

void TestQueryInspectorWidget::initTestCase()
{
    ProjectStore& store = *m_project;
    RunSettings settings = TestUtils::sampleRunSettings(store);
    m_steps = settings.refine.steps;
    RunEngine engine(store);
    m_runId = engine.prepare(settings);
    RunControl control;
    QCOMPARE(engine.execute(m_runId, control), RunStatus::Finished);
    for (const RunQueryRecord& record : store.runs().queries(m_runId, false))
        m_queryIds.append(record.queryId);
    QVERIFY(m_queryIds.size() >= 2);
    m_project.close(); // the tests open their own connections
}

void TestQueryInspectorWidget::showsAQueryOfARealRun()
{
    QueryInspectorWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1100, 800}));
    QSignalSpy shown(&widget, &QueryInspectorWidget::inspectionShown);
    widget.inspect(m_path, m_runId, m_queryIds.first());
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().at(1).toLongLong(), m_queryIds.first());

    // Distributions: relevant and irrelevant as areas over the same bins and the same axes.
    for (bool after : {false, true}) {
        QChart* chart = widget.distributionChart(after);
        QCOMPARE(chart->series().size(), 2);
        for (QAbstractSeries* series : chart->series()) {
            auto* area = qobject_cast<QAreaSeries*>(series);
            QVERIFY(area);
            QCOMPARE(area->upperSeries()->count(), 2 * QueryInspection::defaultBins + 2);
        }
        QCOMPARE(valueAxis(chart, Qt::Horizontal)->titleText(), QStringLiteral("Cosine score"));
        QCOMPARE(valueAxis(chart, Qt::Vertical)->titleText(), QStringLiteral("% of class"));
    }
    QCOMPARE(valueAxis(widget.distributionChart(false), Qt::Horizontal)->min(),
             valueAxis(widget.distributionChart(true), Qt::Horizontal)->min());
    QCOMPARE(valueAxis(widget.distributionChart(false), Qt::Horizontal)->max(),
             valueAxis(widget.distributionChart(true), Qt::Horizontal)->max());
    QCOMPARE(valueAxis(widget.distributionChart(false), Qt::Vertical)->max(),
             valueAxis(widget.distributionChart(true), Qt::Vertical)->max());

    // ROC: chance diagonal plus before and after, with AUC in the legend.
    QChart* roc = widget.rocChart();
    QCOMPARE(roc->series().size(), 3);
    QTRY_COMPARE(ChartReading::visibleLegendLabels(roc).size(), 2);
    const QStringList legend = ChartReading::visibleLegendLabels(roc);
    QVERIFY2(legend.at(0).startsWith(QStringLiteral("Before (AUC 0.")), qPrintable(legend.at(0)));
    QVERIFY2(legend.at(1).startsWith(QStringLiteral("After (AUC 0.")), qPrintable(legend.at(1)));
    auto* after = qobject_cast<QLineSeries*>(roc->series().at(2));
    QVERIFY(after->count() >= 2);
    QCOMPARE(after->at(after->count() - 1), QPointF(1.0, 1.0));

    // Loss: one point per step.
    QCOMPARE(widget.lossChart()->series().size(), 1);
    QCOMPARE(qobject_cast<QLineSeries*>(widget.lossChart()->series().first())->count(), m_steps + 1);
    QCOMPARE(valueAxis(widget.lossChart(), Qt::Horizontal)->titleText(), QStringLiteral("Step"));

    QVERIFY(widget.figuresText().contains(QStringLiteral("d′")));
    QVERIFY(widget.figuresText().contains(QStringLiteral("best F1")));

    // Rank movers: risers (largest rise first), then fallers (largest fall last), at most 10 each.
    RankMoversModel* movers = widget.moversModel();
    QVERIFY(movers->rowCount() > 0);
    QVERIFY(movers->rowCount() <= 2 * QueryInspection::moversPerSide);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < movers->rowCount(); ++row) {
        const RankMover& mover = movers->mover(row);
        QVERIFY(mover.change() != 0);
        QVERIFY(mover.change() <= previous);
        previous = mover.change();
        QVERIFY(!mover.text.isEmpty());
    }
    QVERIFY(widget.moverText(0).contains(movers->mover(0).text));
    QVERIFY(movers->index(0, RankMoversModel::ChangeColumn).data().toString().startsWith(QStringLiteral("▲")));
    QCOMPARE(widget.moversView()->selectionAsTsv().count(u'\n'), movers->rowCount() + 1);
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    image.save(QStringLiteral("queryinspectorwidget.png"));
}

void TestQueryInspectorWidget::latestRequestWins()
{
    QueryInspectorWidget widget;
    QSignalSpy shown(&widget, &QueryInspectorWidget::inspectionShown);
    widget.inspect(m_path, m_runId, m_queryIds.at(0));
    widget.inspect(m_path, m_runId, m_queryIds.at(1));
    QVERIFY(shown.wait(30000));
    QTest::qWait(200); // a stale result would arrive about now
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(1).toLongLong(), m_queryIds.at(1));
}

void TestQueryInspectorWidget::reportsAMissingResult()
{
    QueryInspectorWidget widget;
    QSignalSpy failed(&widget, &QueryInspectorWidget::inspectionFailed);
    QSignalSpy shown(&widget, &QueryInspectorWidget::inspectionShown);
    widget.inspect(m_path, m_runId, -5);
    QVERIFY(failed.wait(30000));
    QCOMPARE(shown.size(), 0);
    QVERIFY(widget.rocChart()->series().isEmpty());
}

QTEST_MAIN(TestQueryInspectorWidget)
#include "tst_queryinspectorwidget.moc"
