// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/embed/embeddingtemplatetable.h"
#include "core/embed/spacebuilder.h"
#include "widgets/settingsdialog.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <mutex>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace tare {

class JobTracker;

/// Creates an embedding space of a project's dataset: the built-in LSA embedder (dimension, seed,
/// templates), an OpenAI-compatible embeddings endpoint (model, dimensions, templates; endpoint
/// and key source from the settings), HyDE over an existing space (the chat model of the
/// settings writes a document per query), or imported vectors (handed on to the import dialog).
/// The build runs on a worker thread with its own ProjectStore (SpaceBuilder), with progress,
/// Stop and the builder's error. GUI thread; the worker shares only the progress state.
class NewSpaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Lsa,
        Remote,
        Hyde,
        Vectors,
    };

    /// `summary` lists the datasets and spaces to choose from; `datasetId` (0: the first) is
    /// preselected; `settings` gives the endpoint, models and key source.
    NewSpaceDialog(const ProjectSummary& summary, qint64 datasetId, const WorkbenchSettings& settings, QWidget* parent = nullptr);
    ~NewSpaceDialog() override;

    void setKind(Kind kind);
    Kind kind() const;
    /// Follows changed settings (endpoint, models, key source).
    void setSettings(const WorkbenchSettings& settings);
    /// The project's model template table: an endpoint space's templates follow its model's
    /// entry until the person edits them.
    void setTemplateTable(const EmbeddingTemplateTable& table);
    /// The build the form describes (Lsa, Remote, Hyde).
    SpaceBuilder::Request request() const;
    /// Starts the build (what Create does); false when the form is incomplete (the status says why).
    bool startBuild();
    /// Asks a running build to stop; no space is written.
    void cancelBuild();
    bool isBuilding() const { return m_running; }
    QString statusText() const;

    static QString kindName(Kind kind);

Q_SIGNALS:
    void spaceBuilt(const tare::SpaceBuilder::Result& result);
    void buildFailed(const QString& message);
    /// Imported vectors: the import dialog for this dataset takes over.
    void importVectorsRequested(const QString& datasetName);
    /// The endpoint or a model is missing: the settings dialog, please.
    void settingsRequested();

protected:
    void reject() override;

private:
    /// What the worker reports; the dialog polls it.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::mutex mutex;
        QString what; ///< guarded by mutex
    };

    void updateForm();
    void updateDefaultName();
    void updateRemoteTemplates();
    void showStatus(const QString& text, bool error);
    void updateProgress();
    void finishBuild(const SpaceBuilder::Result& result, const QString& error, bool cancelled);

    qint64 currentDataset() const;
    QString missingSetting() const;

    QString m_projectPath;
    QList<DatasetInfo> m_datasets;
    QList<SpaceInfo> m_spaces;
    WorkbenchSettings m_settings;
    QComboBox* m_kind;
    QComboBox* m_dataset;
    QLabel* m_datasetLabel;
    QComboBox* m_source;
    QLabel* m_sourceLabel;
    QLineEdit* m_name;
    QStackedWidget* m_pages;
    QSpinBox* m_lsaDim;
    QSpinBox* m_lsaSeed;
    QPlainTextEdit* m_lsaQueryTemplate;
    QPlainTextEdit* m_lsaDocumentTemplate;
    QLabel* m_remoteEndpoint;
    QLineEdit* m_remoteModel;
    QSpinBox* m_remoteDimensions;
    QPlainTextEdit* m_remoteQueryTemplate;
    QPlainTextEdit* m_remoteDocumentTemplate;
    QLabel* m_hydeEndpoint;
    QLineEdit* m_hydeModel;
    QCheckBox* m_hydeIncludeQuery;
    QPushButton* m_settingsButton;
    QProgressBar* m_progressBar;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QTimer* m_progressTimer;
    std::shared_ptr<Progress> m_progress;
    std::unique_ptr<JobTracker> m_jobs;
    bool m_running = false;
    bool m_stopping = false;
    bool m_nameEdited = false;
    EmbeddingTemplateTable m_templates;
    bool m_templatesEdited = false;
    bool m_fillingTemplates = false;
};

} // namespace tare
