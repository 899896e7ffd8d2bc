// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/trajectorywidget.h"

#include "core/models/trajectorytopmodel.h"
#include "core/teach/lessonscript.h"
#include "core/util/displaytext.h"
#include "widgets/chartcategorylabels.h"
#include "widgets/chartpointlabels.h"
#include "widgets/chartsupport.h"
#include "widgets/chartview.h"
#include "widgets/layoutsupport.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QColorAxis>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

// A diverging scale for judge scores: 0 blue, 0.5 pale grey, 1 red.
const QColor s_low(0x3b, 0x4c, 0xc0);
const QColor s_mid(0xdd, 0xdd, 0xdd);
const QColor s_high(0xb4, 0x04, 0x26);
const QColor s_lossColor(0xc0, 0x50, 0x20);
const QColor s_apColor(0x1f, 0x4e, 0x9a);

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor scoreColor(double score)
{
    const double t = std::clamp(score, 0.0, 1.0);
    return t < 0.5 ? mix(s_low, s_mid, t * 2.0) : mix(s_mid, s_high, (t - 0.5) * 2.0);
}

QLinearGradient scoreGradient()
{
    QLinearGradient gradient(0, 0, 0, 100);
    gradient.setColorAt(0.0, s_low); // the colour axis puts the gradient's start at its minimum
    gradient.setColorAt(0.5, s_mid);
    gradient.setColorAt(1.0, s_high);
    return gradient;
}

void attach(QChart* chart, QAbstractSeries* series, const QList<QAbstractAxis*>& axes)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : axes)
        series->attachAxis(axis);
}

/// A padded range around values, so markers at the edge stay whole.
std::pair<double, double> paddedRange(double low, double high)
{
    const double pad = high > low ? 0.08 * (high - low) : 0.5;
    return {low - pad, high + pad};
}

QRectF boundsOf(const QList<QPointF>& points)
{
    if (points.isEmpty())
        return {};
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QScatterSeries* marker(const QString& name, QScatterSeries::MarkerShape shape, qreal size, const QColor& fill)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(QColor(0x20, 0x20, 0x20));
    return series;
}

QString number(double value, int decimals = 3)
{
    return ChartSupport::figure(value, decimals);
}

} // namespace

using ChartSupport::makeChart;

