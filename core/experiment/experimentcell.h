// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runsettings.h"

#include <QByteArray>
#include <QJsonObject>

namespace tare {

/// One point of an experiment: the run that computes it and where it sits in the experiment
/// (`cell`, e.g. {"rate": 0.2, "seed": 3} or {"method": "rocchio"}). runId is 0 until the run
/// exists. A plain value.
struct ExperimentCell
{
    QJsonObject cell;
    RunSettings settings;
    qint64 runId = 0;
};

} // namespace tare
