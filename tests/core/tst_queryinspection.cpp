// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/inspect/queryinspection.h"
#include "core/run/runengine.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace tare;

class TestQueryInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesFromStoredVectors();
};

void TestQueryInspection::computesFromStoredVectors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.tare"));
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    RunSettings settings = TestUtils::sampleRunSettings(store, QStringLiteral("teaching"));
    settings.refine.lr = 0.01;
    const qint64 runId = TestUtils::runToEnd(store, settings);
    const RunQueryRecord stored = store.runs().queries(runId, false).first();

    const QueryInspection inspection = QueryInspection::load(store, runId, stored.queryId, 20);
    QCOMPARE(inspection.outcome, QueryOutcome::Finished);
    QVERIFY(!inspection.queryExtId.isEmpty());
    QVERIFY(!inspection.queryText.isEmpty());
    QCOMPARE(inspection.apAfter, stored.apAfter);
    QCOMPARE(inspection.histogramBefore.binCount(), 20);
    QCOMPARE(inspection.histogramAfter.binCount(), 20);
    QCOMPARE(inspection.histogramBefore.lower, inspection.histogramAfter.lower);
    QCOMPARE(inspection.histogramBefore.upper, inspection.histogramAfter.upper);
    // Every candidate lands in a bin (the shared range spans all scores).
    const auto sum = [](const std::vector<qint64>& v) { return std::accumulate(v.begin(), v.end(), qint64(0)); };
    QCOMPARE(sum(inspection.histogramBefore.relevant) + sum(inspection.histogramBefore.irrelevant),
             store.datasets().find(settings.datasetId)->documentCount);
    QCOMPARE(sum(inspection.histogramAfter.relevant), inspection.separationAfter.numRelevant);
    QVERIFY(inspection.rocBefore.size() >= 2);
    QCOMPARE(inspection.rocAfter.back().tpr, 1.0);
    QVERIFY(inspection.separationAfter.auc >= 0.0 && inspection.separationAfter.auc <= 1.0);
    QCOMPARE(inspection.curve.size(), settings.refine.steps + 1);

    QVERIFY_THROWS_EXCEPTION(TareError, QueryInspection::load(store, runId, -1));
    QVERIFY_THROWS_EXCEPTION(TareError, QueryInspection::load(store, runId + 100, stored.queryId));
}

QTEST_GUILESS_MAIN(TestQueryInspection)
#include "tst_queryinspection.moc"
