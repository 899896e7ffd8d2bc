// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/gridwidget.h"

#include "core/db/projectstore.h"
#include "core/judge/judgefactory.h"
#include "core/models/gridcellmodel.h"
#include "core/models/gridtablemodel.h"
#include "core/refine/refinercatalogue.h"
#include "core/report/reportwriter.h"
#include "core/util/tareerror.h"
#include "widgets/layoutsupport.h"
#include "widgets/tablesupport.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>
#include <utility>

namespace tare {

/// What the grid's worker and the widget share: the stop flag, the running cell's query count
/// (atomics), and the plan and cell events (under the mutex), drained by the widget's timer.
struct GridWidget::Feed
{
    struct Event
    {
        enum class Kind
        {
            Planned,
            Building,
            Started,
            Finished,
        };
        explicit Event(Kind kind, int index = -1)
            : kind(kind)
            , index(index)
        {
        }

        Kind kind;
        int index;
        QList<GridCellPlan> plan;
        GridCellPlan cell;
        GridCellResult result;
        QString dataset;
        QString space;
    };

    RunControl control;
    std::atomic<int> current{-1};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};

    void post(Event event)
    {
        const std::lock_guard lock(mutex);
        events.append(std::move(event));
    }
    QList<Event> take()
    {
        const std::lock_guard lock(mutex);
        return std::exchange(events, {});
    }

private:
    std::mutex mutex;
    QList<Event> events; ///< guarded by mutex
};

namespace {

struct GridListing
{
    QList<QPair<QString, qint64>> datasets; ///< name, queries
    QMap<QString, int> spaces;              ///< name, in how many datasets
};

GridListing listGrid(ProjectStore& store)
{
    GridListing listing;
    for (const DatasetInfo& dataset : store.datasets().all()) {
        listing.datasets.append({dataset.name, dataset.queryCount});
        for (const SpaceInfo& space : store.spaces().all(dataset.id))
            ++listing.spaces[space.name];
    }
    return listing;
}

QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    return list;
}

void addChoice(QListWidget* list, const QString& text, const QString& value, bool checked, const QString& toolTip = {})
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(toolTip);
}

/// The values of the ticked, enabled entries.
QStringList checkedValues(const QListWidget* list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            values.append(item->data(Qt::UserRole).toString());
    }
    return values;
}

/// As tall as its entries, up to `rows` of them.
void fitRows(QListWidget* list, int rows = 6)
{
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(row * std::clamp(int(list->count()), 1, rows) + 2 * list->frameWidth());
}

} // namespace

