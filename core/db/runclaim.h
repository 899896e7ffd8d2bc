// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tare {

/// While it lives, this process is the one executing a run: two processes (two `--resume`, the
/// CLI and the GUI) never compute and write the same run at once. The claim is an exclusive
/// flock() on a small hidden file beside the project (".NAME.run-ID.lock", holding the owner's
/// process id for the message); the system releases it when the process ends, however it ends,
/// so a killed run never blocks its resumption, and nothing is written into the project. Where
/// the folder cannot hold the lock file (read-only) or locks are unsupported, the run goes on
/// unclaimed. Use from one thread.
class RunClaim
{
    Q_DECLARE_TR_FUNCTIONS(tare::RunClaim)

public:
    /// Claims the run; throws TareError(Usage) naming the other process when it holds the run.
    RunClaim(const QString& projectPath, qint64 runId);
    /// Releases the claim and removes the lock file.
    ~RunClaim();
    RunClaim(const RunClaim&) = delete;
    RunClaim& operator=(const RunClaim&) = delete;

    /// The lock file of a run of a project.
    static QString lockPath(const QString& projectPath, qint64 runId);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace tare