TrajectoryWidget::TrajectoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_replays(this)
    , m_heading(new QLabel(this))
    , m_captionFrame(new QFrame(this))
    , m_caption(new QLabel(m_captionFrame))
    , m_lessonQueries(new QComboBox(m_captionFrame))
    , m_stepLabel(new QLabel(this))
    , m_projection(makeChart(tr("Judged documents and the query's path (PCA)")))
    , m_closeUp(makeChart(tr("The query's path, magnified")))
    , m_distribution(makeChart(tr("Target p and current r over the judged documents")))
    , m_loss(makeChart(tr("Loss and AP")))
    , m_topModel(new TrajectoryTopModel(this))
    , m_topHeading(new QLabel(this))
    , m_topView(new QTableView(this))
    , m_playAction(new QAction(tr("Play or Pause"), this))
    , m_playButton(new QPushButton(tr("Play"), this))
    , m_backButton(new QPushButton(tr("◀ Step"), this))
    , m_forwardButton(new QPushButton(tr("Step ▶"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_speed(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trajectoryPage"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Query and run"));

    // The lesson's caption: what the student reads while the steps play.
    m_captionFrame->setObjectName(QStringLiteral("lessonCaption"));
    m_captionFrame->setFrameShape(QFrame::StyledPanel);
    m_captionFrame->setAutoFillBackground(true);
    QPalette captionPalette = m_captionFrame->palette();
    captionPalette.setColor(QPalette::Window, QColor(0xff, 0xf8, 0xdc));
    captionPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_captionFrame->setPalette(captionPalette);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAccessibleName(tr("Lesson caption"));
    m_caption->setMinimumHeight(m_caption->fontMetrics().lineSpacing() * 3);
    m_lessonQueries->setObjectName(QStringLiteral("lessonQuery"));
    m_lessonQueries->setAccessibleName(tr("Lesson query"));
    m_lessonQueries->setToolTip(tr("The query the lesson replays."));
    auto* captionLayout = new QHBoxLayout(m_captionFrame);
    captionLayout->addWidget(m_caption, 1);
    captionLayout->addWidget(m_lessonQueries, 0, Qt::AlignTop);
    m_captionFrame->hide();

    m_stepLabel->setMinimumWidth(m_stepLabel->fontMetrics().horizontalAdvance(tr("Step %1 of %2 · loss %3 · AP %4")
                                                                                  .arg(100)
                                                                                  .arg(100)
                                                                                  .arg(QStringLiteral("0.0000"), QStringLiteral("0.000"))));
    m_stepLabel->setAccessibleName(tr("Step, loss and AP"));

    // Space plays and pauses wherever the focus is on this page (the action lives while the page
    // is shown; the buttons and lists of the page do not take Space for themselves).
    m_playAction->setObjectName(QStringLiteral("trajectoryPlayPause"));
    m_playAction->setShortcut(Qt::Key_Space);
    m_playAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_playAction);
    m_playButton->setObjectName(QStringLiteral("trajectoryPlay"));
    m_playButton->setAccessibleName(tr("Play or pause"));
    m_playButton->setToolTip(tr("Play or pause the refinement (Space)."));
    m_backButton->setObjectName(QStringLiteral("trajectoryBack"));
    m_backButton->setAccessibleName(tr("One step back"));
    m_backButton->setToolTip(tr("One step back (←)."));
    m_forwardButton->setObjectName(QStringLiteral("trajectoryForward"));
    m_forwardButton->setAccessibleName(tr("One step forward"));
    m_forwardButton->setToolTip(tr("One step forward (→)."));
    m_slider->setObjectName(QStringLiteral("trajectoryStep"));
    m_slider->setAccessibleName(tr("Refinement step"));
    m_slider->setToolTip(tr("The refinement step shown: 0 is the original query."));
    for (double speed : {1.0, 2.0, 5.0, 10.0, 25.0})
        m_speed->addItem(tr("%1 steps/s").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_speed->setObjectName(QStringLiteral("trajectorySpeed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed."));
    m_timer->setInterval(200); // the default 5 steps/s: 100 steps in 20 s, a pace a class can follow
    for (QWidget* control : std::initializer_list<QWidget*>{m_playButton, m_backButton, m_forwardButton, m_slider, m_speed})
        control->setFocusPolicy(Qt::TabFocus); // a click leaves the keyboard focus where it was

    m_projection->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // circles and squares: gold classes
    QFont legendFont = m_projection->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85); // five entries under a narrow chart, none cut off
    m_projection->legend()->setFont(legendFont);
    m_closeUp->legend()->hide();
    auto* projectionView = new ChartView(m_projection, this);
    auto* closeUpView = new ChartView(m_closeUp, this);
    auto* distributionView = new ChartView(m_distribution, this);
    auto* lossView = new ChartView(m_loss, this);
    projectionView->setObjectName(QStringLiteral("trajectoryProjection"));
    closeUpView->setObjectName(QStringLiteral("trajectoryCloseUp"));
    distributionView->setObjectName(QStringLiteral("trajectoryDistribution"));
    lossView->setObjectName(QStringLiteral("trajectoryLoss"));
    projectionView->setAccessibleName(tr("Judged documents and the query's path"));
    closeUpView->setAccessibleName(tr("The query's path, magnified"));
    distributionView->setAccessibleName(tr("Target p and current r"));
    lossView->setAccessibleName(tr("Loss and AP"));
    for (ChartView* view : {projectionView, closeUpView, distributionView, lossView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 180);
        view->setMouseTracking(true); // hover texts
    }

    m_topModel->setObjectName(QStringLiteral("trajectoryTopModel"));
    m_topView->setModel(m_topModel);
    m_topView->setObjectName(QStringLiteral("trajectoryTopTen"));
    m_topView->setAccessibleName(tr("Top ten documents at this step"));
    m_topView->verticalHeader()->hide();
    m_topView->setSelectionMode(QAbstractItemView::NoSelection);
    m_topView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topView->setWordWrap(false);
    m_topView->setFocusPolicy(Qt::TabFocus);
    m_topView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topView->horizontalHeader()->setSectionResizeMode(TrajectoryTopModel::TextColumn, QHeaderView::Stretch);
    m_topView->verticalHeader()->setDefaultSectionSize(m_topView->fontMetrics().height() + 6);
    m_topHeading->setTextFormat(Qt::PlainText);
    m_topHeading->setAccessibleName(tr("Top ten heading"));
    QWidget* topPanel = LayoutSupport::column(this, {m_topHeading, {m_topView, 1}});

    auto* charts = new QGridLayout;
    charts->addWidget(projectionView, 0, 0, 2, 1);
    charts->addWidget(closeUpView, 0, 1);
    charts->addWidget(distributionView, 1, 1);
    charts->addWidget(lossView, 0, 2);
    charts->addWidget(topPanel, 1, 2);
    charts->setColumnStretch(0, 5);
    charts->setColumnStretch(1, 4);
    charts->setColumnStretch(2, 4);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_stepLabel);
    controls->addWidget(m_speed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_captionFrame);
    layout->addLayout(charts, 1);
    layout->addLayout(controls);

    connect(m_playAction, &QAction::triggered, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_playButton, &QPushButton::clicked, m_playAction, &QAction::trigger);
    // ← and → step while the focus is on this page. Actions, not the buttons' own shortcuts: a
    // button's shortcut clicks it after a delay, so keys pressed quickly would count once.
    const auto stepAction = [this](const QString& name, const QString& text, Qt::Key key, int direction) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, direction] {
            pause();
            setStep(m_step + direction);
        });
        return action;
    };
    connect(m_backButton, &QPushButton::clicked, stepAction(QStringLiteral("trajectoryStepBack"), tr("One Step Back"), Qt::Key_Left, -1), &QAction::trigger);
    connect(m_forwardButton, &QPushButton::clicked,
            stepAction(QStringLiteral("trajectoryStepForward"), tr("One Step Forward"), Qt::Key_Right, +1), &QAction::trigger);
    connect(m_slider, &QSlider::valueChanged, this, &TrajectoryWidget::setStep);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { setSpeed(m_speed->currentData().toDouble()); });
    connect(m_timer, &QTimer::timeout, this, &TrajectoryWidget::advance);
    connect(m_lessonQueries, &QComboBox::activated, this, [this] {
        if (m_lessonRunId != 0)
            inspect(m_lessonProject, m_lessonRunId, m_lessonQueries->currentData().toLongLong());
    });
    clear();
}

