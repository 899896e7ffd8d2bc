// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace tare {

/// For the tours that grab the window: waits until the background work a page or dialog started
/// has ended, i.e. the job pool and Qt's global pool have been idle for a few checks in a row (charts then
/// have laid out), and calls `then` on `context`'s thread; never when `context` is gone.
class ThreadPoolIdle
{
public:
    static constexpr int CheckIntervalMs = 100;
    static constexpr int QuietChecksNeeded = 4; ///< idle for 400 ms

    /// Calls `then` once the pool is idle, or after `maxChecks` checks at the latest.
    static void whenIdle(QObject* context, const std::function<void()>& then, int maxChecks);

private:
    static void check(QObject* context, const std::function<void()>& then, int maxChecks, int quietChecks, int checks);
};

} // namespace tare
