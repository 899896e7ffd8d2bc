// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/experimentwidget.h"

#include "core/db/experimentstore.h"
#include "core/db/projectstore.h"
#include "core/experiment/budgetgrid.h"
#include "core/experiment/experimentrunner.h"
#include "core/jobs/experimentjob.h"
#include "core/models/experimentlistmodel.h"
#include "core/models/methodcomparisonmodel.h"
#include "core/refine/refinercatalogue.h"
#include "core/util/tareerror.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "widgets/gridwidget.h"
#include "widgets/heatmapchart.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/layoutsupport.h"
#include "widgets/tablesupport.h"
#include "widgets/tsvtableview.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QCursor>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace tare {

using ChartSupport::figure;

namespace {

const QColor s_band(0x1f, 0x4e, 0x9a, 60);
const QColor s_seed(0x80, 0x80, 0x80);
const QList<QColor> s_lineColors{QColor(0x1f, 0x4e, 0x9a), QColor(0xc0, 0x50, 0x20), QColor(0x2e, 0x8b, 0x57),
                                 QColor(0x8e, 0x44, 0xad), QColor(0x7f, 0x7f, 0x00)};

enum Page
{
    MessagePage,
    NoisePage,
    BudgetPage,
    MethodsPage,
    QualityPage,
};

struct ProjectListing
{
    QList<ExperimentSpaceChoice> spaces;
    QList<ExperimentRecord> experiments;
    QHash<qint64, QString> spaceNames;
};

ProjectListing listProject(ProjectStore& store)
{
    ProjectListing listing;
    for (const DatasetInfo& dataset : store.datasets().all()) {
        const QList<SpaceInfo> spaces = store.spaces().all(dataset.id);
        QSet<QString> names;
        for (const SpaceInfo& space : spaces)
            names.insert(space.name);
        for (const SpaceInfo& space : spaces) {
            const QString name = QStringLiteral("%1 · %2").arg(dataset.name, space.name);
            listing.spaceNames.insert(space.id, name);
            listing.spaces.append({dataset.id, space.id,
                                   ExperimentWidget::tr("%1 (%n query(s))", nullptr, int(dataset.queryCount)).arg(name),
                                   dataset.queryCount, space.name, names.contains(space.name + QStringLiteral("-hyde"))});
        }
    }
    listing.experiments = store.experiments().all();
    return listing;
}

/// Numbers separated by commas or spaces; nullopt when one is not a number.
std::optional<QList<double>> numbers(const QString& text)
{
    QList<double> values;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        values.append(part.toDouble(&ok));
        if (!ok)
            return std::nullopt;
    }
    return values;
}

/// Sets the axis to [lo, hi] with a little room and round ticks.
void fitRange(QValueAxis* axis, double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        axis->setRange(0.0, 1.0);
        return;
    }
    const double pad = hi > lo ? 0.06 * (hi - lo) : std::max(1e-3, 0.1 * std::abs(hi));
    // Values that never go below 0 (gains, bars from 0) keep 0 as the axis' floor.
    axis->setRange(lo >= 0.0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    axis->applyNiceNumbers();
}


} // namespace

