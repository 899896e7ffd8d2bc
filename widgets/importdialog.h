// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/importpreview.h"
#include "core/io/importtypes.h"
#include "core/jobs/jobtracker.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace tare {

/// One import into a project (BEIR folder, classification table, TREC qrels, vectors): the input,
/// a preview of its first rows, the column choice for tables, the importer's options, and the
/// import itself as a JobTracker job with its own ProjectStore, with progress and cancel (the
/// job's token). Errors are shown as the importer words them (file, line, reason). GUI thread;
/// the worker shares only the progress atomics with the dialog, which polls them.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Beir,
        Classification,
        Qrels,
        Vectors,
    };

    ImportDialog(Kind kind, const QString& projectPath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    Kind kind() const { return m_kind; }
    /// Sets the input and reads its preview in the background (previewReady or previewFailed follow).
    void setInputPath(const QString& path);
    void setDatasetName(const QString& name);
    /// The project's datasets: offered while typing the dataset of qrels or vectors, and the
    /// first one filled in when the field is empty.
    void setDatasetChoices(const QStringList& names);
    QStandardItemModel* previewModel() const { return m_previewModel; }
    QComboBox* textColumnBox() const { return m_textColumn; }
    QComboBox* labelColumnBox() const { return m_labelColumn; }
    bool isImporting() const { return m_imports.isRunning(); }
    /// The message shown under the preview: the error, or what was imported.
    QString statusText() const;

    /// Starts the import (what the Import button does); false when the inputs are incomplete.
    bool startImport();
    /// Asks a running import to stop; nothing of it stays in the project.
    void cancelImport();
    /// Fills instruction, task type and pool from one of the paper's presets (PaperDatasets key);
    /// false for an unknown key or an import that creates no dataset.
    bool applyPreset(const QString& key);
    QComboBox* presetBox() const { return m_preset; }
    QComboBox* taskTypeBox() const { return m_taskType; }
    QLineEdit* instructionEdit() const { return m_instruction; }

    static QString title(Kind kind);

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString& message);
    void importFinished(const tare::ImportReport& report);
    void importFailed(const QString& message);

protected:
    void reject() override;

private:
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };

    void browse();
    void showPreview(const ImportPreview& preview);
    void showStatus(const QString& text, bool error);
    void finishImport(const ImportReport& report, const QString& error);
    void updateProgress();

    Kind m_kind;
    QString m_projectPath;
    QLineEdit* m_input;
    QLineEdit* m_dataset;
    QLineEdit* m_instruction = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_taskType = nullptr;
    QLineEdit* m_split = nullptr;
    QComboBox* m_pool = nullptr;
    QComboBox* m_textColumn = nullptr;
    QComboBox* m_labelColumn = nullptr;
    QComboBox* m_idColumn = nullptr;
    QLineEdit* m_ids = nullptr;
    QLineEdit* m_space = nullptr;
    QCheckBox* m_queryVectors = nullptr;
    QCheckBox* m_float16 = nullptr;
    QCheckBox* m_skipBad;
    QLabel* m_previewNote;
    QStandardItemModel* m_previewModel;
    QTableView* m_previewView;
    QProgressBar* m_progressBar;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QTimer* m_progressTimer;
    std::shared_ptr<Progress> m_progress;
    JobTracker m_previews;
    JobTracker m_imports;
};

} // namespace tare
