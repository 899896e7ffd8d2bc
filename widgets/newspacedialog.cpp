// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/newspacedialog.h"

#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplate.h"
#include "core/jobs/jobtracker.h"
#include "core/net/apikey.h"
#include "core/util/enumnames.h"
#include "core/util/tareerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tare {

namespace {

/// A template editor: two lines high, plain text, placeholders explained in the tooltip.
QPlainTextEdit* templateEdit(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(2 * edit->fontMetrics().lineSpacing() + 12);
    edit->setToolTip(NewSpaceDialog::tr("{text} is replaced by the text, {instruction} by the dataset's (or query's) instruction."));
    return edit;
}

/// The last part of a model name ("Qwen/Qwen3-Embedding-0.6B" -> "Qwen3-Embedding-0.6B").
QString modelSpaceName(const QString& model)
{
    const QString tail = model.section(QLatin1Char('/'), -1).trimmed();
    return tail.isEmpty() ? QStringLiteral("openai") : tail;
}

} // namespace

QString NewSpaceDialog::kindName(Kind kind)
{
    static constexpr std::pair<Kind, const char*> titles[] = {
        {Kind::Lsa, QT_TR_NOOP("Built-in LSA (no network)")},
        {Kind::Remote, QT_TR_NOOP("Embedding endpoint (OpenAI-compatible)")},
        {Kind::Hyde, QT_TR_NOOP("HyDE over an existing space (an LLM writes a document per query)")},
        {Kind::Vectors, QT_TR_NOOP("Imported vectors (.npy or JSON lines)")},
    };
    return enumTitle(staticMetaObject.className(), titles, kind);
}