void TrajectoryWidget::clear()
{
    m_replays.abandon(); // a replay in flight is for the previous project: dropped
    setLesson(QString(), 0, {}); // the lesson's run belongs to the previous project too
    showMessage(tr("Select a query in the run dashboard's table to watch its refinement."));
}

TrajectoryWidget::~TrajectoryWidget() = default;

void TrajectoryWidget::clearCharts()
{
    delete m_projectionLabels;
    delete m_closeUpLabels;
    delete m_distributionLabels;
    m_projectionLabels = nullptr;
    m_closeUpLabels = nullptr;
    m_distributionLabels = nullptr;
    for (QChart* chart : {m_projection, m_closeUp, m_distribution, m_loss})
        ChartSupport::clear(chart);
    m_paths.clear();
    m_currents.clear();
    m_lossMarker = nullptr;
    m_apMarker = nullptr;
    m_modelBars = nullptr;
    m_topModel->setTrajectory({});
    m_topHeading->clear();
}

void TrajectoryWidget::showMessage(const QString& message)
{
    pause();
    m_heading->setText(message);
    m_stepLabel->clear();
    m_caption->clear();
    m_trajectory = {};
    m_script.reset();
    clearCharts();
    for (QWidget* control : std::initializer_list<QWidget*>{m_playButton, m_backButton, m_forwardButton, m_slider})
        control->setEnabled(false);
    m_playAction->setEnabled(false);
}

void TrajectoryWidget::inspect(const QString& projectPath, qint64 runId, qint64 queryId)
{
    pause();
    if (runId != m_lessonRunId || projectPath != m_lessonProject) // run ids repeat across projects
        setLesson({}, 0, {});
    m_heading->setText(tr("Replaying query %1 of run %2…").arg(queryId).arg(runId));
    m_replays.run(
        projectPath, [runId, queryId](ProjectStore& store) { return Trajectory::load(store, runId, queryId); },
        [this](const JobResult<Trajectory>& result) {
            if (!result) {
                showMessage(tr("Cannot replay this query: %1").arg(result.error()));
                Q_EMIT trajectoryFailed(result.error());
                return;
            }
            setTrajectory(*result);
        });
}

