// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

namespace tare {

/// The worker thread of a long job that holds its resources (its own ProjectStore) for the job's
/// length — RunJob, ExperimentJob (STYLE.md §4, pattern C). post() queues work to the thread, run
/// in order; stop() (also the destructor) lets the work in hand finish, ends the thread and waits
/// for it — so a job cancels first, then stops. Owned by its job on the GUI thread.
class JobThread
{
public:
    explicit JobThread(const QString& name);
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    void post(std::function<void()> work);
    void stop();
    /// True on the worker thread (for assertions).
    bool isCurrent() const;

private:
    QThread* m_thread;
    QObject* m_context; ///< lives on m_thread; work is queued to it
};

} // namespace tare
