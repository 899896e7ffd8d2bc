// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cli/httpjudgeoptions.h"
#include "core/run/runsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tare {
class ProjectStore;
}

namespace tare::cli {

/// The options `run` and `judge` share, because both must select the same judged documents from
/// the same judge: --dataset, --space, --judge, --total, --from-top, --seed, --queries, and how to
/// reach an HTTP judge (HttpJudgeOptions).
class JudgedRunOptions
{
public:
    JudgedRunOptions();

    void addTo(QCommandLineParser& parser) const;

    /// Fills the dataset, space, judge, endpoint, model, selection and query ids of `settings`
    /// (refine.total, fromTop and seed on top of what `settings` holds) and returns how to reach
    /// the judge. Throws TareError(Usage) for bad values or an unknown or ambiguous space.
    RemoteJudgeSettings apply(const QCommandLineParser& parser, ProjectStore& store, RunSettings& settings) const;

private:
    QCommandLineOption m_dataset;
    QCommandLineOption m_space;
    QCommandLineOption m_judge;
    QCommandLineOption m_total;
    QCommandLineOption m_fromTop;
    QCommandLineOption m_seed;
    QCommandLineOption m_queries;
    HttpJudgeOptions m_http;
};

} // namespace tare::cli
