// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace tare {

/// Where an endpoint's secret comes from. Keys are read from the environment at the moment a
/// client is built and live only in that client's memory: never in the project, logs or exports.
/// Usable from any thread.
class ApiKey
{
public:
    /// The value of the environment variable `variable`; empty when `variable` is empty. Throws
    /// TareError(Usage) naming the variable (never a value) when it is named but not set.
    static QByteArray fromEnvironment(const QString& variable);
};

} // namespace tare
