// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tare {

/// Converts the paper's six datasets from their public release formats into BEIR folders built
/// the way the paper's loaders (`dataset_loaders.py` of IBM/task-aware-embedding-refinement) build
/// them, so `tare-cli import beir DIR --paper-dataset NAME` then holds what the paper ran on:
/// - argkp21: the kpm_data folder (arguments_, key_points_, labels_<split>.csv; splits dev and
///   train): key points are queries, each with only its labelled arguments (1 and 0) as pool;
/// - banking77: train.csv and test.csv (text,category) or JSON lines (text, label_text): every
///   distinct text a document, every intent a query ("_" read as " ");
/// - clinc150: data_full.json (section "train") and the intent description table
///   (intent_name,intent_description): every description a query, "oos" left out;
/// - nfcorpus: a BEIR folder; only queries with qrels rows (as BEIR's loader reads it);
/// - followir: one folder per task (Core17, Robust04, News21) in the MTEB layout as JSON lines
///   (corpus, queries, instruction, qrels): queries keep their instruction, the pool is the judged
///   documents, documents no query judged are left out;
/// - realscholarquery: the pasa-dataset folder (RealScholarQuery/test.jsonl,
///   paper_database/id2paper.json and the unzipped papers): abstracts as documents.
/// The corpus cap (`corpusLimit`, the paper's 25,000 for RealScholarQuery) keeps every relevant
/// document and fills up with a seeded sample of the others, bit for bit as the paper's Python
/// does. Bad input is a TareError naming file, line and reason; nothing is written then. Runs on
/// the caller's thread.
class PaperDatasetConverter
{
    Q_DECLARE_TR_FUNCTIONS(tare::PaperDatasetConverter)

public:
    struct Options
    {
        QStringList inputs;       ///< files or folders, as the dataset needs (see the class comment)
        QString descriptionsPath; ///< CLINC150: the intent description table
        QStringList splits;       ///< ArgKP-21: dev,train; CLINC150: the data_full.json section (train); NFCorpus: test
        qint64 corpusLimit = -1;  ///< -1: the paper's cap for the dataset; 0: keep the whole corpus
        qint64 seed = 42;         ///< the sample's seed (the paper's 42)
        ProgressSink sink;
    };

    struct Report
    {
        qint64 documents = 0;
        qint64 queries = 0;
        qint64 labels = 0;
        qint64 positiveLabels = 0;
        qint64 sampledOut = 0; ///< documents the corpus cap left out
        QStringList notes;     ///< what was left out and why (e.g. qrels rows naming no document)
    };

    /// Reads the inputs of `datasetKey` (a PaperDatasets key) and writes corpus.jsonl,
    /// queries.jsonl and qrels/test.tsv into `outputFolder` (created when missing).
    static Report convert(const QString& datasetKey, const Options& options, const QString& outputFolder);
};

} // namespace tare