void TrajectoryWidget::setLesson(const QString& projectPath, qint64 runId, const QList<QueryRecord>& queries)
{
    m_lessonProject = projectPath;
    m_lessonRunId = queries.isEmpty() ? 0 : runId;
    m_lessonQueries->clear();
    for (const QueryRecord& query : queries)
        m_lessonQueries->addItem(tr("%1: %2").arg(query.extId, query.text), query.id);
    m_captionFrame->setVisible(m_lessonRunId != 0);
    if (m_lessonRunId != 0) {
        m_focusWhenShown = true; // ← → step and Space plays from the start
        inspect(projectPath, runId, queries.first().id);
    }
}

QString TrajectoryWidget::captionText() const
{
    return m_captionFrame->isVisible() || isLesson() ? m_caption->text() : QString();
}

QString TrajectoryWidget::apText() const
{
    if (size_t(m_step) >= m_trajectory.aps.size())
        return {};
    return number(m_trajectory.aps[size_t(m_step)]);
}

void TrajectoryWidget::buildProjection(QChart* chart, const QRectF& range, bool closeUp)
{
    const Trajectory& t = m_trajectory;
    // The close-up is narrower: short axis titles, so they are not cut off.
    const QString xTitle = closeUp ? tr("PC 1 (%1%)") : tr("Principal component 1 (%1% of variance)");
    const QString yTitle = closeUp ? tr("PC 2 (%1%)") : tr("Principal component 2 (%1% of variance)");
    QValueAxis* x = ChartSupport::addValueAxis(chart, Qt::AlignBottom, xTitle.arg(t.explained[0] * 100.0, 0, 'f', 0), {});
    QValueAxis* y = ChartSupport::addValueAxis(chart, Qt::AlignLeft, yTitle.arg(t.explained[1] * 100.0, 0, 'f', 0), {});
    x->setRange(range.left(), range.right());
    y->setRange(range.top(), range.bottom());
    ChartSupport::roundTicks(x); // round values on the ticks, the ranges as they are (square in the close-up)
    ChartSupport::roundTicks(y);
    if (!closeUp) {
        auto* scale = new QColorAxis;
        scale->setGradient(scoreGradient());
        scale->setRange(0.0, 1.0);
        scale->setTickCount(3);
        scale->setSize(12);
        scale->setTitleText(tr("Judge score"));
        chart->addAxis(scale, Qt::AlignRight);
    }

    const struct
    {
        bool relevant;
        QString name;
        QScatterSeries::MarkerShape shape;
    } classes[] = {{true, tr("Relevant (gold)"), QScatterSeries::MarkerShapeCircle},
                   {false, tr("Not relevant (gold)"), QScatterSeries::MarkerShapeRectangle}};
    QList<QPointF> labelPoints;
    QStringList labelTexts;
    QScatterSeries* anchor = nullptr;
    for (const auto& cls : classes) {
        QScatterSeries* series = marker(cls.name, cls.shape, closeUp ? 11 : 13, QColor(0x99, 0x99, 0x99));
        QList<QPointF> points;
        QList<int> indices;
        for (qsizetype i = 0; i < t.documents.size(); ++i) {
            if ((t.documents[i].grade > 0) == cls.relevant) {
                points.append(t.documents[i].position);
                indices.append(int(i));
                labelPoints.append(t.documents[i].position);
                labelTexts.append(QString::number(t.documents[i].rankBefore));
            }
        }
        series->replace(points);
        for (qsizetype i = 0; i < indices.size(); ++i)
            series->setPointConfiguration(int(i), QXYSeries::PointConfiguration::Color, scoreColor(t.documents[indices[i]].score));
        attach(chart, series, {x, y});
        connect(series, &QScatterSeries::hovered, this, [this, series, indices](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> all = series->points();
            for (qsizetype i = 0; i < all.size() && i < indices.size(); ++i) {
                if (all[i] == point)
                    showDocumentTip(indices[i]);
            }
        });
        anchor = series;
    }
    QLineSeries* path = ChartSupport::lineSeries(tr("Path"), QColor(0x20, 0x20, 0x20));
    attach(chart, path, {x, y});
    m_paths.append(path);
    QScatterSeries* start = marker(tr("Start"), QScatterSeries::MarkerShapeTriangle, 14, QColor(0xff, 0xff, 0xff));
    if (!t.path.isEmpty())
        start->append(t.path.first());
    attach(chart, start, {x, y});
    QScatterSeries* now = marker(tr("Query now"), QScatterSeries::MarkerShapeStar, 20, QColor(0xff, 0xc0, 0x00));
    attach(chart, now, {x, y});
    m_currents.append(now);
    if (!closeUp && m_pathRange.width() < 0.5 * m_allRange.width()) {
        // Where the close-up looks: a dashed frame around the path.
        auto* frame = new QLineSeries;
        QPen framePen(QColor(0x60, 0x60, 0x60));
        framePen.setStyle(Qt::DashLine);
        frame->setPen(framePen);
        frame->append({m_pathRange.topLeft(), m_pathRange.topRight(), m_pathRange.bottomRight(), m_pathRange.bottomLeft(),
                       m_pathRange.topLeft()});
        attach(chart, frame, {x, y});
        ChartSupport::hideFromLegend(chart, frame);
    }
    if (anchor) {
        auto* labels = new ChartPointLabels(chart, anchor);
        labels->setLabels(labelPoints, labelTexts);
        (closeUp ? m_closeUpLabels : m_projectionLabels) = labels;
    }
}

