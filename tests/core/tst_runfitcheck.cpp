// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/run/runengine.h"
#include "core/run/runfitcheck.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTest>

using namespace tare;

/// The memory check before a run: the estimate adds up the space's bytes, the workers' buffers and
/// the scoring block's score arrays; a run that needs more than is available is refused with both
/// figures and the way out (before a run row is written); one that fits, or one forced, runs.
class TestRunFitCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimateAddsUpTheParts();
    void refusalNamesNeededAndAvailable_data();
    void refusalNamesNeededAndAvailable();
    void availableMemoryIsRead();
    void engineRefusesARunThatDoesNotFit();
    void formatsBytes();
};

void TestRunFitCheck::estimateAddsUpTheParts()
{
    RunSettings settings;
    settings.refiner = QStringLiteral("kl-adam");
    settings.refine.steps = 100;
    settings.evalEvery = 100;
    const auto one = RunFitCheck::estimate(1'000'000, 1024, ElementType::Float32, settings, 1, 32);
    QCOMPARE(one.spaceBytes, qint64(4'096'000'000));
    QCOMPARE(one.blockBytes, qint64(2) * 32 * 1'000'000 * 4);
    QVERIFY(one.indexBytes > 0);
    QVERIFY(one.threadBytes > 0);
    QCOMPARE(one.total(), one.spaceBytes + one.indexBytes + one.threadBytes + one.blockBytes);
    // Per thread, per block query, per curve column: each adds memory.
    const auto two = RunFitCheck::estimate(1'000'000, 1024, ElementType::Float32, settings, 2, 32);
    QCOMPARE(two.threadBytes, 2 * one.threadBytes);
    QCOMPARE(RunFitCheck::estimate(1'000'000, 1024, ElementType::Float32, settings, 1, 64).blockBytes, 2 * one.blockBytes);
    settings.evalEvery = 1;
    const auto curve = RunFitCheck::estimate(1'000'000, 1024, ElementType::Float32, settings, 1, 32);
    QVERIFY(curve.threadBytes > one.threadBytes);
    // The curves' steps share the block's pass: a sixteenth of the space at the most.
    QCOMPARE(curve.blockBytes, one.blockBytes + one.spaceBytes / 16);
    // Half the dimensions, half the space.
    QCOMPARE(RunFitCheck::estimate(1'000'000, 512, ElementType::Float32, settings, 1, 32).spaceBytes, one.spaceBytes / 2);
    // float16, half the space; the rest stays (scores and buffers are float32), but for the
    // curves' share of the pass, a sixteenth of the smaller space.
    const auto halfCurve = RunFitCheck::estimate(1'000'000, 1024, ElementType::Float16, settings, 1, 32);
    QCOMPARE(halfCurve.blockBytes, one.blockBytes + one.spaceBytes / 32);
    settings.evalEvery = 100;
    const auto half = RunFitCheck::estimate(1'000'000, 1024, ElementType::Float16, settings, 1, 32);
    QCOMPARE(half.spaceBytes, one.spaceBytes / 2);
    QCOMPARE(half.blockBytes, one.blockBytes);
    QCOMPARE(half.indexBytes, one.indexBytes);
}

void TestRunFitCheck::refusalNamesNeededAndAvailable_data()
{
    QTest::addColumn<qint64>("available");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plenty") << qint64(64'000'000'000) << false;
    QTest::newRow("exactly enough") << qint64(-1) << false;
    QTest::newRow("one byte short") << qint64(-2) << true;
    QTest::newRow("the machine of issue 17") << qint64(22'800'000'000) << true;
}

void TestRunFitCheck::refusalNamesNeededAndAvailable()
{
    QFETCH(qint64, available);
    QFETCH(bool, refused);
    RunSettings settings;
    settings.refiner = QStringLiteral("kl-adam");
    const auto estimate = RunFitCheck::estimate(7'000'000, 1024, ElementType::Float32, settings, 2, 32); // 28.7 GB of vectors
    if (available == -1)
        available = estimate.total();
    else if (available == -2)
        available = estimate.total() - 1;
    const QString refusal = RunFitCheck::refusal(estimate, available, QStringLiteral("--force runs it anyway"));
    QCOMPARE(!refusal.isEmpty(), refused);
    if (refused) {
        qInfo("%s", qPrintable(refusal));
        QVERIFY2(refusal.contains(RunFitCheck::formatBytes(estimate.total())), qPrintable(refusal));
        QVERIFY2(refusal.contains(RunFitCheck::formatBytes(available) + QStringLiteral(" is available")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("the vectors 28.7 GB")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("fewer dimensions")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("as float16 (half the memory)")), qPrintable(refusal));
        QVERIFY2(refusal.endsWith(QStringLiteral("--force runs it anyway")), qPrintable(refusal));
        // A float16 space has that way out behind it already.
        auto half = estimate;
        half.elementType = ElementType::Float16;
        QVERIFY(!RunFitCheck::refusal(half, available).contains(QStringLiteral("float16")));
    }
}

void TestRunFitCheck::availableMemoryIsRead()
{
    // This machine's figure: positive (Linux has /proc/meminfo).
    qunsetenv("TARE_AVAILABLE_MEMORY");
    const auto system = RunFitCheck::availableMemory();
    QVERIFY(system.has_value());
    QVERIFY(*system > 0);
    qputenv("TARE_AVAILABLE_MEMORY", "123456");
    QCOMPARE(RunFitCheck::availableMemory(), std::optional<qint64>(123456));
    qunsetenv("TARE_AVAILABLE_MEMORY");
}

void TestRunFitCheck::engineRefusesARunThatDoesNotFit()
{
    TestUtils::ProjectBuilder project(QStringLiteral("fit.tare"));
    project.addSpace(QStringLiteral("vec"), 8);
    TestUtils::RandomDirections random(8, 3);
    for (int i = 0; i < 50; ++i)
        project.addDocumentAt("d" + QByteArray::number(i), random.next(), "a text");
    const qint64 query = project.addQueryAt("q0", random.next(), "a query");
    project.label(query, *project.store().datasets().documentId(project.datasetId(), "d1"), 1);
    RunSettings settings = project.runSettings(); // the gold judge, kl-adam
    settings.refine.steps = 5;
    settings.threads = 1;
    const QString path = project.path();
    project.close();

    ProjectStore store(path);
    const auto needed = RunFitCheck::estimate(store, settings, 1, 32);
    QCOMPARE(needed.spaceBytes, qint64(50 * 8 * 4));

    RunEngine engine(store);
    engine.setScoringBlock(32); // as estimated
    engine.setFitCheck(true, QStringLiteral("the way round"));
    qputenv("TARE_AVAILABLE_MEMORY", QByteArray::number(needed.total() - 1));
    try {
        engine.prepare(settings);
        QFAIL("a run that does not fit was prepared");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(QStringLiteral(" is available")), qPrintable(error.message()));
        QVERIFY2(error.message().endsWith(QStringLiteral("the way round")), qPrintable(error.message()));
    }
    QCOMPARE(store.runs().all().size(), 0); // nothing written

    // Forced, the same run goes; with enough memory, it goes unforced.
    engine.setFitCheck(false);
    RunControl control;
    QCOMPARE(engine.execute(engine.prepare(settings), control), RunStatus::Finished);
    engine.setFitCheck(true);
    qputenv("TARE_AVAILABLE_MEMORY", QByteArray::number(needed.total()));
    QCOMPARE(engine.execute(engine.prepare(settings), control), RunStatus::Finished);
    qunsetenv("TARE_AVAILABLE_MEMORY");
    QCOMPARE(store.runs().all().size(), 2);
}

void TestRunFitCheck::formatsBytes()
{
    QCOMPARE(RunFitCheck::formatBytes(31'234'000'000), QStringLiteral("31.2 GB"));
    QCOMPARE(RunFitCheck::formatBytes(512'000'000), QStringLiteral("512.0 MB"));
    QCOMPARE(RunFitCheck::formatBytes(2'500), QStringLiteral("2.5 kB"));
}

QTEST_GUILESS_MAIN(TestRunFitCheck)
#include "tst_runfitcheck.moc"