ExperimentWidget::ExperimentWidget(QWidget* parent)
    : QWidget(parent)
    , m_listings(this)
    , m_openings(this)
    , m_job(new ExperimentJob(this))
    , m_kind(new QComboBox(this))
    , m_space(new QComboBox(this))
    , m_queries(new QSpinBox(this))
    , m_judge(new JudgeChooserWidget(this))
    , m_refiner(new QComboBox(this))
    , m_steps(new QSpinBox(this))
    , m_total(new QSpinBox(this))
    , m_noise(new QComboBox(this))
    , m_rates(new QLineEdit(QStringLiteral("0, 0.1, 0.2, 0.3, 0.4, 0.5"), this))
    , m_seeds(new QSpinBox(this))
    , m_totals(new QLineEdit(QStringLiteral("5, 10, 20, 30, 50"), this))
    , m_shares(new QLineEdit(QStringLiteral("1, 0.5"), this))
    , m_methods(new QListWidget(this))
    , m_methodsNote(new QLabel(this))
    , m_buildHyde(new QPushButton(tr("Build &HyDE Space…"), this))
    , m_label(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run Experiment"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_experiments(new ExperimentListModel(this))
    , m_experimentList(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_band(new QComboBox(this))
    , m_noiseChart(ChartSupport::makeChart(tr("ΔMAP against feedback noise")))
    , m_measure(new QComboBox(this))
    , m_point(new QComboBox(this))
    , m_heatmap(new HeatmapChart)
    , m_budgetLine(ChartSupport::makeChart(tr("MAP against judge calls")))
    , m_methodsModel(new MethodComparisonModel(this))
    , m_methodsTable(new TsvTableView(this))
    , m_methodsChart(ChartSupport::makeChart(tr("ΔMAP against no refinement, with 95% CI")))
    , m_qualityChart(ChartSupport::makeChart(tr("Judge quality against gain, per query")))
    , m_modes(new QTabWidget(this))
    , m_grid(new GridWidget(this))
{
    m_heatmap->setTitle(tr("Budget: judged documents × share from the top"));
    connect(m_heatmap, &HeatmapChart::cellClicked, this, [this](int column, int row) {
        if (const qint64 run = m_budgetGrid.runAt(column, row))
            Q_EMIT runActivated(run);
    });
    m_heatmap->setMargins(QMargins(4, 4, m_heatmap->margins().right(), 4));

    // Left: the form and the stored experiments.
    auto* formBox = new QGroupBox(tr("New experiment"), this);
    buildForm(formBox);
    auto* listBox = new QGroupBox(tr("Stored experiments"), this);
    auto* listLayout = new QVBoxLayout(listBox);
    TableSupport::showRecords(m_experimentList, m_experiments);
    m_experimentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_experimentList->setToolTip(tr("Click an experiment to show its result again."));
    listLayout->addWidget(m_experimentList);
    connect(m_experimentList, &QTableView::clicked, this, [this](const QModelIndex& index) {
        openExperiment(m_experiments->experiment(index.row()).id);
    });
    QWidget* left = LayoutSupport::column(this, {formBox, {listBox, 1}});

    // Right: one page per kind.
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    auto* message = new QLabel(tr("Run an experiment, or click a stored one, to see its result here."), this);
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    m_pages->addWidget(message);

    auto makeView = [this](QChart* chart) {
        auto* view = new ChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        return view;
    };
    auto* noisePage = new QWidget(this);
    auto* noiseLayout = new QVBoxLayout(noisePage);
    noiseLayout->setContentsMargins(0, 0, 0, 0);
    auto* bandRow = new QHBoxLayout;
    bandRow->addWidget(new QLabel(tr("Band:"), this));
    m_band->addItem(tr("Min–max over seeds"));
    m_band->addItem(tr("95% CI over queries"));
    m_band->setToolTip(tr("The shaded band: the range of ΔMAP over the judge seeds at each level, or the bootstrap 95% "
                          "confidence interval over queries of the seed-averaged ΔAP."));
    bandRow->addWidget(m_band);
    bandRow->addStretch(1);
    noiseLayout->addLayout(bandRow);
    noiseLayout->addWidget(makeView(m_noiseChart), 1);
    m_pages->addWidget(noisePage);
    connect(m_band, &QComboBox::currentIndexChanged, this, &ExperimentWidget::drawNoise);

    auto* budgetPage = new QWidget(this);
    auto* budgetLayout = new QVBoxLayout(budgetPage);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    auto* budgetRow = new QHBoxLayout;
    budgetRow->addWidget(new QLabel(tr("Heat map shows:"), this));
    m_measure->addItem(tr("MAP after refinement"));
    m_measure->addItem(tr("ΔMAP (after − before)"));
    budgetRow->addWidget(m_measure);
    budgetRow->addWidget(new QLabel(tr("at"), this));
    m_point->setToolTip(tr("The Adam steps and learning rate of the cells shown."));
    budgetRow->addWidget(m_point);
    budgetRow->addStretch(1);
    budgetLayout->addLayout(budgetRow);
    auto* budgetCharts = new QHBoxLayout;
    budgetCharts->addWidget(makeView(m_heatmap), 1);
    budgetCharts->addWidget(makeView(m_budgetLine), 1);
    budgetLayout->addLayout(budgetCharts, 1);
    m_pages->addWidget(budgetPage);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ExperimentWidget::drawBudget);
    connect(m_point, &QComboBox::currentIndexChanged, this, &ExperimentWidget::drawBudget);

    // The table as tall as its rows (drawMethods() sets it), the chart below takes the rest.
    auto* methodsPage = new QWidget(this);
    auto* methodsLayout = new QVBoxLayout(methodsPage);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    m_methodsTable->setModel(m_methodsModel);
    m_methodsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_methodsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_methodsTable->verticalHeader()->hide();
    m_methodsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_methodsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    methodsLayout->addWidget(m_methodsTable);
    methodsLayout->addWidget(makeView(m_methodsChart), 1);
    m_pages->addWidget(methodsPage);

    m_pages->addWidget(makeView(m_qualityChart));

    QWidget* right = LayoutSupport::column(this, {m_heading, {m_pages, 1}});
    QSplitter* splitter = LayoutSupport::splitter(Qt::Horizontal, this, {{left, 0}, {right, 1}}, {400, 800});
    m_modes->addTab(splitter, tr("Experiment"));
    m_modes->addTab(m_grid, tr("Grid"));
    m_modes->setDocumentMode(true);
    m_modes->setObjectName(QStringLiteral("experimentModes"));
    m_modes->tabBar()->setObjectName(QStringLiteral("experimentModeTabs"));
    m_modes->tabBar()->setAccessibleName(tr("Experiment or grid"));
    splitter->setAccessibleName(tr("Experiment"));
    m_grid->setAccessibleName(tr("Grid"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_modes);

    attachJob();
    // Names for accessibility tools and journey tests (the form's fields are named by their labels).
    LayoutSupport::nameObjects({
        {m_kind, "experimentKind"},       {m_space, "experimentSpace"},   {m_queries, "experimentQueries"},
        {m_judge, "experimentJudge"},     {m_refiner, "experimentRefiner"}, {m_steps, "experimentSteps"},
        {m_total, "experimentTotal"},     {m_noise, "experimentNoise"},   {m_rates, "experimentRates"},
        {m_seeds, "experimentSeeds"},     {m_totals, "experimentTotals"}, {m_shares, "experimentShares"},
        {m_methods, "experimentMethods"}, {m_label, "experimentLabel"},   {m_run, "experimentRun"},
        {m_cancel, "experimentCancel"},   {m_experimentList, "experimentList"}, {m_band, "experimentBand"},
        {m_measure, "experimentMeasure"}, {m_point, "experimentPoint"},   {m_methodsTable, "experimentMethodsTable"},
        {m_buildHyde, "experimentBuildHyde"},
    });
    m_methods->setAccessibleName(tr("Methods to compare"));
    m_experimentList->setAccessibleName(tr("Stored experiments"));
    m_band->setAccessibleName(tr("Band"));
    m_measure->setAccessibleName(tr("Heat map shows"));
    m_point->setAccessibleName(tr("Steps and learning rate shown"));
    m_methodsTable->setAccessibleName(tr("Method comparison"));

    setRunning(false);
    showMessage(tr("Open a project to run experiments."));
}

ExperimentWidget::~ExperimentWidget()
{
    // The job's thread posts to this widget: cancel the experiment (finished runs are kept) and
    // join the thread while the widget is whole.
    delete m_job;
}

void ExperimentWidget::buildForm(QWidget* box)
{
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (ExperimentKind kind : {ExperimentKind::NoiseSweep, ExperimentKind::BudgetSweep, ExperimentKind::Methods, ExperimentKind::JudgeQuality})
        m_kind->addItem(ExperimentListModel::kindTitle(kind), int(kind));
    m_kind->setToolTip(tr("Noise sweep: simulated judge at rising noise, repeated over seeds. Budget sweep: how many "
                          "documents are judged and how many of them come from the top. Method comparison: every "
                          "refiner on the same judgments. Judge quality: the judge's AUC against gold per query "
                          "against its ΔAP."));
    m_queries->setRange(0, 1000000);
    m_queries->setSpecialValueText(tr("all"));
    m_queries->setToolTip(tr("The first N queries of the dataset (all: every query)."));
    m_judge->setToolTip(tr("The judge of budget sweeps, method comparisons and judge-quality runs (noise sweeps simulate "
                           "their own). HTTP judges use the endpoint and model of Settings."));
    m_refiner->addItems(RefinerCatalogue::names());
    m_refiner->setCurrentText(QStringLiteral("kl-adam"));
    m_steps->setRange(0, 100000);
    m_steps->setValue(RefineParams{}.steps);
    m_total->setRange(1, 100000);
    m_total->setValue(RefineParams{}.total);
    m_total->setToolTip(tr("Judged documents per query, all from the top of the ranking."));
    m_noise->addItem(tr("label flips"), QStringLiteral("flip"));
    m_noise->addItem(tr("Gaussian σ on the score"), QStringLiteral("sigma"));
    m_rates->setToolTip(tr("Noise levels: flip rates 0…0.5, or σ values. Level 0 is the gold judge."));
    m_seeds->setRange(1, 100);
    m_seeds->setValue(3);
    m_seeds->setToolTip(tr("Judge seeds per noise level above 0."));
    m_totals->setToolTip(tr("Judged documents per query to try, e.g. 5, 10, 20, 30, 50."));
    m_shares->setToolTip(tr("Shares of the judged documents taken from the top; the rest is sampled at random."));
    for (const QString& method : ExperimentSettings::allMethods()) {
        auto* item = new QListWidgetItem(method, m_methods);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
    m_methods->setToolTip(tr("Every checked method that applies (HyDE rows need a \"<space>-hyde\" space)."));
    m_methods->setFixedHeight(m_methods->sizeHintForRow(0) * m_methods->count() + 2 * m_methods->frameWidth());
    m_methods->setAccessibleName(tr("Methods"));
    m_methodsNote->setWordWrap(true);
    m_methodsNote->setTextFormat(Qt::PlainText);
    m_methodsNote->setAccessibleName(tr("Why a method cannot run"));
    m_buildHyde->setToolTip(tr("Ask the LLM of Settings for a hypothetical document per query and embed them: the "
                               "\"<space>-hyde\" space the HyDE methods run on."));
    connect(m_buildHyde, &QPushButton::clicked, this, [this] {
        if (m_space->currentIndex() >= 0 && m_space->currentIndex() < m_spaces.size())
            Q_EMIT hydeSpaceRequested(m_spaces[m_space->currentIndex()].datasetId, m_spaces[m_space->currentIndex()].spaceId);
    });
    m_label->setPlaceholderText(tr("optional"));

    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("Space:"), m_space);
    m_form->addRow(tr("Queries:"), m_queries);
    m_form->addRow(tr("Judge:"), m_judge);
    m_form->addRow(tr("Refiner:"), m_refiner);
    m_form->addRow(tr("Adam steps:"), m_steps);
    m_form->addRow(tr("Judged per query:"), m_total);
    m_form->addRow(tr("Noise:"), m_noise);
    m_form->addRow(tr("Levels:"), m_rates);
    m_form->addRow(tr("Seeds:"), m_seeds);
    m_form->addRow(tr("Judged documents:"), m_totals);
    m_form->addRow(tr("Shares from top:"), m_shares);
    m_form->addRow(tr("Methods:"), m_methods);
    m_form->addRow(QString(), m_methodsNote);
    m_form->addRow(QString(), m_buildHyde);
    m_form->addRow(tr("Label:"), m_label);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    m_form->addRow(buttons);
    m_form->addRow(m_progress);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_form->addRow(m_status);

    // Every field is named for screen readers (and test robots) by its label.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole) ? m_form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
        QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole);
        if (label && field && field->widget() && field->widget()->accessibleName().isEmpty())
            field->widget()->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    }
    m_run->setAccessibleName(tr("Run experiment"));
    m_cancel->setAccessibleName(tr("Cancel experiment"));
    m_experimentList->setAccessibleName(tr("Stored experiments"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExperimentWidget::updateFormForKind);
    connect(m_space, &QComboBox::currentIndexChanged, this, &ExperimentWidget::updateMethods);
    connect(m_run, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &ExperimentWidget::cancel);
    updateFormForKind();
}

void ExperimentWidget::updateFormForKind()
{
    const auto kind = ExperimentKind(m_kind->currentData().toInt());
    const bool noise = kind == ExperimentKind::NoiseSweep;
    const bool budget = kind == ExperimentKind::BudgetSweep;
    m_form->setRowVisible(m_judge, !noise);
    m_form->setRowVisible(m_refiner, kind != ExperimentKind::Methods);
    m_form->setRowVisible(m_total, !budget);
    m_form->setRowVisible(m_noise, noise);
    m_form->setRowVisible(m_rates, noise);
    m_form->setRowVisible(m_seeds, noise);
    m_form->setRowVisible(m_totals, budget);
    m_form->setRowVisible(m_shares, budget);
    m_form->setRowVisible(m_methods, kind == ExperimentKind::Methods);
    // Judge quality needs a judge that errs; gold agrees with itself everywhere.
    if (kind == ExperimentKind::JudgeQuality && m_judge->spec() == u"gold")
        m_judge->setSpec(QStringLiteral("simulated:flip=0.2,seed=1"));
    else if (kind != ExperimentKind::JudgeQuality && m_judge->spec() == u"simulated:flip=0.2,seed=1")
        m_judge->setSpec(QStringLiteral("gold"));
    updateMethods();
}

QString ExperimentWidget::methodUnavailableReason(const QString& method) const
{
    if (!method.startsWith(QStringLiteral("hyde")))
        return {};
    const int index = m_space->currentIndex();
    if (index < 0 || index >= m_spaces.size())
        return tr("No space is chosen.");
    const ExperimentSpaceChoice& space = m_spaces[index];
    if (space.hasHydeTwin)
        return {};
    return tr("HyDE runs on the space \"%1-hyde\": the queries embedded as hypothetical documents an LLM writes. "
              "This dataset has none yet.")
        .arg(space.spaceName);
}

void ExperimentWidget::updateMethods()
{
    const bool methods = ExperimentKind(m_kind->currentData().toInt()) == ExperimentKind::Methods;
    QString reason;
    for (int i = 0; i < m_methods->count(); ++i) {
        QListWidgetItem* item = m_methods->item(i);
        const QString why = methodUnavailableReason(item->text());
        const bool available = why.isEmpty();
        item->setFlags(available ? (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled) : Qt::ItemIsUserCheckable);
        item->setToolTip(why);
        if (!available)
            reason = why;
    }
    m_methodsNote->setText(reason.isEmpty() ? QString() : reason + QLatin1Char(' ') + tr("Build it here, then run the comparison again."));
    m_form->setRowVisible(m_methodsNote, methods && !reason.isEmpty());
    m_form->setRowVisible(m_buildHyde, methods && !reason.isEmpty());
}

void ExperimentWidget::setJudgeEndpoint(const QString& endpoint, const QString& model)
{
    m_judge->setEndpoint(endpoint, model);
    m_grid->setJudgeEndpoint(endpoint, model);
}

void ExperimentWidget::setJudgeConnection(const RemoteJudgeSettings& connection)
{
    m_job->setJudgeConnection(connection);
    m_grid->setJudgeConnection(connection);
}

void ExperimentWidget::setProject(const QString& projectPath)
{
    m_projectPath = projectPath;
    m_result = {};
    showMessage(QString()); // the message page says what to do; the heading stays empty until a result
    listExperiments(0);
    m_grid->setProject(projectPath);
}

void ExperimentWidget::listExperiments(qint64 select)
{
    m_listings.run(m_projectPath, listProject, [this, select](const JobResult<ProjectListing>& listing) {
        if (!listing) {
            m_status->setText(tr("Cannot list the project: %1").arg(listing.error()));
            return;
        }
        setSpaceChoices(listing->spaces);
        m_experiments->setExperiments(listing->experiments, listing->spaceNames);
        if (const int row = m_experiments->rowOf(select); row >= 0)
            m_experimentList->selectRow(row);
        Q_EMIT projectListed(int(listing->spaces.size()), int(listing->experiments.size()));
    });
}

void ExperimentWidget::setSpaceChoices(const QList<ExperimentSpaceChoice>& choices)
{
    const qint64 current = m_space->currentIndex() >= 0 && m_space->currentIndex() < m_spaces.size()
        ? m_spaces[m_space->currentIndex()].spaceId
        : 0;
    m_spaces = choices;
    m_space->clear();
    int select = 0;
    for (int i = 0; i < choices.size(); ++i) {
        m_space->addItem(choices[i].label);
        // Keep the choice; else prefer the sample's nuance/lsa, as the dashboard does.
        if (choices[i].spaceId == current || (current == 0 && choices[i].label.startsWith(QStringLiteral("nuance · lsa"))))
            select = i;
    }
    m_space->setCurrentIndex(choices.isEmpty() ? -1 : select);
    setRunning(m_job->isRunning());
    updateMethods();
}

ExperimentSettings ExperimentWidget::settings() const
{
    ExperimentSettings settings;
    settings.kind = ExperimentKind(m_kind->currentData().toInt());
    if (m_space->currentIndex() >= 0 && m_space->currentIndex() < m_spaces.size()) {
        settings.datasetId = m_spaces[m_space->currentIndex()].datasetId;
        settings.spaceId = m_spaces[m_space->currentIndex()].spaceId;
    }
    settings.judgeSpec = m_judge->spec();
    settings.judgeEndpoint = m_judge->endpointForSpec();
    settings.judgeModel = m_judge->modelForSpec();
    settings.refiner = m_refiner->currentText();
    settings.refine = RefinerCatalogue::defaults(settings.refiner);
    settings.refine.steps = m_steps->value();
    settings.refine.total = m_total->value();
    settings.refine.fromTop = m_total->value();
    settings.noise = m_noise->currentData().toString();
    if (const auto rates = numbers(m_rates->text()))
        settings.rates = *rates;
    settings.seeds = m_seeds->value();
    if (const auto totals = numbers(m_totals->text())) {
        settings.totals.clear();
        for (double total : *totals)
            settings.totals.append(int(std::lround(total)));
    }
    if (const auto shares = numbers(m_shares->text()))
        settings.fromTopShares = *shares;
    QStringList methods;
    int unavailable = 0;
    for (int i = 0; i < m_methods->count(); ++i) {
        const QListWidgetItem* item = m_methods->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            ++unavailable; // the runner leaves out HyDE without a HyDE space
        else if (item->checkState() == Qt::Checked)
            methods.append(item->text());
    }
    // All that can run checked: every method that applies.
    if (methods.size() + unavailable != m_methods->count())
        settings.methods = methods;
    settings.label = m_label->text().trimmed();
    return settings;
}

bool ExperimentWidget::start()
{
    for (QLineEdit* edit : {m_rates, m_totals, m_shares}) {
        if (edit->isVisibleTo(this) && !numbers(edit->text())) {
            m_status->setText(tr("Levels, judged documents and shares take numbers separated by commas."));
            return false;
        }
    }
    return start(settings());
}

bool ExperimentWidget::start(const ExperimentSettings& definition)
{
    if (m_job->isRunning() || m_projectPath.isEmpty() || definition.spaceId == 0)
        return false;
    if (!m_job->start(m_projectPath, definition, m_queries->value()))
        return false;
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting the experiment…"));
    return true;
}

void ExperimentWidget::attachJob()
{
    connect(m_job, &ExperimentJob::started, this, [this](qint64 id, bool resumed) {
        m_status->setText(resumed ? tr("Continuing experiment %1…").arg(id) : tr("Experiment %1 started…").arg(id));
        Q_EMIT experimentStarted(id, resumed);
    });
    connect(m_job, &ExperimentJob::cellStarted, this, [this](int index, int count, const ExperimentCell& cell, bool reused) {
        QStringList parts;
        for (auto it = cell.cell.begin(); it != cell.cell.end(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString()));
        m_status->setText(reused ? tr("Run %1 of %2 (%3): reused").arg(index + 1).arg(count).arg(parts.join(QStringLiteral(", ")))
                                 : tr("Run %1 of %2 (%3)…").arg(index + 1).arg(count).arg(parts.join(QStringLiteral(", "))));
    });
    connect(m_job, &ExperimentJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
    });
    connect(m_job, &ExperimentJob::failed, this, [this](const QString& error) {
        setRunning(false);
        m_status->setText(tr("The experiment failed: %1").arg(error));
        listExperiments(0);
        Q_EMIT experimentFailed(error);
    });
    connect(m_job, &ExperimentJob::finished, this, [this](const ExperimentResult& result) {
        setRunning(false);
        if (result.status == RunStatus::Finished) {
            m_status->setText(tr("Experiment %1 finished.").arg(result.experimentId));
            setResult(result);
        } else {
            m_status->setText(tr("Experiment %1 was cancelled; its finished runs are kept. Run it again to continue.")
                                  .arg(result.experimentId));
        }
        listExperiments(result.experimentId);
        Q_EMIT experimentFinished(result.experimentId, result.status);
    });
}

