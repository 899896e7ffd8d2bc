// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/datasetpropertiesdialog.h"

#include "core/io/paperdatasets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tare {

namespace {

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    // One line each (a word-wrapped label in a form row gets a one-line height and is clipped).
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(text);
    return label;
}

} // namespace

DatasetPropertiesDialog::DatasetPropertiesDialog(const DatasetInfo& dataset, QWidget* parent)
    : QDialog(parent)
    , m_original(dataset.task())
    , m_preset(new QComboBox(this))
    , m_taskType(new QComboBox(this))
    , m_documentJoin(new QComboBox(this))
    , m_instruction(new QPlainTextEdit(this))
    , m_taskSentence(new QLabel(this))
    , m_changeNote(new QLabel(this))
{
    setWindowTitle(tr("Dataset properties: %1").arg(dataset.name));
    setAccessibleName(tr("Dataset properties"));
    const QLocale locale;

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Name:"), valueLabel(dataset.name, this));
    form->addRow(tr("Source:"), valueLabel(dataset.source.isEmpty() ? tr("(not recorded)") : dataset.source, this));
    form->addRow(tr("Contents:"),
                 valueLabel(tr("%1 documents, %2 queries, %3 labels (%4 relevant)")
                                .arg(locale.toString(dataset.documentCount), locale.toString(dataset.queryCount),
                                     locale.toString(dataset.labelCount), locale.toString(dataset.positiveLabelCount)),
                            this));
    form->addRow(tr("Pool:"), valueLabel(dataset.pool == PoolRule::Judged ? tr("the judged documents of each query")
                                                                         : tr("the whole corpus"),
                                         this));

    m_preset->addItem(tr("— keep the fields as they are —"), QString());
    for (const PaperDatasetPreset& preset : PaperDatasets::all())
        m_preset->addItem(preset.displayName, preset.key);
    m_preset->setAccessibleName(tr("Paper preset"));
    m_preset->setToolTip(tr("Fill in the instruction, task type and document text the paper's code uses for one of its "
                            "six datasets."));
    form->addRow(tr("&Paper preset:"), m_preset);

    m_taskType->addItem(tr("Search"), int(TaskType::Search));
    m_taskType->addItem(tr("Classification"), int(TaskType::Classification));
    m_taskType->setAccessibleName(tr("Task type"));
    m_taskType->setToolTip(tr("As in the paper's code, LLM judges are told the task only for classification datasets "
                              "(intent detection, key-point matching), never for search."));
    form->addRow(tr("&Task type:"), m_taskType);

    m_instruction->setAccessibleName(tr("Instruction"));
    m_instruction->setTabChangesFocus(true);
    m_instruction->setPlaceholderText(tr("e.g. Given an intent category, identify utterances that express this intent."));
    m_instruction->setToolTip(tr("The dataset's task instruction: {instruction} in embedding query templates, and the "
                                 "judge's task sentence for classification datasets."));
    m_instruction->setFixedHeight(m_instruction->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Instruction:"), m_instruction);

    m_documentJoin->addItem(tr("Title, a space, the text (BEIR)"), int(DocumentJoin::TitleSpace));
    m_documentJoin->addItem(tr("Title, a line break, the text (FollowIR)"), int(DocumentJoin::TitleNewline));
    m_documentJoin->addItem(tr("The text alone"), int(DocumentJoin::TextOnly));
    m_documentJoin->setAccessibleName(tr("Document text"));
    m_documentJoin->setToolTip(tr("How a document's title and text become the one text judges and embedders read, as "
                                  "the paper's loaders join them."));
    form->addRow(tr("&Document text:"), m_documentJoin);

    m_taskSentence->setWordWrap(true);
    // Room for a long instruction's sentence before the layout catches up with a new text.
    m_taskSentence->setMinimumHeight(m_taskSentence->fontMetrics().lineSpacing() * 3);
    m_taskSentence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_taskSentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_taskSentence->setAccessibleName(tr("Judge task sentence"));
    auto* sentenceTitle = new QLabel(tr("LLM judge prompts carry:"), this);
    sentenceTitle->setBuddy(m_taskSentence);

    m_changeNote->setWordWrap(true);
    m_changeNote->setText(tr("A change gives LLM judges new prompts: their judgments are asked again and the earlier ones "
                             "stay stored. Embedding spaces keep the instruction they were built with."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply dataset properties"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(sentenceTitle);
    layout->addWidget(m_taskSentence);
    layout->addSpacing(6);
    layout->addWidget(m_changeNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 420);

    m_instruction->setPlainText(m_original.instruction);
    m_taskType->setCurrentIndex(m_taskType->findData(int(m_original.taskType)));
    m_documentJoin->setCurrentIndex(m_documentJoin->findData(int(m_original.documentJoin)));
    updatePreview();

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_preset->currentData().toString();
        if (!key.isEmpty())
            applyPreset(key);
    });
    connect(m_taskType, &QComboBox::currentIndexChanged, this, &DatasetPropertiesDialog::updatePreview);
    connect(m_documentJoin, &QComboBox::currentIndexChanged, this, &DatasetPropertiesDialog::updatePreview);
    connect(m_instruction, &QPlainTextEdit::textChanged, this, &DatasetPropertiesDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DatasetTask DatasetPropertiesDialog::task() const
{
    DatasetTask task;
    task.instruction = m_instruction->toPlainText().trimmed();
    task.taskType = TaskType(m_taskType->currentData().toInt());
    task.documentJoin = DocumentJoin(m_documentJoin->currentData().toInt());
    return task;
}

bool DatasetPropertiesDialog::isChanged() const
{
    return !(task() == m_original);
}

bool DatasetPropertiesDialog::applyPreset(const QString& key)
{
    const std::optional<PaperDatasetPreset> preset = PaperDatasets::find(key);
    if (!preset)
        return false;
    m_instruction->setPlainText(preset->instruction);
    m_taskType->setCurrentIndex(m_taskType->findData(int(preset->taskType)));
    m_documentJoin->setCurrentIndex(m_documentJoin->findData(int(preset->documentJoin)));
    const int index = m_preset->findData(preset->key);
    if (index >= 0 && m_preset->currentIndex() != index) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    updatePreview();
    return true;
}

QString DatasetPropertiesDialog::taskSentenceText() const
{
    return m_taskSentence->text();
}

void DatasetPropertiesDialog::updatePreview()
{
    const QString sentence = task().judgeTaskSentence();
    m_taskSentence->setText(sentence.isEmpty() ? tr("no task sentence (search datasets, or no instruction)")
                                               : tr("“%1”").arg(sentence.trimmed()));
}

} // namespace tare
