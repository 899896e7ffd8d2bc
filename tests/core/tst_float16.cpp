// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/float16.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace tare;

/// float16 bits: the scalar code and the bulk (F16C) code agree on every half and on the float32
/// values around every rounding boundary; rounding is to nearest even; the representable range
/// is what import accepts.
class TestFloat16 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHalfWidensAlike();
    void roundingAgreesAtEveryBoundary();
    void roundsToNearestEven();
    void representableRange();
};

void TestFloat16::everyHalfWidensAlike()
{
    qInfo("bulk conversions use F16C: %s", Float16::hardware() ? "yes" : "no");
    std::vector<quint16> halves(65536);
    for (int h = 0; h < 65536; ++h)
        halves[size_t(h)] = quint16(h);
    std::vector<float> bulk(halves.size());
    Float16::toFloats(halves, bulk.data());
    std::vector<quint16> back(halves.size());
    Float16::fromFloats(bulk, back.data());
    int nans = 0;
    for (int h = 0; h < 65536; ++h) {
        const float scalar = Float16::toFloat(quint16(h));
        if (std::isnan(scalar)) {
            QVERIFY(std::isnan(bulk[size_t(h)]));
            QVERIFY(std::isnan(Float16::toFloat(back[size_t(h)])));
            ++nans;
            continue;
        }
        QVERIFY2(std::bit_cast<quint32>(scalar) == std::bit_cast<quint32>(bulk[size_t(h)]),
                 qPrintable(QStringLiteral("half %1: %2 vs %3").arg(h, 4, 16).arg(double(scalar)).arg(double(bulk[size_t(h)]))));
        // Every half survives the round trip through float32, in both codes.
        QCOMPARE(back[size_t(h)], quint16(h));
        QCOMPARE(Float16::fromFloat(scalar), quint16(h));
    }
    QCOMPARE(nans, 2 * 1023);
    QCOMPARE(Float16::toFloat(0x3c00), 1.0f);
    QCOMPARE(Float16::toFloat(0x7bff), Float16::maximum);
    QCOMPARE(Float16::toFloat(0x0001), std::ldexp(1.0f, -24));
}

void TestFloat16::roundingAgreesAtEveryBoundary()
{
    // For every pair of neighbouring positive halves: their midpoint (a tie), the floats just
    // below and above it, and random floats between them, with both signs.
    std::vector<float> values;
    std::mt19937 generator(7);
    for (int h = 0; h < 0x7c00; ++h) {
        const float low = Float16::toFloat(quint16(h));
        const float high = h + 1 == 0x7c00 ? 65536.0f : Float16::toFloat(quint16(h + 1));
        const float middle = low + (high - low) / 2; // exact: a half has 11 significant bits
        for (const float v : {low, middle, std::nextafter(middle, 0.0f), std::nextafter(middle, 1e9f),
                              std::uniform_real_distribution<float>(low, high)(generator)}) {
            values.push_back(v);
            values.push_back(-v);
        }
    }
    for (const float v : {1e-30f, 1e-8f, 2.98023224e-8f, 70000.0f, 1e30f, std::numeric_limits<float>::infinity(),
                          std::numeric_limits<float>::denorm_min(), std::numeric_limits<float>::min()}) {
        values.push_back(v);
        values.push_back(-v);
    }
    std::vector<quint16> bulk(values.size());
    Float16::fromFloats(values, bulk.data());
    for (size_t i = 0; i < values.size(); ++i) {
        QVERIFY2(Float16::fromFloat(values[i]) == bulk[i],
                 qPrintable(QStringLiteral("%1: scalar %2, bulk %3")
                                .arg(double(values[i]), 0, 'g', 9)
                                .arg(Float16::fromFloat(values[i]), 4, 16)
                                .arg(bulk[i], 4, 16)));
    }
    QVERIFY(values.size() > 300000);
}

void TestFloat16::roundsToNearestEven()
{
    // 1 + 2^-11 lies halfway between 1 (even mantissa) and 1 + 2^-10: it goes to 1.
    QCOMPARE(Float16::fromFloat(1.0f + std::ldexp(1.0f, -11)), quint16(0x3c00));
    // 1 + 3·2^-11 lies halfway between 1 + 2^-10 (odd) and 1 + 2^-9 (even): it goes up.
    QCOMPARE(Float16::fromFloat(1.0f + 3 * std::ldexp(1.0f, -11)), quint16(0x3c02));
    // Just above a tie goes up.
    QCOMPARE(Float16::fromFloat(std::nextafter(1.0f + std::ldexp(1.0f, -11), 2.0f)), quint16(0x3c01));
    // The subnormal tie 2^-25 goes to zero, 3·2^-25 to 2·2^-24.
    QCOMPARE(Float16::fromFloat(std::ldexp(1.0f, -25)), quint16(0x0000));
    QCOMPARE(Float16::fromFloat(3 * std::ldexp(1.0f, -25)), quint16(0x0002));
    // 65520 is the tie between the maximum and infinity: even is infinity.
    QCOMPARE(Float16::fromFloat(65519.0f), quint16(0x7bff));
    QCOMPARE(Float16::fromFloat(65520.0f), quint16(0x7c00));
    QCOMPARE(Float16::fromFloat(-0.0f), quint16(0x8000));
}

void TestFloat16::representableRange()
{
    QVERIFY(Float16::representable(0.0f));
    QVERIFY(Float16::representable(65504.0f));
    QVERIFY(Float16::representable(-65504.0f));
    QVERIFY(Float16::representable(1e-10f)); // becomes zero: fine for a vector component
    QVERIFY(!Float16::representable(65505.0f));
    QVERIFY(!Float16::representable(-1e6f));
    QVERIFY(!Float16::representable(std::numeric_limits<float>::infinity()));
    QVERIFY(!Float16::representable(std::numeric_limits<float>::quiet_NaN()));
}

QTEST_GUILESS_MAIN(TestFloat16)
#include "tst_float16.moc"
