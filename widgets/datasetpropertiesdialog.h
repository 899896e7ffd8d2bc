// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace tare {

/// A dataset's properties: what was imported (name, source, pool, counts) and what it asks of
/// judges and embedders, editable: the task instruction, the task type and how a document's title
/// and text are joined, with the paper's six presets to fill them in. Shows the task sentence LLM
/// judge prompts will carry. It only collects the values; the caller stores task() (a change is a
/// new judge identity). Self-contained: give it the DatasetInfo, exec() it, read task(). GUI thread.
class DatasetPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatasetPropertiesDialog(const DatasetInfo& dataset, QWidget* parent = nullptr);

    /// The task as edited.
    DatasetTask task() const;
    /// Whether task() differs from what the dataset has.
    bool isChanged() const;

    /// Fills the fields from a preset of the paper (PaperDatasets key); false for an unknown key.
    bool applyPreset(const QString& key);

    QComboBox* presetBox() const { return m_preset; }
    QComboBox* taskTypeBox() const { return m_taskType; }
    QComboBox* documentJoinBox() const { return m_documentJoin; }
    QPlainTextEdit* instructionEdit() const { return m_instruction; }
    /// What judge prompts will carry, as shown.
    QString taskSentenceText() const;

private:
    void updatePreview();

    DatasetTask m_original;
    QComboBox* m_preset;
    QComboBox* m_taskType;
    QComboBox* m_documentJoin;
    QPlainTextEdit* m_instruction;
    QLabel* m_taskSentence;
    QLabel* m_changeNote;
};

} // namespace tare