bool ExperimentWidget::isRunning() const
{
    return m_job->isRunning() || m_grid->isRunning();
}

void ExperimentWidget::cancel()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void ExperimentWidget::setRunning(bool running)
{
    m_run->setEnabled(!running && !m_spaces.isEmpty());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (!running)
        m_progress->setRange(0, 1);
}

void ExperimentWidget::openExperiment(qint64 experimentId)
{
    m_heading->setText(tr("Loading experiment %1…").arg(experimentId));
    m_openings.run(
        m_projectPath,
        [experimentId](ProjectStore& store) {
            const auto record = store.experiments().find(experimentId);
            if (record && record->status != RunStatus::Finished)
                throw TareError(TareError::Kind::Usage,
                                tr("Experiment %1 is %2: it has no result yet. Run the same definition again to continue it.")
                                    .arg(experimentId)
                                    .arg(runStatusName(record->status)));
            return ExperimentRunner::load(store, experimentId);
        },
        [this](const JobResult<ExperimentResult>& result) {
            if (!result)
                showMessage(result.error());
            else
                setResult(*result);
        });
}

void ExperimentWidget::showMessage(const QString& message)
{
    m_heading->setText(message);
    m_pages->setCurrentIndex(MessagePage);
}

QString ExperimentWidget::headingText() const
{
    return m_heading->text();
}