NewSpaceDialog::NewSpaceDialog(const ProjectSummary& summary, qint64 datasetId, const WorkbenchSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_projectPath(summary.path)
    , m_datasets(summary.datasets)
    , m_spaces(summary.spaces)
    , m_settings(settings)
    , m_kind(new QComboBox(this))
    , m_dataset(new QComboBox(this))
    , m_datasetLabel(new QLabel(tr("&Dataset:"), this))
    , m_source(new QComboBox(this))
    , m_sourceLabel(new QLabel(tr("S&ource space:"), this))
    , m_name(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_lsaDim(new QSpinBox(this))
    , m_lsaSeed(new QSpinBox(this))
    , m_lsaQueryTemplate(templateEdit(QStringLiteral("{text}"), QStringLiteral("spaceLsaQueryTemplate"), tr("Query template"), this))
    , m_lsaDocumentTemplate(templateEdit(QStringLiteral("{text}"), QStringLiteral("spaceLsaDocumentTemplate"), tr("Document template"), this))
    , m_remoteEndpoint(new QLabel(this))
    , m_remoteModel(new QLineEdit(this))
    , m_remoteDimensions(new QSpinBox(this))
    , m_remoteQueryTemplate(templateEdit(EmbeddingTemplate::defaultQuery().pattern(), QStringLiteral("spaceRemoteQueryTemplate"),
                                         tr("Query template"), this))
    , m_remoteDocumentTemplate(templateEdit(QStringLiteral("{text}"), QStringLiteral("spaceRemoteDocumentTemplate"),
                                            tr("Document template"), this))
    , m_hydeEndpoint(new QLabel(this))
    , m_hydeModel(new QLineEdit(this))
    , m_hydeIncludeQuery(new QCheckBox(tr("A&verage with the query's own vector (as the HyDE paper does)"), this))
    , m_settingsButton(new QPushButton(tr("Open &Settings…"), this))
    , m_progressBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole))
    , m_progressTimer(new QTimer(this))
    , m_jobs(std::make_unique<JobTracker>(this, JobTracker::Policy::EveryResult))
{
    setWindowTitle(tr("New Embedding Space"));
    setObjectName(QStringLiteral("newSpaceDialog"));

    for (Kind kind : {Kind::Lsa, Kind::Remote, Kind::Hyde, Kind::Vectors})
        m_kind->addItem(kindName(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("spaceKind"));
    for (const DatasetInfo& dataset : std::as_const(m_datasets))
        m_dataset->addItem(tr("%1 (%2 documents)").arg(dataset.name).arg(dataset.documentCount), dataset.id);
    m_dataset->setObjectName(QStringLiteral("spaceDataset"));
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(datasetId)));
    m_datasetLabel->setBuddy(m_dataset);
    // HyDE reuses a space Tare can embed queries into: the built-in LSA or an endpoint's.
    for (const SpaceInfo& space : std::as_const(m_spaces)) {
        if (space.provider != u"lsa" && space.provider != u"openai-compatible")
            continue;
        QString datasetName;
        for (const DatasetInfo& dataset : std::as_const(m_datasets)) {
            if (dataset.id == space.datasetId)
                datasetName = dataset.name;
        }
        m_source->addItem(tr("%1 · %2 (dimension %3)").arg(datasetName, space.name).arg(space.dim), space.id);
    }
    m_source->setObjectName(QStringLiteral("spaceSource"));
    m_sourceLabel->setBuddy(m_source);
    m_name->setObjectName(QStringLiteral("spaceName"));
    m_name->setToolTip(tr("The space's name in its dataset; runs and experiments name it."));

    // Built-in LSA.
    m_lsaDim->setRange(2, 4096);
    m_lsaDim->setValue(256);
    m_lsaDim->setObjectName(QStringLiteral("spaceLsaDim"));
    m_lsaDim->setToolTip(tr("Dimensions of the truncated SVD; fewer when the corpus has fewer documents or terms."));
    m_lsaSeed->setRange(0, 1 << 30);
    m_lsaSeed->setValue(42);
    m_lsaSeed->setObjectName(QStringLiteral("spaceLsaSeed"));
    m_lsaSeed->setToolTip(tr("Seed of the randomized SVD: the same seed gives the same vectors."));
    auto* lsaPage = new QWidget(m_pages);
    auto* lsaForm = new QFormLayout(lsaPage);
    lsaForm->addRow(tr("Di&mension:"), m_lsaDim);
    lsaForm->addRow(tr("S&eed:"), m_lsaSeed);
    lsaForm->addRow(tr("&Query template:"), m_lsaQueryTemplate);
    lsaForm->addRow(tr("Doc&ument template:"), m_lsaDocumentTemplate);

    // An embeddings endpoint.
    m_remoteEndpoint->setObjectName(QStringLiteral("spaceRemoteEndpoint"));
    m_remoteEndpoint->setWordWrap(true);
    m_remoteEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remoteModel->setObjectName(QStringLiteral("spaceRemoteModel"));
    m_remoteModel->setPlaceholderText(QStringLiteral("text-embedding-3-small"));
    m_remoteDimensions->setRange(0, 65536);
    m_remoteDimensions->setSpecialValueText(tr("the model's"));
    m_remoteDimensions->setObjectName(QStringLiteral("spaceRemoteDimensions"));
    m_remoteDimensions->setToolTip(tr("Ask the model for shorter vectors (models that can shorten them); 0: the model's own size."));
    auto* remotePage = new QWidget(m_pages);
    auto* remoteForm = new QFormLayout(remotePage);
    remoteForm->addRow(tr("Endpoint:"), m_remoteEndpoint);
    remoteForm->addRow(tr("&Model:"), m_remoteModel);
    remoteForm->addRow(tr("D&imensions:"), m_remoteDimensions);
    remoteForm->addRow(tr("&Query template:"), m_remoteQueryTemplate);
    remoteForm->addRow(tr("Doc&ument template:"), m_remoteDocumentTemplate);

    // HyDE.
    m_hydeEndpoint->setObjectName(QStringLiteral("spaceHydeEndpoint"));
    m_hydeEndpoint->setWordWrap(true);
    m_hydeEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hydeModel->setObjectName(QStringLiteral("spaceHydeModel"));
    m_hydeModel->setToolTip(tr("The chat model that writes one hypothetical document per query."));
    m_hydeIncludeQuery->setObjectName(QStringLiteral("spaceHydeIncludeQuery"));
    m_hydeIncludeQuery->setChecked(true);
    auto* hydePage = new QWidget(m_pages);
    auto* hydeForm = new QFormLayout(hydePage);
    hydeForm->addRow(tr("Chat endpoint:"), m_hydeEndpoint);
    hydeForm->addRow(tr("Chat &model:"), m_hydeModel);
    hydeForm->addRow(QString(), m_hydeIncludeQuery);

    // Imported vectors.
    auto* vectorsPage = new QWidget(m_pages);
    auto* vectorsLayout = new QVBoxLayout(vectorsPage);
    auto* vectorsNote = new QLabel(tr("Vectors computed elsewhere come in through the import dialog: a .npy matrix (float32 or "
                                      "float16) with a list of ids, or JSON lines {\"_id\": …, \"embedding\": […]}. Continue "
                                      "opens it for the dataset chosen above."),
                                   vectorsPage);
    vectorsNote->setWordWrap(true);
    vectorsLayout->addWidget(vectorsNote);
    vectorsLayout->addStretch(1);

    m_pages->addWidget(lsaPage);
    m_pages->addWidget(remotePage);
    m_pages->addWidget(hydePage);
    m_pages->addWidget(vectorsPage);

    m_settingsButton->setObjectName(QStringLiteral("spaceOpenSettings"));
    m_settingsButton->setVisible(false);
    m_progressBar->setObjectName(QStringLiteral("spaceProgress"));
    m_progressBar->setAccessibleName(tr("Build progress"));
    m_progressBar->setVisible(false);
    m_status->setObjectName(QStringLiteral("spaceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_create->setObjectName(QStringLiteral("spaceCreate"));
    m_create->setDefault(true);
    m_buttons->setObjectName(QStringLiteral("spaceButtons"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_datasetLabel, m_dataset);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(tr("&Name:"), m_name);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_settingsButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    layout->addWidget(m_progressBar);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);
    resize(680, 460);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSpaceDialog::updateForm);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &NewSpaceDialog::updateDefaultName);
    connect(m_source, &QComboBox::currentIndexChanged, this, &NewSpaceDialog::updateDefaultName);
    connect(m_remoteModel, &QLineEdit::textChanged, this, &NewSpaceDialog::updateDefaultName);
    connect(m_remoteModel, &QLineEdit::textChanged, this, &NewSpaceDialog::updateRemoteTemplates);
    for (QPlainTextEdit* edit : {m_remoteQueryTemplate, m_remoteDocumentTemplate}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_fillingTemplates)
                m_templatesEdited = true;
        });
    }
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_settingsButton, &QPushButton::clicked, this, &NewSpaceDialog::settingsRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSpaceDialog::startBuild);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewSpaceDialog::reject);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &NewSpaceDialog::updateProgress);
    setSettings(settings);
    updateRemoteTemplates();
    updateForm();
}

