// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tare {

struct RunReport;
struct ExperimentReport;
struct ReportTable;

/// A report as GitHub-flavoured Markdown, for pasting into notes: the same figures as the HTML
/// report without the charts. Pure functions; any thread.
class MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(tare::MarkdownReport)

public:
    static QString render(const RunReport& report);
    static QString render(const ExperimentReport& report);

    /// A pipe table (cells with | or line breaks are escaped); columns of figures align right.
    static QString table(const ReportTable& table);
};

} // namespace tare
