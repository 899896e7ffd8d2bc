// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/methodcomparisonmodel.h"

#include <cmath>

namespace tare {

namespace {

QString fixed(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("–");
}

QString signedFixed(double value)
{
    return std::isfinite(value) ? QString::asprintf("%+.4f", value) : QStringLiteral("–");
}

} // namespace

MethodComparisonModel::MethodComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MethodComparisonModel::setComparison(const MethodComparisonResult& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

QString MethodComparisonModel::formatP(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 0.001 ? tr("< 0.001") : QString::number(p, 'f', 3);
}

int MethodComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int MethodComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MethodComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MethodResult& row = m_comparison.rows[index.row()];
    const PairedComparison& c = row.vsNone;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MethodColumn:
            return row.method;
        case SpaceColumn:
            return row.space;
        case MapColumn:
            return fixed(row.map);
        case DeltaColumn:
            return signedFixed(c.meanDelta);
        case WinTieLossColumn:
            return QStringLiteral("%1 / %2 / %3").arg(c.wins).arg(c.ties).arg(c.losses);
        case TTestColumn:
            return formatP(c.tTestP);
        case RandomizationColumn:
            return formatP(c.randomizationP);
        case CiColumn:
            return std::isfinite(c.ciLower) ? QStringLiteral("[%1, %2]").arg(signedFixed(c.ciLower), signedFixed(c.ciUpper))
                                            : QStringLiteral("–");
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case MapColumn:
            return row.map;
        case DeltaColumn:
            return c.meanDelta;
        case WinTieLossColumn:
            return double(c.wins - c.losses);
        case TTestColumn:
            return c.tTestP;
        case RandomizationColumn:
            return c.randomizationP;
        case CiColumn:
            return c.ciLower;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MapColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MethodComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MethodColumn:
            return tr("Method");
        case SpaceColumn:
            return tr("Space");
        case MapColumn:
            return tr("MAP");
        case DeltaColumn:
            return tr("ΔMAP vs none");
        case WinTieLossColumn:
            return tr("W / T / L");
        case TTestColumn:
            return tr("t-test p");
        case RandomizationColumn:
            return tr("Randomization p");
        case CiColumn:
            return tr("95% CI of Δ");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DeltaColumn:
            return tr("Mean per-query ΔAP of the method against the unrefined ranking (\"none\") on the same queries.");
        case WinTieLossColumn:
            return tr("Queries where the method's AP is higher / equal / lower than without refinement.");
        case TTestColumn:
        case RandomizationColumn:
            return tr("Two-sided p-value of no mean difference against \"none\" (paired).");
        case CiColumn:
            return tr("95% bootstrap confidence interval of the mean Δ over queries.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tare
