// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/judgechooserwidget.h"

#include "core/judge/judgefactory.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

namespace tare {

namespace {

constexpr int s_defaultSeed = 42; ///< SimulatedJudge's seed when the spec names none

const QString s_gold = QStringLiteral("gold");
const QString s_flip = QStringLiteral("simulated:flip");
const QString s_sigma = QStringLiteral("simulated:sigma");

/// The kind part of a spec: "simulated:flip=0.2,seed=3" -> "simulated:flip".
QString kindOf(const QString& spec)
{
    return spec.section(QLatin1Char('='), 0, 0).trimmed();
}

} // namespace

JudgeChooserWidget::JudgeChooserWidget(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_noiseLabel(new QLabel(this))
    , m_noise(new QDoubleSpinBox(this))
    , m_seedLabel(new QLabel(tr("S&eed:"), this))
    , m_seed(new QSpinBox(this))
{
    m_kind->addItem(tr("Gold labels"), s_gold);
    m_kind->addItem(tr("Simulated: flipped labels"), s_flip);
    m_kind->addItem(tr("Simulated: Gaussian noise"), s_sigma);
    m_kind->addItem(tr("LLM yes/no"), QStringLiteral("llm-yesno"));
    m_kind->addItem(tr("LLM rating 0–100"), QStringLiteral("llm-rating"));
    m_kind->addItem(tr("Reranker (TEI)"), QStringLiteral("rerank"));
    m_kind->addItem(tr("Reranker (Cohere-compatible)"), QStringLiteral("rerank-cohere"));
    m_kind->setItemData(0, tr("The dataset's gold labels: the upper bound of what a judge can give."), Qt::ToolTipRole);
    m_kind->setItemData(1, tr("Gold labels with a share of them flipped at random (seeded): how feedback errors matter."),
                        Qt::ToolTipRole);
    m_kind->setItemData(2, tr("Gold labels plus Gaussian noise of standard deviation σ (seeded)."), Qt::ToolTipRole);
    m_kind->setToolTip(tr("Who judges the selected documents: the gold labels, a simulated judge, or a model over HTTP "
                          "(endpoint and model in Settings, Ctrl+,)."));
    m_kind->setAccessibleName(tr("Judge"));
    m_kind->setObjectName(QStringLiteral("judgeKind"));
    m_noise->setObjectName(QStringLiteral("judgeNoise"));
    m_seed->setObjectName(QStringLiteral("judgeSeed"));
    m_noise->setDecimals(3);
    m_noise->setSingleStep(0.05);
    m_noise->setAccessibleName(tr("Judge noise"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(s_defaultSeed);
    m_seed->setToolTip(tr("The simulated judge's random seed: another seed flips other labels."));
    m_seed->setAccessibleName(tr("Judge seed"));
    m_noiseLabel->setBuddy(m_noise);
    m_seedLabel->setBuddy(m_seed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_noiseLabel);
    layout->addWidget(m_noise);
    layout->addWidget(m_seedLabel);
    layout->addWidget(m_seed);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &JudgeChooserWidget::kindChanged);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &JudgeChooserWidget::changed);
    connect(m_seed, &QSpinBox::valueChanged, this, &JudgeChooserWidget::changed);
    setEndpoint({}, {});
    kindChanged();
}

void JudgeChooserWidget::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool flip = kind == s_flip;
    const bool simulated = flip || kind == s_sigma;
    for (QWidget* widget : {static_cast<QWidget*>(m_noiseLabel), static_cast<QWidget*>(m_noise),
                            static_cast<QWidget*>(m_seedLabel), static_cast<QWidget*>(m_seed)})
        widget->setVisible(simulated);
    if (simulated) {
        const QSignalBlocker blocker(m_noise);
        m_noiseLabel->setText(flip ? tr("&Flip rate:") : tr("&σ:"));
        m_noise->setToolTip(flip ? tr("Share of the judged labels flipped (0 to 1).")
                                 : tr("Standard deviation of the noise added to each gold score."));
        m_noise->setRange(flip ? 0.0 : 0.001, flip ? 1.0 : 10.0);
        if (m_noise->property("kind").toString() != kind)
            m_noise->setValue(flip ? 0.2 : 0.1);
        m_noise->setProperty("kind", kind);
    }
    Q_EMIT changed();
}

QString JudgeChooserWidget::spec() const
{
    const QString kind = m_kind->currentData().toString();
    if (kind != s_flip && kind != s_sigma)
        return kind;
    QString spec = QStringLiteral("%1=%2").arg(kind, QString::number(m_noise->value()));
    if (m_seed->value() != s_defaultSeed)
        spec += QStringLiteral(",seed=%1").arg(m_seed->value());
    return spec;
}

int JudgeChooserWidget::rowOfKind(const QString& kind) const
{
    return m_kind->findData(kind);
}

bool JudgeChooserWidget::isAvailable(const QString& spec) const
{
    const int row = rowOfKind(kindOf(spec));
    if (row < 0)
        return false;
    const auto* items = qobject_cast<const QStandardItemModel*>(m_kind->model());
    return !items || items->item(row)->isEnabled();
}

bool JudgeChooserWidget::setSpec(const QString& spec)
{
    const QString kind = kindOf(spec);
    if (!isAvailable(spec))
        return false;
    double noise = kind == s_flip ? 0.2 : 0.1;
    int seed = s_defaultSeed;
    if (kind == s_flip || kind == s_sigma) {
        const QStringList parts = spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = part.section(QLatin1Char('='), 1).trimmed();
            bool ok = false;
            if (key == u"seed")
                seed = value.toInt(&ok);
            else
                noise = value.toDouble(&ok);
            if (!ok)
                return false;
        }
    }
    m_kind->setCurrentIndex(rowOfKind(kind));
    m_noise->setValue(noise);
    m_seed->setValue(seed);
    return true;
}

void JudgeChooserWidget::setEndpoint(const QString& endpoint, const QString& model)
{
    m_endpoint = endpoint.trimmed();
    m_model = model.trimmed();
    auto* items = qobject_cast<QStandardItemModel*>(m_kind->model());
    for (int row = 0; row < m_kind->count(); ++row) {
        const QString spec = m_kind->itemData(row).toString();
        if (!JudgeFactory::isRemote(spec))
            continue;
        const bool needsModel = spec != u"rerank"; // TEI serves one model and takes none
        QString missing;
        if (m_endpoint.isEmpty() && needsModel && m_model.isEmpty())
            missing = tr("Needs an endpoint and a judge model: set them in Settings (Ctrl+,).");
        else if (m_endpoint.isEmpty())
            missing = tr("Needs an endpoint: set it in Settings (Ctrl+,).");
        else if (needsModel && m_model.isEmpty())
            missing = tr("Needs a judge model: set it in Settings (Ctrl+,).");
        if (items)
            items->item(row)->setEnabled(missing.isEmpty());
        const QString served = needsModel ? tr("Judged by %1 at %2.").arg(m_model, m_endpoint)
                                          : tr("Judged by the reranker at %1.").arg(m_endpoint);
        m_kind->setItemData(row, missing.isEmpty() ? served : missing, Qt::ToolTipRole);
    }
    if (!isAvailable(m_kind->currentData().toString()))
        m_kind->setCurrentIndex(0);
    Q_EMIT changed();
}

QString JudgeChooserWidget::endpointForSpec() const
{
    return JudgeFactory::isRemote(spec()) ? m_endpoint : QString();
}

QString JudgeChooserWidget::modelForSpec() const
{
    return JudgeFactory::isRemote(spec()) ? m_model : QString();
}

} // namespace tare