void ExperimentWidget::setResult(const ExperimentResult& result)
{
    m_result = result;
    switch (result.kind) {
    case ExperimentKind::NoiseSweep:
        drawNoise();
        m_pages->setCurrentIndex(NoisePage);
        break;
    case ExperimentKind::BudgetSweep: {
        const QSignalBlocker blocker(m_point);
        m_point->clear();
        for (const auto& [steps, lr] : BudgetGrid::parameterPoints(result.budget))
            m_point->addItem(tr("%1 steps, lr %2").arg(steps).arg(lr), QVariant::fromValue(QPair<int, double>(steps, lr)));
        m_point->setEnabled(m_point->count() > 1);
        drawBudget();
        m_pages->setCurrentIndex(BudgetPage);
        break;
    }
    case ExperimentKind::Methods:
        drawMethods();
        m_pages->setCurrentIndex(MethodsPage);
        break;
    case ExperimentKind::JudgeQuality:
        drawQuality();
        m_pages->setCurrentIndex(QualityPage);
        break;
    }
    Q_EMIT resultShown(result.experimentId);
}

void ExperimentWidget::drawNoise()
{
    ChartSupport::clear(m_noiseChart);
    const NoiseSweepResult& noise = m_result.noise;
    if (m_result.kind != ExperimentKind::NoiseSweep)
        return;
    const bool sigma = noise.noise == u"sigma";
    m_heading->setText(tr("Experiment %1 · noise sweep (%2) · %3 queries · MAP before %4 · runs %5")
                           .arg(m_result.experimentId)
                           .arg(sigma ? tr("Gaussian σ") : tr("label flips"))
                           .arg(noise.queries)
                           .arg(figure(noise.mapBefore, 4))
                           .arg(m_result.runIds.size()));
    QValueAxis* x = ChartSupport::addValueAxis(m_noiseChart, Qt::AlignBottom,
                                               sigma ? tr("Judge noise σ (standard deviation added to the score)")
                                                     : tr("Flip rate (share of judged labels flipped)"),
                                               QStringLiteral("%.2f"));
    QValueAxis* y = ChartSupport::addValueAxis(m_noiseChart, Qt::AlignLeft, tr("ΔMAP (after − before)"), QStringLiteral("%.3f"));
    const bool ci = m_band->currentIndex() == 1;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* mean = ChartSupport::lineSeries(tr("Mean ΔMAP over seeds"), ChartSupport::Palette::measured);
    mean->setPointsVisible(true);
    auto* seeds = new QScatterSeries;
    seeds->setName(tr("Single seeds (click: open the run)"));
    connect(seeds, &QScatterSeries::clicked, this, [this](const QPointF& point) {
        // The seed run nearest the point: its level by rate, then its ΔMAP.
        qint64 run = 0;
        double best = std::numeric_limits<double>::infinity();
        for (const NoiseLevelResult& level : std::as_const(m_result.noise.levels)) {
            for (qsizetype i = 0; i < level.seedDeltas.size() && i < level.runIds.size(); ++i) {
                const double distance = std::abs(level.rate - point.x()) * 1000.0 + std::abs(level.seedDeltas[i] - point.y());
                if (distance < best) {
                    best = distance;
                    run = level.runIds[i];
                }
            }
        }
        if (run)
            Q_EMIT runActivated(run);
    });
    seeds->setMarkerSize(7.0);
    seeds->setColor(s_seed);
    seeds->setBorderColor(s_seed);
    double lo = 0.0, hi = 0.0, xLo = std::numeric_limits<double>::infinity(), xHi = -xLo;
    for (const NoiseLevelResult& level : noise.levels) {
        const double top = ci ? level.ciUpper : level.maxDelta;
        const double bottom = ci ? level.ciLower : level.minDelta;
        if (std::isfinite(top) && std::isfinite(bottom)) {
            upper->append(level.rate, top);
            lower->append(level.rate, bottom);
            lo = std::min(lo, bottom);
            hi = std::max(hi, top);
        }
        if (std::isfinite(level.meanDelta)) {
            mean->append(level.rate, level.meanDelta);
            lo = std::min(lo, level.meanDelta);
            hi = std::max(hi, level.meanDelta);
        }
        for (double delta : level.seedDeltas) {
            if (std::isfinite(delta)) {
                seeds->append(level.rate, delta);
                lo = std::min(lo, delta);
                hi = std::max(hi, delta);
            }
        }
        xLo = std::min(xLo, level.rate);
        xHi = std::max(xHi, level.rate);
    }
    if (!std::isfinite(xLo)) {
        xLo = 0.0;
        xHi = 0.5;
    }
    const double xPad = xHi > xLo ? 0.03 * (xHi - xLo) : 0.05;
    x->setRange(xLo - xPad, xHi + xPad);
    ChartSupport::roundTicks(x, 6);
    fitRange(y, lo, hi);
    auto* band = new QAreaSeries(upper, lower);
    upper->setParent(band);
    lower->setParent(band);
    band->setName(ci ? tr("95% CI over queries") : tr("Min–max over seeds"));
    band->setColor(s_band);
    band->setBorderColor(s_band);
    ChartSupport::attach(m_noiseChart, band);
    ChartSupport::addReferenceLine(m_noiseChart, 0.0, xLo - xPad, xHi + xPad);
    ChartSupport::attach(m_noiseChart, seeds);
    ChartSupport::attach(m_noiseChart, mean);
}