void NewSpaceDialog::setTemplateTable(const EmbeddingTemplateTable& table)
{
    m_templates = table;
    updateRemoteTemplates();
}

void NewSpaceDialog::updateRemoteTemplates()
{
    if (m_templatesEdited)
        return;
    const EmbeddingTemplateEntry entry = m_templates.lookup(m_remoteModel->text().trimmed());
    m_fillingTemplates = true;
    m_remoteQueryTemplate->setPlainText(entry.queryTemplate);
    m_remoteDocumentTemplate->setPlainText(entry.documentTemplate);
    m_fillingTemplates = false;
    const QString note = entry.note.isEmpty() ? QString() : tr("Templates from the model template table: %1").arg(entry.note);
    m_remoteQueryTemplate->setToolTip(note.isEmpty() ? m_lsaQueryTemplate->toolTip() : note);
}

NewSpaceDialog::~NewSpaceDialog()
{
    // The worker has its own store and shares only the progress state: telling it to stop is
    // enough; its transaction rolls back and the tracker drops its result.
    m_jobs->cancel();
}

void NewSpaceDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

NewSpaceDialog::Kind NewSpaceDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void NewSpaceDialog::setSettings(const WorkbenchSettings& settings)
{
    m_settings = settings;
    const QString endpoint = settings.endpoint.isEmpty() ? tr("none set (File ▸ Settings)") : settings.endpoint;
    const QString key = ApiKey::sourceKind(settings.apiKeySource) == ApiKey::SourceKind::None
        ? tr("no API key")
        : ApiKey::sourceKind(settings.apiKeySource) == ApiKey::SourceKind::Keychain
        ? tr("API key from the keychain entry %1").arg(ApiKey::sourceName(settings.apiKeySource))
        : tr("API key from the environment variable %1").arg(ApiKey::sourceName(settings.apiKeySource));
    m_remoteEndpoint->setText(tr("%1 — %2").arg(endpoint, key));
    m_hydeEndpoint->setText(tr("%1 — %2").arg(endpoint, key));
    if (m_remoteModel->text().isEmpty())
        m_remoteModel->setText(settings.embeddingModel);
    if (m_hydeModel->text().isEmpty())
        m_hydeModel->setText(settings.judgeModel);
    updateForm();
}

