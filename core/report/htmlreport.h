// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tare {

struct RunReport;
struct ExperimentReport;

/// A report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, no
/// external fonts or files, so it opens offline in any browser. Pure functions; any thread.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(tare::HtmlReport)

public:
    static QString render(const RunReport& report);
    static QString render(const ExperimentReport& report);

    /// The page around `body` (doctype, head with title and style).
    static QString page(const QString& title, const QString& body);
};

} // namespace tare
