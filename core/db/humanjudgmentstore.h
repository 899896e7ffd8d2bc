// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tare {

class ProjectStore;

/// A person's relevance labels, stored as judgments of the project's one 'human' judge (identity
/// "human"), so they sit beside every other judge's answers and a run can use them.
///
/// Undo policy: label() appends a new row (the newest row of a pair is its label, earlier rows
/// stay as history); undo() deletes the newest row of the pair, so the label given before it —
/// or none — is in force again. A label that was undone leaves no trace; everything else is
/// kept. Same thread rule as ProjectStore. Methods throw TareError.
class HumanJudgmentStore
{
    Q_DECLARE_TR_FUNCTIONS(tare::HumanJudgmentStore)

public:
    explicit HumanJudgmentStore(ProjectStore& store);

    /// The human judge's id (created on first use).
    qint64 judgeId();
    /// Stores a label (score on 0..1: Y = 1, N = 0, digit d = d/9); `key` is kept as the raw
    /// response, so the history says how it was given. Returns the judgment id.
    qint64 label(qint64 queryId, qint64 documentId, double score, const QString& key = {});
    /// Deletes the newest human label of the pair; false when there is none.
    bool undo(qint64 queryId, qint64 documentId);
    /// The current human label of the pair, if any.
    std::optional<double> current(qint64 queryId, qint64 documentId);

private:
    ProjectStore& m_store;
    qint64 m_judgeId = 0;
};

} // namespace tare
