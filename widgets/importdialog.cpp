// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/importdialog.h"

#include "core/io/beirimporter.h"
#include "core/io/classificationimporter.h"
#include "core/io/paperdatasets.h"
#include "core/io/qrelsimporter.h"
#include "core/io/vectorimporter.h"
#include "core/util/enumnames.h"
#include "core/util/tareerror.h"
#include "widgets/tablesupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tare {

QString ImportDialog::title(Kind kind)
{
    static constexpr std::pair<Kind, const char*> titles[] = {
        {Kind::Beir, QT_TR_NOOP("Import BEIR Folder")}, {Kind::Classification, QT_TR_NOOP("Import Classification Table")},
        {Kind::Qrels, QT_TR_NOOP("Import TREC Qrels")}, {Kind::Vectors, QT_TR_NOOP("Import Vectors")},
    };
    return enumTitle(staticMetaObject.className(), titles, kind);
}

ImportDialog::ImportDialog(Kind kind, const QString& projectPath, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_projectPath(projectPath)
    , m_input(new QLineEdit(this))
    , m_dataset(new QLineEdit(this))
    , m_skipBad(new QCheckBox(tr("Skip malformed records and report them"), this))
    , m_previewNote(new QLabel(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_previewView(new QTableView(this))
    , m_progressBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_progressTimer(new QTimer(this))
    , m_previews(this)
    , m_imports(this, JobTracker::Policy::EveryResult)
{
    setWindowTitle(title(kind));
    setObjectName(QStringLiteral("importDialog"));
    m_input->setObjectName(QStringLiteral("importInput"));
    m_input->setAccessibleName(kind == Kind::Beir ? tr("Folder") : tr("File"));
    m_dataset->setObjectName(QStringLiteral("importDataset"));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setAccessibleName(tr("Preview"));
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_buttons->setObjectName(QStringLiteral("importButtons"));
    auto* form = new QFormLayout;
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    inputRow->addWidget(browseButton);
    auto* inputLabel = new QLabel(kind == Kind::Beir ? tr("&Folder:") : tr("&File:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, inputRow);
    const bool createsDataset = kind == Kind::Beir || kind == Kind::Classification;
    m_dataset->setPlaceholderText(createsDataset ? tr("default: the folder or file name") : tr("an existing dataset of the project"));
    m_dataset->setToolTip(createsDataset ? tr("Name of the new dataset.") : tr("The dataset the labels or vectors belong to."));
    form->addRow(tr("&Dataset:"), m_dataset);

    if (kind == Kind::Beir) {
        m_split = new QLineEdit(QStringLiteral("test"), this);
        m_split->setObjectName(QStringLiteral("importSplit"));
        m_split->setAccessibleName(tr("Split"));
        m_split->setToolTip(tr("The labels are read from qrels/<split>.tsv."));
        form->addRow(tr("&Split:"), m_split);
        m_pool = new QComboBox(this);
        m_pool->setObjectName(QStringLiteral("importPool"));
        m_pool->setAccessibleName(tr("Pool"));
        m_pool->addItem(tr("Whole corpus"), int(PoolRule::Corpus));
        m_pool->addItem(tr("Judged documents of each query"), int(PoolRule::Judged));
        m_pool->setToolTip(tr("Which documents are ranked for a query: the whole corpus, or only the documents labelled for it."));
        form->addRow(tr("&Pool:"), m_pool);
    }
    if (kind == Kind::Classification) {
        m_textColumn = new QComboBox(this);
        m_labelColumn = new QComboBox(this);
        m_idColumn = new QComboBox(this);
        m_textColumn->setObjectName(QStringLiteral("importTextColumn"));
        m_textColumn->setAccessibleName(tr("Text column"));
        m_labelColumn->setObjectName(QStringLiteral("importLabelColumn"));
        m_labelColumn->setAccessibleName(tr("Label column"));
        m_idColumn->setObjectName(QStringLiteral("importIdColumn"));
        m_idColumn->setAccessibleName(tr("Id column"));
        m_textColumn->setToolTip(tr("The column holding each text (a document)."));
        m_labelColumn->setToolTip(tr("The column holding each text's label (one query per label)."));
        m_idColumn->setToolTip(tr("Optional document ids; otherwise ids are the file name and the row number."));
        form->addRow(tr("&Text column:"), m_textColumn);
        form->addRow(tr("&Label column:"), m_labelColumn);
        form->addRow(tr("&Id column:"), m_idColumn);
    }
    if (kind == Kind::Vectors) {
        m_ids = new QLineEdit(this);
        m_ids->setObjectName(QStringLiteral("importIds"));
        m_ids->setAccessibleName(tr("Id list"));
        m_ids->setPlaceholderText(tr("one id per line (needed for .npy)"));
        form->addRow(tr("&Id list:"), m_ids);
        m_space = new QLineEdit(this);
        m_space->setObjectName(QStringLiteral("importSpace"));
        m_space->setAccessibleName(tr("Space"));
        m_space->setPlaceholderText(QStringLiteral("imported"));
        form->addRow(tr("&Space:"), m_space);
        m_queryVectors = new QCheckBox(tr("These are query vectors"), this);
        m_queryVectors->setObjectName(QStringLiteral("importQueryVectors"));
        form->addRow(QString(), m_queryVectors);
        m_float16 = new QCheckBox(tr("Store as float16 (half the memory)"), this);
        m_float16->setObjectName(QStringLiteral("importFloat16"));
        m_float16->setToolTip(tr("Keeps a new space's document vectors as float16: half the memory and file size, scored "
                                 "with float32 sums; rankings barely move (MAP within 0.001 in Tare's tests). Components "
                                 "beyond ±65504 are refused."));
        form->addRow(QString(), m_float16);
    }
    if (createsDataset) {
        m_preset = new QComboBox(this);
        m_preset->addItem(tr("— none —"), QString());
        for (const PaperDatasetPreset& preset : PaperDatasets::all())
            m_preset->addItem(preset.displayName, preset.key);
        m_preset->setObjectName(QStringLiteral("importPreset"));
        m_preset->setAccessibleName(tr("Paper preset"));
        m_preset->setToolTip(tr("One of the paper's six datasets: fills in its instruction, task type, pool and how its "
                                "documents are joined, as the paper's code has them."));
        form->insertRow(2, tr("Pape&r preset:"), m_preset); // right under the dataset: it fills in the rows below
        m_taskType = new QComboBox(this);
        m_taskType->addItem(tr("Search"), int(TaskType::Search));
        m_taskType->addItem(tr("Classification"), int(TaskType::Classification));
        m_taskType->setCurrentIndex(kind == Kind::Classification ? 1 : 0);
        m_taskType->setObjectName(QStringLiteral("importTaskType"));
        m_taskType->setAccessibleName(tr("Task type"));
        m_taskType->setToolTip(tr("LLM judges are told the task only for classification datasets, as in the paper's code."));
        form->addRow(tr("Tas&k type:"), m_taskType);
        m_instruction = new QLineEdit(this);
        m_instruction->setObjectName(QStringLiteral("importInstruction"));
        m_instruction->setAccessibleName(tr("Instruction"));
        m_instruction->setPlaceholderText(tr("e.g. Given a claim, find the arguments that support it"));
        m_instruction->setToolTip(tr("The dataset's task instruction: {instruction} in embedding query templates, and the "
                                     "judge's task sentence for classification datasets."));
        form->addRow(tr("I&nstruction:"), m_instruction);
        connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { applyPreset(m_preset->currentData().toString()); });
    }
    form->addRow(QString(), m_skipBad);

    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    TableSupport::compactRows(m_previewView);
    m_previewView->setMinimumHeight(200);
    m_previewNote->setText(tr("Choose the input to see its first rows."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->setVisible(false);

    auto* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (first rows):"), this));
    layout->addWidget(m_previewNote);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_input, &QLineEdit::editingFinished, this, [this] { setInputPath(m_input->text()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::updateProgress);
}

ImportDialog::~ImportDialog()
{
    // Hiding in ~QDialog takes the focus from the input, whose editingFinished would start a
    // preview on trackers already gone.
    m_input->disconnect(this);
    // The worker shares only the progress atomics and has its own store: telling it to stop is
    // enough, its transaction is rolled back and its result goes nowhere.
    m_imports.cancel();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::browse()
{
    const QString path = m_kind == Kind::Beir
        ? QFileDialog::getExistingDirectory(this, tr("BEIR Folder"), m_input->text())
        : QFileDialog::getOpenFileName(this, title(m_kind), m_input->text(),
                                       m_kind == Kind::Classification ? tr("Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)")
                                       : m_kind == Kind::Vectors      ? tr("Vectors (*.npy *.jsonl);;All files (*)")
                                                                      : tr("Qrels (*.qrels *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setInputPath(path);
}

void ImportDialog::setInputPath(const QString& path)
{
    m_input->setText(path);
    if (path.isEmpty())
        return;
    const Kind kind = m_kind;
    m_previewNote->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // A newer input supersedes the preview in flight.
    m_previews.run(
        [path, kind] { return kind == Kind::Beir ? ImportPreviewReader::beirFolder(path) : ImportPreviewReader::file(path); },
        [this](const JobResult<ImportPreview>& preview) {
            if (!preview) {
                m_previewModel->clear();
                m_previewNote->clear();
                showStatus(preview.error(), true);
                Q_EMIT previewFailed(preview.error());
                return;
            }
            showStatus(QString(), false);
            showPreview(*preview);
            Q_EMIT previewReady();
        });
}

void ImportDialog::setDatasetName(const QString& name)
{
    m_dataset->setText(name);
}

void ImportDialog::setDatasetChoices(const QStringList& names)
{
    if (m_kind == Kind::Beir || m_kind == Kind::Classification)
        return; // these create a dataset
    auto* completer = new QCompleter(names, m_dataset);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_dataset->setCompleter(completer);
    if (m_dataset->text().isEmpty() && !names.isEmpty())
        m_dataset->setText(names.first());
}

void ImportDialog::showPreview(const ImportPreview& preview)
{
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(preview.columns);
    for (const QStringList& row : preview.rows) {
        QList<QStandardItem*> items;
        for (const QString& value : row) {
            auto* item = new QStandardItem(value);
            item->setToolTip(value);
            items.append(item);
        }
        m_previewModel->appendRow(items);
    }
    m_previewNote->setText(preview.note);
    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        m_previewView->setColumnWidth(column, std::min(m_previewView->columnWidth(column), 320));
    if (m_kind != Kind::Classification)
        return;
    // The column choice: the importer's defaults when the table has them, else the first columns.
    auto fill = [&preview](QComboBox* box, const QString& preferred, int fallback, bool optional) {
        const QString current = box->currentText();
        box->clear();
        if (optional)
            box->addItem(tr("(none)"), QString());
        for (const QString& column : preview.columns)
            box->addItem(column, column);
        int index = box->findData(current.isEmpty() ? preferred : current);
        if (index < 0)
            index = box->findData(preferred);
        if (index < 0)
            index = optional ? 0 : std::min(fallback, box->count() - 1);
        box->setCurrentIndex(index);
    };
    fill(m_textColumn, QStringLiteral("text"), 0, false);
    fill(m_labelColumn, QStringLiteral("label"), 1, false);
    fill(m_idColumn, QString(), 0, true);
}

void ImportDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

bool ImportDialog::startImport()
{
    if (m_imports.isRunning())
        return false;
    const QString input = m_input->text();
    if (input.isEmpty()) {
        showStatus(tr("Choose the input first."), true);
        return false;
    }
    const bool createsDataset = m_kind == Kind::Beir || m_kind == Kind::Classification;
    if (!createsDataset && m_dataset->text().isEmpty()) {
        showStatus(tr("Name the dataset the labels or vectors belong to."), true);
        return false;
    }
    ImportOptions common;
    common.datasetName = m_dataset->text();
    common.skipBad = m_skipBad->isChecked();
    if (m_split)
        common.split = m_split->text();
    if (m_pool)
        common.pool = PoolRule(m_pool->currentData().toInt());
    if (m_instruction)
        common.instruction = m_instruction->text().trimmed();
    if (m_taskType)
        common.taskType = TaskType(m_taskType->currentData().toInt());
    if (m_preset) {
        if (const auto preset = PaperDatasets::find(m_preset->currentData().toString()))
            common.documentJoin = preset->documentJoin;
    }
    ClassificationImporter::Options table;
    VectorImporter::Options vectors;
    if (m_kind == Kind::Classification) {
        // Without a preview (an unreadable table) the importer's defaults apply, and it reports why.
        if (m_textColumn->count() > 0)
            table.textColumn = m_textColumn->currentData().toString();
        if (m_labelColumn->count() > 0)
            table.labelColumn = m_labelColumn->currentData().toString();
        table.idColumn = m_idColumn->currentData().toString();
    }
    if (m_kind == Kind::Vectors) {
        vectors.idsPath = m_ids->text();
        vectors.spaceName = m_space->text();
        vectors.target = m_queryVectors->isChecked() ? VectorImporter::Target::Queries : VectorImporter::Target::Documents;
        if (m_float16->isChecked())
            vectors.elementType = ElementType::Float16;
    }

    m_progress = std::make_shared<Progress>();
    common.sink.progress = [progress = m_progress](qint64 done, qint64 total, const QString&) {
        progress->done = done;
        progress->total = total;
    };
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
    }
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    showStatus(tr("Importing…"), false);
    m_progressTimer->start();
    const Kind kind = m_kind;
    // The worker's own connection (creating the project file when a dataset is imported into a
    // new one); the importer's single transaction means a failed or cancelled import leaves
    // nothing behind.
    const bool creates = kind == Kind::Beir || kind == Kind::Classification;
    m_imports.run(
        JobProject(m_projectPath, creates ? ProjectStore::OpenMode::CreateIfMissing : ProjectStore::OpenMode::OpenExisting),
        [kind, input, common, table, vectors](ProjectStore& store, const JobToken& token) mutable {
            common.sink.cancelled = token; // Stop reaches the importer between records
            switch (kind) {
            case Kind::Beir:
                return BeirImporter::run(store, input, common);
            case Kind::Classification:
                table.common = common;
                return ClassificationImporter::run(store, input, table);
            case Kind::Qrels:
                return QrelsImporter::run(store, input, common);
            case Kind::Vectors:
                vectors.common = common;
                return VectorImporter::run(store, input, vectors);
            }
            return ImportReport();
        },
        [this](const JobResult<ImportReport>& report) {
            finishImport(report ? *report : ImportReport(),
                         report.wasCancelled() ? tr("The import was stopped; nothing of it was kept.") : report.error());
        });
    return true;
}

bool ImportDialog::applyPreset(const QString& key)
{
    const std::optional<PaperDatasetPreset> preset = PaperDatasets::find(key);
    if (!preset || !m_instruction)
        return false;
    m_instruction->setText(preset->instruction);
    m_taskType->setCurrentIndex(m_taskType->findData(int(preset->taskType)));
    if (m_pool)
        m_pool->setCurrentIndex(m_pool->findData(int(preset->pool)));
    if (m_dataset->text().isEmpty())
        m_dataset->setText(preset->key);
    const int index = m_preset->findData(preset->key);
    if (m_preset->currentIndex() != index) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    return true;
}

void ImportDialog::cancelImport()
{
    m_imports.cancel();
}

void ImportDialog::updateProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total;
    if (total <= 0)
        return;
    // Bytes can exceed an int: show per mille.
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(1000.0 * double(m_progress->done) / double(total)));
}

void ImportDialog::finishImport(const ImportReport& report, const QString& error)
{
    m_progressTimer->stop();
    m_progressBar->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (QAbstractButton* button : m_buttons->buttons())
        button->setEnabled(true);
    if (!error.isEmpty()) {
        showStatus(error, true);
        Q_EMIT importFailed(error);
        return;
    }
    QString text = m_kind == Kind::Vectors
        ? tr("Imported %n vector(s).", nullptr, int(report.vectors))
        : tr("Imported %1 documents, %2 queries and %3 labels.").arg(report.documents).arg(report.queries).arg(report.labels);
    if (report.skipped > 0)
        text += QLatin1Char(' ') + tr("Skipped %n bad record(s); the first: %1", nullptr, int(report.skipped))
                                       .arg(report.skippedReasons.value(0));
    showStatus(text, false);
    Q_EMIT importFinished(report);
}

void ImportDialog::reject()
{
    if (m_imports.isRunning()) {
        cancelImport();
        return; // closes once the worker stopped and the user closes again
    }
    QDialog::reject();
}

} // namespace tare
