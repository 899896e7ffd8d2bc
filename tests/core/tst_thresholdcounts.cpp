// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/thresholdcounts.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <random>

using namespace tare;

/// ThresholdCounts against counting by brute force: spread and crowded thresholds, duplicates,
/// keys on and between thresholds, the extremes of the key range.
class TestThresholdCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("keyCount");
        QTest::addColumn<int>("thresholdCount");
        QTest::addColumn<quint64>("keyRange");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("spread over 64 bits") << 20000 << 300 << quint64(0) << quint64(1);
        QTest::newRow("crowded: 5,000 thresholds in 64 values") << 20000 << 5000 << quint64(64) << quint64(2);
        QTest::newRow("one threshold") << 1000 << 1 << quint64(1000) << quint64(3);
        QTest::newRow("no threshold") << 100 << 0 << quint64(1000) << quint64(4);
        QTest::newRow("more thresholds than keys") << 50 << 4000 << quint64(1) << quint64(5);
        QTest::newRow("clustered high words") << 30000 << 2000 << quint64(1) << quint64(6);
    }
    void matchesBruteForce()
    {
        QFETCH(int, keyCount);
        QFETCH(int, thresholdCount);
        QFETCH(quint64, keyRange);
        QFETCH(quint64, seed);
        std::mt19937_64 rng(seed);
        // keyRange 0: any 64-bit value; 1: rank keys of clustered scores (few high words, any low
        // word); otherwise values in [0, keyRange).
        const auto draw = [&]() -> quint64 {
            if (keyRange == 0)
                return rng();
            if (keyRange == 1)
                return ((quint64(0x80000000u) + rng() % 200) << 32) | (rng() & 0xffffffffu);
            return rng() % keyRange;
        };
        std::vector<quint64> keys(static_cast<std::size_t>(keyCount));
        for (auto& key : keys)
            key = draw();
        std::vector<quint64> thresholds;
        for (int i = 0; i < thresholdCount; ++i)
            thresholds.push_back(i % 3 == 0 && !keys.empty() ? keys[rng() % keys.size()] : draw());
        if (thresholdCount > 3) {
            thresholds.push_back(0);
            thresholds.push_back(std::numeric_limits<quint64>::max());
            thresholds.push_back(thresholds.front()); // a duplicate
            keys.push_back(0);
            keys.push_back(std::numeric_limits<quint64>::max());
        }

        ThresholdCounts counts;
        for (int round = 0; round < 2; ++round) { // a reused object starts afresh
            counts.reset(thresholds);
            for (quint64 key : keys)
                counts.add(key);
            counts.finish();
            std::vector<quint64> sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            for (quint64 threshold : thresholds) {
                const auto expected = qint64(std::lower_bound(sorted.begin(), sorted.end(), threshold) - sorted.begin());
                QCOMPARE(counts.below(threshold), expected);
            }
        }
        QVERIFY(std::is_sorted(counts.thresholds().begin(), counts.thresholds().end()));
        QVERIFY(std::adjacent_find(counts.thresholds().begin(), counts.thresholds().end()) == counts.thresholds().end());
    }

    void noThresholdAndOneThreshold()
    {
        ThresholdCounts counts;
        counts.reset({});
        counts.add(5);
        counts.finish();
        QVERIFY(counts.thresholds().empty());

        const std::vector<quint64> one{10, 10};
        counts.reset(one);
        for (quint64 key : {quint64(0), quint64(9), quint64(10), quint64(11), std::numeric_limits<quint64>::max()})
            counts.add(key);
        counts.finish();
        QCOMPARE(counts.thresholds().size(), std::size_t(1));
        QCOMPARE(counts.below(10), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestThresholdCounts)
#include "tst_thresholdcounts.moc"