void TrajectoryWidget::buildDistribution()
{
    const Trajectory& t = m_trajectory;
    // p and r: one pair of bars per judged document, named by its rank before refinement (the
    // number beside its mark in the pictures).
    QStringList categories;
    for (const TrajectoryDocument& d : t.documents)
        categories.append(QString::number(d.rankBefore));
    auto* bars = new QBarSeries;
    auto* target = new QBarSet(tr("Target p (judge)"));
    target->setColor(QColor(0x99, 0x99, 0x99));
    for (double value : t.target)
        target->append(value);
    m_modelBars = new QBarSet(tr("Current r (query)"));
    m_modelBars->setColor(s_apColor);
    for (size_t i = 0; i < t.target.size(); ++i)
        m_modelBars->append(t.model.empty() ? 0.0 : t.model.front()[i]);
    bars->append(target);
    bars->append(m_modelBars);
    bars->setBarWidth(0.85);
    for (QBarSet* set : {target, m_modelBars}) {
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            if (status)
                showDocumentTip(index);
            else
                QToolTip::hideText();
        });
    }
    auto* documentsAxis = new QBarCategoryAxis;
    documentsAxis->append(categories);
    documentsAxis->setTitleText(tr("Documents (rank before refinement)")); // short: a narrow chart cuts it
    m_distribution->addAxis(documentsAxis, Qt::AlignBottom);
    double top = 0.0;
    for (double value : t.target)
        top = std::max(top, value);
    for (const auto& r : t.model) {
        for (double value : r)
            top = std::max(top, value);
    }
    QValueAxis* probability = ChartSupport::addValueAxis(m_distribution, Qt::AlignLeft, tr("Probability"), QStringLiteral("%.2f"));
    probability->setRange(0.0, std::max(0.01, top * 1.05));
    probability->applyNiceNumbers();
    attach(m_distribution, bars, {documentsAxis, probability});
    // Our own numbers under the bars: Qt Charts cuts crowded category labels to "…".
    m_distributionLabels = new ChartCategoryLabels(m_distribution, documentsAxis, bars);
}

