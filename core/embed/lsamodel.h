// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/embed/tfidfvectorizer.h"
#include "core/util/eigentypes.h"
#include "core/util/progress.h"

#include <Eigen/Core>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tare {

/// Settings of LsaModel::fit.
struct LsaParams
{
    /// Requested embedding dimension; the model uses min(dim, vocabulary size, documents).
    int dim = 256;
    /// Seed of the randomized SVD.
    quint64 seed = 42;
    /// Remove English stop words before weighting.
    bool stopWords = true;
    int oversampling = 10;
    int powerIterations = 4;
    /// A term must occur in at least this many documents.
    int minDf = 1;
    /// Keep at most this many terms (the most frequent by document frequency); 0 keeps all.
    int maxFeatures = 0;
    /// Shorter tokens (in code points) are ignored.
    int minTokenLength = 1;
};

/// One vocabulary term and its weight in a back-projected vector (see LsaModel::explain).
struct TermWeight
{
    QString term;
    float weight = 0.0f;
};

/// The built-in embedder: latent semantic analysis. fit() weights the corpus with sublinear
/// TF-IDF (TfidfVectorizer), takes a randomized truncated SVD of the documents × terms matrix
/// (RandomizedSvd) and keeps its term vectors V_k as a projection; a text is embedded as the
/// L2-normalised product tfidf(text) · V_k. Deterministic for a seed. A model is a value:
/// immutable once fitted or deserialised, so embed(), embedDocuments() and explain() may run on
/// several threads at once; fitting runs on whichever thread calls fit().
class LsaModel
{
public:
    /// An empty model (isEmpty()); embedding with it throws TareError(Usage).
    LsaModel();

    /// Fits a model on |documents| (one text each; title and body already joined). Polls
    /// `sink.cancelled` between stages (TareError(Cancelled)) and reports progress in stages.
    /// Throws TareError(Usage) for invalid params and TareError(Input) when the documents
    /// contain no term that survives stop words, min_df and the length limit.
    static LsaModel fit(const QStringList& documents, const LsaParams& params = {}, const ProgressSink& sink = {});

    /// The unit-length embedding of |text| (length dim()). A text without any vocabulary term
    /// has no direction: the result is then the zero vector, whose cosine with anything is 0.
    Eigen::VectorXf embed(const QString& text) const;

    /// The embeddings of |texts|, one row each (texts.size() × dim()), computed as one
    /// sparse × dense product; row i equals embed(texts[i]).
    RowMatrixXf embedDocuments(const QStringList& texts) const;

    /// Which words |vector| (length dim(), e.g. an embedding or a refined query) stands for:
    /// the back-projection V_k · vector onto the vocabulary, as up to |count| terms with the
    /// largest positive weights (descending) followed by up to |count| terms with the most
    /// negative weights (ascending, i.e. most negative first). Ties keep vocabulary order.
    /// Throws TareError(Usage) when the length differs from dim().
    QList<TermWeight> explain(const Eigen::VectorXf& vector, int count) const;

    /// A versioned binary image of the model, big-endian (format version 1):
    /// "TARELSA\0"; quint32 version; qint32 requested dim; quint64 seed; quint8 stop words;
    /// qint32 oversampling, power iterations, min_df, max_features, min token length;
    /// qint64 documents; qint32 terms T; qint32 dim d; T × (quint32 length, UTF-8 term);
    /// T float idf; d float σ; T × d float V_k (row-major); quint64 FNV-1a of all before it.
    /// Throws TareError(Usage) for an empty model.
    QByteArray serialize() const;
    /// Reads serialize()'s output. Throws TareError(Input) for anything else: wrong magic or
    /// version, truncation, a checksum mismatch, inconsistent sizes (checked before allocating)
    /// or non-finite numbers.
    static LsaModel deserialize(const QByteArray& data);

    bool isEmpty() const { return m_projection.cols() == 0; }
    /// The effective dimension: min(requested dim, vocabulary size, fitted documents).
    int dim() const { return int(m_projection.cols()); }
    /// The parameters the model was fitted with (params().dim is the requested dimension).
    const LsaParams& params() const { return m_params; }
    /// Number of documents the model was fitted on.
    qint64 documentCount() const { return m_documentCount; }
    const QStringList& vocabulary() const { return m_vectorizer.vocabulary(); }
    const Eigen::VectorXf& idf() const { return m_vectorizer.idf(); }
    /// σ₁ ≥ … ≥ σ_dim of the fitted tf-idf matrix.
    const Eigen::VectorXf& singularValues() const { return m_singularValues; }
    /// V_k: one row per vocabulary term, dim() columns.
    const RowMatrixXf& projection() const { return m_projection; }
    const TfidfVectorizer& vectorizer() const { return m_vectorizer; }

private:
    static TfidfParams tfidfParams(const LsaParams& params);
    void checkFitted() const;

    LsaParams m_params;
    qint64 m_documentCount = 0;
    TfidfVectorizer m_vectorizer;
    Eigen::VectorXf m_singularValues;
    RowMatrixXf m_projection;
};

} // namespace tare
