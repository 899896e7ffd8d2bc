// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/report/reportnumbers.h"

#include <cmath>

namespace tare {

namespace {
const QString s_missing = QStringLiteral("–");
}

QString ReportNumbers::fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? s_missing : (value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"));
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(u'-') && text.toDouble() == 0.0)
        text.remove(0, 1);
    return text;
}

QString ReportNumbers::signedFixed(double value, int decimals)
{
    const QString text = fixed(value, decimals);
    if (!std::isfinite(value) || text.toDouble() == 0.0)
        return text;
    return value > 0 ? u'+' + text : text;
}

QString ReportNumbers::percent(double share, int decimals)
{
    return std::isfinite(share) ? fixed(share * 100.0, decimals) + QStringLiteral(" %") : s_missing;
}

QString ReportNumbers::signedPercent(double share, int decimals)
{
    return std::isfinite(share) ? signedFixed(share * 100.0, decimals) + QStringLiteral(" %") : s_missing;
}

QString ReportNumbers::pValue(double p)
{
    if (!std::isfinite(p))
        return s_missing;
    if (p < 1e-4)
        return QStringLiteral("< 0.0001");
    return QString::number(p, 'f', 4);
}

QString ReportNumbers::pEquals(double p)
{
    return std::isfinite(p) && p < 1e-4 ? QStringLiteral("p < 0.0001") : QStringLiteral("p = ") + pValue(p);
}

QString ReportNumbers::exact(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QString();
}

} // namespace tare
