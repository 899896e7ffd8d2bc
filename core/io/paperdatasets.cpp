// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/paperdatasets.h"

namespace tare {

namespace {

QList<PaperDatasetPreset> makePresets()
{
    // Instructions and task types word for word from instruction_templates.yaml of the paper's code
    // (IBM/task-aware-embedding-refinement); pool, join and cap from its dataset_loaders.py.
    QList<PaperDatasetPreset> presets;
    PaperDatasetPreset preset;

    preset = {};
    preset.key = QStringLiteral("argkp21");
    preset.displayName = QStringLiteral("ArgKP-21");
    preset.instruction = QStringLiteral("Given an argument, identify utterances from debates that convey this argument.");
    preset.taskType = TaskType::Classification;
    preset.pool = PoolRule::Judged;
    preset.documentJoin = DocumentJoin::TextOnly;
    preset.reference = QStringLiteral("Friedman et al., 2021 (KPA 2021 shared task, IBM/KPA_2021_shared_task)");
    preset.sourceFormat = PaperDatasets::tr("the kpm_data folder: arguments_, key_points_ and labels_<split>.csv");
    presets.append(preset);

    preset = {};
    preset.key = QStringLiteral("banking77");
    preset.displayName = QStringLiteral("Banking77");
    preset.instruction = QStringLiteral("Given an intent category, identify utterances that express this intent.");
    preset.taskType = TaskType::Classification;
    preset.documentJoin = DocumentJoin::TextOnly;
    preset.reference = QStringLiteral("Casanueva et al., 2020 (PolyAI-LDN/task-specific-datasets; mteb/banking77)");
    preset.sourceFormat = PaperDatasets::tr("train.csv and test.csv (text,category), or JSON lines with text and label_text");
    presets.append(preset);

    preset = {};
    preset.key = QStringLiteral("clinc150");
    preset.displayName = QStringLiteral("CLINC150");
    preset.instruction = QStringLiteral("Given an intent description, identify utterances that express this intent.");
    preset.taskType = TaskType::Classification;
    preset.documentJoin = DocumentJoin::TextOnly;
    preset.reference = QStringLiteral("Larson et al., 2019 (clinc/oos-eval)");
    preset.sourceFormat = PaperDatasets::tr("data_full.json and an intent description table (intent_name,intent_description)");
    presets.append(preset);

    preset = {};
    preset.key = QStringLiteral("nfcorpus");
    preset.displayName = QStringLiteral("NFCorpus");
    preset.instruction = QStringLiteral("Given a question, retrieve relevant documents that best answer the question.");
    preset.taskType = TaskType::Search;
    preset.documentJoin = DocumentJoin::TitleSpace;
    preset.reference = QStringLiteral("Boteva et al., 2016 (BEIR)");
    preset.sourceFormat = PaperDatasets::tr("a BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv");
    presets.append(preset);

    preset = {};
    preset.key = QStringLiteral("followir");
    preset.displayName = QStringLiteral("FollowIR");
    preset.instruction = QStringLiteral("Retrieve text based on a fine-grained user query.");
    preset.taskType = TaskType::Search;
    preset.pool = PoolRule::Judged;
    preset.documentJoin = DocumentJoin::TitleNewline;
    preset.reference = QStringLiteral("Weller et al., 2025 (MTEB Core17/Robust04/News21InstructionRetrieval)");
    preset.sourceFormat = PaperDatasets::tr("one folder per task in the MTEB layout as JSON lines: corpus, queries, "
                                            "instruction, qrels");
    presets.append(preset);

    preset = {};
    preset.key = QStringLiteral("realscholarquery");
    preset.displayName = QStringLiteral("RealScholarQuery");
    preset.instruction = QStringLiteral("Given a fine-grained scientific inquiry, retrieve academic publications that "
                                        "strictly align with the specified research topic, methodology, and constraints.");
    preset.taskType = TaskType::Search;
    preset.documentJoin = DocumentJoin::TextOnly;
    preset.corpusLimit = 25000;
    preset.reference = QStringLiteral("He et al., 2025 (PaSa; CarlanLark/pasa-dataset)");
    preset.sourceFormat = PaperDatasets::tr("the pasa-dataset folder: RealScholarQuery/test.jsonl, paper_database/"
                                            "id2paper.json and the papers of cs_paper_2nd.zip (unzipped)");
    presets.append(preset);
    return presets;
}

} // namespace

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
