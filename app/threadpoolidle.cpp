// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/threadpoolidle.h"

#include "core/jobs/jobtracker.h"

#include <QThreadPool>
#include <QTimer>

namespace tare {

void ThreadPoolIdle::whenIdle(QObject* context, const std::function<void()>& then, int maxChecks)
{
    check(context, then, maxChecks, 0, 0);
}

void ThreadPoolIdle::check(QObject* context, const std::function<void()>& then, int maxChecks, int quietChecks, int checks)
{
    QTimer::singleShot(CheckIntervalMs, context, [context, then, maxChecks, quietChecks, checks] {
        const bool idle = JobTracker::workerPool()->activeThreadCount() == 0 && QThreadPool::globalInstance()->activeThreadCount() == 0;
        const int quiet = idle ? quietChecks + 1 : 0;
        if (quiet >= QuietChecksNeeded || checks >= maxChecks)
            then();
        else
            check(context, then, maxChecks, quiet, checks + 1);
    });
}

} // namespace tare
