// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/deltahistogram.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tare;

using Deltas = QList<QPair<qint64, double>>;

class TestDeltaHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bins_data();
    void bins();
    void binOf();
};

void TestDeltaHistogram::bins_data()
{
    QTest::addColumn<Deltas>("deltas");
    QTest::addColumn<double>("width");
    QTest::addColumn<QList<double>>("centers");
    QTest::addColumn<QList<QList<qint64>>>("members");

    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("nothing") << Deltas{} << 0.01 << QList<double>{} << QList<QList<qint64>>{};
    QTest::newRow("only NaN") << Deltas{{1, nan}} << 0.01 << QList<double>{} << QList<QList<qint64>>{};
    QTest::newRow("all unchanged") << Deltas{{1, 0.0}, {2, 0.0}} << 0.01 << QList<double>{0.0} << QList<QList<qint64>>{{1, 2}};
    // Span 0.13 over 25 bins: 0.0052 rounds up to 0.01; bins centred on −0.03 … 0.10.
    QList<double> centers;
    QList<QList<qint64>> members;
    for (int i = -3; i <= 10; ++i) {
        centers.append(i * 0.01);
        members.append(QList<qint64>{});
    }
    members[3] = {3, 5};  // 0 and a tiny 0.004 share the unchanged bin
    members[5] = {2};     // 0.02
    members[13] = {1};    // 0.1
    members[0] = {4};     // −0.03
    QTest::newRow("gains and a loss") << Deltas{{1, 0.1}, {2, 0.02}, {3, 0.0}, {4, -0.03}, {5, 0.004}, {6, nan}} << 0.01
                                      << centers << members;
    // Only gains: zero is still a bin (empty here); span 0.4 / 25 = 0.016 rounds to 0.02.
    QList<double> gainCenters;
    QList<QList<qint64>> gainMembers;
    for (int i = 0; i <= 20; ++i) {
        gainCenters.append(i * 0.02);
        gainMembers.append(QList<qint64>{});
    }
    gainMembers[5] = {7};
    gainMembers[20] = {8};
    QTest::newRow("only gains") << Deltas{{7, 0.1}, {8, 0.4}} << 0.02 << gainCenters << gainMembers;
}

void TestDeltaHistogram::bins()
{
    QFETCH(Deltas, deltas);
    QFETCH(double, width);
    QFETCH(QList<double>, centers);
    QFETCH(QList<QList<qint64>>, members);
    const DeltaHistogram histogram = DeltaHistogram::build(deltas);
    QCOMPARE(histogram.width, width);
    QCOMPARE(histogram.bins.size(), centers.size());
    int counted = 0;
    for (qsizetype i = 0; i < centers.size(); ++i) {
        QVERIFY2(std::abs(histogram.bins[i].center - centers[i]) < 1e-12, qPrintable(QString::number(i)));
        QCOMPARE(histogram.bins[i].queryIds, members[i]);
        counted += int(members[i].size());
    }
    QCOMPARE(histogram.queries, counted);
    QVERIFY(histogram.bins.size() <= 25 + 2);
}

void TestDeltaHistogram::binOf()
{
    const DeltaHistogram histogram = DeltaHistogram::build({{1, -0.05}, {2, 0.05}}, 10);
    QCOMPARE(histogram.width, 0.01);
    QCOMPARE(histogram.binOf(0.0), 5);
    QCOMPARE(histogram.binOf(-0.05), 0);
    QCOMPARE(histogram.binOf(0.049), 10);
    QCOMPARE(histogram.binOf(0.2), -1);
    QCOMPARE(histogram.binOf(std::numeric_limits<double>::quiet_NaN()), -1);
    QCOMPARE(histogram.tallest(), 1);
}

QTEST_GUILESS_MAIN(TestDeltaHistogram)
#include "tst_deltahistogram.moc"
