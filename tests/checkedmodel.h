// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModelTester>
#include <QString>

namespace TestUtils {

/// An item model under test, watched by Qt's model tester for its whole life (a broken model
/// contract fails the test), with the text of its cells at hand for the comparisons.
template <class Model>
class CheckedModel : public Model
{
public:
    /// The cell's data for `role` as text.
    QString cellText(int row, int column, int role = Qt::DisplayRole) const
    {
        return this->index(row, column).data(role).toString();
    }

private:
    QAbstractItemModelTester m_tester{this, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace TestUtils
