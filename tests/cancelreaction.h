// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/tareerror.h"

#include <QElapsedTimer>

#include <functional>

namespace TestUtils {

/// How a piece of work met a cancel: whether it ended with TareError(Cancelled), and how many
/// milliseconds after the cancel it ended (-1 when it was never cancelled).
struct CancelReaction
{
    bool cancelled = false;
    qint64 ms = -1;
};

/// Runs `work` with a cancel check that says yes from the moment `ready()` first holds (e.g. the
/// test server holds every request), and measures how promptly the work gives up.
inline CancelReaction cancelReaction(const std::function<void(const std::function<bool()>&)>& work,
                                     const std::function<bool()>& ready)
{
    QElapsedTimer timer;
    timer.start();
    qint64 cancelledAt = -1;
    CancelReaction reaction;
    try {
        work([&] {
            if (cancelledAt < 0 && ready())
                cancelledAt = timer.elapsed();
            return cancelledAt >= 0;
        });
    } catch (const tare::TareError& error) {
        reaction.cancelled = error.kind() == tare::TareError::Kind::Cancelled;
    }
    if (cancelledAt >= 0)
        reaction.ms = timer.elapsed() - cancelledAt;
    return reaction;
}

} // namespace TestUtils
