// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/progressthrottle.h"

#include <QMetaObject>
#include <QTimer>

namespace tare {

ProgressThrottle::ProgressThrottle(QObject* parent, int intervalMs)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProgressThrottle::emitLatest);
}

void ProgressThrottle::post(qint64 done, qint64 total)
{
    m_total = total;
    m_done = done;
    if (!m_scheduled.exchange(true))
        QMetaObject::invokeMethod(this, &ProgressThrottle::schedule, Qt::QueuedConnection);
}

// On the throttle's thread: emit now, or when the interval has passed since the last emission.
void ProgressThrottle::schedule()
{
    if (m_timer->isActive() || !m_scheduled)
        return; // the timer emits the latest count, or flush() already did
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        emitLatest();
    else
        m_timer->start(int(m_intervalMs - since));
}

void ProgressThrottle::emitLatest()
{
    m_scheduled = false; // before reading, so a newer count schedules again
    m_sinceLast.start();
    Q_EMIT progress(m_done.load(), m_total.load());
}

void ProgressThrottle::flush()
{
    m_timer->stop();
    if (m_scheduled)
        emitLatest();
}

void ProgressThrottle::reset()
{
    m_timer->stop();
    m_scheduled = false;
    m_sinceLast.invalidate();
}

} // namespace tare
