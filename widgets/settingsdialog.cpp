// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/settingsdialog.h"

#include "core/net/apikey.h"
#include "core/net/endpointpresets.h"
#include "core/net/keychain.h"
#include "core/util/tareerror.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace tare {

namespace {

QString checkText(const CapabilityCheck& check)
{
    switch (check.status) {
    case CapabilityCheck::Status::Yes:
        return SettingsDialog::tr("yes");
    case CapabilityCheck::Status::No:
        return SettingsDialog::tr("no");
    case CapabilityCheck::Status::Skipped:
        break;
    }
    return SettingsDialog::tr("not tested");
}

} // namespace

SettingsDialog::SettingsDialog(const WorkbenchSettings& settings, const QStringList& languages, QWidget* parent)
    : QDialog(parent)
    , m_keyReads(this)
    , m_keyWrites(this, JobTracker::Policy::EveryResult)
    , m_probes(this)
    , m_preset(new QComboBox(this))
    , m_endpoint(new QLineEdit(settings.endpoint, this))
    , m_judgeModel(new QLineEdit(settings.judgeModel, this))
    , m_embeddingModel(new QLineEdit(settings.embeddingModel, this))
    , m_concurrency(new QSpinBox(this))
    , m_connectTimeout(new QSpinBox(this))
    , m_totalTimeout(new QSpinBox(this))
    , m_keyKind(new QButtonGroup(this))
    , m_keyVariable(new QLineEdit(this))
    , m_keychainName(new QLineEdit(this))
    , m_storeKey(new QPushButton(tr("Store Key…"), this))
    , m_keyStatus(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_probeSummary(new QLabel(this))
    , m_probeResult(new QTreeWidget(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_preset->setObjectName(QStringLiteral("settingsPreset"));
    m_endpoint->setObjectName(QStringLiteral("settingsEndpoint"));
    m_judgeModel->setObjectName(QStringLiteral("settingsJudgeModel"));
    m_embeddingModel->setObjectName(QStringLiteral("settingsEmbeddingModel"));
    m_concurrency->setObjectName(QStringLiteral("settingsConcurrency"));
    m_connectTimeout->setObjectName(QStringLiteral("settingsConnectTimeout"));
    m_totalTimeout->setObjectName(QStringLiteral("settingsTotalTimeout"));
    m_keyVariable->setObjectName(QStringLiteral("settingsKeyVariable"));
    m_keyVariable->setAccessibleName(tr("Environment variable"));
    m_keychainName->setObjectName(QStringLiteral("settingsKeychainName"));
    m_keychainName->setAccessibleName(tr("System keychain entry"));
    m_storeKey->setObjectName(QStringLiteral("settingsStoreKey"));
    m_keyStatus->setObjectName(QStringLiteral("settingsKeyStatus"));
    m_testButton->setObjectName(QStringLiteral("settingsTestConnection"));
    m_probeSummary->setObjectName(QStringLiteral("settingsProbeSummary"));
    m_probeResult->setObjectName(QStringLiteral("settingsProbeResult"));
    m_probeResult->setAccessibleName(tr("Capabilities of the endpoint"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));

    // Endpoint.
    m_preset->addItem(tr("Custom"), QString());
    for (const EndpointPreset& preset : EndpointPresets::all())
        m_preset->addItem(preset.displayName, preset.name);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.preset)));
    m_preset->setToolTip(tr("Fills in the address where a known serving stack listens by default."));
    m_endpoint->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_endpoint->setToolTip(tr("The base URL as the service documents it (with /v1 for OpenAI-compatible servers); "
                              "Tare appends /chat/completions, /embeddings and /rerank."));
    m_judgeModel->setToolTip(tr("The model that judges documents (chat completions or reranking)."));
    m_embeddingModel->setToolTip(tr("The model that embeds queries and documents for remote embedding spaces."));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(settings.concurrency);
    m_concurrency->setToolTip(tr("How many requests Tare keeps in flight at once."));
    m_connectTimeout->setRange(1, 600);
    m_connectTimeout->setValue(settings.connectTimeoutSeconds);
    m_connectTimeout->setSuffix(tr(" s"));
    m_totalTimeout->setRange(1, 3600);
    m_totalTimeout->setValue(settings.totalTimeoutSeconds);
    m_totalTimeout->setSuffix(tr(" s"));
    m_totalTimeout->setToolTip(tr("The longest a single request may take, retries not counted."));
    auto* endpointBox = new QGroupBox(tr("Endpoint"), this);
    auto* endpointForm = new QFormLayout(endpointBox);
    endpointForm->addRow(tr("&Preset:"), m_preset);
    endpointForm->addRow(tr("&Base URL:"), m_endpoint);
    endpointForm->addRow(tr("&Judge model:"), m_judgeModel);
    endpointForm->addRow(tr("&Embedding model:"), m_embeddingModel);
    endpointForm->addRow(tr("&Concurrency:"), m_concurrency);
    endpointForm->addRow(tr("Co&nnect timeout:"), m_connectTimeout);
    endpointForm->addRow(tr("&Request timeout:"), m_totalTimeout);

    // API key: where it comes from, never the key itself.
    auto* keyBox = new QGroupBox(tr("API key"), this);
    auto* keyLayout = new QFormLayout(keyBox);
    auto* noKey = new QRadioButton(tr("&None"), keyBox);
    auto* environmentKey = new QRadioButton(tr("Environment &variable:"), keyBox);
    auto* keychainKey = new QRadioButton(tr("System &keychain entry:"), keyBox);
    m_keyKind->addButton(noKey, NoKey);
    m_keyKind->addButton(environmentKey, EnvironmentKey);
    m_keyKind->addButton(keychainKey, KeychainKey);
    m_keyVariable->setPlaceholderText(QStringLiteral("OPENAI_API_KEY"));
    m_keyVariable->setToolTip(tr("The name of the environment variable that holds the key, not the key."));
    m_keychainName->setPlaceholderText(QStringLiteral("openai"));
    m_keychainName->setToolTip(tr("The name of the entry in the system keychain (Secret Service) that holds the key."));
    m_storeKey->setToolTip(tr("Stores a key in the system keychain under this name; Tare never shows it again."));
    auto* keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_keychainName, 1);
    keychainRow->addWidget(m_storeKey);
    keyLayout->addRow(noKey);
    keyLayout->addRow(environmentKey, m_keyVariable);
    keyLayout->addRow(keychainKey, keychainRow);
    keyLayout->addRow(QString(), m_keyStatus);
    m_keyStatus->setWordWrap(true);
    switch (ApiKey::sourceKind(settings.apiKeySource)) {
    case ApiKey::SourceKind::None:
        noKey->setChecked(true);
        break;
    case ApiKey::SourceKind::Environment:
        environmentKey->setChecked(true);
        m_keyVariable->setText(ApiKey::sourceName(settings.apiKeySource));
        break;
    case ApiKey::SourceKind::Keychain:
        keychainKey->setChecked(true);
        m_keychainName->setText(ApiKey::sourceName(settings.apiKeySource));
        break;
    }

    // The probe.
    m_testButton->setToolTip(tr("Sends a few small requests to find out what the endpoint can do."));
    m_probeResult->setColumnCount(3);
    m_probeResult->setHeaderLabels({tr("Capability"), tr("Result"), tr("Detail")});
    m_probeResult->setRootIsDecorated(false);
    m_probeResult->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_probeResult->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_probeResult->setMinimumHeight(150);
    m_probeSummary->setWordWrap(true);
    m_probeSummary->setMinimumHeight(2 * m_probeSummary->fontMetrics().lineSpacing() + 4);
    m_probeSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_probeSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* probeBox = new QGroupBox(tr("Connection"), this);
    auto* probeLayout = new QVBoxLayout(probeBox);
    auto* probeRow = new QHBoxLayout;
    probeRow->addWidget(m_testButton);
    probeRow->addStretch(1);
    probeLayout->addLayout(probeRow);
    probeLayout->addWidget(m_probeSummary);
    probeLayout->addWidget(m_probeResult);

    // General.
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : languages)
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setToolTip(tr("Takes effect at the next start."));
    auto* generalBox = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(generalBox);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), new QLabel(tr("Colours follow the system's theme."), generalBox));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(endpointBox);
    left->addWidget(generalBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(keyBox);
    right->addWidget(probeBox, 1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(940, 560);

    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::applyPreset);
    // What the probe found holds for the endpoint and model it probed.
    m_useMaxCompletionTokens = settings.useMaxCompletionTokens;
    for (QLineEdit* field : {m_endpoint, m_judgeModel})
        connect(field, &QLineEdit::textChanged, this, [this] { m_useMaxCompletionTokens = false; });
    connect(m_keyKind, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateKeyFields();
    });
    connect(m_keychainName, &QLineEdit::editingFinished, this, &SettingsDialog::refreshKeyStatus);
    connect(m_keyVariable, &QLineEdit::textChanged, this, &SettingsDialog::refreshKeyStatus);
    connect(m_storeKey, &QPushButton::clicked, this, &SettingsDialog::storeKeychainKey);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKeyFields();
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings settings;
    settings.preset = m_preset->currentData().toString();
    settings.endpoint = m_endpoint->text().trimmed();
    settings.judgeModel = m_judgeModel->text().trimmed();
    settings.embeddingModel = m_embeddingModel->text().trimmed();
    settings.concurrency = m_concurrency->value();
    settings.connectTimeoutSeconds = m_connectTimeout->value();
    settings.totalTimeoutSeconds = m_totalTimeout->value();
    settings.useMaxCompletionTokens = m_useMaxCompletionTokens;
    switch (m_keyKind->checkedId()) {
    case EnvironmentKey:
        if (!m_keyVariable->text().trimmed().isEmpty())
            settings.apiKeySource = ApiKey::environmentSource(m_keyVariable->text().trimmed());
        break;
    case KeychainKey:
        if (!m_keychainName->text().trimmed().isEmpty())
            settings.apiKeySource = ApiKey::keychainSource(m_keychainName->text().trimmed());
        break;
    default:
        break;
    }
    settings.language = m_language->currentData().toString();
    return settings;
}

