// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace tare {

/// How long work reports back. Both callables are optional and may be called from the worker
/// thread that runs the work; they must be cheap and thread-safe. `cancelled` is polled between
/// records or steps; when it returns true the work stops with TareError::Kind::Cancelled.
struct ProgressSink
{
    /// done and total in the work's own unit (bytes for imports); total 0 means unknown.
    std::function<void(qint64 done, qint64 total, const QString& what)> progress;
    std::function<bool()> cancelled;

    void report(qint64 done, qint64 total, const QString& what = {}) const
    {
        if (progress)
            progress(done, total, what);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace tare