void ExperimentWidget::drawBudget()
{
    if (m_result.kind != ExperimentKind::BudgetSweep)
        return;
    const BudgetSweepResult& budget = m_result.budget;
    const bool delta = m_measure->currentIndex() == 1;
    const auto point = m_point->currentData().value<QPair<int, double>>();
    const BudgetGrid grid = BudgetGrid::from(budget, point.first, point.second, delta ? BudgetGrid::Measure::Delta : BudgetGrid::Measure::MapAfter);
    double mapBefore = std::numeric_limits<double>::quiet_NaN();
    for (const BudgetCellResult& cell : budget.cells) {
        if (std::isfinite(cell.mapBefore))
            mapBefore = cell.mapBefore;
    }
    m_heading->setText(tr("Experiment %1 · budget sweep · %2 runs · MAP before %3 · best MAP after %4")
                           .arg(m_result.experimentId)
                           .arg(budget.cells.size())
                           .arg(figure(mapBefore, 4))
                           .arg(figure(BudgetGrid::from(budget, point.first, point.second, BudgetGrid::Measure::MapAfter).maximum, 4)));
    QStringList columns, rows;
    for (int total : grid.totals)
        columns.append(QString::number(total));
    for (double share : grid.shares)
        rows.append(tr("%1% top").arg(100.0 * share, 0, 'f', 0));
    m_heatmap->setGrid(columns, rows, grid.values, delta);
    m_budgetGrid = grid;
    m_heatmap->setAxisTitles(tr("Judged documents per query"), tr("Share judged from the top"),
                             delta ? tr("ΔMAP") : tr("MAP after"));

    ChartSupport::clear(m_budgetLine);
    QValueAxis* x = ChartSupport::addValueAxis(m_budgetLine, Qt::AlignBottom, tr("Judge calls (documents scored, all queries)"),
                                               QStringLiteral("%d"));
    QValueAxis* y = ChartSupport::addValueAxis(m_budgetLine, Qt::AlignLeft, tr("MAP after refinement"), QStringLiteral("%.3f"));
    double lo = mapBefore, hi = mapBefore, xHi = 1.0;
    int colour = 0;
    for (double share : grid.shares) {
        QList<const BudgetCellResult*> cells;
        for (const BudgetCellResult& cell : budget.cells) {
            if (cell.fromTopShare == share && cell.steps == point.first && cell.lr == point.second && std::isfinite(cell.mapAfter))
                cells.append(&cell);
        }
        std::sort(cells.begin(), cells.end(), [](auto* a, auto* b) { return a->judgeCalls < b->judgeCalls; });
        auto* line = ChartSupport::lineSeries(tr("%1% from the top").arg(100.0 * share, 0, 'f', 0),
                                              s_lineColors[colour++ % s_lineColors.size()]);
        line->setPointsVisible(true);
        QList<qint64> runs;
        for (const BudgetCellResult* cell : cells)
            runs.append(cell->runId);
        connect(line, &QLineSeries::clicked, this, [this, line, runs](const QPointF& point) {
            // The run of the nearest point of this line.
            int nearest = -1;
            double best = std::numeric_limits<double>::infinity();
            for (int i = 0; i < line->count() && i < runs.size(); ++i) {
                const double distance = std::abs(line->at(i).x() - point.x());
                if (distance < best) {
                    best = distance;
                    nearest = i;
                }
            }
            if (nearest >= 0)
                Q_EMIT runActivated(runs[nearest]);
        });
        for (const BudgetCellResult* cell : cells) {
            line->append(double(cell->judgeCalls), cell->mapAfter);
            lo = std::isfinite(lo) ? std::min(lo, cell->mapAfter) : cell->mapAfter;
            hi = std::isfinite(hi) ? std::max(hi, cell->mapAfter) : cell->mapAfter;
            xHi = std::max(xHi, double(cell->judgeCalls));
        }
        ChartSupport::attach(m_budgetLine, line);
    }
    x->setRange(0.0, xHi * 1.05);
    x->applyNiceNumbers();
    fitRange(y, lo, hi);
    if (std::isfinite(mapBefore)) {
        QLineSeries* before = ChartSupport::addReferenceLine(m_budgetLine, mapBefore, 0.0, x->max());
        before->setName(tr("MAP before (%1)").arg(figure(mapBefore, 3)));
        for (QLegendMarker* marker : m_budgetLine->legend()->markers(before))
            marker->setVisible(true);
    }
}