void TrajectoryWidget::buildLossAndAp()
{
    const Trajectory& t = m_trajectory;
    QValueAxis* stepAxis = ChartSupport::addValueAxis(m_loss, Qt::AlignBottom, tr("Step"), QStringLiteral("%d"));
    QValueAxis* lossAxis = ChartSupport::addValueAxis(m_loss, Qt::AlignLeft, tr("KL(p‖r) (nats)"), QStringLiteral("%.3g"));
    QValueAxis* apAxis = ChartSupport::addValueAxis(m_loss, Qt::AlignRight, tr("AP"), QStringLiteral("%.2f"));
    lossAxis->setLinePenColor(s_lossColor);
    lossAxis->setLabelsColor(s_lossColor);
    apAxis->setLinePenColor(s_apColor);
    apAxis->setLabelsColor(s_apColor);
    // One value per state: state i is drawn at step i.
    const auto perStep = [](const QString& name, const QColor& color, const std::vector<double>& values) {
        QLineSeries* series = ChartSupport::lineSeries(name, color);
        QList<QPointF> points;
        for (size_t i = 0; i < values.size(); ++i)
            points.append(QPointF(double(i), values[i]));
        series->replace(points);
        return series;
    };
    attach(m_loss, perStep(tr("Loss"), s_lossColor, t.losses), {stepAxis, lossAxis});
    attach(m_loss, perStep(tr("AP"), s_apColor, t.aps), {stepAxis, apAxis});
    m_lossMarker = marker(tr("Now"), QScatterSeries::MarkerShapeCircle, 10, QColor(0xff, 0xc0, 0x00));
    attach(m_loss, m_lossMarker, {stepAxis, lossAxis});
    m_apMarker = marker(tr("Now"), QScatterSeries::MarkerShapeCircle, 10, QColor(0xff, 0xc0, 0x00));
    attach(m_loss, m_apMarker, {stepAxis, apAxis});
    ChartSupport::hideFromLegend(m_loss, m_lossMarker);
    ChartSupport::hideFromLegend(m_loss, m_apMarker);
    stepAxis->setRange(0, std::max(1, t.steps()));
    if (!t.losses.empty()) {
        const auto [low, high] = std::minmax_element(t.losses.begin(), t.losses.end());
        const auto [l0, l1] = paddedRange(*low, *high);
        lossAxis->setRange(std::max(0.0, l0), l1);
        lossAxis->applyNiceNumbers();
    }
    if (!t.aps.empty()) {
        const auto [low, high] = std::minmax_element(t.aps.begin(), t.aps.end());
        const auto [a0, a1] = paddedRange(*low, *high);
        apAxis->setRange(std::max(0.0, a0), std::min(1.0, a1));
        apAxis->applyNiceNumbers();
    }
}

void TrajectoryWidget::setTrajectory(const Trajectory& trajectory)
{
    pause();
    clearCharts();
    m_trajectory = trajectory;
    const Trajectory& t = m_trajectory;
    m_script = std::make_unique<LessonScript>(trajectory);
    const QString what = tr("Query %1: %2\nRun %3 · %4 · %n judged document(s) · %5 steps", nullptr, int(t.documents.size()))
                             .arg(t.queryExtId, t.queryText)
                             .arg(t.runId)
                             .arg(t.refiner)
                             .arg(t.steps());
    m_heading->setText(isLesson() ? tr("Lesson: how the judge's feedback moves a query") + QLatin1Char('\n') + what : what);
    if (isLesson()) {
        const int index = m_lessonQueries->findData(t.queryId);
        if (index >= 0)
            m_lessonQueries->setCurrentIndex(index);
    }

    // The whole picture, and the path's own box: at least a twentieth of the picture, so a short
    // path is not a blur, and square so the close-up does not distort directions.
    QList<QPointF> everything = t.path;
    for (const TrajectoryDocument& d : t.documents)
        everything.append(d.position);
    const QRectF all = boundsOf(everything);
    const auto [x0, x1] = paddedRange(all.left(), all.right());
    const auto [y0, y1] = paddedRange(all.top(), all.bottom());
    m_allRange = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    const QRectF path = boundsOf(t.path);
    const double minimum = 0.05 * std::max(m_allRange.width(), m_allRange.height());
    const double side = std::max({path.width(), path.height(), minimum}) * 1.3;
    m_pathRange = QRectF(path.center().x() - side / 2, path.center().y() - side / 2, side, side);
    buildProjection(m_projection, m_allRange, false);
    buildProjection(m_closeUp, m_pathRange, true);
    const double magnification = m_allRange.width() / std::max(1e-12, m_pathRange.width());
    m_closeUp->setTitle(tr("The query's path, magnified ×%1").arg(magnification, 0, 'f', magnification < 10 ? 1 : 0));
    buildDistribution();
    buildLossAndAp();
    m_topModel->setTrajectory(t);

    m_slider->blockSignals(true);
    m_slider->setRange(0, std::max(0, t.steps()));
    m_slider->blockSignals(false);
    for (QWidget* control : std::initializer_list<QWidget*>{m_playButton, m_backButton, m_forwardButton, m_slider})
        control->setEnabled(t.steps() > 0);
    m_playAction->setEnabled(t.steps() > 0);
    m_step = -1;
    setStep(0);
    if (m_focusWhenShown && m_slider->isEnabled() && m_slider->isVisible()) {
        m_slider->setFocus(Qt::OtherFocusReason); // a lesson starts with the keys on its steps
        m_focusWhenShown = false;
    }
    Q_EMIT trajectoryShown(t.runId, t.queryId);
}

