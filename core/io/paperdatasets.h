// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/io/importtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tare {

/// One of the six datasets of the paper with the settings its code uses for it: the task
/// instruction and task type of `instruction_templates.yaml`, the candidate pool and the way
/// title and text are joined of `dataset_loaders.py` (both in IBM/task-aware-embedding-refinement),
/// and the corpus cap of that loader (0: none).
struct PaperDatasetPreset
{
    QString key;         ///< as the command line names it: argkp21, banking77, clinc150, nfcorpus, followir, realscholarquery
    QString displayName; ///< as the paper names it
    QString instruction;
    TaskType taskType = TaskType::Search;
    PoolRule pool = PoolRule::Corpus;
    DocumentJoin documentJoin = DocumentJoin::TitleSpace;
    qint64 corpusLimit = 0; ///< the loader's cap on the corpus (RealScholarQuery: 25,000); 0: the whole corpus
    QString reference;      ///< where the data comes from (publication)
    QString sourceFormat;   ///< what the converter reads, for help texts

    /// What the dataset asks of judges and embedders in the paper's code: its instruction, task
    /// type and document text.
    DatasetTask task() const;
    /// The options the paper's code imports the dataset with: named by its key, with its
    /// instruction, task type, pool and document text (the rest as ImportOptions has them).
    ImportOptions importOptions() const;
};

/// The presets of the paper's six datasets (`--paper-dataset NAME`). Pure data; usable from any thread.
class PaperDatasets
{
    Q_DECLARE_TR_FUNCTIONS(tare::PaperDatasets)

public:
    static const QList<PaperDatasetPreset>& all();
    /// The preset of a key, case-insensitive; also the paper's spellings (ArgKP-21, KPM, Clinc150, ...).
    static std::optional<PaperDatasetPreset> find(const QString& name);
    /// The keys, for messages: "argkp21, banking77, ...".
    static QStringList keys();
};

} // namespace tare