void ExperimentWidget::drawMethods()
{
    const MethodComparisonResult& methods = m_result.methods;
    m_methodsModel->setComparison(methods);
    m_methodsTable->setFixedHeight(m_methodsTable->horizontalHeader()->sizeHint().height()
                                   + m_methodsTable->verticalHeader()->defaultSectionSize() * int(methods.rows.size())
                                   + 2 * m_methodsTable->frameWidth() + 2);
    m_heading->setText(tr("Experiment %1 · method comparison on the same judgments (judge %2) · %3 queries")
                           .arg(m_result.experimentId)
                           .arg(methods.judge)
                           .arg(methods.queries));
    ChartSupport::clear(m_methodsChart);
    QStringList names;
    auto* set = new QBarSet(tr("ΔMAP against none"));
    set->setColor(ChartSupport::Palette::measured);
    double lo = 0.0, hi = 0.0;
    for (const MethodResult& row : methods.rows) {
        names.append(row.method);
        const double delta = std::isfinite(row.vsNone.meanDelta) ? row.vsNone.meanDelta : 0.0;
        set->append(delta);
        lo = std::min(lo, delta);
        hi = std::max(hi, delta);
        if (std::isfinite(row.vsNone.ciLower)) {
            lo = std::min(lo, row.vsNone.ciLower);
            hi = std::max(hi, row.vsNone.ciUpper);
        }
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_result.methods.rows.size() && m_result.methods.rows[index].runId)
            Q_EMIT runActivated(m_result.methods.rows[index].runId);
    });
    connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= m_result.methods.rows.size()) {
            QToolTip::hideText();
            return;
        }
        const MethodResult& row = m_result.methods.rows[index];
        QToolTip::showText(QCursor::pos(), tr("%1: MAP %2, ΔMAP %3 against none (run %4; click to open it)")
                                               .arg(row.method, figure(row.map, 4), ChartSupport::signedFigure(row.vsNone.meanDelta, 4))
                                               .arg(row.runId));
    });
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setTitleText(tr("Method"));
    m_methodsChart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = ChartSupport::addValueAxis(m_methodsChart, Qt::AlignLeft, tr("ΔMAP against none"), QStringLiteral("%.3f"));
    fitRange(y, lo, hi);
    ChartSupport::attach(m_methodsChart, bars);
    ChartSupport::addReferenceLine(m_methodsChart, 0.0, -0.5, double(names.size()) - 0.5);
    // CI whiskers: one path per method (cap, stem, cap), named once for the legend.
    bool named = false;
    for (int i = 0; i < methods.rows.size(); ++i) {
        const PairedComparison& c = methods.rows[i].vsNone;
        if (!std::isfinite(c.ciLower) || !std::isfinite(c.ciUpper) || (c.ciLower == 0.0 && c.ciUpper == 0.0))
            continue;
        auto* whisker = ChartSupport::lineSeries(tr("95% bootstrap CI"), QColor(0x20, 0x20, 0x20), 1.5);
        const double w = 0.12;
        whisker->append({QPointF(i - w, c.ciUpper), QPointF(i + w, c.ciUpper), QPointF(i, c.ciUpper), QPointF(i, c.ciLower),
                         QPointF(i - w, c.ciLower), QPointF(i + w, c.ciLower)});
        ChartSupport::attach(m_methodsChart, whisker);
        if (named)
            ChartSupport::hideFromLegend(m_methodsChart, whisker);
        named = true;
    }
}

