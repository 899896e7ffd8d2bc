// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>

class QTimer;

namespace tare {

/// Progress from a worker as the GUI wants it (STYLE.md §4): post() stores the latest count from
/// any thread and asks once for delivery; progress() is emitted on the throttle's own thread at
/// most once per interval (about 10 a second), with a trailing update so the latest count always
/// arrives. flush() emits a count still waiting at once (a job does it before it reports its
/// end); reset() forgets everything (a new job begins). Used by RunJob and ExperimentJob.
class ProgressThrottle : public QObject
{
    Q_OBJECT

public:
    explicit ProgressThrottle(QObject* parent = nullptr, int intervalMs = 100);

    /// Any thread.
    void post(qint64 done, qint64 total);
    /// The throttle's thread: emits a waiting count now.
    void flush();
    /// The throttle's thread: drops a waiting count and starts afresh.
    void reset();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    void schedule();
    void emitLatest();

    int m_intervalMs;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_scheduled{false}; ///< a count waits for delivery
    QElapsedTimer m_sinceLast;
    QTimer* m_timer; ///< the trailing update
};

} // namespace tare
