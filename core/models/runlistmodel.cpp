// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/runlistmodel.h"

#include "core/refine/refinercatalogue.h"
#include "core/run/runsettings.h"
#include "core/util/enumnames.h"

#include <QDateTime>

#include <cmath>

namespace tare {

namespace {

QString fixed(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("–");
}

/// Undefined MAPs sort below every number.
double sortable(double value)
{
    return std::isfinite(value) ? value : -1e300;
}

/// A stored UTC timestamp in local time, to the minute.
QString localTime(const QString& stored)
{
    QDateTime time = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(stored, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : stored;
}

} // namespace

RunListModel::RunListModel(QObject* parent)
    : RecordTableModel(
          {{{QT_TR_NOOP("Run")}, [](const RunOverview& r) -> QVariant { return r.run.id; }, {}, true},
           {{QT_TR_NOOP("Name")}, [](const RunOverview& r) -> QVariant { return r.run.label; }},
           {{QT_TR_NOOP("From")}, [](const RunOverview& r) -> QVariant { return originText(r); }},
           {{QT_TR_NOOP("Dataset")}, [](const RunOverview& r) -> QVariant { return r.datasetName; }},
           {{QT_TR_NOOP("Space")}, [](const RunOverview& r) -> QVariant { return r.spaceName; }},
           {{QT_TR_NOOP("Judge")}, [](const RunOverview& r) -> QVariant { return r.judgeName; }},
           {{QT_TR_NOOP("Refiner")}, [](const RunOverview& r) -> QVariant { return RefinerCatalogue::label(r.run.refiner); }},
           {{QT_TR_NOOP("Parameters")}, [](const RunOverview& r) -> QVariant { return parametersText(r); }},
           {{QT_TR_NOOP("Status")}, [](const RunOverview& r) -> QVariant { return statusText(r); },
            [](const RunOverview& r) -> QVariant { return int(r.run.status); }},
           {{QT_TR_NOOP("MAP before")}, [](const RunOverview& r) -> QVariant { return fixed(r.mapBefore); },
            [](const RunOverview& r) -> QVariant { return sortable(r.mapBefore); }, true},
           {{QT_TR_NOOP("MAP after")}, [](const RunOverview& r) -> QVariant { return fixed(r.mapAfter); },
            [](const RunOverview& r) -> QVariant { return sortable(r.mapAfter); }, true},
           {{QT_TR_NOOP("ΔMAP"), QT_TR_NOOP("MAP after minus MAP before")},
            [](const RunOverview& r) -> QVariant {
                const double delta = r.mapAfter - r.mapBefore;
                return std::isfinite(delta) ? QString::asprintf("%+.4f", delta) : QStringLiteral("–");
            },
            [](const RunOverview& r) -> QVariant { return sortable(r.mapAfter - r.mapBefore); }, true},
           {{QT_TR_NOOP("Started")}, [](const RunOverview& r) -> QVariant { return createdText(r); },
            [](const RunOverview& r) -> QVariant { return r.run.id; /* ids grow with time */ }}},
          SortRole, parent)
{
}

void RunListModel::setRuns(const QList<RunOverview>& runs)
{
    setRecords(runs);
}

int RunListModel::rowOf(qint64 runId) const
{
    return rowWhere(records(), [runId](const RunOverview& run) { return run.run.id == runId; });
}

const RunOverview* RunListModel::find(qint64 runId) const
{
    const int row = rowOf(runId);
    return row < 0 ? nullptr : &record(row);
}

QString RunListModel::originText(const RunOverview& run)
{
    switch (run.origin) {
    case RunOrigin::Workbench:
        return tr("Workbench");
    case RunOrigin::CommandLine:
        return tr("Command line");
    case RunOrigin::Experiment:
        if (run.experimentIds.size() > 1) {
            QStringList ids;
            for (qint64 id : run.experimentIds)
                ids.append(QString::number(id));
            return tr("Experiments %1").arg(ids.join(QStringLiteral(", ")));
        }
        return run.experimentIds.isEmpty() ? tr("Experiment") : tr("Experiment %1").arg(run.experimentIds.first());
    case RunOrigin::HumanFeedback:
        return run.baselineRunId ? tr("Human feedback on run %1").arg(run.baselineRunId) : tr("Human feedback");
    }
    return {};
}

QString RunListModel::parametersText(const RunOverview& run)
{
    const RunSettings settings = RunSettings::fromDefinitionJson(run.run.paramsJson);
    QStringList parts;
    const RefinerInfo* refiner = RefinerCatalogue::find(run.run.refiner);
    if (refiner && refiner->iterative) {
        parts.append(tr("%n step(s)", nullptr, settings.refine.steps));
        parts.append(tr("lr %1").arg(settings.refine.lr));
    }
    if (settings.refine.fromTop >= settings.refine.total)
        parts.append(tr("%n judged from the top", nullptr, settings.refine.total));
    else
        parts.append(tr("%n judged (%1 from the top, seed %2)", nullptr, settings.refine.total)
                         .arg(settings.refine.fromTop)
                         .arg(settings.refine.seed));
    if (settings.evalEvery > 0)
        parts.append(tr("AP every %n step(s)", nullptr, settings.evalEvery));
    if (!settings.queryIds.isEmpty())
        parts.append(tr("%n chosen query(s)", nullptr, int(settings.queryIds.size())));
    return parts.join(QStringLiteral(" · "));
}

QString RunListModel::createdText(const RunOverview& run)
{
    return localTime(run.run.createdAt);
}

QString RunListModel::statusName(RunStatus status)
{
    static constexpr std::pair<RunStatus, const char*> titles[] = {
        {RunStatus::Created, QT_TR_NOOP("created")}, {RunStatus::Running, QT_TR_NOOP("running")},
        {RunStatus::Paused, QT_TR_NOOP("paused")}, {RunStatus::Cancelled, QT_TR_NOOP("cancelled")},
        {RunStatus::Failed, QT_TR_NOOP("failed")}, {RunStatus::Finished, QT_TR_NOOP("finished")},
    };
    return enumTitle(staticMetaObject.className(), titles, status);
}

QString RunListModel::statusText(const RunOverview& run)
{
    const qint64 done = run.run.finishedQueries + run.run.failedQueries;
    QString text = statusName(run.run.status);
    if (run.run.status != RunStatus::Finished || done != run.plannedQueries)
        text = tr("%1: %2 of %n query(s)", nullptr, int(run.plannedQueries)).arg(text).arg(done);
    if (run.run.failedQueries > 0)
        text = tr("%1 (%n failed)", nullptr, int(run.run.failedQueries)).arg(text);
    return text;
}

QString RunListModel::describe(const RunOverview& run)
{
    return tr("Run %1 · %2 · %3 · %4 · %5")
        .arg(run.run.id)
        .arg(run.datasetName, run.spaceName, run.judgeName, RefinerCatalogue::label(run.run.refiner));
}

QVariant RunListModel::recordData(const RunOverview& run, int column, int role) const
{
    if (role == RunIdRole)
        return run.run.id;
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ParametersColumn:
            return parametersText(run);
        case StatusColumn:
            return run.run.error.isEmpty() ? statusText(run) : tr("%1\n%2").arg(statusText(run), run.run.error);
        case NameColumn:
        case OriginColumn:
            return tr("%1\n%2").arg(describe(run), originText(run));
        default:
            return {};
        }
    }
    return {};
}

} // namespace tare
