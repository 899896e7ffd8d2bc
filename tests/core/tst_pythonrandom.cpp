// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/pythonrandom.h"
#include "core/util/tareerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace tare;

class TestPythonRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goldenSample_data();
    void goldenSample();
    void sameSeedSameStream();
    void belowStaysInRange();
    void sampleIsDistinctAndInRange_data();
    void sampleIsDistinctAndInRange();
    void impossibleSampleThrows();

private:
    QJsonArray m_cases;
    bool m_haveGolden = false;
};

void TestPythonRandom::initTestCase()
{
    const QString path = QString::fromUtf8(TARE_SHARED_DIR) + QStringLiteral("/reference/refine_golden.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // goldenSample_data() skips with the path
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_cases = document.object().value(QStringLiteral("python_random_sample_cases")).toArray();
    QVERIFY(!m_cases.isEmpty());
    m_haveGolden = true;
}

void TestPythonRandom::goldenSample_data()
{
    if (!m_haveGolden)
        QSKIP(qPrintable(QStringLiteral("golden file missing: ") + QString::fromUtf8(TARE_SHARED_DIR)
                         + QStringLiteral("/reference/refine_golden.json")));
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("stop");
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("seed");
    QTest::addColumn<QList<qint64>>("expected");
    for (const QJsonValue& value : std::as_const(m_cases)) {
        const QJsonObject c = value.toObject();
        const auto start = qint64(c.value(QStringLiteral("population_start")).toDouble());
        const auto stop = qint64(c.value(QStringLiteral("population_stop")).toDouble());
        const auto k = qint64(c.value(QStringLiteral("k")).toDouble());
        const auto seed = qint64(c.value(QStringLiteral("seed")).toDouble());
        QList<qint64> expected;
        const QJsonArray sample = c.value(QStringLiteral("sample")).toArray();
        for (const QJsonValue& v : sample)
            expected.append(qint64(v.toDouble()));
        const QByteArray name =
            QStringLiteral("range(%1,%2) k=%3 seed=%4").arg(start).arg(stop).arg(k).arg(seed).toUtf8();
        QTest::newRow(name.constData()) << start << stop << k << seed << expected;
    }
}

void TestPythonRandom::goldenSample()
{
    QFETCH(qint64, start);
    QFETCH(qint64, stop);
    QFETCH(qint64, k);
    QFETCH(qint64, seed);
    QFETCH(QList<qint64>, expected);
    PythonRandom random(seed);
    const std::vector<qint64> sample = random.sample(start, stop, k);
    QCOMPARE(QList<qint64>(sample.begin(), sample.end()), expected);
}

void TestPythonRandom::sameSeedSameStream()
{
    PythonRandom a(42);
    PythonRandom b(42);
    PythonRandom c(43);
    PythonRandom negative(-42); // Python seeds with abs(seed)
    bool differs = false;
    for (int i = 0; i < 2000; ++i) {
        const quint32 x = a.nextUInt32();
        QCOMPARE(b.nextUInt32(), x);
        QCOMPARE(negative.nextUInt32(), x);
        differs = differs || c.nextUInt32() != x;
    }
    QVERIFY(differs);
}

void TestPythonRandom::belowStaysInRange()
{
    PythonRandom random(7);
    for (quint64 n : {quint64(1), quint64(2), quint64(3), quint64(17), quint64(1) << 31, (quint64(1) << 32) + 5}) {
        for (int i = 0; i < 200; ++i)
            QVERIFY(random.below(n) < n);
    }
    QVERIFY_THROWS_EXCEPTION(TareError, random.below(0));
}

void TestPythonRandom::sampleIsDistinctAndInRange_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("stop");
    QTest::addColumn<qint64>("k");
    QTest::newRow("pool branch, all") << qint64(3) << qint64(13) << qint64(10);
    QTest::newRow("pool branch, some") << qint64(0) << qint64(50) << qint64(7);
    QTest::newRow("set branch") << qint64(100) << qint64(100000) << qint64(300);
    QTest::newRow("empty") << qint64(5) << qint64(5) << qint64(0);
}

void TestPythonRandom::sampleIsDistinctAndInRange()
{
    QFETCH(qint64, start);
    QFETCH(qint64, stop);
    QFETCH(qint64, k);
    PythonRandom random(123);
    const std::vector<qint64> sample = random.sample(start, stop, k);
    QCOMPARE(qint64(sample.size()), k);
    const std::set<qint64> distinct(sample.begin(), sample.end());
    QCOMPARE(qint64(distinct.size()), k);
    for (qint64 value : sample)
        QVERIFY(value >= start && value < stop);
}

void TestPythonRandom::impossibleSampleThrows()
{
    PythonRandom random(1);
    try {
        random.sample(0, 5, 6);
        QFAIL("a sample larger than the population was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
    }
    QVERIFY_THROWS_EXCEPTION(TareError, random.sample(0, 5, -1));
}

QTEST_GUILESS_MAIN(TestPythonRandom)
#include "tst_pythonrandom.moc"
