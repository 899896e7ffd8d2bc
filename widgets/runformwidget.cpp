// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/runformwidget.h"

#include "core/refine/refinercatalogue.h"
#include "widgets/judgechooserwidget.h"
#include "widgets/layoutsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace tare {

RunFormWidget::RunFormWidget(QWidget* parent)
    : QWidget(parent)
    , m_dataset(new QComboBox(this))
    , m_space(new QComboBox(this))
    , m_judge(new JudgeChooserWidget(this))
    , m_refiner(new QComboBox(this))
    , m_steps(new QSpinBox(this))
    , m_lr(new QDoubleSpinBox(this))
    , m_total(new QSpinBox(this))
    , m_fromTop(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_evalEvery(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_target(new QLabel(this))
    , m_runAction(new QAction(tr("&Start Run"), this))
{
    const RefineParams defaults;
    m_dataset->setToolTip(tr("The dataset whose queries are refined."));
    m_space->setToolTip(tr("The embedding space that ranks the corpus and holds the query vectors."));
    for (const RefinerInfo& refiner : RefinerCatalogue::all())
        m_refiner->addItem(RefinerCatalogue::label(refiner.name), refiner.name);
    m_refiner->setToolTip(tr("How the query vector is refined from the judgments."));
    m_steps->setRange(1, 100000);
    m_steps->setValue(defaults.steps);
    m_steps->setToolTip(tr("Adam steps per query."));
    m_lr->setDecimals(6);
    m_lr->setRange(0.000001, 1.0);
    m_lr->setSingleStep(0.0001);
    m_lr->setValue(defaults.lr);
    m_lr->setToolTip(tr("Adam learning rate."));
    m_total->setRange(1, 10000);
    m_total->setValue(defaults.total);
    m_total->setToolTip(tr("Documents the judge scores per query."));
    m_fromTop->setRange(0, 10000);
    m_fromTop->setValue(defaults.fromTop);
    m_fromTop->setToolTip(tr("How many of the judged documents are the top of the initial ranking; the rest is a "
                             "seeded random sample of the remaining candidates."));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(defaults.seed));
    m_seed->setToolTip(tr("Seed of the random part of the judged documents."));
    m_evalEvery->setRange(0, 100000);
    m_evalEvery->setSpecialValueText(tr("auto"));
    m_evalEvery->setToolTip(tr("Evaluate AP every n steps (auto: every step for up to 40,000 candidates at 100 steps, coarser above, so a curve costs at most 4 million scores a query)."));
    m_name->setPlaceholderText(tr("optional"));
    m_name->setToolTip(tr("A name for the run in the run list."));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setWordWrap(true);
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAction->setToolTip(tr("Run this form's refinement over every query of the dataset (F5)"));

    const struct
    {
        QWidget* field;
        QString label;
        QString accessible;
    } fields[] = {
        {m_dataset, tr("&Dataset:"), tr("Dataset")},
        {m_space, tr("S&pace:"), tr("Embedding space")},
        {m_refiner, tr("Re&finer:"), tr("Refiner")},
        {m_steps, tr("S&teps:"), tr("Steps")},
        {m_lr, tr("&Learning rate:"), tr("Learning rate")},
        {m_evalEvery, tr("E&valuate every:"), tr("Evaluate every")},
        {m_total, tr("&Judged per query:"), tr("Judged documents per query")},
        {m_fromTop, tr("From the t&op:"), tr("Judged from the top")},
        {m_seed, tr("Sample see&d:"), tr("Sample seed")},
        {m_name, tr("&Name:"), tr("Run name")},
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    QHash<QWidget*, QLabel*> labels;
    for (const auto& field : fields) {
        auto* label = new QLabel(field.label, this);
        label->setBuddy(field.field);
        field.field->setAccessibleName(field.accessible);
        labels.insert(field.field, label);
    }
    const auto place = [&](QWidget* field, int row, int column, int span = 1) {
        grid->addWidget(labels.value(field), row, column * 2, Qt::AlignRight);
        grid->addWidget(field, row, column * 2 + 1, 1, span * 2 - 1);
    };
    place(m_dataset, 0, 0);
    place(m_space, 0, 1);
    place(m_name, 0, 2);
    auto* judgeLabel = new QLabel(tr("J&udge:"), this);
    judgeLabel->setBuddy(m_judge->kindBox());
    grid->addWidget(judgeLabel, 1, 0, Qt::AlignRight);
    grid->addWidget(m_judge, 1, 1, 1, 3);
    place(m_refiner, 1, 2);
    place(m_steps, 2, 0);
    place(m_lr, 2, 1);
    place(m_evalEvery, 2, 2);
    place(m_total, 3, 0);
    place(m_fromTop, 3, 1);
    place(m_seed, 3, 2);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);

    LayoutSupport::nameObjects({
        {m_dataset, "runFormDataset"}, {m_space, "runFormSpace"},   {m_refiner, "runFormRefiner"}, {m_steps, "runFormSteps"},
        {m_lr, "runFormLearningRate"},  {m_evalEvery, "runFormEvalEvery"}, {m_total, "runFormJudged"}, {m_fromTop, "runFormFromTop"},
        {m_seed, "runFormSeed"},       {m_name, "runFormName"},
    });
    auto* runButton = new QToolButton(this);
    runButton->setObjectName(QStringLiteral("runFormStart"));
    runButton->setDefaultAction(m_runAction);
    runButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    runButton->setAccessibleName(tr("Start run"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_target, 1);
    bottom->addWidget(runButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addLayout(bottom);

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &RunFormWidget::datasetChanged);
    connect(m_space, &QComboBox::currentIndexChanged, this, &RunFormWidget::updateState);
    connect(m_refiner, &QComboBox::currentIndexChanged, this, &RunFormWidget::refinerChanged);
    connect(m_total, &QSpinBox::valueChanged, this, [this](int total) {
        m_fromTop->setMaximum(total); // the top part is a share of the judged documents
        updateState();
    });
    connect(m_fromTop, &QSpinBox::valueChanged, this, &RunFormWidget::updateState);
    connect(m_judge, &JudgeChooserWidget::changed, this, &RunFormWidget::updateState);
    connect(m_runAction, &QAction::triggered, this, [this] {
        if (canRun())
            Q_EMIT runRequested();
    });
    m_fromTop->setMaximum(m_total->value());
    refinerChanged();
    updateState();
}

void RunFormWidget::setProject(const ProjectSummary& summary, qint64 preferredSpaceId)
{
    const qint64 keepSpace = preferredSpaceId ? preferredSpaceId : m_space->currentData().toLongLong();
    m_summary = summary;
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    qint64 datasetOfSpace = 0;
    for (const DatasetInfo& dataset : summary.datasets) {
        bool hasSpace = false;
        for (const SpaceInfo& space : summary.spaces) {
            if (space.datasetId == dataset.id) {
                hasSpace = true;
                if (space.id == keepSpace)
                    datasetOfSpace = dataset.id;
            }
        }
        if (!hasSpace)
            continue;
        m_dataset->addItem(tr("%1 (%n query(s))", nullptr, int(dataset.queryCount)).arg(dataset.name), dataset.id);
    }
    if (const int row = m_dataset->findData(datasetOfSpace); row >= 0)
        m_dataset->setCurrentIndex(row);
    datasetChanged();
    if (const int row = m_space->findData(keepSpace); row >= 0)
        m_space->setCurrentIndex(row);
    updateState();
}

void RunFormWidget::datasetChanged()
{
    const qint64 datasetId = m_dataset->currentData().toLongLong();
    const QSignalBlocker blocker(m_space);
    m_space->clear();
    int preferred = 0;
    for (const SpaceInfo& space : m_summary.spaces) {
        if (space.datasetId != datasetId)
            continue;
        if (space.name == u"lsa")
            preferred = m_space->count(); // the built-in embedder's space, as the sample has it
        m_space->addItem(tr("%1 (%2 dimensions)").arg(space.name).arg(space.dim), space.id);
    }
    m_space->setCurrentIndex(m_space->count() ? preferred : -1);
    updateState();
}

void RunFormWidget::refinerChanged()
{
    const QString refiner = m_refiner->currentData().toString();
    const RefinerInfo* info = RefinerCatalogue::find(refiner);
    const bool iterative = info && info->iterative;
    m_lr->setValue(RefinerCatalogue::defaults(refiner).lr);
    m_steps->setEnabled(iterative && !m_running);
    m_lr->setEnabled(iterative && !m_running);
    updateState();
}

void RunFormWidget::setJudgeEndpoint(const QString& endpoint, const QString& model)
{
    m_judge->setEndpoint(endpoint, model);
}

RunSettings RunFormWidget::runSettings() const
{
    RunSettings settings;
    settings.datasetId = m_dataset->currentData().toLongLong();
    settings.spaceId = m_space->currentData().toLongLong();
    if (settings.spaceId == 0)
        settings.datasetId = 0;
    settings.judgeSpec = m_judge->spec();
    settings.judgeEndpoint = m_judge->endpointForSpec();
    settings.judgeModel = m_judge->modelForSpec();
    settings.refiner = m_refiner->currentData().toString();
    settings.refine = RefinerCatalogue::defaults(settings.refiner);
    settings.refine.steps = m_steps->value();
    settings.refine.lr = m_lr->value();
    settings.refine.total = m_total->value();
    settings.refine.fromTop = std::min(m_fromTop->value(), m_total->value());
    settings.refine.seed = m_seed->value();
    settings.evalEvery = m_evalEvery->value();
    settings.label = m_name->text().trimmed();
    return settings;
}

void RunFormWidget::setSettings(const RunSettings& settings)
{
    if (const int row = m_dataset->findData(settings.datasetId); row >= 0)
        m_dataset->setCurrentIndex(row);
    if (const int row = m_space->findData(settings.spaceId); row >= 0)
        m_space->setCurrentIndex(row);
    m_judge->setSpec(settings.judgeSpec); // an HTTP judge that is not configured stays as it was
    if (const int row = m_refiner->findData(settings.refiner); row >= 0)
        m_refiner->setCurrentIndex(row);
    m_steps->setValue(settings.refine.steps);
    m_lr->setValue(settings.refine.lr);
    m_total->setValue(settings.refine.total);
    m_fromTop->setValue(settings.refine.fromTop);
    m_seed->setValue(int(std::clamp<qint64>(settings.refine.seed, 0, std::numeric_limits<int>::max())));
    m_evalEvery->setValue(settings.evalEvery);
    updateState();
}

void RunFormWidget::setRunning(bool running)
{
    m_running = running;
    refinerChanged();
}

bool RunFormWidget::canRun() const
{
    return !m_running && m_space->currentData().toLongLong() > 0;
}

QString RunFormWidget::targetText() const
{
    return m_target->text();
}

void RunFormWidget::updateState()
{
    const qint64 datasetId = m_dataset->currentData().toLongLong();
    QString dataset;
    qint64 queries = 0;
    for (const DatasetInfo& info : m_summary.datasets) {
        if (info.id == datasetId) {
            dataset = info.name;
            queries = info.queryCount;
        }
    }
    if (m_dataset->count() == 0)
        m_target->setText(tr("No embedding space to run on: import data and create a space first."));
    else if (m_running)
        m_target->setText(tr("A run is going; start the next one when it ends (or cancel it)."));
    else
        m_target->setText(tr("Start Run refines all %n query(s) of %1 with %2, judged by %3.", nullptr, int(queries))
                              .arg(dataset, m_refiner->currentText(), m_judge->kindBox()->currentText()));
    m_runAction->setEnabled(canRun());
}

} // namespace tare
