// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasets.h"

namespace tare {

namespace {

/// One row of the preset table; sourceFormat is translated when the table is read.
struct PresetRow
{
    const char* key;
    const char* displayName;
    const char* instruction;
    TaskType taskType;
    PoolRule pool;
    DocumentJoin documentJoin;
    qint64 corpusLimit;
    const char* reference;
    const char* sourceFormat;
};

// Instructions and task types word for word from instruction_templates.yaml of the paper's code
// (IBM/task-aware-embedding-refinement); pool, join and cap from its dataset_loaders.py.
constexpr PresetRow s_presets[] = {
    {"argkp21", "ArgKP-21", "Given an argument, identify utterances from debates that convey this argument.",
     TaskType::Classification, PoolRule::Judged, DocumentJoin::TextOnly, 0,
     "Friedman et al., 2021 (KPA 2021 shared task, IBM/KPA_2021_shared_task)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "the kpm_data folder: arguments_, key_points_ and labels_<split>.csv")},
    {"banking77", "Banking77", "Given an intent category, identify utterances that express this intent.",
     TaskType::Classification, PoolRule::Corpus, DocumentJoin::TextOnly, 0,
     "Casanueva et al., 2020 (PolyAI-LDN/task-specific-datasets; mteb/banking77)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "train.csv and test.csv (text,category), or JSON lines with text and label_text")},
    {"clinc150", "CLINC150", "Given an intent description, identify utterances that express this intent.",
     TaskType::Classification, PoolRule::Corpus, DocumentJoin::TextOnly, 0, "Larson et al., 2019 (clinc/oos-eval)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "data_full.json and an intent description table (intent_name,intent_description)")},
    {"nfcorpus", "NFCorpus", "Given a question, retrieve relevant documents that best answer the question.", TaskType::Search,
     PoolRule::Corpus, DocumentJoin::TitleSpace, 0, "Boteva et al., 2016 (BEIR)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "a BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv")},
    {"followir", "FollowIR", "Retrieve text based on a fine-grained user query.", TaskType::Search, PoolRule::Judged,
     DocumentJoin::TitleNewline, 0, "Weller et al., 2025 (MTEB Core17/Robust04/News21InstructionRetrieval)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "one folder per task in the MTEB layout as JSON lines: corpus, queries, "
                                              "instruction, qrels")},
    {"realscholarquery", "RealScholarQuery",
     "Given a fine-grained scientific inquiry, retrieve academic publications that strictly align with the specified "
     "research topic, methodology, and constraints.",
     TaskType::Search, PoolRule::Corpus, DocumentJoin::TextOnly, 25000, "He et al., 2025 (PaSa; CarlanLark/pasa-dataset)",
     QT_TRANSLATE_NOOP("tare::PaperDatasets", "the pasa-dataset folder: RealScholarQuery/test.jsonl, paper_database/"
                                              "id2paper.json and the papers of cs_paper_2nd.zip (unzipped)")},
};

QList<PaperDatasetPreset> makePresets()
{
    QList<PaperDatasetPreset> presets;
    for (const PresetRow& row : s_presets) {
        PaperDatasetPreset preset;
        preset.key = QString::fromUtf8(row.key);
        preset.displayName = QString::fromUtf8(row.displayName);
        preset.instruction = QString::fromUtf8(row.instruction);
        preset.taskType = row.taskType;
        preset.pool = row.pool;
        preset.documentJoin = row.documentJoin;
        preset.corpusLimit = row.corpusLimit;
        preset.reference = QString::fromUtf8(row.reference);
        preset.sourceFormat = PaperDatasets::tr(row.sourceFormat);
        presets.append(preset);
    }
    return presets;
}

} // namespace

DatasetTask PaperDatasetPreset::task() const
{
    return DatasetTask{instruction, taskType, documentJoin};
}

ImportOptions PaperDatasetPreset::importOptions() const
{
    return {.datasetName = key, .pool = pool, .instruction = instruction, .taskType = taskType, .documentJoin = documentJoin,
            .sink = {}};
}

const QList<PaperDatasetPreset>& PaperDatasets::all()
{
    static const QList<PaperDatasetPreset> presets = makePresets();
    return presets;
}

std::optional<PaperDatasetPreset> PaperDatasets::find(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"kpm" || key == u"argkp")
        key = QStringLiteral("argkp21");
    if (key == u"clinc" || key == u"oos")
        key = QStringLiteral("clinc150");
    if (key == u"rsq" || key == u"pasa")
        key = QStringLiteral("realscholarquery");
    for (const PaperDatasetPreset& preset : all()) {
        if (preset.key == key)
            return preset;
    }
    return std::nullopt;
}

QStringList PaperDatasets::keys()
{
    QStringList keys;
    for (const PaperDatasetPreset& preset : all())
        keys.append(preset.key);
    return keys;
}

} // namespace tare
