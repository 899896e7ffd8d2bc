// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/projectactions.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/projectstore.h"
#include "core/db/spacestore.h"
#include "core/db/datasetstore.h"
#include "core/jobs/jobtracker.h"
#include "core/models/projectsummarymodel.h"
#include "core/util/tareerror.h"
#include "core/embed/embeddingtemplatetable.h"
#include "widgets/datasetpropertiesdialog.h"
#include "widgets/newspacedialog.h"
#include "widgets/projectoverviewwidget.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace tare {

namespace {

} // namespace

ProjectActions::ProjectActions(MainWindow* window, ProjectOverviewWidget* overview, ProjectSummaryModel* summary)
    : QObject(window)
    , m_window(window)
    , m_overview(overview)
    , m_summary(summary)
    , m_jobs(std::make_unique<JobTracker>(this, JobTracker::Policy::EveryResult))
{
    connect(overview, &ProjectOverviewWidget::newSpaceRequested, this, &ProjectActions::newSpace);
    connect(overview, &ProjectOverviewWidget::datasetPropertiesRequested, this, &ProjectActions::editDataset);
    connect(overview, &ProjectOverviewWidget::renameSpaceRequested, this, &ProjectActions::renameSpace);
    connect(overview, &ProjectOverviewWidget::deleteSpaceRequested, this, &ProjectActions::deleteSpace);
    connect(overview, &ProjectOverviewWidget::selectionChanged, this, &ProjectActions::updateActions);
    connect(summary, &QAbstractItemModel::modelReset, this, &ProjectActions::updateActions);
}

ProjectActions::~ProjectActions() = default;

