// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/trajectorywidget.h"

#include "widgets/chartsupport.h"
#include "widgets/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QColorAxis>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTimer>
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

} // namespace

using ChartSupport::makeChart;

TrajectoryWidget::TrajectoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_replays(this)
    , m_heading(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_projection(makeChart(tr("Judged documents and the query's path (PCA)")))
    , m_distribution(makeChart(tr("Target p and current r over the judged documents")))
    , m_loss(makeChart(tr("Loss")))
    , m_playButton(new QPushButton(tr("Play"), this))
    , m_backButton(new QPushButton(tr("◀ Step"), this))
    , m_forwardButton(new QPushButton(tr("Step ▶"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_speed(new QComboBox(this))
    , m_zoom(new QCheckBox(tr("Zoom to the query's path"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trajectoryPage"));
    m_playButton->setObjectName(QStringLiteral("trajectoryPlay"));
    m_backButton->setObjectName(QStringLiteral("trajectoryBack"));
    m_backButton->setAccessibleName(tr("One step back"));
    m_forwardButton->setObjectName(QStringLiteral("trajectoryForward"));
    m_forwardButton->setAccessibleName(tr("One step forward"));
    m_slider->setObjectName(QStringLiteral("trajectoryStep"));
    m_slider->setAccessibleName(tr("Refinement step"));
    m_speed->setObjectName(QStringLiteral("trajectorySpeed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_zoom->setObjectName(QStringLiteral("trajectoryZoom"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_stepLabel->setMinimumWidth(220);
    m_playButton->setShortcut(Qt::Key_Space);
    m_playButton->setToolTip(tr("Play or pause the refinement (Space)."));
    m_backButton->setToolTip(tr("One step back."));
    m_forwardButton->setToolTip(tr("One step forward."));
    m_slider->setToolTip(tr("The refinement step shown: 0 is the original query."));
    for (double speed : {1.0, 2.0, 5.0, 10.0, 25.0})
        m_speed->addItem(tr("%1 steps/s").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed."));
    m_timer->setInterval(200); // the default 5 steps/s: 100 steps in 20 s, a pace a class can follow
    m_projection->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // circles and squares: gold classes
    m_zoom->setToolTip(tr("Show only the region the query moves through; documents outside it are off the chart."));

    auto* projectionView = new ChartView(m_projection, this);
    auto* distributionView = new ChartView(m_distribution, this);
    auto* lossView = new ChartView(m_loss, this);
    for (ChartView* view : {projectionView, distributionView, lossView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 200);
    }
    auto* charts = new QGridLayout;
    charts->addWidget(projectionView, 0, 0, 2, 1);
    charts->addWidget(distributionView, 0, 1);
    charts->addWidget(lossView, 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_stepLabel);
    controls->addWidget(m_speed);
    controls->addWidget(m_zoom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(charts, 1);
    layout->addLayout(controls);

    connect(m_playButton, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_backButton, &QPushButton::clicked, this, [this] { pause(); setStep(m_step - 1); });
    connect(m_forwardButton, &QPushButton::clicked, this, [this] { pause(); setStep(m_step + 1); });
    connect(m_slider, &QSlider::valueChanged, this, &TrajectoryWidget::setStep);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { setSpeed(m_speed->currentData().toDouble()); });
    connect(m_timer, &QTimer::timeout, this, &TrajectoryWidget::advance);
    connect(m_zoom, &QCheckBox::toggled, this, &TrajectoryWidget::setZoomedToPath);
    clear();
}

void TrajectoryWidget::clear()
{
    m_replays.abandon(); // a replay in flight is for the previous project: dropped
    showMessage(tr("Select a query in the run dashboard's table to watch its refinement."));
}

void TrajectoryWidget::clearCharts()
{
    for (QChart* chart : {m_projection, m_distribution, m_loss})
        ChartSupport::clear(chart);
    m_path = nullptr;
    m_current = nullptr;
    m_lossMarker = nullptr;
    m_modelBars = nullptr;
    m_projectionX = nullptr;
    m_projectionY = nullptr;
}

void TrajectoryWidget::showMessage(const QString& message)
{
    pause();
    m_heading->setText(message);
    m_stepLabel->clear();
    m_trajectory = {};
    clearCharts();
    for (QWidget* control : std::initializer_list<QWidget*>{m_playButton, m_backButton, m_forwardButton, m_slider})
        control->setEnabled(false);
}

void TrajectoryWidget::inspect(const QString& projectPath, qint64 runId, qint64 queryId)
{
    pause();
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

void TrajectoryWidget::setTrajectory(const Trajectory& trajectory)
{
    pause();
    clearCharts();
    m_trajectory = trajectory;
    const Trajectory& t = m_trajectory;
    m_heading->setText(tr("Query %1: %2\nRun %3 · %4 · %n judged document(s) · %5 steps", nullptr, int(t.documents.size()))
                           .arg(t.queryExtId, t.queryText)
                           .arg(t.runId)
                           .arg(t.refiner)
                           .arg(t.steps()));

    // Projection: documents by gold class (shape), coloured by judge score; the path; start and now.
    double xLow = std::numeric_limits<double>::infinity(), xHigh = -xLow, yLow = xLow, yHigh = -xLow;
    const auto extend = [&](const QPointF& p) {
        xLow = std::min(xLow, p.x());
        xHigh = std::max(xHigh, p.x());
        yLow = std::min(yLow, p.y());
        yHigh = std::max(yHigh, p.y());
    };
    for (const TrajectoryDocument& d : t.documents)
        extend(d.position);
    for (const QPointF& p : t.path)
        extend(p);
    if (!std::isfinite(xLow))
        xLow = xHigh = yLow = yHigh = 0.0;
    QValueAxis* x = ChartSupport::addValueAxis(m_projection, Qt::AlignBottom,
                              tr("Principal component 1 (%1% of variance)").arg(t.explained[0] * 100.0, 0, 'f', 0), QStringLiteral("%.2f"));
    QValueAxis* y = ChartSupport::addValueAxis(m_projection, Qt::AlignLeft,
                              tr("Principal component 2 (%1% of variance)").arg(t.explained[1] * 100.0, 0, 'f', 0), QStringLiteral("%.2f"));
    const auto [x0, x1] = paddedRange(xLow, xHigh);
    const auto [y0, y1] = paddedRange(yLow, yHigh);
    m_allRange = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    m_projectionX = x;
    m_projectionY = y;
    // The path's box, at least a tenth of the whole picture so a short path is not a blur.
    double px0 = std::numeric_limits<double>::infinity(), px1 = -px0, py0 = px0, py1 = -px0;
    for (const QPointF& p : t.path) {
        px0 = std::min(px0, p.x());
        px1 = std::max(px1, p.x());
        py0 = std::min(py0, p.y());
        py1 = std::max(py1, p.y());
    }
    const QRectF path = t.path.isEmpty() ? QRectF() : QRectF(QPointF(px0, py0), QPointF(px1, py1));
    const double minimum = 0.04 * std::max(m_allRange.width(), m_allRange.height());
    const double side = std::max({path.width(), path.height(), minimum}) * 1.3;
    m_pathRange = QRectF(path.center().x() - side / 2, path.center().y() - side / 2, side, side);
    auto* scale = new QColorAxis;
    scale->setGradient(scoreGradient());
    scale->setRange(0.0, 1.0);
    scale->setTickCount(3);
    scale->setSize(12);
    scale->setTitleText(tr("Judge score"));
    m_projection->addAxis(scale, Qt::AlignRight);

    const struct
    {
        bool relevant;
        QString name;
        QScatterSeries::MarkerShape shape;
    } classes[] = {{true, tr("Relevant (gold)"), QScatterSeries::MarkerShapeCircle},
                   {false, tr("Not relevant (gold)"), QScatterSeries::MarkerShapeRectangle}};
    for (const auto& cls : classes) {
        auto* series = new QScatterSeries;
        series->setName(cls.name);
        series->setMarkerShape(cls.shape);
        series->setMarkerSize(13);
        series->setColor(QColor(0x99, 0x99, 0x99));
        series->setBorderColor(QColor(0x33, 0x33, 0x33));
        QList<QPointF> points;
        QList<double> scores;
        for (const TrajectoryDocument& d : t.documents) {
            if ((d.grade > 0) == cls.relevant) {
                points.append(d.position);
                scores.append(d.score);
            }
        }
        series->replace(points);
        for (qsizetype i = 0; i < scores.size(); ++i)
            series->setPointConfiguration(int(i), QXYSeries::PointConfiguration::Color, scoreColor(scores[i]));
        attach(m_projection, series, {x, y});
    }
    m_path = new QLineSeries;
    m_path->setName(tr("Query path"));
    QPen pathPen(QColor(0x20, 0x20, 0x20));
    pathPen.setWidthF(2.0);
    m_path->setPen(pathPen);
    attach(m_projection, m_path, {x, y});
    auto* start = new QScatterSeries;
    start->setName(tr("Query at start"));
    start->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    start->setMarkerSize(14);
    start->setColor(QColor(0xff, 0xff, 0xff));
    start->setBorderColor(QColor(0x20, 0x20, 0x20));
    if (!t.path.isEmpty())
        start->append(t.path.first());
    attach(m_projection, start, {x, y});
    m_current = new QScatterSeries;
    m_current->setName(tr("Query now"));
    m_current->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_current->setMarkerSize(20);
    m_current->setColor(QColor(0xff, 0xc0, 0x00));
    m_current->setBorderColor(QColor(0x20, 0x20, 0x20));
    attach(m_projection, m_current, {x, y});

    // p and r: one pair of bars per judged document (the judged set is small by design).
    QStringList categories;
    for (const TrajectoryDocument& d : t.documents)
        categories.append(QString::number(d.rankBefore)); // short labels: ranks, not ids
    auto* bars = new QBarSeries;
    auto* target = new QBarSet(tr("Target p (judge)"));
    target->setColor(QColor(0x99, 0x99, 0x99));
    for (double value : t.target)
        target->append(value);
    m_modelBars = new QBarSet(tr("Current r (query)"));
    m_modelBars->setColor(QColor(0x1f, 0x4e, 0x9a));
    for (size_t i = 0; i < t.target.size(); ++i)
        m_modelBars->append(t.model.empty() ? 0.0 : t.model.front()[i]);
    bars->append(target);
    bars->append(m_modelBars);
    bars->setBarWidth(0.85);
    auto* documentsAxis = new QBarCategoryAxis;
    documentsAxis->append(categories);
    documentsAxis->setTitleText(tr("Judged documents (by rank before refinement)"));
    documentsAxis->setLabelsVisible(categories.size() <= 12); // more would be elided to "…"
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

    // Loss over all states, with the current one marked.
    QValueAxis* stepAxis = ChartSupport::addValueAxis(m_loss, Qt::AlignBottom, tr("Step"), QStringLiteral("%d"));
    QValueAxis* lossAxis = ChartSupport::addValueAxis(m_loss, Qt::AlignLeft, tr("KL(p‖r) (nats)"), QStringLiteral("%.3g"));
    auto* lossSeries = new QLineSeries;
    lossSeries->setName(tr("Loss"));
    QList<QPointF> lossPoints;
    for (size_t i = 0; i < t.losses.size(); ++i)
        lossPoints.append(QPointF(double(i), t.losses[i]));
    lossSeries->replace(lossPoints);
    QPen lossPen(QColor(0xc0, 0x50, 0x20));
    lossPen.setWidthF(2.0);
    lossSeries->setPen(lossPen);
    attach(m_loss, lossSeries, {stepAxis, lossAxis});
    m_lossMarker = new QScatterSeries;
    m_lossMarker->setName(tr("Now"));
    m_lossMarker->setMarkerSize(10);
    m_lossMarker->setColor(QColor(0xff, 0xc0, 0x00));
    m_lossMarker->setBorderColor(QColor(0x20, 0x20, 0x20));
    attach(m_loss, m_lossMarker, {stepAxis, lossAxis});
    stepAxis->setRange(0, std::max(1, t.steps()));
    if (!t.losses.empty()) {
        const auto [low, high] = std::minmax_element(t.losses.begin(), t.losses.end());
        const auto [l0, l1] = paddedRange(*low, *high);
        lossAxis->setRange(std::max(0.0, l0), l1);
        lossAxis->applyNiceNumbers();
    }
    m_loss->legend()->hide();

    m_slider->blockSignals(true);
    m_slider->setRange(0, std::max(0, t.steps()));
    m_slider->blockSignals(false);
    for (QWidget* control : std::initializer_list<QWidget*>{m_playButton, m_backButton, m_forwardButton, m_slider})
        control->setEnabled(t.steps() > 0);
    setZoomedToPath(m_zoom->isChecked());
    m_step = -1;
    setStep(0);
    Q_EMIT trajectoryShown(t.runId, t.queryId);
}

void TrajectoryWidget::setStep(int step)
{
    if (m_trajectory.path.isEmpty() || !m_path)
        return;
    step = std::clamp(step, 0, m_trajectory.steps());
    if (step == m_step)
        return;
    m_step = step;
    const Trajectory& t = m_trajectory;
    m_path->replace(t.path.mid(0, step + 1));
    m_current->replace({t.path[step]});
    if (size_t(step) < t.model.size()) {
        // Two notifications per step instead of one per bar: each makes the chart lay out again.
        const std::vector<double>& r = t.model[size_t(step)];
        m_modelBars->remove(0, m_modelBars->count());
        m_modelBars->append(QList<qreal>(r.begin(), r.end()));
    }
    const double loss = size_t(step) < t.losses.size() ? t.losses[size_t(step)] : 0.0;
    m_lossMarker->replace({QPointF(step, loss)});
    m_stepLabel->setText(tr("Step %1 of %2 · loss %3").arg(step).arg(t.steps()).arg(loss, 0, 'f', 4));
    m_slider->blockSignals(true);
    m_slider->setValue(step);
    m_slider->blockSignals(false);
    Q_EMIT stepChanged(step);
}

void TrajectoryWidget::setZoomedToPath(bool zoomed)
{
    if (m_zoom->isChecked() != zoomed)
        m_zoom->setChecked(zoomed); // comes back here through toggled()
    if (!m_projectionX)
        return;
    const QRectF range = zoomed ? m_pathRange : m_allRange;
    m_projectionX->setRange(range.left(), range.right());
    m_projectionY->setRange(range.top(), range.bottom());
    m_projectionX->setLabelFormat(zoomed ? QStringLiteral("%.3f") : QStringLiteral("%.2f"));
    m_projectionY->setLabelFormat(zoomed ? QStringLiteral("%.3f") : QStringLiteral("%.2f"));
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