void NewSpaceDialog::updateForm()
{
    const Kind current = kind();
    m_pages->setCurrentIndex(m_kind->currentIndex());
    const bool hyde = current == Kind::Hyde;
    m_dataset->setVisible(!hyde);
    m_datasetLabel->setVisible(!hyde);
    m_source->setVisible(hyde);
    m_sourceLabel->setVisible(hyde);
    m_name->setEnabled(current != Kind::Vectors);
    m_create->setText(current == Kind::Vectors ? tr("&Continue…") : tr("&Create"));
    const QString missing = missingSetting();
    m_settingsButton->setVisible(!missing.isEmpty());
    if (!m_running)
        showStatus(missing, false);
    m_create->setEnabled(!m_running && missing.isEmpty() && (hyde ? m_source->count() > 0 : m_dataset->count() > 0));
    updateDefaultName();
}

QString NewSpaceDialog::missingSetting() const
{
    switch (kind()) {
    case Kind::Remote:
        if (m_settings.endpoint.isEmpty())
            return tr("An embedding endpoint needs its address: set it in the settings.");
        break;
    case Kind::Hyde:
        if (m_source->count() == 0)
            return tr("HyDE starts from a built-in LSA or endpoint space of the dataset: create one first.");
        if (m_settings.endpoint.isEmpty())
            return tr("HyDE needs a chat endpoint: set it in the settings.");
        break;
    case Kind::Lsa:
    case Kind::Vectors:
        break;
    }
    if (m_dataset->count() == 0)
        return tr("The project has no dataset yet: import one first (File ▸ Import).");
    return {};
}

