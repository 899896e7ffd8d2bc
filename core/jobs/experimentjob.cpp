// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/experimentjob.h"

#include "core/db/projectstore.h"
#include "core/experiment/experimentrunner.h"
#include "core/jobs/jobthread.h"
#include "core/jobs/progressthrottle.h"
#include "core/util/tareerror.h"

#include <QMetaObject>

#include <algorithm>
#include <exception>

namespace tare {

ExperimentJob::ExperimentJob(QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<JobThread>(QStringLiteral("ExperimentJob")))
    , m_progress(new ProgressThrottle(this))
{
    connect(m_progress, &ProgressThrottle::progress, this, &ExperimentJob::progress);
}

ExperimentJob::~ExperimentJob()
{
    cancel();
    m_thread->stop(); // before the members the worker uses go
}

bool ExperimentJob::start(const QString& projectPath, const ExperimentSettings& settings, int firstQueries)
{
    bool expected = false;
    if (!m_running.compare_exchange_strong(expected, true))
        return false;
    m_control.clear();
    m_progress->reset();
    m_thread->post([this, projectPath, settings, firstQueries, connection = m_connection] {
        execute(projectPath, settings, firstQueries, connection);
    });
    return true;
}

void ExperimentJob::cancel()
{
    m_control.cancel = true;
}

// Runs on the job's thread.
void ExperimentJob::execute(const QString& projectPath, const ExperimentSettings& definition, int firstQueries,
                            const RemoteJudgeSettings& connection)
{
    Q_ASSERT(m_thread->isCurrent());
    ExperimentResult result;
    QString error;
    try {
        ProjectStore store(projectPath);
        ExperimentSettings settings = definition;
        if (firstQueries > 0 && settings.queryIds.isEmpty()) {
            const QList<QueryRecord> queries = store.datasets().queries(settings.datasetId);
            for (qsizetype i = 0; i < std::min<qsizetype>(firstQueries, queries.size()); ++i)
                settings.queryIds.append(queries[i].extId);
        }
        ExperimentRunner runner(store);
        runner.engine().setJudgeConnection(connection); // HTTP judges: key source, concurrency, timeouts
        ExperimentCallbacks callbacks;
        callbacks.started = [this](qint64 id, bool resumed) { Q_EMIT started(id, resumed); };
        callbacks.cellStarted = [this](int index, int count, const ExperimentCell& cell, bool reused) {
            Q_EMIT cellStarted(index, count, cell, reused);
        };
        callbacks.progress = [this](qint64 done, qint64 total) { m_progress->post(done, total); };
        result = runner.run(settings, m_control, callbacks);
    } catch (const TareError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    // Queued behind the progress posted above: the last count arrives before the end.
    QMetaObject::invokeMethod(
        this,
        [this, result, error] {
            m_progress->flush();
            m_running = false;
            if (error.isEmpty())
                Q_EMIT finished(result);
            else
                Q_EMIT failed(error);
        },
        Qt::QueuedConnection);
}

} // namespace tare