void TrajectoryWidget::setStep(int step)
{
    if (m_trajectory.path.isEmpty() || m_paths.isEmpty())
        return;
    step = std::clamp(step, 0, m_trajectory.steps());
    if (step == m_step)
        return;
    m_step = step;
    const Trajectory& t = m_trajectory;
    for (QLineSeries* path : std::as_const(m_paths))
        path->replace(t.path.mid(0, step + 1));
    for (QScatterSeries* now : std::as_const(m_currents))
        now->replace({t.path[step]});
    if (size_t(step) < t.model.size()) {
        // Two notifications per step instead of one per bar: each makes the chart lay out again.
        const std::vector<double>& r = t.model[size_t(step)];
        m_modelBars->remove(0, m_modelBars->count());
        m_modelBars->append(QList<qreal>(r.begin(), r.end()));
    }
    const double loss = size_t(step) < t.losses.size() ? t.losses[size_t(step)] : 0.0;
    const double ap = size_t(step) < t.aps.size() ? t.aps[size_t(step)] : std::nan("");
    m_lossMarker->replace({QPointF(step, loss)});
    m_apMarker->replace({QPointF(step, ap)});
    m_topModel->setStep(step);
    m_topHeading->setText(tr("Top ten at step %1 · AP %2 (at the start %3)")
                              .arg(step)
                              .arg(number(ap), number(t.aps.empty() ? std::nan("") : t.aps.front())));
    m_stepLabel->setText(tr("Step %1 of %2 · loss %3 · AP %4").arg(step).arg(t.steps()).arg(loss, 0, 'f', 4).arg(number(ap)));
    if (m_script) {
        const LessonScript::Caption caption = m_script->caption(step);
        m_caption->setText(QStringLiteral("<b>%1</b><br>%2").arg(caption.title.toHtmlEscaped(), caption.text.toHtmlEscaped()));
    }
    m_slider->blockSignals(true);
    m_slider->setValue(step);
    m_slider->blockSignals(false);
    Q_EMIT stepChanged(step);
}

QStringList TrajectoryWidget::projectionLabels() const
{
    if (!m_projectionLabels)
        return {};
    m_projectionLabels->relayout();
    return m_projectionLabels->shownTexts();
}

QStringList TrajectoryWidget::distributionLabels() const
{
    if (!m_distributionLabels)
        return {};
    m_distributionLabels->relayout();
    return m_distributionLabels->shownTexts();
}

QString TrajectoryWidget::documentToolTip(int index) const
{
    const Trajectory& t = m_trajectory;
    if (index < 0 || index >= t.documents.size())
        return {};
    const TrajectoryDocument& d = t.documents[index];
    QString text = DisplayText::titled(d.title, d.text);
    if (text.size() > 240)
        text = text.left(239) + QStringLiteral("…");
    const double r = size_t(m_step) < t.model.size() ? t.model[size_t(m_step)][size_t(index)] : std::nan("");
    return tr("#%1 · %2 · %3\njudge score %4 · p %5 · r now %6\n%7")
        .arg(d.rankBefore)
        .arg(d.extId, d.grade > 0 ? tr("relevant (grade %1)").arg(d.grade) : tr("not relevant"))
        .arg(number(d.score, 2), number(t.target[size_t(index)]), number(r), text);
}

void TrajectoryWidget::showDocumentTip(int index)
{
    QToolTip::showText(QCursor::pos(), documentToolTip(index), this);
}

void TrajectoryWidget::play()
{
    if (m_trajectory.steps() <= 0)
        return;
    if (m_step >= m_trajectory.steps())
        setStep(0); // play again from the start
    m_timer->start();
    m_playButton->setText(tr("Pause"));
}

void TrajectoryWidget::pause()
{
    m_timer->stop();
    m_playButton->setText(tr("Play"));
}

bool TrajectoryWidget::isPlaying() const
{
    return m_timer->isActive();
}

void TrajectoryWidget::setSpeed(double stepsPerSecond)
{
    m_timer->setInterval(std::max(10, int(std::lround(1000.0 / std::max(0.1, stepsPerSecond)))));
}

void TrajectoryWidget::advance()
{
    if (m_step >= m_trajectory.steps()) {
        pause();
        return;
    }
    setStep(m_step + 1);
}

} // namespace tare