void NewSpaceDialog::updateDefaultName()
{
    if (m_nameEdited)
        return;
    QString base;
    qint64 datasetId = currentDataset();
    switch (kind()) {
    case Kind::Lsa:
        base = QStringLiteral("lsa");
        break;
    case Kind::Remote:
        base = modelSpaceName(m_remoteModel->text());
        break;
    case Kind::Hyde:
        for (const SpaceInfo& space : std::as_const(m_spaces)) {
            if (space.id == m_source->currentData().toLongLong()) {
                base = space.name + QStringLiteral("-hyde");
                datasetId = space.datasetId;
            }
        }
        break;
    case Kind::Vectors:
        m_name->clear();
        return;
    }
    // A name the dataset does not have yet: base, base-2, base-3, …
    auto taken = [this, datasetId](const QString& name) {
        for (const SpaceInfo& space : std::as_const(m_spaces)) {
            if (space.datasetId == datasetId && space.name == name)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    m_name->setText(name);
}

qint64 NewSpaceDialog::currentDataset() const
{
    return m_dataset->currentData().toLongLong();
}

SpaceBuilder::Request NewSpaceDialog::request() const
{
    SpaceBuilder::Request request;
    request.datasetId = currentDataset();
    request.spaceName = m_name->text().trimmed();
    switch (kind()) {
    case Kind::Lsa:
    case Kind::Vectors:
        request.kind = SpaceBuilder::Kind::Lsa;
        request.lsa.lsa.dim = m_lsaDim->value();
        request.lsa.lsa.seed = quint64(m_lsaSeed->value());
        request.lsa.queryTemplate = m_lsaQueryTemplate->toPlainText();
        request.lsa.documentTemplate = m_lsaDocumentTemplate->toPlainText();
        break;
    case Kind::Remote: {
        request.kind = SpaceBuilder::Kind::Remote;
        OpenAiEmbedderSettings& embedder = request.remote.embedder;
        embedder.baseUrl = m_settings.endpoint;
        embedder.model = m_remoteModel->text().trimmed();
        embedder.apiKeyEnv = m_settings.apiKeySource; // a key source, read when the embedder is built
        embedder.dimensions = m_remoteDimensions->value();
        embedder.concurrency = m_settings.concurrency;
        embedder.connectTimeoutMs = m_settings.connectTimeoutSeconds * 1000;
        embedder.totalTimeoutMs = m_settings.totalTimeoutSeconds * 1000;
        request.remote.queryTemplate = m_remoteQueryTemplate->toPlainText();
        request.remote.documentTemplate = m_remoteDocumentTemplate->toPlainText();
        break;
    }
    case Kind::Hyde: {
        request.kind = SpaceBuilder::Kind::Hyde;
        request.sourceSpaceId = m_source->currentData().toLongLong();
        HydeSettings& writer = request.hyde.writer;
        writer.baseUrl = m_settings.endpoint;
        writer.model = m_hydeModel->text().trimmed();
        writer.apiKeyEnv = m_settings.apiKeySource;
        writer.useMaxCompletionTokens = m_settings.useMaxCompletionTokens;
        writer.concurrency = m_settings.concurrency;
        writer.connectTimeoutMs = m_settings.connectTimeoutSeconds * 1000;
        writer.totalTimeoutMs = m_settings.totalTimeoutSeconds * 1000;
        request.hyde.embedApiKeyEnv = m_settings.apiKeySource;
        request.hyde.includeQuery = m_hydeIncludeQuery->isChecked();
        break;
    }
    }
    return request;
}

QString NewSpaceDialog::statusText() const
{
    return m_status->text();
}

void NewSpaceDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

bool NewSpaceDialog::startBuild()
{
    if (m_running)
        return false;
    if (const QString missing = missingSetting(); !missing.isEmpty()) {
        showStatus(missing, true);
        return false;
    }
    if (kind() == Kind::Vectors) {
        const int index = m_dataset->currentIndex();
        Q_EMIT importVectorsRequested(index >= 0 ? m_datasets.value(index).name : QString());
        QDialog::accept();
        return true;
    }
    if (m_name->text().trimmed().isEmpty()) {
        showStatus(tr("Name the space."), true);
        return false;
    }
    if (kind() == Kind::Remote && m_remoteModel->text().trimmed().isEmpty()) {
        showStatus(tr("Name the embedding model."), true);
        return false;
    }
    if (kind() == Kind::Hyde && m_hydeModel->text().trimmed().isEmpty()) {
        showStatus(tr("Name the chat model that writes the documents."), true);
        return false;
    }

    const SpaceBuilder::Request request = this->request();
    m_progress = std::make_shared<Progress>();
    ProgressSink sink;
    sink.progress = [progress = m_progress](qint64 done, qint64 total, const QString& what) {
        progress->done = done;
        progress->total = total;
        if (!what.isEmpty()) {
            const std::lock_guard lock(progress->mutex);
            progress->what = what;
        }
    };
    m_running = true;
    m_stopping = false;
    for (QWidget* field : std::initializer_list<QWidget*>{m_kind, m_dataset, m_source, m_name, m_pages})
        field->setEnabled(false);
    m_create->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    showStatus(tr("Building %1…").arg(request.spaceName), false);
    m_progressTimer->start();
    // The worker's own connection; Stop reaches the builder through the job's token.
    m_jobs->run(
        JobProject(m_projectPath),
        [request, sink](ProjectStore& store, const JobToken& token) {
            ProgressSink stoppable = sink;
            stoppable.cancelled = token;
            return SpaceBuilder::build(store, request, stoppable);
        },
        [this](const JobResult<SpaceBuilder::Result>& outcome) {
            finishBuild(outcome.ok() ? *outcome : SpaceBuilder::Result(), outcome.error(), outcome.wasCancelled());
        });
    return true;
}

void NewSpaceDialog::cancelBuild()
{
    if (m_running) {
        m_stopping = true;
        m_jobs->cancel();
        showStatus(tr("Stopping…"), false);
    }
}

void NewSpaceDialog::updateProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total;
    QString what;
    {
        const std::lock_guard lock(m_progress->mutex);
        what = m_progress->what;
    }
    if (!what.isEmpty() && !m_stopping)
        showStatus(tr("Building %1: %2…").arg(m_name->text(), what), false);
    if (total <= 0)
        return;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(1000.0 * double(m_progress->done) / double(total)));
}

void NewSpaceDialog::finishBuild(const SpaceBuilder::Result& result, const QString& error, bool cancelled)
{
    m_running = false;
    m_progressTimer->stop();
    m_progressBar->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    if (!error.isEmpty()) {
        for (QWidget* field : std::initializer_list<QWidget*>{m_kind, m_dataset, m_source, m_name, m_pages})
            field->setEnabled(true);
        updateForm();
        const QString text = cancelled ? (kind() == Kind::Lsa ? tr("Stopped; no space was written.")
                                                               : tr("Stopped; no space was written (vectors fetched so far stay "
                                                                    "cached and are not asked for again)."))
                                       : error;
        showStatus(text, !cancelled);
        Q_EMIT buildFailed(text);
        return;
    }
    showStatus(result.summary, false);
    Q_EMIT spaceBuilt(result);
}

void NewSpaceDialog::reject()
{
    if (m_running) {
        cancelBuild();
        return; // closes once the worker stopped and the user closes again
    }
    QDialog::reject();
}

} // namespace tare
