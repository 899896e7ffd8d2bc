// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/jobtracker.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace tare {

namespace {
struct WorkerPool : QThreadPool
{
    WorkerPool() { setObjectName(QStringLiteral("tare workers")); }
};
} // namespace

Q_GLOBAL_STATIC(WorkerPool, s_workerPool)

QThreadPool* JobTracker::workerPool()
{
    return s_workerPool();
}

JobTracker::JobTracker(QObject* receiver, Policy policy, QThreadPool* pool)
    : m_receiver(receiver)
    , m_pool(pool ? pool : workerPool())
    , m_state(std::make_shared<detail::JobTrackerState>())
{
    Q_ASSERT(receiver);
    m_state->latestWins = policy == Policy::LatestWins;
}

JobTracker::~JobTracker()
{
    // Latest-wins jobs see their tokens cancelled; queued jobs of either policy still run (a
    // write is never lost), and nothing is delivered any more.
    m_state->closed = true;
}

JobToken JobTracker::issue()
{
    ++m_state->inFlight;
    return JobToken(m_state, ++m_state->lastId);
}

void JobTracker::cancel()
{
    m_state->cancelledUpTo = m_state->lastId.load();
}

void JobTracker::abandon()
{
    m_state->abandonedUpTo = m_state->lastId.load();
}

QString JobTracker::cancelledMessage()
{
    return QCoreApplication::translate("tare::JobTracker", "cancelled before it began");
}

QString JobTracker::unknownErrorMessage()
{
    return QCoreApplication::translate("tare::JobTracker", "an unknown error stopped the work");
}

} // namespace tare
