// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace tare {

struct RunReport;
struct ExperimentReport;

/// A report as CSV for spreadsheets (RFC 4180 quoting, UTF-8, numbers in full precision, empty
/// cells for missing values). A run gives one row per query with its metrics, judged counts, the
/// top influence, the AP parts of judged and never-judged documents and the triage reasons; an
/// experiment gives its tables one after another, each under a row holding its title. Pure
/// functions; any thread.
class CsvReport
{
public:
    static QByteArray render(const RunReport& report);
    static QByteArray render(const ExperimentReport& report);

    /// One field, quoted when it holds a comma, quote or line break.
    static QByteArray field(const QString& text);
};

} // namespace tare
