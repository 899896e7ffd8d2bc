// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/inspect/principalcomponents.h"

#include <QTest>

#include <cmath>

using namespace tare;

class TestPrincipalComponents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheKnownAxes();
    void degenerateSet();
};

void TestPrincipalComponents::findsTheKnownAxes()
{
    // Points spread ±t along u = (1, 2, 2)/3 and ±0.1 along w = (2, -1, 0)/√5 around c = (5, 5, 5):
    // the first axis is u, the second w, and the coordinates are t and ±0.1.
    const Eigen::RowVector3d u = Eigen::RowVector3d(1, 2, 2) / 3.0;
    const Eigen::RowVector3d w = Eigen::RowVector3d(2, -1, 0) / std::sqrt(5.0);
    const Eigen::RowVector3d c(5, 5, 5);
    const double ts[] = {-3, -2, -1, 1, 2, 3};
    Eigen::MatrixXd rows(12, 3);
    for (int i = 0; i < 6; ++i) {
        rows.row(2 * i) = c + ts[i] * u + 0.1 * w;
        rows.row(2 * i + 1) = c + ts[i] * u - 0.1 * w;
    }
    const PrincipalComponents pca = PrincipalComponents::fit(rows, 2);
    QCOMPARE(pca.axes.rows(), 2);
    QVERIFY((pca.mean - c).norm() < 1e-12);
    // u's largest coordinate (the first of the two 2/3) is made positive: the axis is +u.
    QVERIFY((pca.axes.row(0) - u).norm() < 1e-9);
    QVERIFY(std::abs(std::abs(pca.axes.row(1).dot(w)) - 1.0) < 1e-9);
    // Variance shares: Σt² · 2 = 56 along u, 12 · 0.01 = 0.12 along w.
    QVERIFY(std::abs(pca.explained[0] - 56.0 / 56.12) < 1e-9);
    QVERIFY(std::abs(pca.explained[1] - 0.12 / 56.12) < 1e-9);
    const Eigen::MatrixXd projected = pca.project(rows);
    QVERIFY(std::abs(projected(0, 0) - (-3.0)) < 1e-9);
    QVERIFY(std::abs(std::abs(projected(0, 1)) - 0.1) < 1e-9);
}

void TestPrincipalComponents::degenerateSet()
{
    const Eigen::MatrixXd same = Eigen::MatrixXd::Ones(4, 3);
    const PrincipalComponents pca = PrincipalComponents::fit(same, 2);
    QCOMPARE(pca.axes.rows(), 2);
    QCOMPARE(pca.axes.norm(), 0.0);
    QCOMPARE(pca.project(same).norm(), 0.0);
}

QTEST_GUILESS_MAIN(TestPrincipalComponents)
#include "tst_principalcomponents.moc"
