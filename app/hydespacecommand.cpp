// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/hydespacecommand.h"

#include "app/appsettings.h"
#include "core/db/projectstore.h"
#include "core/embed/hydespacebuilder.h"
#include "core/jobs/jobtracker.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

namespace tare {

HydeSpaceCommand::HydeSpaceCommand(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_jobs(std::make_unique<JobTracker>(this, JobTracker::Policy::EveryResult))
{
}

HydeSpaceCommand::~HydeSpaceCommand()
{
    cancel();
}

bool HydeSpaceCommand::isRunning() const
{
    return m_jobs->isRunning();
}

void HydeSpaceCommand::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void HydeSpaceCommand::build(const QString& projectPath, qint64 datasetId, qint64 spaceId)
{
    Q_UNUSED(datasetId);
    if (isRunning()) {
        m_window->statusBar()->showMessage(tr("A HyDE space is being built already."));
        return;
    }
    const WorkbenchSettings settings = AppSettings::load();
    if (settings.endpoint.trimmed().isEmpty() || settings.judgeModel.trimmed().isEmpty()) {
        QMessageBox::information(m_window, tr("Build HyDE Space"),
                                 tr("HyDE asks an LLM to write a hypothetical answer for every query. Set an endpoint and a "
                                    "judge model in Settings (Ctrl+,) first, then build the space again."));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Build HyDE Space"),
                    tr("Build the HyDE twin of this space?\n\n%1 at %2 writes one hypothetical document per query; each is "
                       "embedded like the space's queries and averaged with the query's own vector. The space's "
                       "documents are copied. This costs one chat request per query.")
                        .arg(settings.judgeModel, settings.endpoint),
                    QMessageBox::Cancel, m_window);
    QPushButton* yes = ask.addButton(tr("Build"), QMessageBox::AcceptRole);
    ask.setDefaultButton(yes);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;

    HydeSpaceBuilder::Options options;
    options.writer.baseUrl = settings.endpoint.trimmed();
    options.writer.model = settings.judgeModel.trimmed();
    options.writer.apiKeyEnv = settings.apiKeySource; // a key source, read on the worker
    options.writer.useMaxCompletionTokens = settings.useMaxCompletionTokens;
    options.writer.concurrency = settings.concurrency;
    options.writer.connectTimeoutMs = settings.connectTimeoutSeconds * 1000;
    options.writer.totalTimeoutMs = settings.totalTimeoutSeconds * 1000;
    options.embedApiKeyEnv = settings.apiKeySource;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    options.sink.cancelled = [cancel = m_cancel] { return cancel->load(); };
    QPointer<QStatusBar> status = m_window->statusBar();
    options.sink.progress = [status](qint64 done, qint64 total, const QString&) {
        QMetaObject::invokeMethod(status, [status, done, total] {
            if (status)
                status->showMessage(tr("Building the HyDE space: %1 of %2 queries…").arg(done).arg(total));
        }, Qt::QueuedConnection);
    };
    m_window->statusBar()->showMessage(tr("Building the HyDE space…"));
    m_jobs->run(
        JobProject(projectPath), [spaceId, options](ProjectStore& store) { return HydeSpaceBuilder::build(store, spaceId, options).spaceName; },
        [this](const JobResult<QString>& result) {
            m_cancel.reset();
            if (!result) {
                m_window->statusBar()->showMessage(tr("The HyDE space was not built: %1").arg(result.error()));
                Q_EMIT failed(result.error());
                return;
            }
            m_window->statusBar()->showMessage(tr("Built the space %1").arg(*result));
            Q_EMIT built(*result);
        });
}

} // namespace tare