QString SettingsDialog::probeSummary() const
{
    return m_probeSummary->text();
}

QString SettingsDialog::keyStatus() const
{
    return m_keyStatus->text();
}

void SettingsDialog::applyPreset(int index)
{
    const std::optional<EndpointPreset> preset = EndpointPresets::find(m_preset->itemData(index).toString());
    if (!preset)
        return;
    m_endpoint->setText(preset->baseUrl);
    if (!preset->apiKeyEnv.isEmpty() && m_keyKind->checkedId() != KeychainKey) {
        m_keyKind->button(EnvironmentKey)->setChecked(true);
        m_keyVariable->setText(preset->apiKeyEnv);
    }
}

void SettingsDialog::updateKeyFields()
{
    const int kind = m_keyKind->checkedId();
    m_keyVariable->setEnabled(kind == EnvironmentKey);
    m_keychainName->setEnabled(kind == KeychainKey);
    m_storeKey->setEnabled(kind == KeychainKey && Keychain::isSupported());
    refreshKeyStatus();
}

SettingsDialog::~SettingsDialog()
{
    // Hiding in ~QDialog takes the focus from the fields; their editingFinished would start jobs
    // on trackers already gone.
    m_keychainName->disconnect(this);
}

void SettingsDialog::refreshKeyStatus()
{
    const QString source = settings().apiKeySource;
    auto show = [this](const QString& status) {
        m_keyStatus->setText(status);
        Q_EMIT keyStatusChanged(status);
    };
    if (source.isEmpty()) {
        m_keyReads.abandon(); // an older source's status must not replace this one
        show(m_keyKind->checkedId() == NoKey ? tr("Requests are sent without a key.") : tr("Name where the key comes from."));
        return;
    }
    // Reading the keychain may wait on D-Bus (or on an unlock prompt): off the GUI thread. Only
    // the masked form of the key leaves the worker.
    m_keyReads.run(
        [source] {
            const QByteArray key = ApiKey::fromSource(source);
            return ApiKey::sourceKind(source) == ApiKey::SourceKind::Keychain
                ? SettingsDialog::tr("Key in the keychain: %1").arg(ApiKey::masked(key))
                : SettingsDialog::tr("The variable is set: %1").arg(ApiKey::masked(key));
        },
        [show](const JobResult<QString>& status) { show(status ? *status : status.error()); });
}

