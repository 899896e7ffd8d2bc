// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/jobs/experimentjob.h"
#include "projectbuilder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

/// The experiment job: an ExperimentRunner on the job's own thread and connection, throttled
/// progress that ends on the final count, cancel within a step with finished runs kept (a second
/// start continues the experiment and reuses them), and failures as a signal.
class TestExperimentJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAnExperiment();
    void cancelKeepsFinishedRuns();
    void failsOnBadSettings();

private:
    ExperimentSettings noiseSweep() const;

    TestUtils::TempProject m_project{QStringLiteral("sample.tare")};
    QString m_path = m_project.path();
    qint64 m_datasetId = 0;
    qint64 m_spaceId = 0;
    int m_queries = 0;
};

void TestExperimentJob::initTestCase()
{
    ProjectStore& store = *m_project;
    const RunSettings sample = TestUtils::sampleRunSettings(store);
    m_datasetId = sample.datasetId;
    m_spaceId = sample.spaceId;
    m_queries = int(store.datasets().byName(QStringLiteral("nuance"))->queryCount);
    m_project.close(); // the tests open their own connections
}

ExperimentSettings TestExperimentJob::noiseSweep() const
{
    ExperimentSettings settings;
    settings.kind = ExperimentKind::NoiseSweep;
    settings.datasetId = m_datasetId;
    settings.spaceId = m_spaceId;
    settings.rates = {0.0, 0.3};
    settings.seeds = 1;
    settings.refine.steps = 20;
    settings.threads = 1;
    return settings;
}

void TestExperimentJob::runsAnExperiment()
{
    ExperimentJob job;
    QSignalSpy started(&job, &ExperimentJob::started);
    QSignalSpy cells(&job, &ExperimentJob::cellStarted);
    QSignalSpy progress(&job, &ExperimentJob::progress);
    QSignalSpy finished(&job, &ExperimentJob::finished);
    QSignalSpy failed(&job, &ExperimentJob::failed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(job.start(m_path, noiseSweep(), 5)); // the first five queries
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(m_path, noiseSweep())); // one at a time
    QVERIFY(finished.wait(120000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!job.isRunning());
    const auto result = finished.first().first().value<ExperimentResult>();
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.noise.queries, 5);
    QCOMPARE(result.runIds.size(), 2);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toLongLong(), result.experimentId);
    QCOMPARE(started.first().at(1).toBool(), false);
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.last().at(0).toInt(), 1);
    QCOMPARE(cells.last().at(1).toInt(), 2);
    // Throttled to about 10 a second, ending on the final count: 2 runs × 5 queries.
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.size() <= clock.elapsed() / 100 + 2, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(0).toLongLong(), 10);
    QCOMPARE(progress.last().at(1).toLongLong(), 10);
}

void TestExperimentJob::cancelKeepsFinishedRuns()
{
    ExperimentSettings settings = noiseSweep();
    settings.rates = {0.0, 0.1, 0.2};
    settings.label = QStringLiteral("cancelled once");
    ExperimentJob job;
    QSignalSpy cells(&job, &ExperimentJob::cellStarted);
    QSignalSpy finished(&job, &ExperimentJob::finished);
    // Cancel from the GUI thread as the second cell begins: the atomic stops it within a step.
    connect(&job, &ExperimentJob::cellStarted, &job, [&job](int index) {
        if (index == 1)
            job.cancel();
    });
    QVERIFY(job.start(m_path, settings));
    QVERIFY(finished.wait(120000));
    const auto cancelled = finished.first().first().value<ExperimentResult>();
    QCOMPARE(cancelled.status, RunStatus::Cancelled);
    QVERIFY(cells.size() >= 2);

    // The first cell's run is kept: the same definition continues and reuses it.
    ProjectStore store(m_path);
    cells.clear();
    finished.clear();
    QSignalSpy started(&job, &ExperimentJob::started);
    disconnect(&job, &ExperimentJob::cellStarted, &job, nullptr);
    QVERIFY(job.start(m_path, settings));
    QVERIFY(finished.wait(120000));
    const auto result = finished.first().first().value<ExperimentResult>();
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.experimentId, cancelled.experimentId);
    QCOMPARE(started.first().at(1).toBool(), true); // resumed
    QCOMPARE(cells.size(), 3);
    QCOMPARE(cells.first().at(3).toBool(), true); // the first cell's finished run, reused
    QCOMPARE(store.runs().find(result.runIds.first())->status, RunStatus::Finished);
}

void TestExperimentJob::failsOnBadSettings()
{
    ExperimentSettings settings = noiseSweep();
    settings.spaceId = 987654; // no such space
    ExperimentJob job;
    QSignalSpy finished(&job, &ExperimentJob::finished);
    QSignalSpy failed(&job, &ExperimentJob::failed);
    QVERIFY(job.start(m_path, settings));
    QVERIFY(failed.wait(30000));
    QVERIFY(finished.isEmpty());
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!job.isRunning());
    // A project that does not open fails the same way.
    QVERIFY(job.start(m_project.filePath(QStringLiteral("missing.tare")), noiseSweep()));
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("missing.tare")));
}

QTEST_GUILESS_MAIN(TestExperimentJob)
#include "tst_experimentjob.moc"