void ExperimentWidget::drawQuality()
{
    const JudgeQualityResult& quality = m_result.judgeQuality;
    m_heading->setText(tr("Experiment %1 · judge quality of run %2 · %3 of %4 queries with a defined AUC · Pearson r = %5, "
                          "Spearman ρ = %6")
                           .arg(m_result.experimentId)
                           .arg(quality.runId)
                           .arg(quality.n)
                           .arg(quality.points.size())
                           .arg(figure(quality.pearson), figure(quality.spearman)));
    ChartSupport::clear(m_qualityChart);
    QValueAxis* x = ChartSupport::addValueAxis(m_qualityChart, Qt::AlignBottom, tr("Judge AUC against gold (judged documents)"),
                                               QStringLiteral("%.2f"));
    QValueAxis* y = ChartSupport::addValueAxis(m_qualityChart, Qt::AlignLeft, tr("ΔAP (after − before)"), QStringLiteral("%.3f"));
    auto* scatter = new QScatterSeries;
    scatter->setMarkerSize(8.0);
    scatter->setColor(ChartSupport::Palette::measured);
    scatter->setBorderColor(Qt::white);
    const auto nearestQuery = [this](const QPointF& point) -> const JudgeQualityPoint* {
        const JudgeQualityPoint* nearest = nullptr;
        double best = std::numeric_limits<double>::infinity();
        for (const JudgeQualityPoint& p : std::as_const(m_result.judgeQuality.points)) {
            const double distance = std::hypot(p.auc - point.x(), p.deltaAp - point.y());
            if (std::isfinite(distance) && distance < best) {
                best = distance;
                nearest = &p;
            }
        }
        return nearest;
    };
    connect(scatter, &QScatterSeries::clicked, this, [this, nearestQuery](const QPointF& point) {
        if (const JudgeQualityPoint* p = nearestQuery(point))
            Q_EMIT queryActivated(m_result.judgeQuality.runId, p->queryId);
    });
    connect(scatter, &QScatterSeries::hovered, this, [nearestQuery](const QPointF& point, bool state) {
        const JudgeQualityPoint* p = state ? nearestQuery(point) : nullptr;
        if (!p) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("%1: judge AUC %2, ΔAP %3, %n judged", nullptr, p->judged)
                                               .arg(p->query, figure(p->auc), ChartSupport::signedFigure(p->deltaAp, 4)));
    });
    double lo = 0.0, hi = 0.0, xLo = 1.0, xHi = 0.0;
    for (const JudgeQualityPoint& point : quality.points) {
        if (!std::isfinite(point.auc) || !std::isfinite(point.deltaAp))
            continue;
        scatter->append(point.auc, point.deltaAp);
        lo = std::min(lo, point.deltaAp);
        hi = std::max(hi, point.deltaAp);
        xLo = std::min(xLo, point.auc);
        xHi = std::max(xHi, point.auc);
    }
    scatter->setName(tr("Queries (%n)", nullptr, int(scatter->count())));
    x->setRange(0.0, 1.0);
    x->setTickCount(6);
    fitRange(y, lo, hi);
    ChartSupport::addReferenceLine(m_qualityChart, 0.0, 0.0, 1.0);
    ChartSupport::attach(m_qualityChart, scatter);
    if (std::isfinite(quality.slope) && std::isfinite(quality.intercept) && xHi >= xLo) {
        auto* fit = ChartSupport::lineSeries(tr("Least squares: ΔAP = %1 %2 %3 · AUC (r = %4)")
                                                 .arg(figure(quality.intercept), quality.slope < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                                      figure(std::abs(quality.slope)), figure(quality.pearson)),
                                             ChartSupport::Palette::second);
        fit->append(xLo, quality.intercept + quality.slope * xLo);
        fit->append(xHi, quality.intercept + quality.slope * xHi);
        ChartSupport::attach(m_qualityChart, fit);
    }
}

} // namespace tare
