// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jobs/jobtracker.h"
#include "core/net/capabilityprobe.h"

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace tare {

/// What the settings dialog edits; app/ stores it with QSettings. Never holds an API key: only
/// where the key comes from (ApiKey source: "env:VAR", "keychain:NAME" or empty).
struct WorkbenchSettings
{
    QString preset;          ///< an EndpointPresets name, or empty for a custom endpoint
    QString endpoint;        ///< base URL as the service documents it
    QString judgeModel;
    QString embeddingModel;
    QString apiKeySource;
    int concurrency = 16;
    int connectTimeoutSeconds = 10;
    int totalTimeoutSeconds = 120;
    /// From the last capability probe of this endpoint and judge model: the server rejects
    /// max_tokens and wants max_completion_tokens. Cleared when either is edited.
    bool useMaxCompletionTokens = false;
    QString language;        ///< a language code, or empty for the system's
};

/// The workbench settings: the endpoint (from a preset or custom), its models, concurrency and
/// timeouts, where the API key comes from (an environment variable or a system keychain entry,
/// with a button to store a key there; a stored key is shown as "••••" and its last four
/// characters at most), the language, and "Test connection", which runs the capability probe on
/// a worker thread and shows what the endpoint can do and which judges that enables. The
/// keychain (which may wait on D-Bus) and the probe are JobTracker jobs. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const WorkbenchSettings& settings, const QStringList& languages, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    WorkbenchSettings settings() const;

    /// Runs the probe with the current fields (what "Test connection" does).
    void testConnection();
    /// The probe's result as shown: one row per capability.
    QTreeWidget* probeResultView() const { return m_probeResult; }
    QString probeSummary() const;
    QString keyStatus() const;

Q_SIGNALS:
    void probeFinished(const tare::CapabilityReport& report);
    void probeFailed(const QString& message);
    void keyStatusChanged(const QString& status);

private:
    enum KeyKind
    {
        NoKey,
        EnvironmentKey,
        KeychainKey,
    };

    void applyPreset(int index);
    void updateKeyFields();
    void refreshKeyStatus();
    void storeKeychainKey();
    void showReport(const CapabilityReport& report);

    JobTracker m_keyReads;  ///< the key's status: the latest request wins
    JobTracker m_keyWrites; ///< storing a key in the keychain
    JobTracker m_probes;
    QComboBox* m_preset;
    QLineEdit* m_endpoint;
    QLineEdit* m_judgeModel;
    QLineEdit* m_embeddingModel;
    QSpinBox* m_concurrency;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_totalTimeout;
    QButtonGroup* m_keyKind;
    QLineEdit* m_keyVariable;
    QLineEdit* m_keychainName;
    QPushButton* m_storeKey;
    QLabel* m_keyStatus;
    QPushButton* m_testButton;
    QLabel* m_probeSummary;
    QTreeWidget* m_probeResult;
    QComboBox* m_language;
    bool m_useMaxCompletionTokens = false;
};

} // namespace tare
