// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

/// How reports print numbers, the same in HTML and Markdown: a missing value (NaN) prints as
/// "–", signed values carry an explicit + or −, p-values below 0.0001 print as "< 0.0001".
/// Spreadsheet output (CSV) does not use these: it writes full precision.
struct ReportNumbers
{
    static QString fixed(double value, int decimals = 4);
    static QString signedFixed(double value, int decimals = 4);
    static QString percent(double share, int decimals = 1);
    static QString signedPercent(double share, int decimals = 1);
    static QString pValue(double p);
    /// "p = 0.0123", or "p < 0.0001".
    static QString pEquals(double p);
    /// Full precision for files read by programs ('g', 10 digits); empty for NaN.
    static QString exact(double value);
};

} // namespace tare