void SettingsDialog::storeKeychainKey()
{
    const QString name = m_keychainName->text().trimmed();
    try {
        Keychain::validateName(name);
    } catch (const TareError& error) {
        m_keyStatus->setText(error.message());
        return;
    }
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Store API Key"), tr("API key to store as keychain entry '%1':").arg(name),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    m_keyStatus->setText(tr("Storing…"));
    m_keyWrites.run([name, key = key.trimmed().toUtf8()] { Keychain::write(name, key); },
                    [this](const JobResult<void>& stored) {
                        if (!stored) {
                            m_keyStatus->setText(stored.error());
                            Q_EMIT keyStatusChanged(stored.error());
                            return;
                        }
                        refreshKeyStatus();
                    });
}

void SettingsDialog::testConnection()
{
    const WorkbenchSettings current = settings();
    CapabilityProbeSettings probe;
    probe.baseUrl = current.endpoint;
    probe.model = current.judgeModel.isEmpty() ? current.embeddingModel : current.judgeModel;
    probe.apiKeyEnv = current.apiKeySource;
    probe.connectTimeoutMs = current.connectTimeoutSeconds * 1000;
    probe.totalTimeoutMs = current.totalTimeoutSeconds * 1000;
    m_testButton->setEnabled(false);
    m_probeResult->clear();
    m_probeSummary->setText(tr("Testing %1…").arg(probe.baseUrl));
    m_probes.run([probe] { return CapabilityProbe::probe(probe); },
                 [this](const JobResult<CapabilityReport>& report) {
                     m_testButton->setEnabled(true);
                     if (!report) {
                         m_probeSummary->setText(report.error());
                         Q_EMIT probeFailed(report.error());
                         return;
                     }
                     m_useMaxCompletionTokens = report->maxCompletionTokens.yes();
                     showReport(*report);
                     Q_EMIT probeFinished(*report);
                 });
}