GridWidget::GridWidget(QWidget* parent)
    : QWidget(parent)
    , m_listings(this)
    , m_grids(this, JobTracker::Policy::EveryResult, &m_gridPool)
    , m_exports(this, JobTracker::Policy::EveryResult)
    , m_datasets(checkList(this))
    , m_spaces(checkList(this))
    , m_judges(checkList(this))
    , m_refiners(checkList(this))
    , m_steps(new QSpinBox(this))
    , m_continue(new QCheckBox(tr("Go on &past a failed cell"), this))
    , m_run(new QPushButton(tr("&Run Grid"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cellModel(new GridCellModel(this))
    , m_cellView(new QTableView(this))
    , m_tableModel(new GridTableModel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("&Export Table…"), this))
    , m_drain(new QTimer(this))
{
    m_gridPool.setMaxThreadCount(1);
    // The form keeps its height; what is left goes below it.
    QWidget* left = LayoutSupport::column(this, {buildForm(), LayoutSupport::stretch(1)});
    QSplitter* splitter = LayoutSupport::splitter(Qt::Horizontal, this, {{left, 0}, {buildResults(), 1}}, {360, 840});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_drain->setInterval(100);
    connect(m_drain, &QTimer::timeout, this, &GridWidget::drainFeed);
    // Names for accessibility tools and journey tests.
    LayoutSupport::nameObjects({
        {m_datasets, "gridDatasets"}, {m_spaces, "gridSpaces"},     {m_judges, "gridJudges"},
        {m_refiners, "gridRefiners"}, {m_steps, "gridSteps"},       {m_continue, "gridContinueOnError"},
        {m_run, "gridRun"},           {m_stop, "gridStop"},         {m_progress, "gridProgress"},
        {m_status, "gridStatus"},     {m_cellView, "gridCells"},    {m_table, "gridTable"},
        {m_export, "gridExport"},
    });
    m_datasets->setAccessibleName(tr("Grid datasets"));
    m_spaces->setAccessibleName(tr("Grid embedding spaces"));
    m_judges->setAccessibleName(tr("Grid judges"));
    m_refiners->setAccessibleName(tr("Grid refiners"));
    m_steps->setAccessibleName(tr("Grid Adam steps"));
    m_continue->setAccessibleName(tr("Go on past a failed cell"));
    m_run->setAccessibleName(tr("Run grid"));
    m_stop->setAccessibleName(tr("Stop grid"));
    m_progress->setAccessibleName(tr("Grid progress"));
    m_status->setAccessibleName(tr("Grid status"));
    m_cellView->setAccessibleName(tr("Grid cells"));
    m_table->setAccessibleName(tr("Grid table: MAP before and after per dataset"));
    m_export->setAccessibleName(tr("Export grid table"));

    setRunning(false);
    m_status->setText(tr("Open a project to run a grid."));
}

GridWidget::~GridWidget()
{
    // The worker keeps its own store; told to stop, it ends after the current step (the pool
    // waits for it) and its result goes nowhere. Finished cells stay in the project.
    if (m_feed)
        m_feed->control.cancel = true;
}

QWidget* GridWidget::buildForm()
{
    auto* box = new QGroupBox(tr("Grid: datasets × spaces × judges × refiners"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_datasets->setToolTip(tr("The datasets of the grid: one column of the table each."));
    m_spaces->setToolTip(tr("The embedding spaces, by name: each must exist in every ticked dataset, except \"lsa\", "
                            "which is built (the built-in LSA embedder) where a dataset has none."));
    m_judges->setToolTip(tr("The judges: gold labels, simulated judges with noise, and the LLM judges of Settings."));
    m_refiners->setToolTip(tr("The refiners, each with its defaults (the paper's for kl-adam)."));
    for (const QString& refiner : RefinerCatalogue::names())
        addChoice(m_refiners, refiner, refiner, refiner == u"kl-adam");
    fitRows(m_refiners);
    setJudgeEndpoint({}, {});
    m_steps->setRange(0, 100000);
    m_steps->setSpecialValueText(tr("each refiner's default"));
    m_steps->setToolTip(tr("Adam steps of every cell (each refiner's default: the paper's)."));
    m_continue->setChecked(true);
    m_continue->setToolTip(tr("A cell that fails is shown with its reason and the next cells run; unticked, the grid "
                              "stops at the first failure. Finished cells are kept either way."));
    form->addRow(tr("Datasets:"), m_datasets);
    form->addRow(tr("Spaces:"), m_spaces);
    form->addRow(tr("Judges:"), m_judges);
    form->addRow(tr("Refiners:"), m_refiners);
    form->addRow(tr("Adam steps:"), m_steps);
    form->addRow(QString(), m_continue);
    m_run->setToolTip(tr("Runs every cell; a cell that ran before with exactly its definition is reused, not computed "
                         "again, and an unfinished one continues."));
    m_stop->setToolTip(tr("Stops after the current refinement step: finished cells and queries are kept; run the "
                          "grid again to continue."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_progress->setFormat(tr("%v of %m cells"));
    form->addRow(m_progress);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    form->addRow(m_status);
    for (QListWidget* list : {m_datasets, m_spaces, m_judges, m_refiners})
        connect(list, &QListWidget::itemChanged, this, &GridWidget::updateRunnable);
    connect(m_run, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stop, &QPushButton::clicked, this, &GridWidget::stop);
    return box;
}

QWidget* GridWidget::buildResults()
{
    auto* cellsBox = new QGroupBox(tr("Cells"), this);
    auto* cellsLayout = new QVBoxLayout(cellsBox);
    TableSupport::showRecords(m_cellView, m_cellModel);
    cellsLayout->addWidget(m_cellView);

    auto* tableBox = new QGroupBox(tr("The paper's table"), this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    auto* note = new QLabel(tr("MAP before → after refinement (relative change) per dataset, and their mean; one row per "
                               "embedder × judge × refiner."),
                            this);
    note->setWordWrap(true);
    tableLayout->addWidget(note);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableLayout->addWidget(m_table, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    m_export->setToolTip(tr("Writes the table as Markdown, an HTML page or CSV (by the file's suffix)."));
    exportRow->addWidget(m_export);
    tableLayout->addLayout(exportRow);
    connect(m_export, &QPushButton::clicked, this, &GridWidget::askExport);

    return LayoutSupport::splitter(Qt::Vertical, this, {{cellsBox}, {tableBox}}, {300, 300});
}

void GridWidget::setProject(const QString& projectPath)
{
    m_projectPath = projectPath;
    m_tableModel->setReport({});
    m_cellModel->setPlan({});
    m_status->clear();
    listProject();
}

void GridWidget::listProject()
{
    m_listings.run(m_projectPath, listGrid, [this](const JobResult<GridListing>& listing) {
        if (!listing) {
            m_status->setText(tr("Cannot list the project: %1").arg(listing.error()));
            return;
        }
        // Keep what was ticked; a new project ticks every dataset and lsa.
        const QStringList datasets = checkedValues(m_datasets);
        const QStringList spaces = checkedValues(m_spaces);
        const QSignalBlocker datasetsBlocker(m_datasets);
        const QSignalBlocker spacesBlocker(m_spaces);
        m_datasets->clear();
        for (const auto& [name, queries] : listing->datasets)
            addChoice(m_datasets, tr("%1 (%n query(ies))", nullptr, int(queries)).arg(name), name,
                      datasets.isEmpty() || datasets.contains(name));
        m_spaces->clear();
        const int all = int(listing->datasets.size());
        QMap<QString, int> spaceCounts = listing->spaces;
        if (!spaceCounts.contains(QStringLiteral("lsa")))
            spaceCounts.insert(QStringLiteral("lsa"), 0);
        for (auto it = spaceCounts.cbegin(); it != spaceCounts.cend(); ++it) {
            const bool lsa = it.key() == u"lsa";
            const QString text = lsa && it.value() < all ? tr("lsa (built where missing)") : it.key();
            const QString tip = lsa ? tr("The built-in LSA embedder: a dataset without an \"lsa\" space gets one first.")
                                    : tr("In %1 of %2 datasets.").arg(it.value()).arg(all);
            addChoice(m_spaces, text, it.key(), spaces.isEmpty() ? lsa : spaces.contains(it.key()), tip);
        }
        fitRows(m_datasets);
        fitRows(m_spaces);
        updateRunnable();
        if (!isRunning())
            m_status->setText(tr("Tick the datasets, spaces, judges and refiners, then Run Grid."));
        Q_EMIT projectListed(int(listing->datasets.size()), int(listing->spaces.size()));
    });
}

void GridWidget::setJudgeEndpoint(const QString& endpoint, const QString& model)
{
    m_judgeEndpoint = endpoint.trimmed();
    m_judgeModel = model.trimmed();
    const QStringList checked = m_judges->count() > 0 ? checkedValues(m_judges) : QStringList{QStringLiteral("gold")};
    const QSignalBlocker blocker(m_judges);
    m_judges->clear();
    addChoice(m_judges, QStringLiteral("gold"), QStringLiteral("gold"), checked.contains(u"gold"),
              tr("The dataset's labels: the best feedback there is."));
    for (const QString& spec : {QStringLiteral("simulated:flip=0.2"), QStringLiteral("simulated:sigma=0.1")})
        addChoice(m_judges, spec, spec, checked.contains(spec), tr("The gold labels with seeded noise."));
    const bool configured = !m_judgeEndpoint.isEmpty() && !m_judgeModel.isEmpty();
    for (const QString& spec : {QStringLiteral("llm-yesno"), QStringLiteral("llm-rating")}) {
        addChoice(m_judges, spec, spec, configured && checked.contains(spec),
                  configured ? tr("%1 at %2.").arg(m_judgeModel, m_judgeEndpoint)
                             : tr("Needs an endpoint and a judge model: set them in Settings (Ctrl+,)."));
        if (!configured)
            m_judges->item(m_judges->count() - 1)->setFlags(Qt::ItemIsUserCheckable);
    }
    fitRows(m_judges);
    updateRunnable();
}

void GridWidget::setJudgeConnection(const RemoteJudgeSettings& connection)
{
    m_connection = connection;
}

GridSettings GridWidget::settings() const
{
    GridSettings settings;
    settings.datasets = checkedValues(m_datasets);
    for (const QString& space : checkedValues(m_spaces))
        settings.spaces.append(GridSpace::parse(space));
    settings.judges = checkedValues(m_judges);
    settings.refiners = checkedValues(m_refiners);
    if (m_steps->value() > 0)
        settings.overrides.steps = m_steps->value();
    settings.continueOnError = m_continue->isChecked();
    settings.judgeConnection = m_connection;
    settings.judgeConnection.endpoint = m_judgeEndpoint;
    settings.judgeConnection.model = m_judgeModel;
    return settings;
}

bool GridWidget::start()
{
    return start(settings());
}

bool GridWidget::start(const GridSettings& definition)
{
    if (isRunning() || m_projectPath.isEmpty())
        return false;
    if (definition.datasets.isEmpty() || definition.spaces.isEmpty() || definition.judges.isEmpty() || definition.refiners.isEmpty()) {
        m_status->setText(tr("Tick at least one dataset, space, judge and refiner."));
        return false;
    }
    auto feed = std::make_shared<Feed>();
    m_feed = feed;
    m_cellModel->setPlan({});
    m_progress->setRange(0, 0);
    m_status->setText(tr("Planning the grid…"));
    const QString title = tr("Tare grid: %1").arg(QFileInfo(m_projectPath).fileName());
    m_grids.run(
        JobProject(m_projectPath),
        [definition, feed](ProjectStore& store) {
            GridRunner runner(store);
            runner.engine().setJudgeConnection(definition.judgeConnection); // key source, concurrency, timeouts
            Feed::Event planned(Feed::Event::Kind::Planned);
            planned.plan = runner.plan(definition);
            feed->post(std::move(planned));
            GridCallbacks callbacks;
            callbacks.buildingSpace = [feed](const QString& dataset, const QString& space) {
                Feed::Event event(Feed::Event::Kind::Building);
                event.dataset = dataset;
                event.space = space;
                feed->post(std::move(event));
            };
            callbacks.cellStarted = [feed](int index, int, const GridCellPlan& cell) {
                feed->done = 0;
                feed->total = 0;
                feed->current = index;
                Feed::Event event(Feed::Event::Kind::Started, index);
                event.cell = cell;
                feed->post(std::move(event));
            };
            callbacks.cellFinished = [feed](int index, int, const GridCellResult& result) {
                Feed::Event event(Feed::Event::Kind::Finished, index);
                event.result = result;
                feed->post(std::move(event));
            };
            callbacks.progress = [feed](int done, int total) {
                feed->total = total;
                feed->done = done;
            };
            return runner.run(definition, feed->control, callbacks);
        },
        [this, feed, title](const JobResult<GridReport>& result) {
            drainFeed();
            m_drain->stop();
            m_feed.reset();
            setRunning(false);
            if (!result) {
                m_status->setText(tr("The grid did not run: %1").arg(result.error()));
                Q_EMIT gridFailed(result.error());
                return;
            }
            GridReport report = *result;
            report.title = title;
            m_cellModel->setReport(report);
            m_tableModel->setReport(report);
            m_progress->setRange(0, int(report.cells.size()));
            const int finished = m_cellModel->countWithStatus(QStringLiteral("finished"));
            const int reused = m_cellModel->countWithStatus(QStringLiteral("reused"));
            const int failed = m_cellModel->countWithStatus(QStringLiteral("failed"));
            const int left = int(report.cells.size()) - finished - reused - failed;
            m_progress->setValue(finished + reused + failed);
            QString text = tr("%n cell(s): ", nullptr, int(report.cells.size()))
                + tr("%1 run, %2 reused, %3 failed").arg(finished).arg(reused).arg(failed);
            if (left > 0)
                text += tr("; stopped before %n cell(s) (run the grid again to continue).", nullptr, left);
            m_status->setText(text);
            Q_EMIT gridFinished(left > 0);
        });
    setRunning(true);
    m_drain->start();
    return true;
}

void GridWidget::drainFeed()
{
    if (!m_feed)
        return;
    for (Feed::Event& event : m_feed->take()) {
        switch (event.kind) {
        case Feed::Event::Kind::Planned:
            m_cellModel->setPlan(event.plan);
            m_progress->setRange(0, int(event.plan.size()));
            m_progress->setValue(0);
            Q_EMIT gridStarted(int(event.plan.size()));
            break;
        case Feed::Event::Kind::Building:
            m_status->setText(tr("Building the space %1 of %2…").arg(event.space, event.dataset));
            for (int row = 0; row < m_cellModel->rowCount(); ++row) {
                const QModelIndex index = m_cellModel->index(row, GridCellModel::DatasetColumn);
                if (index.data(GridCellModel::StatusRole).toString() == u"waiting" && index.data().toString() == event.dataset
                    && m_cellModel->index(row, GridCellModel::EmbedderColumn).data().toString() == event.space) {
                    m_cellModel->setBuilding(row);
                    break;
                }
            }
            break;
        case Feed::Event::Kind::Started:
            m_cellModel->setStarted(event.index, event.cell);
            m_status->setText(tr("Cell %1 of %2: %3 · %4 · %5 · %6")
                                  .arg(event.index + 1)
                                  .arg(m_cellModel->count())
                                  .arg(event.cell.dataset, event.cell.space.name, event.cell.judge, event.cell.refiner));
            break;
        case Feed::Event::Kind::Finished:
            m_cellModel->setFinished(event.index, event.result);
            m_progress->setValue(event.index + 1);
            Q_EMIT cellFinished(event.index, event.result.status == u"finished" && event.result.reused ? QStringLiteral("reused")
                                                                                                      : event.result.status);
            break;
        }
    }
    if (const int current = m_feed->current.load(); current >= 0)
        m_cellModel->setProgress(current, m_feed->done.load(), m_feed->total.load());
}

void GridWidget::stop()
{
    if (!m_feed)
        return;
    m_feed->control.cancel = true;
    m_status->setText(tr("Stopping after the current step; finished cells are kept…"));
}

bool GridWidget::isRunning() const
{
    return m_grids.isRunning();
}

const GridReport& GridWidget::report() const
{
    return m_tableModel->report();
}

QString GridWidget::statusText() const
{
    return m_status->text();
}

void GridWidget::setRunning(bool running)
{
    m_stop->setEnabled(running);
    m_progress->setVisible(running || m_cellModel->count() > 0);
    for (QWidget* widget : {static_cast<QWidget*>(m_datasets), static_cast<QWidget*>(m_spaces),
                            static_cast<QWidget*>(m_judges), static_cast<QWidget*>(m_refiners),
                            static_cast<QWidget*>(m_steps), static_cast<QWidget*>(m_continue)})
        widget->setEnabled(!running);
    updateRunnable();
}

void GridWidget::updateRunnable()
{
    const bool ticked = !checkedValues(m_datasets).isEmpty() && !checkedValues(m_spaces).isEmpty()
        && !checkedValues(m_judges).isEmpty() && !checkedValues(m_refiners).isEmpty();
    m_run->setEnabled(!isRunning() && !m_projectPath.isEmpty() && ticked);
    m_export->setEnabled(m_tableModel->rowCount() > 0);
}

void GridWidget::askExport()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Grid Table"), {},
                                                tr("Markdown (*.md);;HTML page (*.html);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(u"*.html") ? QStringLiteral(".html") : filter.contains(u"*.csv") ? QStringLiteral(".csv") : QStringLiteral(".md");
    exportTable(path);
}

void GridWidget::exportTable(const QString& path)
{
    const ReportFormat format = ReportWriter::formatFromName(QFileInfo(path).suffix().toLower()).value_or(ReportFormat::Html);
    m_status->setText(tr("Writing %1…").arg(path));
    m_exports.run(
        // The save dialog asked before an existing file was chosen.
        [report = report(), format, path] { ReportWriter::writeGrid(report, format, path, ReportWriter::Existing::Replace); },
        [this, path](const JobResult<void>& written) {
            if (!written) {
                m_status->setText(tr("The table was not written: %1").arg(written.error()));
                Q_EMIT exportFailed(written.error());
                return;
            }
            m_status->setText(tr("Wrote %1").arg(path));
            Q_EMIT tableExported(path);
        });
}

} // namespace tare
