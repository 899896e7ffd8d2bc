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
    : RecordTableModel(
          {{{QT_TR_NOOP("Method")}, [](const MethodResult& r) -> QVariant { return r.method; }},
           {{QT_TR_NOOP("Space")}, [](const MethodResult& r) -> QVariant { return r.space; }},
           {{QT_TR_NOOP("MAP")}, [](const MethodResult& r) -> QVariant { return fixed(r.map); },
            [](const MethodResult& r) -> QVariant { return r.map; }, true},
           {{QT_TR_NOOP("ΔMAP vs none"),
             QT_TR_NOOP("Mean per-query ΔAP of the method against the unrefined ranking (\"none\") on the same "
                        "queries.")},
            [](const MethodResult& r) -> QVariant { return signedFixed(r.vsNone.meanDelta); },
            [](const MethodResult& r) -> QVariant { return r.vsNone.meanDelta; }, true},
           {{QT_TR_NOOP("W / T / L"),
             QT_TR_NOOP("Queries where the method's AP is higher / equal / lower than without refinement.")},
            [](const MethodResult& r) -> QVariant {
                return QStringLiteral("%1 / %2 / %3").arg(r.vsNone.wins).arg(r.vsNone.ties).arg(r.vsNone.losses);
            },
            [](const MethodResult& r) -> QVariant { return double(r.vsNone.wins - r.vsNone.losses); }, true},
           {{QT_TR_NOOP("t-test p"), QT_TR_NOOP("Two-sided p-value of no mean difference against \"none\" (paired).")},
            [](const MethodResult& r) -> QVariant { return formatP(r.vsNone.tTestP); },
            [](const MethodResult& r) -> QVariant { return r.vsNone.tTestP; }, true},
           {{QT_TR_NOOP("Randomization p"),
             QT_TR_NOOP("Two-sided p-value of no mean difference against \"none\" (paired).")},
            [](const MethodResult& r) -> QVariant { return formatP(r.vsNone.randomizationP); },
            [](const MethodResult& r) -> QVariant { return r.vsNone.randomizationP; }, true},
           {{QT_TR_NOOP("95% CI of Δ"), QT_TR_NOOP("95% bootstrap confidence interval of the mean Δ over queries.")},
            [](const MethodResult& r) -> QVariant {
                const PairedComparison& c = r.vsNone;
                return std::isfinite(c.ciLower) ? QStringLiteral("[%1, %2]").arg(signedFixed(c.ciLower), signedFixed(c.ciUpper))
                                                : QStringLiteral("–");
            },
            [](const MethodResult& r) -> QVariant { return r.vsNone.ciLower; }, true}},
          SortRole, parent)
{
}

void MethodComparisonModel::setComparison(const MethodComparisonResult& comparison)
{
    setRecords(comparison.rows, [&] { m_comparison = comparison; });
}

QString MethodComparisonModel::formatP(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 0.001 ? tr("< 0.001") : QString::number(p, 'f', 3);
}

} // namespace tare