void ProjectActions::addProjectMenu(QMenuBar* menuBar)
{
    QMenu* menu = menuBar->addMenu(tr("&Project"));
    menu->setObjectName(QStringLiteral("projectMenu"));
    m_properties = menu->addAction(tr("Dataset &Properties…"), this, [this] { editDataset(m_overview->selectedDataset()); });
    m_properties->setObjectName(QStringLiteral("datasetPropertiesAction"));
    m_properties->setStatusTip(tr("The selected dataset's task: instruction, task type and how documents are joined."));
    menu->addSeparator();
    m_new = menu->addAction(tr("New Embedding &Space…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                            [this] { newSpace(m_overview->selectedDataset()); });
    m_new->setStatusTip(tr("Embed a dataset: built-in LSA, an embedding endpoint, HyDE or imported vectors."));
    m_new->setObjectName(QStringLiteral("newSpaceAction"));
    m_rename = menu->addAction(tr("&Rename Embedding Space…"), this, [this] { renameSpace(m_overview->selectedSpace()); });
    m_rename->setStatusTip(tr("Renames the space selected on the Project page."));
    m_rename->setObjectName(QStringLiteral("renameSpaceAction"));
    m_delete = menu->addAction(tr("&Delete Embedding Space…"), this, [this] { deleteSpace(m_overview->selectedSpace()); });
    m_delete->setObjectName(QStringLiteral("deleteSpaceAction"));
    m_delete->setStatusTip(tr("Deletes the space selected on the Project page, with the runs made in it, after asking."));
    updateActions();
}

void ProjectActions::updateActions()
{
    if (!m_new)
        return;
    m_new->setEnabled(!m_summary->summary().datasets.isEmpty());
    m_properties->setEnabled(!m_summary->summary().datasets.isEmpty());
    m_rename->setEnabled(m_overview->selectedSpace() != 0);
    m_delete->setEnabled(m_overview->selectedSpace() != 0);
}

void ProjectActions::newSpace(qint64 datasetId)
{
    const ProjectSummary& summary = m_summary->summary();
    if (summary.path.isEmpty() || summary.datasets.isEmpty()) {
        QMessageBox::information(m_window, tr("New Embedding Space"), tr("Import a dataset first (File ▸ Import)."));
        return;
    }
    // Endpoint spaces take their templates from the project's model template table: read it first.
    m_jobs->run(
        JobProject(summary.path), [](ProjectStore& store) { return store.spaces().templateTable(); },
        [this, datasetId](const JobResult<EmbeddingTemplateTable>& table) {
            const ProjectSummary& summary = m_summary->summary();
            auto* dialog = new NewSpaceDialog(summary, datasetId, AppSettings::load(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (table.ok())
                dialog->setTemplateTable(*table);
            connect(dialog, &NewSpaceDialog::spaceBuilt, this, [this](const SpaceBuilder::Result& result) {
                reload(m_window->projectPath(), result.summary, result.spaceId);
            });
            connect(dialog, &NewSpaceDialog::importVectorsRequested, this, &ProjectActions::importVectorsRequested);
            connect(dialog, &NewSpaceDialog::settingsRequested, this, [this, dialog] {
                Q_EMIT settingsRequested(); // the settings dialog runs modally here
                dialog->setSettings(AppSettings::load());
            });
            dialog->open();
        });
}

void ProjectActions::editDataset(qint64 datasetId)
{
    const ProjectSummary& summary = m_summary->summary();
    std::optional<DatasetInfo> dataset;
    for (const DatasetInfo& info : summary.datasets) {
        if (info.id == datasetId || (datasetId == 0 && !dataset))
            dataset = info;
    }
    if (!dataset)
        return;
    DatasetPropertiesDialog dialog(*dataset, m_window);
    dialog.setObjectName(QStringLiteral("datasetPropertiesDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.isChanged())
        return;
    if (m_window->isBusy()) {
        QMessageBox::information(m_window, tr("Dataset Properties"),
                                 tr("A run or an experiment is going on: change the task when it has ended."));
        return;
    }
    const QString path = summary.path;
    const qint64 id = dataset->id;
    const QString name = dataset->name;
    const DatasetTask task = dialog.task();
    m_jobs->run(
        JobProject(path), [id, task](ProjectStore& store) { store.datasets().setTask(id, task); },
        [this, path, name](const JobResult<void>& outcome) {
            if (!outcome.ok()) {
                QMessageBox::warning(m_window, tr("Dataset Properties"), outcome.error());
                return;
            }
            reload(path, tr("Stored the task of the dataset “%1”.").arg(name), 0);
        });
}

void ProjectActions::renameSpace(qint64 spaceId)
{
    const QModelIndex index = m_summary->indexOfSpace(spaceId);
    if (!index.isValid() || m_window->isBusy())
        return;
    const QString old = index.data().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Embedding Space"), tr("New name of the space “%1”:").arg(old),
                                               QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (!ok || name == old)
        return;
    const QString path = m_window->projectPath();
    m_jobs->run(
        JobProject(path), [spaceId, name](ProjectStore& store) { store.spaces().rename(spaceId, name); },
        [this, path, spaceId, old, name](const JobResult<void>& outcome) {
            if (!outcome.ok()) {
                QMessageBox::warning(m_window, tr("Rename Embedding Space"), outcome.error());
                return;
            }
            reload(path, tr("Renamed the space “%1” to “%2”.").arg(old, name), spaceId);
        });
}

void ProjectActions::deleteSpace(qint64 spaceId)
{
    if (spaceId == 0 || m_window->projectPath().isEmpty())
        return;
    if (m_window->isBusy()) {
        QMessageBox::information(m_window, tr("Delete Embedding Space"),
                                 tr("A run or an experiment is going on: wait for it to end (or stop it) first."));
        return;
    }
    const QString path = m_window->projectPath();
    m_jobs->run(
        JobProject(path),
        [spaceId](ProjectStore& store) {
            SpaceFacts facts;
            const auto space = store.spaces().find(spaceId);
            if (!space)
                throw TareError(TareError::Kind::Usage, tr("the embedding space is gone"));
            facts.space = *space;
            facts.datasetName = store.datasets().find(space->datasetId)->name;
            facts.usage = store.spaces().usage(spaceId);
            return facts;
        },
        [this, path, spaceId](const JobResult<SpaceFacts>& outcome) {
            if (!outcome.ok()) {
                QMessageBox::warning(m_window, tr("Delete Embedding Space"), outcome.error());
                return;
            }
            if (confirmDelete(*outcome))
                removeSpace(path, spaceId, outcome->space.name, outcome->usage.runs);
        });
}

bool ProjectActions::confirmDelete(const SpaceFacts& facts)
{
    QStringList what{tr("Its vectors go with it: documents %1, queries %2.").arg(facts.space.documentVectorCount).arg(facts.space.queryVectorCount)};
    if (facts.usage.runs > 0)
        what.append(tr("%n run(s) made in this space go with it, with their results and curves.", nullptr, int(facts.usage.runs)));
    if (facts.usage.experiments > 0)
        what.append(tr("%n experiment(s) over this space go with it.", nullptr, int(facts.usage.experiments)));
    what.append(tr("The dataset, its other spaces and runs, the judgments and the embedding cache stay. This cannot be undone."));
    QMessageBox box(QMessageBox::Warning, tr("Delete Embedding Space"),
                    tr("Delete the embedding space “%1” of the dataset “%2”?").arg(facts.space.name, facts.datasetName),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("deleteSpaceConfirmation"));
    box.setInformativeText(what.join(QLatin1Char(' ')));
    QPushButton* remove = box.addButton(tr("&Delete Space"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void ProjectActions::removeSpace(const QString& path, qint64 spaceId, const QString& name, qint64 runs)
{
    m_jobs->run(
        JobProject(path), [spaceId](ProjectStore& store) { store.spaces().remove(spaceId); },
        [this, path, name, runs](const JobResult<void>& outcome) {
            if (!outcome.ok()) {
                QMessageBox::warning(m_window, tr("Delete Embedding Space"), outcome.error());
                return;
            }
            reload(path, tr("Deleted the space “%1” and %n run(s) made in it.", nullptr, int(runs)).arg(name), 0);
        });
}

void ProjectActions::reload(const QString& path, const QString& message, qint64 spaceId)
{
    if (path != m_window->projectPath())
        return; // another project was opened meanwhile: it shows what it holds already
    auto* once = new QObject(this);
    connect(m_window, &MainWindow::projectLoaded, once, [this, once, message, spaceId] {
        once->deleteLater();
        if (spaceId)
            m_overview->selectSpace(spaceId);
        Q_EMIT projectChanged(message);
    });
    connect(m_window, &MainWindow::projectFailed, once, [once] { once->deleteLater(); });
    m_window->openProject(path);
}

} // namespace tare
