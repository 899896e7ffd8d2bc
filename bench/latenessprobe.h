// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "bench/benchstats.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace tare::bench {


/// How responsive the event loop stays: between start() and stop(), a precise timer of `tickMs`
/// records at every tick how late it fires (the stalls of the loop it runs in). The GUI benchmarks
/// share it so that their lateness figures mean the same thing.
class LatenessProbe
{
public:
    struct Summary
    {
        int ticks = 0;
        double medianMs = 0.0;
        double p99Ms = 0.0;
        double maxMs = 0.0;
        int stallsOver50 = 0; ///< ticks more than 50 ms late
    };

    explicit LatenessProbe(int tickMs = 10)
        : m_tickMs(tickMs)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            if (m_sinceTick.isValid())
                m_lateness.push_back(std::max(0.0, m_sinceTick.nsecsElapsed() / 1e6 - m_tickMs));
            m_sinceTick.start();
        });
    }

    void start() { m_ticker.start(m_tickMs); }
    void stop() { m_ticker.stop(); }

    Summary summary() const
    {
        Summary summary;
        summary.ticks = int(m_lateness.size());
        summary.medianMs = percentile(m_lateness, 0.5);
        summary.p99Ms = percentile(m_lateness, 0.99);
        summary.maxMs = m_lateness.empty() ? 0.0 : *std::max_element(m_lateness.begin(), m_lateness.end());
        summary.stallsOver50 = int(std::count_if(m_lateness.begin(), m_lateness.end(), [](double l) { return l > 50.0; }));
        return summary;
    }

private:
    int m_tickMs;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    std::vector<double> m_lateness;
};

} // namespace tare::bench
