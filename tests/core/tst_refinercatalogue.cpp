// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"

#include <QTest>

using namespace tare;

class TestRefinerCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInOfferOrder();
    void entries_data();
    void entries();
    void unknownName();
};

void TestRefinerCatalogue::namesInOfferOrder()
{
    QCOMPARE(RefinerCatalogue::names(),
             QStringList({QStringLiteral("kl-adam"), QStringLiteral("refit"), QStringLiteral("rocchio"), QStringLiteral("none")}));
    for (const RefinerInfo& info : RefinerCatalogue::all())
        QCOMPARE(RefinerCatalogue::find(info.name), &info);
}

void TestRefinerCatalogue::entries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("iterative");
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("curveSteps"); // with 37 steps asked for
    QTest::newRow("kl-adam") << QStringLiteral("kl-adam") << QStringLiteral("KL-Adam") << true << 1e-4 << 37;
    QTest::newRow("refit, the paper's lr") << QStringLiteral("refit") << QStringLiteral("ReFIT") << true << 0.005 << 37;
    QTest::newRow("rocchio, one update") << QStringLiteral("rocchio") << QStringLiteral("Rocchio") << false << 1e-4 << 1;
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("None (baseline)") << false << 1e-4 << 0;
}

void TestRefinerCatalogue::entries()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(bool, iterative);
    QFETCH(double, lr);
    QFETCH(int, curveSteps);
    const RefinerInfo* info = RefinerCatalogue::find(name);
    QVERIFY(info);
    QCOMPARE(info->iterative, iterative);
    QCOMPARE(RefinerCatalogue::label(name), label);
    const RefineParams defaults = RefinerCatalogue::defaults(name);
    QCOMPARE(defaults.lr, lr);
    QCOMPARE(defaults.refit, name == u"refit");
    QCOMPARE(defaults.steps, RefineParams().steps);
    RefineParams asked = defaults;
    asked.steps = 37;
    QCOMPARE(RefinerCatalogue::curveSteps(name, asked), curveSteps);
    QCOMPARE(RefinerCatalogue::create(name, defaults)->name(), name);
}

void TestRefinerCatalogue::unknownName()
{
    QVERIFY(!RefinerCatalogue::find(QStringLiteral("adam")));
    QCOMPARE(RefinerCatalogue::label(QStringLiteral("adam")), QStringLiteral("adam"));
    QCOMPARE(RefinerCatalogue::defaults(QStringLiteral("adam")), RefineParams{});
    QVERIFY_THROWS_EXCEPTION(TareError, RefinerCatalogue::create(QStringLiteral("adam")));
}

QTEST_GUILESS_MAIN(TestRefinerCatalogue)
#include "tst_refinercatalogue.moc"
