// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tare;

namespace {

struct Planet
{
    QString name;
    double moons = 0;
};

constexpr int s_sortRole = Qt::UserRole + 1;

/// Name (sorted by its length) and moons (a number column shown with a suffix, sorted by value).
class PlanetModel : public RecordTableModel<Planet>
{
public:
    PlanetModel()
        : RecordTableModel({{{QT_TR_NOOP("Planet")}, [](const Planet& p) -> QVariant { return p.name; },
                             [](const Planet& p) -> QVariant { return int(p.name.size()); }},
                            {{QT_TR_NOOP("Moons"), QT_TR_NOOP("Known moons.")},
                             [](const Planet& p) -> QVariant { return QStringLiteral("%1 moons").arg(p.moons); },
                             [](const Planet& p) -> QVariant { return p.moons; }, true}},
                           s_sortRole, nullptr)
    {
    }
    using RecordTableModel::setRecords;

protected:
    QVariant recordData(const Planet& planet, int column, int role) const override
    {
        return role == Qt::ToolTipRole && column == 0 ? QVariant(planet.name.toUpper()) : QVariant();
    }
};

} // namespace

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAnswerEveryRole();
    void recordsAreReplacedInOneReset();
    void sortsByTheSortValues();
};

void TestRecordTableModel::columnsAnswerEveryRole()
{
    PlanetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({{QStringLiteral("Mars"), 2}, {QStringLiteral("Earth"), 1}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Moons"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Known moons."));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2 moons"));
    QCOMPARE(model.index(1, 0).data(s_sortRole).toInt(), 5);
    QCOMPARE(model.index(1, 1).data(s_sortRole).toDouble(), 1.0);
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("MARS"));
    QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.record(1).name, QStringLiteral("Earth"));
}

void TestRecordTableModel::recordsAreReplacedInOneReset()
{
    PlanetModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords({{QStringLiteral("Venus"), 0}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.records().size(), 1);
    model.setRecords({});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordTableModel::sortsByTheSortValues()
{
    PlanetModel model;
    model.setRecords({{QStringLiteral("Saturn"), 146}, {QStringLiteral("Mars"), 2}, {QStringLiteral("Earth"), 1}});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(s_sortRole);
    proxy.sort(0);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Mars")); // the shortest name
    proxy.sort(1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Earth"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Saturn")); // 146 after 2: by value, not by "146 moons"
}

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
