// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/runrecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tare {

class SqliteConnection;

/// An experiment as stored: its kind and canonical definition (params), its status and the
/// analysed result (JSON); the runs it is made of are linked in experiment_runs.
struct ExperimentRecord
{
    qint64 id = 0;
    qint64 datasetId = 0;
    qint64 spaceId = 0;
    QString kind;
    QByteArray paramsJson = QByteArrayLiteral("{}");
    QString label;
    RunStatus status = RunStatus::Created;
    QString error;
    QByteArray resultJson = QByteArrayLiteral("{}");
    QString createdAt;
    QString finishedAt;
};

/// One run of an experiment and the point of the experiment it stands for (`cell`, JSON).
struct ExperimentRunLink
{
    qint64 runId = 0;
    QByteArray cellJson = QByteArrayLiteral("{}");
};

/// The experiments of a project file (schema v3) and the runs they are made of, over the
/// project's connection (ProjectStore::experiments()). Same thread rule as ProjectStore.
/// Methods throw TareError.
class ExperimentStore
{
public:
    explicit ExperimentStore(SqliteConnection& connection);

    qint64 create(const ExperimentRecord& experiment);
    std::optional<ExperimentRecord> find(qint64 id);
    /// Experiments of a dataset (0: all), newest first.
    QList<ExperimentRecord> all(qint64 datasetId = 0);
    /// The newest experiment with exactly this dataset, space, kind and definition, in any status.
    std::optional<ExperimentRecord> latestWithDefinition(qint64 datasetId, qint64 spaceId, const QString& kind,
                                                         const QByteArray& paramsJson);
    /// Sets the status (and error); Finished stamps finished_at.
    void setStatus(qint64 id, RunStatus status, const QString& error = {});
    void setResult(qint64 id, const QByteArray& resultJson);

    /// Links a run to the experiment as the given cell (a second link of the same run replaces the cell).
    void linkRun(qint64 experimentId, qint64 runId, const QByteArray& cellJson);
    /// The experiment's runs in link order.
    QList<ExperimentRunLink> runs(qint64 experimentId);

private:
    SqliteConnection& m_connection;
};

} // namespace tare
