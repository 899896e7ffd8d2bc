// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/dotkernel.h"
#include "core/util/float16.h"

#include <QTest>

#include <cstring>
#include <numeric>
#include <random>
#include <vector>

using namespace tare;

namespace {

std::vector<float> randomFloats(size_t count, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    std::vector<float> values(count);
    for (float& v : values)
        v = normal(generator);
    return values;
}

bool sameBits(float a, float b)
{
    return std::memcmp(&a, &b, sizeof(float)) == 0;
}

} // namespace

/// The dot product behind every score: each dot is the same bits whatever the number of queries
/// in the block, their position in it, the rows' gather and the threads; and it is a dot product
/// (against a double-precision sum). Rows of float16 obey the same, and score bit for bit like
/// their float32 widening.
class TestDotKernel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedEqualsSingle_data();
    void blockedEqualsSingle();
};

void TestDotKernel::blockedEqualsSingle_data()
{
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("queryCount");
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("half");
    for (const bool half : {false, true}) {
        const char* type = half ? "float16" : "float32";
        QTest::addRow("%s: tail of 5, 7 queries", type) << 37 << 37 << 7 << 1 << half;
        QTest::addRow("%s: no tail, 3 queries", type) << 41 << 64 << 3 << 1 << half;
        QTest::addRow("%s: dim below one lane set", type) << 9 << 5 << 4 << 1 << half;
        QTest::addRow("%s: 64 queries, 2 threads", type) << 3001 << 200 << 64 << 2 << half;
        QTest::addRow("%s: 1024 dims, 17 queries, 2 threads", type) << 2003 << 1024 << 17 << 2 << half;
    }
}

void TestDotKernel::blockedEqualsSingle()
{
    QFETCH(int, rowCount);
    QFETCH(int, dim);
    QFETCH(int, queryCount);
    QFETCH(int, threads);
    QFETCH(bool, half);
    std::vector<float> matrix = randomFloats(size_t(rowCount) * size_t(dim), 1);
    const std::vector<float> queries = randomFloats(size_t(queryCount) * size_t(dim), 2);
    // A float16 matrix, and `matrix` as the float32 values its halves stand for.
    std::vector<quint16> halves(matrix.size());
    Float16::fromFloats(matrix, halves.data());
    if (half)
        Float16::toFloats(halves, matrix.data());
    const auto dots = [&](const qint32* rows, const float* query, int count, float* out, int workers) {
        if (half)
            DotKernel::dots(halves.data(), rows, rowCount, dim, query, count, out, rowCount, workers);
        else
            DotKernel::dots(matrix.data(), rows, rowCount, dim, query, count, out, rowCount, workers);
    };

    // The block, all rows in order.
    std::vector<float> block(size_t(rowCount) * size_t(queryCount));
    dots(nullptr, queries.data(), queryCount, block.data(), threads);
    // Halves score like their widening, bit for bit.
    std::vector<float> widened(block.size());
    DotKernel::dots(matrix.data(), nullptr, rowCount, dim, queries.data(), queryCount, widened.data(), rowCount, threads);
    QVERIFY(std::memcmp(block.data(), widened.data(), block.size() * sizeof(float)) == 0);
    // Reversed rows through the gather.
    std::vector<qint32> reversed(static_cast<size_t>(rowCount));
    std::iota(reversed.rbegin(), reversed.rend(), 0);
    std::vector<float> gathered(block.size());
    dots(reversed.data(), queries.data(), queryCount, gathered.data(), 1);

    int checked = 0;
    for (int c = 0; c < queryCount; ++c) {
        // The same query alone, single-threaded.
        std::vector<float> single(static_cast<size_t>(rowCount));
        dots(nullptr, queries.data() + size_t(c) * size_t(dim), 1, single.data(), 1);
        // The query with its neighbours in a block of 2 (another tile shape).
        std::vector<float> pair(size_t(rowCount) * 2);
        const int partner = c + 1 < queryCount ? c : c - 1;
        if (partner >= 0 && queryCount > 1)
            dots(nullptr, queries.data() + size_t(partner) * size_t(dim), 2, pair.data(), 1);
        for (int i = 0; i < rowCount; ++i) {
            const float value = block[size_t(c) * size_t(rowCount) + size_t(i)];
            QVERIFY2(sameBits(value, single[size_t(i)]), qPrintable(QStringLiteral("row %1 query %2: %3 vs %4")
                                                                     .arg(i).arg(c).arg(double(value), 0, 'g', 9)
                                                                     .arg(double(single[size_t(i)]), 0, 'g', 9)));
            QVERIFY(sameBits(value, gathered[size_t(c) * size_t(rowCount) + size_t(rowCount - 1 - i)]));
            if (partner >= 0 && queryCount > 1)
                QVERIFY(sameBits(value, pair[size_t(c - partner) * size_t(rowCount) + size_t(i)]));
            double exact = 0.0;
            for (int k = 0; k < dim; ++k)
                exact += double(matrix[size_t(i) * size_t(dim) + size_t(k)]) * double(queries[size_t(c) * size_t(dim) + size_t(k)]);
            QVERIFY2(std::abs(double(value) - exact) <= 1e-5 * std::sqrt(double(dim)) * 4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(double(value)).arg(exact)));
            ++checked;
        }
    }
    QCOMPARE(checked, rowCount * queryCount);
}

QTEST_GUILESS_MAIN(TestDotKernel)
#include "tst_dotkernel.moc"
