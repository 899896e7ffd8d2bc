// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QMainWindow;

namespace tare {

class JobTracker;

/// "Build HyDE Space…" for a space whose HyDE twin ("<space>-hyde") a method comparison needs:
/// asks (naming the LLM of Settings that will write one hypothetical document per query, or
/// saying that Settings must name one first), then builds the space on a worker with its own
/// ProjectStore (HydeSpaceBuilder), showing progress in the status bar with a way to cancel;
/// nothing is written when it fails or is cancelled. GUI thread; a child of the window.
class HydeSpaceCommand : public QObject
{
    Q_OBJECT

public:
    explicit HydeSpaceCommand(QMainWindow* window);
    ~HydeSpaceCommand() override;

    /// Asks and builds the HyDE twin of a space of the project.
    void build(const QString& projectPath, qint64 datasetId, qint64 spaceId);
    bool isRunning() const;
    void cancel();

Q_SIGNALS:
    /// The space was built (its name).
    void built(const QString& spaceName);
    void failed(const QString& message);

private:
    QMainWindow* m_window;
    std::unique_ptr<JobTracker> m_jobs;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace tare
