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
    : TableModel({{QT_TR_NOOP("Method")}, {QT_TR_NOOP("Space")}, {QT_TR_NOOP("MAP")},
                  {QT_TR_NOOP("ΔMAP vs none"),
                   QT_TR_NOOP("Mean per-query ΔAP of the method against the unrefined ranking (\"none\") on the same "
                              "queries.")},
                  {QT_TR_NOOP("W / T / L"),
                   QT_TR_NOOP("Queries where the method's AP is higher / equal / lower than without refinement.")},
                  {QT_TR_NOOP("t-test p"),
                   QT_TR_NOOP("Two-sided p-value of no mean difference against \"none\" (paired).")},
                  {QT_TR_NOOP("Randomization p"),
                   QT_TR_NOOP("Two-sided p-value of no mean difference against \"none\" (paired).")},
                  {QT_TR_NOOP("95% CI of Δ"),
                   QT_TR_NOOP("95% bootstrap confidence interval of the mean Δ over queries.")}},
                 parent)
{
}

void MethodComparisonModel::setComparison(const MethodComparisonResult& comparison)
{
    resetWith([&] { m_comparison = comparison; });
}

QString MethodComparisonModel::formatP(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 0.001 ? tr("< 0.001") : QString::number(p, 'f', 3);
}

int MethodComparisonModel::rows() const
{
    return int(m_comparison.rows.size());
}

QVariant MethodComparisonModel::cell(int rowIndex, int column, int role) const
{
    const MethodResult& row = m_comparison.rows[rowIndex];
    const PairedComparison& c = row.vsNone;
    if (role == Qt::DisplayRole) {
        switch (column) {
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
        switch (column) {
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
            return cell(rowIndex, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column >= MapColumn)
        return numberAlignment();
    return {};
}
} // namespace tare
