// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/tablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tare;

namespace {

/// Two columns over a list of numbers: the number, and its square.
class SquaresModel : public TableModel
{
public:
    explicit SquaresModel(QList<int> numbers)
        : TableModel({{QT_TR_NOOP("Number")}, {QT_TR_NOOP("Square"), QT_TR_NOOP("The number times itself.")}}, nullptr)
        , m_numbers(std::move(numbers))
    {
    }

    void append(int number)
    {
        beginInsertRows({}, int(m_numbers.size()), int(m_numbers.size()));
        m_numbers.append(number);
        endInsertRows();
    }

protected:
    int rows() const override { return int(m_numbers.size()); }
    QVariant cell(int row, int column, int role) const override
    {
        if (role == Qt::TextAlignmentRole)
            return numberAlignment();
        if (role != Qt::DisplayRole)
            return {};
        return column == 0 ? m_numbers[row] : m_numbers[row] * m_numbers[row];
    }

private:
    QList<int> m_numbers;
};

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersForTheSubclass();
};

void TestTableModel::answersForTheSubclass()
{
    SquaresModel model({2, 3});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a flat table: no children
    QCOMPARE(model.index(1, 1).data().toInt(), 9);
    QCOMPARE(model.index(1, 0).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid()); // checked before the subclass is asked
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Number"));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("The number times itself."));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    model.append(4);
    QCOMPARE(model.index(2, 1).data().toInt(), 16);
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