void SettingsDialog::showReport(const CapabilityReport& report)
{
    m_probeResult->clear();
    auto add = [this](const QString& name, const CapabilityCheck& check, const QString& tip) {
        auto* item = new QTreeWidgetItem(m_probeResult, {name, checkText(check), check.message});
        item->setToolTip(0, tip);
        item->setToolTip(2, check.message);
    };
    add(tr("Chat completions"), report.chat, tr("POST /chat/completions answers."));
    add(tr("Log probabilities"), report.logprobs, tr("Replies carry the top tokens' log probabilities (needed by the yes/no judge)."));
    add(tr("max_completion_tokens"), report.maxCompletionTokens, tr("The server rejects max_tokens and wants max_completion_tokens."));
    add(tr("Embeddings"), report.embeddings, tr("POST /embeddings answers with vectors."));
    add(tr("Rerank (TEI)"), report.rerankTei, tr("POST /rerank with {query, texts}."));
    add(tr("Rerank (Cohere, Jina, vLLM)"), report.rerankCohere, tr("POST /rerank with {model, query, documents}."));
    const QStringList modes = report.judgeModes();
    QString summary = modes.isEmpty() ? tr("No judge can use this endpoint.")
                                      : tr("Judges this endpoint enables: %1.").arg(modes.join(QStringLiteral(", ")));
    if (report.embeddings.yes())
        summary += QLatin1Char('\n') + tr("Embeddings of dimension %1.").arg(report.embeddingDim);
    m_probeSummary->setText(summary);
}

} // namespace tare
