// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tare {

/// Chooses a judge the way runs and experiments name it (JudgeFactory specs): gold labels; a
/// simulated judge with label flips or Gaussian noise, its rate or σ and its seed; and the HTTP
/// judges — LLM yes/no, LLM rating 0–100, reranker in the TEI shape and in the Cohere shape.
/// The HTTP judges are always listed and enabled once Settings name what they need (the LLM
/// judges and the Cohere-shape reranker an endpoint and a model, TEI's reranker an endpoint); a
/// disabled one's tooltip says what is missing, and a chosen judge that becomes unavailable
/// falls back to gold labels. GUI thread.
class JudgeChooserWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JudgeChooserWidget(QWidget* parent = nullptr);

    /// The chosen judge as a spec: "gold", "simulated:flip=0.2" (",seed=N" when not the default
    /// 42), "simulated:sigma=0.1", "llm-yesno", "llm-rating", "rerank", "rerank-cohere".
    QString spec() const;
    /// Chooses the judge of a spec (with its rate and seed); false when it is unknown or not
    /// available now.
    bool setSpec(const QString& spec);
    /// Whether the judge kind of `spec` ("gold", "simulated:flip", "llm-yesno", …) is offered enabled.
    bool isAvailable(const QString& spec) const;
    /// Where the HTTP judges are served (from Settings).
    void setEndpoint(const QString& endpoint, const QString& model);
    QString endpoint() const { return m_endpoint; }
    QString model() const { return m_model; }
    /// The endpoint and model for the chosen judge: empty for offline judges (they are part of a
    /// run's definition, and an offline run does not depend on them).
    QString endpointForSpec() const;
    QString modelForSpec() const;

    QComboBox* kindBox() const { return m_kind; }
    QDoubleSpinBox* noiseBox() const { return m_noise; }
    QSpinBox* seedBox() const { return m_seed; }

Q_SIGNALS:
    void changed();

private:
    void kindChanged();
    int rowOfKind(const QString& kind) const;

    QString m_endpoint;
    QString m_model;
    QComboBox* m_kind;
    QLabel* m_noiseLabel;
    QDoubleSpinBox* m_noise;
    QLabel* m_seedLabel;
    QSpinBox* m_seed;
};

} // namespace tare
